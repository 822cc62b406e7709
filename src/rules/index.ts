import type { AnyRule, FolderRule, PpcRule } from '../types';
import { apiPropertiesRules } from './api-properties';
import { crossRules } from './cross';
import { filesRules } from './files';
import { iconRules } from './icon';
import { readmeRules } from './readme';
import { scriptRules } from './script';
import { settingsRules } from './settings';
import { aiRules } from './ai';
import { documentRules } from './document';
import { dynamicRules } from './dynamic';
import { extensionsRules } from './extensions';
import { hostRules } from './host';
import { infoRules } from './info';
import { limitsRules } from './limits';
import { metadataRules } from './metadata';
import { operationsRules } from './operations';
import { parametersRules } from './parameters';
import { pathsRules } from './paths';
import { responsesRules } from './responses';
import { schemasRules } from './schemas';
import { securityRules } from './security';
import { triggersRules } from './triggers';
import { versioningRules } from './versioning';

/** Every Spectral rule of the package, in catalog order. */
export const spectralRules: readonly PpcRule[] = [
  ...documentRules,
  ...infoRules,
  ...hostRules,
  ...metadataRules,
  ...operationsRules,
  ...pathsRules,
  ...parametersRules,
  ...responsesRules,
  ...schemasRules,
  ...limitsRules,
  ...extensionsRules,
  ...versioningRules,
  ...triggersRules,
  ...dynamicRules,
  ...securityRules,
  ...aiRules,
];

/** Rules that look at the whole connector folder or a file's bytes; only `ppc-lint` runs them. */
export const folderRules: readonly FolderRule[] = [
  ...filesRules,
  ...settingsRules,
  ...readmeRules,
  ...iconRules,
  ...scriptRules,
  ...crossRules,
];

/** Spectral rules over apiProperties.json: the `api-properties` ruleset, which `ppc-lint` runs on that file. */
export { apiPropertiesRules };

export const allRules: readonly AnyRule[] = [...spectralRules, ...apiPropertiesRules, ...folderRules];

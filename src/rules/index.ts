import type { AnyRule, FolderRule, PpcRule } from '../types';
import { filesRules } from './files';
import { documentRules } from './document';
import { hostRules } from './host';
import { infoRules } from './info';
import { limitsRules } from './limits';
import { metadataRules } from './metadata';
import { operationsRules } from './operations';
import { parametersRules } from './parameters';
import { pathsRules } from './paths';
import { responsesRules } from './responses';
import { schemasRules } from './schemas';

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
];

/** Rules that look at the whole connector folder or a file's bytes; only `ppc-lint` runs them. */
export const folderRules: readonly FolderRule[] = [...filesRules];

export const allRules: readonly AnyRule[] = [...spectralRules, ...folderRules];

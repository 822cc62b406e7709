import type { FolderRule } from '../../types';
import fileNames from './file-names';
import fileNoExtraArtifacts from './file-no-extra-artifacts';
import fileRequiredSet from './file-required-set';
import formatIndent4Spaces from './format-indent-4-spaces';
import formatKeyOrder from './format-key-order';
import formatNoTrailingWhitespace from './format-no-trailing-whitespace';
import jsonNoBom from './json-no-bom';
import jsonValid from './json-valid';
import limitDefinitionSize from './limit-definition-size';
import noSecrets from './no-secrets';
import noSecretsClientId from './no-secrets-client-id';

export const filesRules: FolderRule[] = [
  fileRequiredSet,
  fileNoExtraArtifacts,
  fileNames,
  jsonValid,
  jsonNoBom,
  formatIndent4Spaces,
  formatNoTrailingWhitespace,
  formatKeyOrder,
  noSecrets,
  noSecretsClientId,
  limitDefinitionSize,
];

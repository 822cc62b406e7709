import type { FolderRule } from '../../types';
import jsonNoBom from './json-no-bom';
import jsonValid from './json-valid';
import limitDefinitionSize from './limit-definition-size';

export const filesRules: FolderRule[] = [jsonValid, jsonNoBom, limitDefinitionSize];

import type { PpcRule } from '../../types';
import arraysUnique from './arrays-unique';
import pathItemNoRef from './path-item-no-ref';
import rootNoUnknownExtensions from './root-no-unknown-extensions';
import rootNoUnknownKeys from './root-no-unknown-keys';
import rootTemplateKeys from './root-template-keys';
import swaggerVersion from './swagger-version';
import tagsUnique from './tags-unique';

export const documentRules: PpcRule[] = [
  swaggerVersion,
  rootNoUnknownKeys,
  rootNoUnknownExtensions,
  rootTemplateKeys,
  tagsUnique,
  arraysUnique,
  pathItemNoRef,
];

import type { FolderRule } from '../../types';
import codeClass from './code-class';
import codeExecuteAsync from './code-execute-async';
import codeNamespaces from './code-namespaces';
import codeNoGateway from './code-no-gateway';
import codeSendasync from './code-sendasync';
import codeSingleFile from './code-single-file';
import codeSize from './code-size';

/** Section 15 (script.csx), in catalog order. */
export const scriptRules: FolderRule[] = [
  codeClass,
  codeExecuteAsync,
  codeSize,
  codeSingleFile,
  codeNamespaces,
  codeSendasync,
  codeNoGateway,
];

/** The library API: lint connector folders programmatically, reuse rules, functions and collections. */
export { lintConnector, rulesetFor, runFolderRules, spectralFor, type LintOptions, type LintResult } from './lint';
export { loadConnector, PpcInputError, type Connector, type LoadedFile, type ConnectorFile } from './connector';
export { allRules, spectralRules, folderRules } from './rules';
export { buildRuleset, rulesFor, OAS_RULES_OFF } from '../rulesets/build';
export { severityIn, SEVERITY_CODE, SEVERITY_NAME } from './profiles';
export * as collections from './collections';
export * as functions from './functions';
export { connectorDefinition } from './formats';
export type { AnyRule, FolderRule, PpcRule, PpcMeta, Profile, Severity, RuleExample, ExampleEdit } from './types';
export { PROFILES } from './types';
export { renderRuleDoc, renderRuleTable, renderFixTable } from './report/rule-docs';
export { formatDiagnostics, hasFailures, summarize, FORMAT_NAMES, type FormatName } from './report';
export { applyEdits } from './examples';
export {
  fixConnector,
  attachFixes,
  FIXERS,
  FIX_META,
  unifiedDiff,
  type FixOptions,
  type FixResult,
  type FixedFile,
  type AppliedFix,
  type FixableDiagnostic,
  type DiagnosticFix,
  type Fixer,
  type FixerInput,
  type FixProposal,
  type RangedEdit,
} from './fix';
export type { FixKind, FixMeta } from './types';

/** The library API: lint connector folders programmatically, reuse rules, functions and collections. */
export {
  apiPropertiesRulesetFor,
  lintConnector,
  rulesetFor,
  runFolderRules,
  spectralFor,
  type LintOptions,
  type LintResult,
} from './lint';
export { guardFunction, lastRunningRule, ruleTimes } from './functions/guard';
export { loadConnector, PpcInputError, type Connector, type LoadedFile, type ConnectorFile } from './connector';
export { allRules, apiPropertiesRules, spectralRules, folderRules } from './rules';
export { buildApiPropertiesRuleset, buildRuleset, rulesFor, OAS_RULES_OFF, OAS_CALIBRATION } from '../rulesets/build';
export { severityIn, SEVERITY_CODE, SEVERITY_NAME } from './profiles';
export * as collections from './collections';
export * as functions from './functions';
export { apiProperties, connectorDefinition } from './formats';
export type { AnyRule, FolderRule, PpcRule, PpcMeta, Profile, Severity, RuleExample, ExampleEdit } from './types';
export { PROFILES } from './types';
export { renderRuleDoc, renderRuleTable, renderFixTable, renderRuleCounts } from './report/rule-docs';
export {
  formatDiagnostics,
  formatChunks,
  hasFailures,
  onlyFailures,
  summarize,
  buildSarif,
  microsoftPointer,
  FORMAT_NAMES,
  type FormatName,
  type FormatOptions,
} from './report';
export { listRules, ruleDocPage, type RuleListEntry } from './report/rule-list';
export {
  expandTargets,
  detectProfile,
  lintTarget,
  lintMany,
  type ProfileChoice,
  type TargetResult,
  type LintManyOptions,
} from './batch';
export { applyEdits } from './examples';
export {
  configFor,
  configLookups,
  type ConfigLookups,
  findConfigFile,
  loadConfig,
  parseConfig,
  applyConfig,
  rulesEnabledBy,
  type PpcConfig,
  type RuleSetting,
  type ConfigOverride,
} from './config';
export {
  applyBaseline,
  createBaseline,
  newFindings,
  parseBaseline,
  readBaseline,
  serializeBaseline,
  writeBaseline,
  BASELINE_STALE_CODE,
  type Baseline,
  type BaselineEntry,
  type FindingKey,
} from './baseline';
export { lintNewOnly, type NewOnlyResult } from './new-only';
export { readAtRef, resolveRef, gitRoot } from './git';
export { connectorFoldersFor } from './changed-files';
export { finishRun, type TargetOptions, type RunOutcome, type RunTarget } from './workflow';
export {
  connectorModel,
  followRef,
  schemaVisits,
  type ConnectorModel,
  type OperationModel,
  type ParameterModel,
  type ResponseModel,
  type SchemaVisit,
} from './model';
export {
  documentRule,
  operationRule,
  parameterRule,
  responseRule,
  schemaRule,
  typedNodeRule,
  type Finding,
  type NodeFinding,
} from './model/rules';
export {
  diffConnectors,
  diffLoaded,
  diffFailures,
  diffRules,
  DIFF_PROFILES,
  ACK_FILE_NAME,
  type DiffOptions,
  type DiffResult,
  type DiffDiagnostic,
  type DiffProfile,
  type DiffTarget,
  type TextFile,
  type UpdateClass,
  type AckEntry,
  type DiffRuleDefinition,
} from './diff';
export { diffAgainstRef } from './diff/git-baseline';
export { renderBreakingChangesDoc } from './diff/docs';
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
export type { FixKind, FixMeta, FindingCounterpart } from './types';

/** The library API: lint connector folders programmatically, reuse rules, functions and collections. */
export { apiPropertiesRulesetFor, lintConnector, rulesetFor, runFolderRules, spectralFor, type LintOptions, type LintResult } from './lint';
export { loadConnector, PpcInputError, type Connector, type LoadedFile, type ConnectorFile } from './connector';
export { allRules, apiPropertiesRules, spectralRules, folderRules } from './rules';
export { buildApiPropertiesRuleset, buildRuleset, rulesFor, OAS_RULES_OFF } from '../rulesets/build';
export { severityIn, SEVERITY_CODE, SEVERITY_NAME } from './profiles';
export * as collections from './collections';
export * as functions from './functions';
export { apiProperties, connectorDefinition } from './formats';
export type { AnyRule, FolderRule, PpcRule, PpcMeta, Profile, Severity, RuleExample, ExampleEdit } from './types';
export { PROFILES } from './types';
export { renderRuleDoc, renderRuleTable } from './report/rule-docs';
export { formatDiagnostics, hasFailures, summarize, FORMAT_NAMES, type FormatName } from './report';
export { applyEdits } from './examples';

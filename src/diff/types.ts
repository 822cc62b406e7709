import type { IRange, JsonPath } from '@stoplight/types';
import type { Severity } from '../types';
import type { ConnectorModel, OperationModel } from '../model';
import type { SchemaChange } from './changes';
import type { SyntaxProblem } from './syntax';

/** Severity profiles of the diff: our defaults, or everything Microsoft's change validator reports raised to error. */
export type DiffProfile = 'default' | 'microsoft-strict';
export const DIFF_PROFILES: readonly DiffProfile[] = ['default', 'microsoft-strict'];

/** One version of a connector as the rules see it. */
export interface DiffSide {
  /** The parsed definition (data only). */
  document: unknown;
  model: ConnectorModel;
  /** The parsed apiProperties.json, when there is one. */
  apiProperties: unknown;
  /** The first syntax error of apiProperties.json that can cost data: `apiProperties` is what was read before it. */
  apiPropertiesSyntaxError?: SyntaxProblem;
}

/** Two operations with the same operationId in the old and the new version. */
export interface OperationPair {
  id: string;
  old: OperationModel;
  new: OperationModel;
}

export interface DiffContext {
  old: DiffSide;
  new: DiffSide;
  /** Operations present in both versions, matched by operationId (old document order). */
  pairs: OperationPair[];
  /** Old operations whose operationId is gone. */
  removed: OperationModel[];
  /** New operations whose operationId did not exist before. */
  added: OperationModel[];
  /** Input and output changes of every pair, computed once and shared by the rules. */
  changes: SchemaChange[];
}

/** What a rule reports; the engine adds the rule id, severity and location. */
export interface DiffFinding {
  message: string;
  /** Which version the path points into: the new one, or the old one for removals. */
  side: 'old' | 'new';
  file?: 'swagger' | 'apiProperties';
  path: JsonPath;
  /**
   * The same place in the other version, in the same file kind: where it was (the old version, for a finding in the
   * new one), or, for a removal, what replaced it or the list or schema that no longer holds it. The engine drops a
   * path that the other version does not have.
   */
  otherPath?: JsonPath;
  /** Where the finding is when not at `path`'s node (a syntax error). */
  range?: IRange;
  /** Identity used by the acknowledgement file. */
  operationId?: string;
  field?: string;
  /** A lower (or higher) severity than the rule's default for this case, e.g. a prepared removal. */
  severity?: Severity;
}

/** A document pair for an example: old and new swagger, optionally apiProperties. */
export interface DiffExampleSide {
  swagger: unknown;
  apiProperties?: unknown;
  /** apiProperties.json as written, for what a JSON value cannot show (a syntax error); wins over `apiProperties`. */
  apiPropertiesText?: string;
}

export interface DiffExample {
  description: string;
  old: DiffExampleSide;
  new: DiffExampleSide;
}

export interface DiffRuleDefinition {
  id: string;
  description: string;
  /** Default severity. */
  severity: Severity;
  /**
   * The message Microsoft's change validator (or policy) gives for this change; such rules are errors in
   * microsoft-strict.
   */
  validatorMessage?: string;
  /** How to make the change safely, for the docs. */
  remedy: string;
  examples: { invalid: DiffExample[]; valid: DiffExample[] };
  /** `apiProperties`: the rule reads only apiProperties.json; it runs even when the old version has no definition. */
  compares?: 'apiProperties';
  /** `false`: the finding says how the comparison was made, not what changed; it never makes an update major. */
  breaking?: false;
  check(ctx: DiffContext): DiffFinding[];
}

export function defineDiffRule(definition: DiffRuleDefinition): DiffRuleDefinition {
  if (!/^ppc-bc-[a-z0-9]+(-[a-z0-9]+)*$/.test(definition.id))
    throw new Error(`Diff rule id "${definition.id}" must start with "ppc-bc-"`);
  return definition;
}

import type { IRange, JsonPath } from '@stoplight/types';
import type { Edit } from 'jsonc-parser';
import type { FixKind } from '../types';
import type { FixText } from './text';

export type { FixKind };
export type { Edit };

/** The finding a fixer is asked to fix (the fields of a Spectral diagnostic it may read). */
export interface FixFinding {
  code: string;
  message: string;
  path: JsonPath;
  range: IRange;
  source?: string;
}

export interface FixerInput {
  finding: FixFinding;
  /** The text of the finding's file, its parse tree, line break and indentation. */
  file: FixText;
}

/** What a fixer proposes for one finding. */
export interface FixProposal {
  /** Text edits (offsets into the file text, BOM included); applied together or not at all. */
  edits: Edit[];
  /** A fix of a safe rule that is only a suggestion for this finding. */
  kind?: 'suggestion';
  /** Replaces the rule's fix description for this finding, e.g. `Rename "x-ms-sumary" to "x-ms-summary".` */
  description?: string;
}

/**
 * Proposes the edits that fix one finding, or undefined when this finding has no fix that is certain.
 * Never throws; reads only the finding and the file.
 */
export type Fixer = (input: FixerInput) => FixProposal | undefined;

/** The fix attached to a diagnostic for reports (`diagnostic.fix`). */
export interface DiagnosticFix {
  kind: FixKind;
  description: string;
  /** The edits, when the file parses and the fixer found a certain fix for this finding. */
  edits?: RangedEdit[];
}

/** A text edit with its place both as offsets and as zero-based lines and characters (SARIF, editors). */
export interface RangedEdit extends Edit {
  range: IRange;
}

/**
 * The acknowledgement file (`.ppc-breaking-changes.yaml`): breaking changes the author confirmed on purpose,
 * each with a reason. Acknowledged findings stay visible but no longer fail the run.
 */
import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import type { IRange } from '@stoplight/types';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { firstDuplicateKey } from '../utils/yaml-keys';
import { PpcInputError } from '../connector/errors';
import { refuseLinkLeavingRepo } from '../connector/found-file';
import { readFailure, readRegularText } from '../connector/regular-file';
import { SEVERITY_CODE } from '../profiles';
import { quote, show } from '../utils/guards';

export const ACK_FILE_NAME = '.ppc-breaking-changes.yaml';
export const ACK_INVALID = 'ppc-bc-ack-invalid';
export const ACK_STALE = 'ppc-bc-ack-stale';

export interface AckEntry {
  rule: string;
  operationId?: string;
  field?: string;
  reason: string;
  /** Where the entry is written in the acknowledgement file. */
  source: string;
  range: IRange;
}

export interface AckFile {
  source: string;
  entries: AckEntry[];
  /** Problems in the file itself (missing reason, unknown rule, wrong shape), as error findings. */
  problems: ISpectralDiagnostic[];
}

/** Identity of a finding that an entry can match. */
export interface AckTarget {
  code: string;
  operationId?: string;
  field?: string;
}

export function entryMatches(entry: AckEntry, target: AckTarget): boolean {
  return (
    entry.rule === target.code &&
    (entry.operationId === undefined || entry.operationId === target.operationId) &&
    (entry.field === undefined || entry.field === target.field)
  );
}

/**
 * Read an acknowledgement file; undefined when it does not exist and was not asked for explicitly. The default one
 * comes with the new version (a pull request may write it): a link out of the repository is refused, not read.
 */
export async function readAckFile(
  file: string,
  explicit: boolean,
  knownRules: ReadonlySet<string>,
): Promise<AckFile | undefined> {
  if (!explicit) await refuseLinkLeavingRepo(file, 'acknowledgement file', 'name one with --ack');
  let text: string;
  try {
    text = await readRegularText(file);
  } catch (e) {
    if (!explicit && (e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PpcInputError(`${file}: cannot read the acknowledgement file${readFailure(e, true)}`);
  }
  return parseAckFile(text, file, knownRules);
}

/** Parse the text of an acknowledgement file. Throws `PpcInputError` when it is not YAML at all. */
export function parseAckFile(text: string, source: string, knownRules: ReadonlySet<string>): AckFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const duplicate = firstDuplicateKey(doc);
  const firstError = doc.errors[0] ?? (duplicate && { pos: duplicate, message: 'Map keys must be unique' });
  if (firstError) {
    const pos = lines.linePos(firstError.pos[0]);
    throw new PpcInputError(
      `${source}:${pos.line}:${pos.col}: the acknowledgement file is not valid YAML: ${firstError.message.split('\n')[0] ?? ''}`,
    );
  }
  const rangeOf = (node: YamlNode | null | undefined): IRange => {
    const [start, , end] = node?.range ?? [0, 0, 0];
    const a = lines.linePos(start);
    const b = lines.linePos(end);
    return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
  };
  const problems: ISpectralDiagnostic[] = [];
  const problem = (node: YamlNode | null | undefined, message: string): void => {
    problems.push({
      code: ACK_INVALID,
      message,
      severity: SEVERITY_CODE.error,
      path: [],
      range: rangeOf(node),
      source,
    });
  };
  const entries: AckEntry[] = [];
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === '')))
    return { source, entries, problems };
  if (!isMap(root)) {
    problem(root, `${path.basename(source)} must be a mapping with an "acknowledged:" list of entries.`);
    return { source, entries, problems };
  }
  const list = root.get('acknowledged', true);
  if (list === undefined || (isScalar(list) && list.value === null)) return { source, entries, problems };
  if (!isSeq(list)) {
    problem(list, `"acknowledged" must be a list of entries (- rule: ppc-bc-…, operationId: …, reason: …).`);
    return { source, entries, problems };
  }
  for (const item of list.items) {
    const node = item as YamlNode;
    if (!isMap(item)) {
      problem(
        node,
        'Each acknowledged entry must be a mapping with rule, reason and optionally operationId and field.',
      );
      continue;
    }
    const text = (key: string): string | undefined => {
      const v = item.get(key);
      return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
    };
    const rule = text('rule');
    const reason = text('reason');
    if (!rule) {
      problem(node, 'Acknowledged entry has no "rule"; name the ppc-bc-… rule it acknowledges.');
      continue;
    }
    if (!knownRules.has(rule)) {
      problem(
        item.get('rule', true),
        `Acknowledged entry names unknown rule ${quote(rule)}; use one of the ppc-bc-… rule ids (see docs/breaking-changes.md).`,
      );
      continue;
    }
    if (!reason || reason.trim() === '') {
      problem(
        node,
        `Acknowledged entry for ${quote(rule)}${text('operationId') ? ` on ${quote(text('operationId'))}` : ''} has no "reason"; say why the breaking change is safe (e.g. who confirmed it).`,
      );
      continue;
    }
    entries.push({
      rule,
      operationId: text('operationId'),
      field: text('field'),
      reason: reason.trim(),
      source,
      range: rangeOf(node),
    });
  }
  return { source, entries, problems };
}

/** The finding for an entry that matched nothing, naming the file it is in (the default one or `--ack`'s). */
export function staleFinding(entry: AckEntry): ISpectralDiagnostic {
  const what = [
    entry.operationId ? `operationId ${quote(entry.operationId)}` : '',
    entry.field ? `field ${quote(entry.field)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    code: ACK_STALE,
    message: `Acknowledgement of ${quote(entry.rule)}${what ? ` (${what})` : ''} matches no finding; remove it from ${path.basename(entry.source)}.`,
    severity: SEVERITY_CODE.warn,
    path: [],
    range: entry.range,
    source: entry.source,
  };
}

/** How an acknowledged finding's message goes on, before the reason (the report formats find it there). */
export const ACKNOWLEDGED_MARKER = ' (acknowledged: ';

/** Suffix for an acknowledged finding's message. */
export function acknowledgedSuffix(entry: AckEntry): string {
  return `${ACKNOWLEDGED_MARKER}${show(entry.reason, 200)})`;
}

import { encodeUnsafe, escapeControls } from '../utils/sanitize';
import { atCheckoutFile, countBySeverity, oneLine, plural, relativePath, type Finding } from './meta';

export interface GithubActionsOptions {
  /** Most annotations to print (default 50); the rest are counted in one notice. */
  maxAnnotations?: number;
  cwd?: string;
}

/** Escape a workflow-command message: `%`, CR and LF. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow-command property value: as data, plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The `file` property: the real path, its tab, CR and LF carried by the property encoding (the runner decodes them),
 * the other control and reordering characters, which the encoding cannot carry, shown escaped (`\u001b`).
 */
export function escapeFileProperty(file: string): string {
  return escapeProperty(encodeUnsafe(file, (c) => (c === '\t' || c === '\n' || c === '\r' ? c : escapeControls(c))));
}

const COMMAND: Record<number, string> = { 0: 'error', 1: 'warning', 2: 'notice', 3: 'notice' };

/**
 * GitHub Actions annotations (`::error file=…,line=…::message`), most severe first, at most `maxAnnotations`
 * (GitHub shows only a few per step anyway); a closing `::notice` counts what was left out.
 */
export function formatGithubActions(findings: readonly Finding[], options: GithubActionsOptions = {}): string {
  const max = Math.max(0, Math.floor(options.maxAnnotations ?? 50));
  // Stable sort of indices by severity keeps the file/line order within a severity.
  const order: number[] = [];
  for (let i = 0; i < findings.length; i++) order.push(i);
  order.sort((a, b) => (findings[a]?.severity ?? 0) - (findings[b]?.severity ?? 0) || a - b);
  const lines: string[] = [];
  const shown = Math.min(max, order.length);
  for (let k = 0; k < shown; k++) {
    const found = findings[order[k] ?? 0];
    if (!found) continue;
    // GitHub attaches an annotation only to a file of the checkout, not to one at a git revision.
    const f = atCheckoutFile(found);
    const props = [
      `file=${escapeFileProperty(relativePath(f.source, options.cwd))}`,
      `line=${f.range.start.line + 1}`,
      `endLine=${Math.max(f.range.start.line, f.range.end.line) + 1}`,
      `col=${f.range.start.character + 1}`,
      `title=${escapeProperty(String(f.code))}`,
    ];
    lines.push(`::${COMMAND[f.severity] ?? 'error'} ${props.join(',')}::${escapeData(oneLine(f.message))}`);
  }
  if (order.length > shown) {
    const rest: Finding[] = [];
    for (let k = shown; k < order.length; k++) {
      const f = findings[order[k] ?? 0];
      if (f) rest.push(f);
    }
    const [e, w, i, h] = countBySeverity(rest);
    lines.push(
      `::notice title=ppc-lint::${escapeData(
        `${plural(rest.length, 'more finding')} not annotated (${plural(e, 'error')}, ${plural(w, 'warning')}, ${i + h} infos/hints); run ppc-lint with --format stylish or sarif to see them all.`,
      )}`,
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

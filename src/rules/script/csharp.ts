/** Light C# reading for custom-code rules: comments and strings blanked, usings, operation ids. */
import type { Connector } from '../../connector/load';
import type { ConnectorFile } from '../../connector/files';

/** Scripts larger than this are not scanned (the size rule reports them). */
const MAX_SCAN = 2_000_000;

/**
 * The code with comments replaced by spaces (same length, so offsets still match), string literals kept.
 * Handles `//`, block comments, regular, verbatim (`@"…"`) and interpolated strings.
 */
export function withoutComments(code: string): string {
  const out: string[] = [];
  let i = 0;
  const n = Math.min(code.length, MAX_SCAN);
  while (i < n) {
    const c = code[i];
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      out.push(' '.repeat(stop - i));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      out.push(code.slice(i, stop).replace(/[^\n]/g, ' '));
      i = stop;
    } else if (
      c === '"' ||
      (c === '@' && next === '"') ||
      (c === '$' && next === '"') ||
      (c === '$' && next === '@') ||
      (c === '@' && next === '$')
    ) {
      const verbatim = c === '@' || next === '@';
      let j = i;
      while (j < n && code[j] !== '"') j++;
      j++;
      while (j < n) {
        if (!verbatim && code[j] === '\\') j += 2;
        else if (code[j] === '"' && verbatim && code[j + 1] === '"') j += 2;
        else if (code[j] === '"' || (!verbatim && code[j] === '\n')) break;
        else j++;
      }
      out.push(code.slice(i, j + 1));
      i = j + 1;
    } else if (c === "'") {
      const m = /^'(\\.|[^'\\\n]){0,8}'/.exec(code.slice(i, i + 12));
      const len = m ? m[0].length : 1;
      out.push(code.slice(i, i + len));
      i += len;
    } else {
      out.push(c);
      i++;
    }
  }
  return out.join('');
}

/** The scripts of a connector with their comment-free code. */
export function scripts(connector: Connector): Array<{ file: ConnectorFile; text: string; code: string }> {
  return connector.scripts
    .filter((s) => !s.tooLarge && s.unreadable === undefined)
    .map((s) => ({ file: s.file, text: s.text, code: withoutComments(s.text) }));
}

/**
 * `using` directives: the namespace and its offset. Aliases (`using X = A.B;`) give `A.B`; `using static A.B;` gives
 * `A.B`.
 */
export function usings(code: string): Array<{ namespace: string; offset: number; type: boolean }> {
  const found: Array<{ namespace: string; offset: number; type: boolean }> = [];
  const directive =
    /^[ \t]*(?:global[ \t]+)?using[ \t]+(static[ \t]+)?([A-Za-z_]\w*[ \t]*=[ \t]*)?([A-Za-z_][\w.]*)(?:<[^;\n]*>)?[ \t]*;/gm;
  for (const match of code.matchAll(directive)) {
    const namespace = match[3];
    // `using static T;` and aliases may name a type rather than a namespace.
    found.push({
      namespace,
      offset: (match.index ?? 0) + match[0].lastIndexOf(namespace),
      type: match[1] !== undefined || match[2] !== undefined,
    });
    if (found.length > 500) break;
  }
  return found;
}

/**
 * Operation ids the script branches on: `OperationId == "X"`, `"X" == …OperationId`, `OperationId.Equals("X")`,
 * and `case "X":` inside a `switch` on the operation id.
 */
export function operationIdsTested(code: string): Array<{ id: string; offset: number }> {
  const found: Array<{ id: string; offset: number }> = [];
  const add = (id: string | undefined, offset: number) => {
    if (id !== undefined && found.length < 1000) found.push({ id, offset });
  };
  for (const m of code.matchAll(/OperationId\s*(?:==|!=)\s*"([^"\\\n]*)"/g))
    add(m[1], (m.index ?? 0) + m[0].indexOf('"') + 1);
  for (const m of code.matchAll(/"([^"\\\n]*)"\s*(?:==|!=)\s*[\w.]*OperationId\b/g)) add(m[1], (m.index ?? 0) + 1);
  for (const m of code.matchAll(/OperationId\s*\.\s*Equals\s*\(\s*"([^"\\\n]*)"/g))
    add(m[1], (m.index ?? 0) + m[0].indexOf('"') + 1);
  for (const m of code.matchAll(/switch\s*\(\s*[^)]*OperationId[^)]*\)\s*\{/g)) {
    const start = (m.index ?? 0) + m[0].length;
    let depth = 1;
    let end = start;
    while (end < code.length && depth > 0) {
      if (code[end] === '{') depth++;
      else if (code[end] === '}') depth--;
      end++;
    }
    const body = code.slice(start, end);
    for (const c of body.matchAll(/\bcase\s+"([^"\\\n]*)"\s*:/g))
      add(c[1], start + (c.index ?? 0) + c[0].indexOf('"') + 1);
  }
  return found;
}

import type { LoadedFile } from '../../connector/load';
import { defineFolderRule, type FolderFinding } from '../../types';

export interface IndentReport {
  /** Spaces per level the file uses: 4, or 2 when the first indented line uses 2. */
  unit: number;
  /** Zero-based line of the first badly indented line. */
  line: number;
  /** Its indentation as written. */
  actual: string;
  expected: number;
  /** How many lines are indented differently from `unit` spaces per level (or with tabs). */
  count: number;
  tabs: boolean;
}

/**
 * Check that each line is indented one unit deeper than the line that opened its enclosing `{`/`[`
 * (brackets outside strings), and that a line starting with a closing bracket is indented like the line
 * that opened it. That accepts JSON.stringify's layout and Jackson's `[ {` layout alike. The unit is 4,
 * or 2 when the first indented line uses 2 (as 95% of the merged definitions in
 * microsoft/PowerPlatformConnectors are indented).
 */
export function checkIndent(text: string): IndentReport | undefined {
  let unit = 0;
  /** For each open bracket, the indentation width of the line it was opened on. */
  const openers: number[] = [];
  let inString = false;
  let escaped = false;
  let first: IndentReport | undefined;
  let count = 0;
  let tabs = false;
  let line = 0;
  const n = text.length;
  for (let i = 0; i < n; line++) {
    // At a line start: measure the indentation (never inside a string: JSON strings cannot span lines).
    let j = i;
    while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
    const lineEnd = text.indexOf('\n', j);
    const end = lineEnd < 0 ? n : lineEnd;
    const firstChar = text[j];
    const indent = text.slice(i, j);
    if (!inString && j < end && firstChar !== '\r') {
      const closing = firstChar === '}' || firstChar === ']';
      const hasTab = indent.includes('\t');
      const parent = openers[openers.length - 1];
      let expected = 0;
      if (closing) expected = parent ?? 0;
      else if (parent !== undefined) {
        if (unit === 0 && !hasTab) unit = indent.length - parent === 2 ? 2 : 4;
        expected = parent + (unit || 4);
      }
      if (hasTab || indent.length !== expected) {
        count++;
        tabs ||= hasTab;
        first ??= { unit: 0, line, actual: indent, expected, count: 0, tabs: false };
      }
    }
    // Walk the line's content, tracking strings and nesting.
    for (let k = j; k < end; k++) {
      const c = text[k];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') openers.push(indent.length);
      else if (c === '}' || c === ']') openers.pop();
    }
    i = end + 1;
  }
  return first ? { ...first, unit: unit || 4, count, tabs } : undefined;
}

function describe(indent: string): string {
  if (indent.includes('\t')) return 'a tab';
  if (indent.length === 0) return 'no indentation';
  return `${indent.length} space${indent.length === 1 ? '' : 's'}`;
}

export function indentFinding(file: LoadedFile): FolderFinding | undefined {
  if (file.tooLarge || file.text.trim() === '') return undefined;
  const lines = file.text.split('\n').length;
  if (lines <= 2 && file.text.length > 200) {
    return {
      source: file.file.path,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      message: `${file.file.name} is written on ${lines === 1 ? 'one line' : 'two lines'}; format it with 4-space indentation (the coding standards ask for soft tabs of 4 spaces).`,
    };
  }
  const report = checkIndent(file.text);
  if (!report) return undefined;
  const others = report.count > 1 ? ` (and ${report.count - 1} more line${report.count === 2 ? '' : 's'})` : '';
  return {
    source: file.file.path,
    range: { start: { line: report.line, character: 0 }, end: { line: report.line, character: report.actual.length } },
    message: `${file.file.name} line ${report.line + 1} is indented with ${describe(report.actual)} where ${report.expected} spaces are expected${others}; format the file with 4-space indentation${report.tabs ? ' and no tabs' : ''} (the coding standards ask for soft tabs of 4 spaces, and reviewers ask for formatted files).`,
  };
}

export default defineFolderRule('ppc-format-indent-4-spaces', {
  description:
    'The connector definition is formatted: one level of indentation per nesting level, with spaces and no tabs. The coding standards ask for 4 spaces; 2 spaces used throughout (as in 95% of merged definitions) are accepted.',
  severity: 'info',
  check(connector) {
    const swagger = connector.swagger;
    if (!swagger) return [];
    const finding = indentFinding(swagger);
    return finding ? [finding] : [];
  },
  'x-ppc': {
    requirements: ['format-indent-4-spaces'],
    section: '1',
    sources: ['L-CSTD', 'PR#1821', 'PR#4237'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'A tab-indented definition.',
          files: {
            'apiDefinition.swagger.json':
              '{\n\t"swagger": "2.0",\n\t"info": {\n\t\t"title": "Contoso Tasks",\n\t\t"version": "1.0"\n\t},\n\t"paths": {}\n}\n',
          },
        },
        {
          description: 'A line indented differently from the rest.',
          files: {
            'apiDefinition.swagger.json':
              '{\n    "swagger": "2.0",\n    "info": {\n      "title": "Contoso Tasks",\n        "version": "1.0"\n    },\n    "paths": {}\n}\n',
          },
        },
      ],
      valid: [
        {
          description: 'The same definition indented with 2 spaces throughout (as most merged definitions are).',
          files: {
            'apiDefinition.swagger.json':
              '{\n  "swagger": "2.0",\n  "info": {\n    "title": "Contoso Tasks",\n    "version": "1.0"\n  },\n  "paths": {}\n}\n',
          },
        },
        {
          description: 'The same definition indented with 4 spaces.',
          files: {
            'apiDefinition.swagger.json':
              '{\n    "swagger": "2.0",\n    "info": {\n        "title": "Contoso Tasks",\n        "version": "1.0"\n    },\n    "paths": {}\n}\n',
          },
        },
      ],
    },
  },
});

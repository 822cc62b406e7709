import { applyPatch } from 'diff';
import { unifiedDiff } from '../../src/fix/diff';

const GITHUB_TOKEN = 'ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const AWS_KEY = 'AKIAQ3EGRNLWZ7XK4M2B';
const FILE = '/c/apiDefinition.swagger.json';

/** The diff's lines after its header (`---`, `+++`, `@@`), without their line feeds. */
function bodyLines(diff: string): string[] {
  return diff.split('\n').filter((line) => /^[-+ ]/.test(line) && !/^(---|\+\+\+) /.test(line));
}

describe('unifiedDiff prints document text as every other output does', () => {
  it('masks secrets on removed, added and context lines', () => {
    const before = `{\n"token": "${GITHUB_TOKEN}",\n"key": "${AWS_KEY}",\n"summary": "List tasks."\n}\n`;
    const after = before.replace('List tasks.', 'List tasks').replace('"key"', '"aws"');
    const diff = unifiedDiff(FILE, before, after, '/c');
    expect(diff).not.toContain(GITHUB_TOKEN);
    expect(diff).not.toContain(AWS_KEY);
    expect(bodyLines(diff)).toEqual([
      ' {',
      ' "token": "ghp_…(40 characters, masked)",',
      '-"key": "AKIA…(20 characters, masked)",',
      '-"summary": "List tasks."',
      '+"aws": "AKIA…(20 characters, masked)",',
      '+"summary": "List tasks"',
      ' }',
    ]);
  });

  it('shows a CR-only file as separate lines, with no raw CR', () => {
    const diff = unifiedDiff(FILE, 'a\rb\rc\r', 'a\rB\rc\r', '/c');
    expect(diff).not.toContain('\r');
    expect(bodyLines(diff)).toEqual([' a', '-b', '+B', ' c']);
  });

  it('escapes ESC, other controls and bidirectional overrides inside a line', () => {
    const diff = unifiedDiff(FILE, '"x": "\u001b[2J\u0007"\n', '"x": "\u202egnp.exe\u0000"\n', '/c');
    expect(bodyLines(diff)).toEqual(['-"x": "\\u001b[2J\\u0007"', '+"x": "\\u202egnp.exe\\u0000"']);
  });

  it('escapes control characters in the file names of the header', () => {
    const diff = unifiedDiff('/c/x\u001b]8;;\u0007/apiDefinition.swagger.json', 'a\n', 'b\n', '/c');
    expect(diff).toContain('--- a/x\\u001b]8;;\\u0007/apiDefinition.swagger.json\n');
    expect(diff).not.toContain('\u001b');
    expect(diff).not.toContain('\u0007');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('still applies to plain text with %s line ends, tabs and no final line end', (_name, eol) => {
    const before = ['{', '\t"summary": "List tasks.",', '\t"schemes": ["https", "http"]', '}'].join(eol);
    const after = before.replace('List tasks.', 'List tasks').replace(', "http"', '');
    expect(applyPatch(before, unifiedDiff(FILE, before, after, '/c'))).toBe(after);
    expect(applyPatch(`${before}${eol}`, unifiedDiff(FILE, `${before}${eol}`, `${after}${eol}`, '/c'))).toBe(
      `${after}${eol}`,
    );
  });
});

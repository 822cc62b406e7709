import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { diffRules } from '../../src/diff';
import { renderBreakingChangesDoc } from '../../src/diff/docs';

const ROOT = path.resolve(__dirname, '../..');

describe('breaking-change docs', () => {
  it('docs/breaking-changes.md is current (npm run docs)', () => {
    expect(readFileSync(path.join(ROOT, 'docs/breaking-changes.md'), 'utf8')).toBe(renderBreakingChangesDoc());
  });

  it('lists every rule with its own section and the README links to it', () => {
    const doc = renderBreakingChangesDoc();
    for (const rule of diffRules) expect(doc).toContain(`## ${rule.id}\n`);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('## Breaking changes');
    expect(readme).toContain('docs/breaking-changes.md');
  });
});

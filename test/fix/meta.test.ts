import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIXERS } from '../../src/fix/fixers';
import { renderFixTable } from '../../src/report/rule-docs';
import { allRules } from '../../src/rules';
import { ROOT } from '../helpers/lint';

describe('rule fixes', () => {
  const declared = allRules
    .filter((r) => r.definition['x-ppc'].fix)
    .map((r) => r.id)
    .sort();

  it('every rule that declares x-ppc.fix has a fixer, and every fixer belongs to such a rule', () => {
    expect([...FIXERS.keys()].sort()).toEqual(declared);
  });

  it('declares a kind and a description ending with a period', () => {
    for (const rule of allRules) {
      const fix = rule.definition['x-ppc'].fix;
      if (!fix) continue;
      expect({
        id: rule.id,
        kind: ['safe', 'suggestion'].includes(fix.kind),
        period: fix.description.endsWith('.'),
      }).toEqual({ id: rule.id, kind: true, period: true });
    }
  });

  it('every fixer has a byte-exact before/after test in fixers.test.ts', () => {
    const tests = readFileSync(path.join(__dirname, 'fixers.test.ts'), 'utf8');
    expect([...FIXERS.keys()].filter((id) => !tests.includes(`'${id}'`))).toEqual([]);
  });

  it('offers at least the documented set of fixes', () => {
    expect(declared).toEqual(
      expect.arrayContaining([
        'ppc-summary-no-trailing-punct',
        'ppc-json-no-bom',
        'ppc-param-x-ms-summary',
        'ppc-x-ms-unknown',
      ]),
    );
    expect(allRules.find((r) => r.id === 'ppc-param-x-ms-summary')?.definition['x-ppc'].fix?.kind).toBe('suggestion');
  });
});

describe('README', () => {
  it('lists every rule with a fix in its "Automatic fixes" table (npm run docs)', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(renderFixTable(allRules));
    expect(renderFixTable(allRules).split('\n')).toHaveLength(FIXERS.size + 2);
  });
});

import { familyEdits } from '../../../src/rules/versioning/families';
import { editedSwagger, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const RULES = [
  'ppc-annotation-shape',
  'ppc-replacement-only-deprecated',
  'ppc-replacement-complete',
  'ppc-family-revision-required',
  'ppc-family-unique-revisions',
  'ppc-family-max-active',
  'ppc-revision-suffix',
  'ppc-deprecated-bool',
  'ppc-deprecated-label',
  'ppc-visibility-casing',
];

/** ListTasks (revision 1, deprecated, internal) and ListTasks_V2 (revision 2, Production) in family "ListTasks". */
const family = (): Record<string, any> => editedSwagger(familyEdits()) as Record<string, any>;

describe('versioning rules', () => {
  it('are silent on the valid fixture and on a clean operation family', async () => {
    for (const id of RULES) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      expect({ id, results: await lintRule(id, family()) }).toEqual({ id, results: [] });
    }
  });

  it('ppc-replacement-only-deprecated and ppc-replacement-complete check the replacement', async () => {
    const doc = family();
    delete doc.paths['/tasks'].get.deprecated;
    const [d] = await lintRule('ppc-replacement-only-deprecated', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'replacement'] });
    expect(d!.message).toContain('has x-ms-api-annotation.replacement but is not "deprecated": true');

    const partial = family();
    partial.paths['/tasks'].get['x-ms-api-annotation'].replacement = { operationId: 5 };
    const results = await lintRule('ppc-replacement-complete', partial);
    expect(results.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'replacement'],
        ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'replacement', 'operationId'],
      ]),
    );
    expect(results.map((r) => r.message).join('\n')).toContain('has no "api" string');
    expect(results[0]!.severity).toBe(SEVERITY.error);
  });

  it('ppc-deprecated-bool and ppc-deprecated-label', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.deprecated = 'true';
    const [b] = await lintRule('ppc-deprecated-bool', doc);
    expect(b).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'deprecated'] });
    expect(b!.message).toContain('deprecated is the string "true"');

    doc.paths['/tasks'].get.deprecated = true;
    const labels = await lintRule('ppc-deprecated-label', doc);
    expect(labels.map((r) => r.path)).toEqual([
      ['paths', '/tasks', 'get', 'summary'],
      ['paths', '/tasks', 'get', 'description'],
    ]);
    expect(labels[0]!.severity).toBe(SEVERITY.warn);
    expect(labels[0]!.message).toContain('summary "List tasks" does not say "(deprecated)"');
    doc.paths['/tasks'].get.summary = 'List tasks (deprecated)';
    doc.paths['/tasks'].get.description = 'Deprecated: use List tasks V2.';
    expect(await lintRule('ppc-deprecated-label', doc)).toEqual([]);
  });
});

import { familyEdits } from '../../../src/rules/versioning/families';
import { editedSwagger, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { lineAfter, messages } from '../../helpers/triggers';

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

  it('ppc-annotation-shape checks keys, types and status values', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-api-annotation'] = { family: 'ListTasks', revision: 0, status: 'production', version: 2 };
    const results = await lintRule('ppc-annotation-shape', doc);
    expect(results).toHaveLength(3);
    const revision = results.find((r) => r.path.includes('revision'));
    expect(revision).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'x-ms-api-annotation', 'revision'] });
    expect(revision!.message).toContain('has "revision": 0 (an integer of 1 or more is required)');
    expect(lineOf(revision!)).toBe(lineAfter(doc, '"x-ms-api-annotation"', '"revision"'));
    const text = results.map((r) => r.message).join('\n');
    expect(text).toContain('has "status": "production" (use "Production"; values are case-sensitive)');
    expect(text).toContain('has the unknown key "version"');
    doc.paths['/tasks'].get['x-ms-api-annotation'] = { expires: '2025-12-31', family: 'ListTasks' };
    expect(await lintRule('ppc-annotation-shape', doc)).toEqual([]);
    doc.paths['/tasks'].get['x-ms-api-annotation'] = 'Preview';
    expect(await messages('ppc-annotation-shape', doc)).toEqual([expect.stringContaining('is Preview, not an object')]);
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

  it('ppc-family-revision-required flags families with several empty revisions', async () => {
    const doc = family();
    delete doc.paths['/tasks'].get['x-ms-api-annotation'].revision;
    expect(await lintRule('ppc-family-revision-required', doc)).toEqual([]); // one empty revision is tolerated
    delete doc.paths['/v2/tasks'].get['x-ms-api-annotation'].revision;
    const results = await lintRule('ppc-family-revision-required', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'x-ms-api-annotation'] });
    expect(results[0]!.message).toContain('"ListTasks" has no revision, like 1 other operation of family "ListTasks"');
  });

  it('ppc-family-unique-revisions flags a repeated revision', async () => {
    const doc = family();
    doc.paths['/tasks'].get['x-ms-api-annotation'].revision = 2;
    const [d, ...rest] = await lintRule('ppc-family-unique-revisions', doc);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/v2/tasks', 'get', 'x-ms-api-annotation', 'revision'] });
    expect(d!.message).toContain('"ListTasks_V2" has revision 2 of family "ListTasks", like "ListTasks"');
  });

  it('ppc-family-max-active flags too many active and Production members', async () => {
    const doc = family();
    delete doc.paths['/tasks'].get.deprecated;
    doc.paths['/tasks'].get['x-ms-api-annotation'].status = 'Production';
    const [d] = await lintRule('ppc-family-max-active', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get'] });
    expect(d!.message).toContain('"ListTasks" is one of 2 active Production operations of family "ListTasks"');
    doc.paths['/v3/tasks'] = { get: { ...doc.paths['/v2/tasks'].get, operationId: 'ListTasks_V3', 'x-ms-api-annotation': { family: 'ListTasks', revision: 3 } } };
    const text = (await messages('ppc-family-max-active', doc)).join('\n');
    expect(text).toContain('is one of 3 active (not deprecated) operations of family "ListTasks"');
  });

  it('ppc-revision-suffix wants _Vn on revision n > 1', async () => {
    const doc = family();
    doc.paths['/v2/tasks'].get.operationId = 'ListTasksPaged';
    const [d] = await lintRule('ppc-revision-suffix', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/v2/tasks', 'get', 'operationId'] });
    expect(d!.message).toContain('"ListTasksPaged" has revision 2 but does not end with "_V2"');
    doc.paths['/v2/tasks'].get.operationId = 'ListTasksV2';
    expect(await lintRule('ppc-revision-suffix', doc)).toEqual([]);
    doc.paths['/v2/tasks'].get.operationId = 'ListTasks_V12';
    expect(await lintRule('ppc-revision-suffix', doc)).toHaveLength(1);
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

  it('ppc-visibility-casing flags capitalised values everywhere', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-visibility'] = 'Important';
    doc.paths['/tasks'].get.parameters[0]['x-ms-visibility'] = 'ADVANCED';
    doc.definitions.Task.properties.id['x-ms-visibility'] = 'Internal';
    doc.definitions.Task.properties.title['x-ms-visibility'] = 'hidden'; // not a casing problem
    const results = await lintRule('ppc-visibility-casing', doc);
    expect(results.map((r) => r.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"Important" on operation "ListTasks" is not lower case (use "important")'),
        expect.stringContaining('"ADVANCED" on parameter "status"'),
        expect.stringContaining('"Internal" on property "id"'),
      ]),
    );
    expect(results).toHaveLength(3);
    expect(results[0]!.severity).toBe(SEVERITY.warn);
  });
});

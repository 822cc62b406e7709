import { familyEdits } from '../../../src/rules/versioning/families';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';

/** ListTasks (revision 1, deprecated, internal) and ListTasks_V2 (revision 2, Production) in family "ListTasks". */
const family = (): Record<string, any> => editedSwagger(familyEdits()) as Record<string, any>;

describe('versioning rules', () => {
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
});

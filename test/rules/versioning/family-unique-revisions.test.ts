import { familyEdits } from '../../../src/rules/versioning/families';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';

/** ListTasks (revision 1, deprecated, internal) and ListTasks_V2 (revision 2, Production) in family "ListTasks". */
const family = (): Record<string, any> => editedSwagger(familyEdits()) as Record<string, any>;

describe('versioning rules', () => {
  it('ppc-family-unique-revisions flags a repeated revision', async () => {
    const doc = family();
    doc.paths['/tasks'].get['x-ms-api-annotation'].revision = 2;
    const [d, ...rest] = await lintRule('ppc-family-unique-revisions', doc);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/v2/tasks', 'get', 'x-ms-api-annotation', 'revision'] });
    expect(d!.message).toContain('"ListTasks_V2" has revision 2 of family "ListTasks", like "ListTasks"');
  });
});

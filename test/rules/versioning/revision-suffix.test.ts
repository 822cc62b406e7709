import { familyEdits } from '../../../src/rules/versioning/families';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';

/** ListTasks (revision 1, deprecated, internal) and ListTasks_V2 (revision 2, Production) in family "ListTasks". */
const family = (): Record<string, any> => editedSwagger(familyEdits()) as Record<string, any>;

describe('versioning rules', () => {
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
});

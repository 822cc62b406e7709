import { schemaSource, taskPicker } from '../../../src/rules/dynamic/fixtures';
import type { ExampleEdit } from '../../../src/types';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';

const edited = (edits: ExampleEdit[]): Record<string, any> => editedSwagger(edits) as Record<string, any>;

describe('dynamic extension rules', () => {
  it('ppc-dynamic-values-target-array checks the called operation\'s response', async () => {
    const collection = edited(taskPicker({ 'value-collection': 'value' }));
    const [c] = await lintRule('ppc-dynamic-values-target-array', collection);
    expect(c).toMatchObject({ severity: SEVERITY.warn, path: ['parameters', 'TaskId', 'x-ms-dynamic-values'] });
    expect(c!.message).toContain('x-ms-dynamic-values.value-collection "value": the response of "ListTasks" is an array, which has no property "value"');
    const title = edited(taskPicker({ 'value-title': 'name' }));
    expect(await messages('ppc-dynamic-values-target-array', title)).toEqual([expect.stringContaining('x-ms-dynamic-values.value-title "name": the items returned by "ListTasks" have no such property')]);
    const single = edited([{ op: 'set', path: '/parameters/TaskId/x-ms-dynamic-values', value: { operationId: 'GetTask', 'value-path': 'id' } }]);
    expect(await messages('ppc-dynamic-values-target-array', single)).toEqual([expect.stringContaining('the response of "GetTask" is not an array at its root')]);
    // Case differences and open schemas are not reported.
    expect(await lintRule('ppc-dynamic-values-target-array', edited(taskPicker({ 'value-title': 'Title' })))).toEqual([]);
    const open = edited([...schemaSource(), { op: 'set', path: '/parameters/TaskId/x-ms-dynamic-values', value: { operationId: 'GetTaskSchema', 'value-collection': 'schema/items' } }]);
    expect(await lintRule('ppc-dynamic-values-target-array', open)).toEqual([]);
  });
});

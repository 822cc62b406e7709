import { dynamicFields, parentPicker, taskPicker, treePicker } from '../../../src/rules/dynamic/fixtures';
import type { ExampleEdit } from '../../../src/types';
import { editedSwagger, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';

const RULES = [
  'ppc-x-ms-dynamic-values',
  'ppc-dynamic-values-target-array',
  'ppc-x-ms-dynamic-list',
  'ppc-dynamic-list-required',
  'ppc-x-ms-dynamic-schema',
  'ppc-x-ms-dynamic-properties',
  'ppc-dynamic-properties-required',
  'ppc-dynamic-properties-item-value-path',
  'ppc-x-ms-dynamic-tree',
  'ppc-dynamic-parameter-references',
];

const edited = (edits: ExampleEdit[]): Record<string, any> => editedSwagger(edits) as Record<string, any>;
const properties = { operationId: 'GetTaskSchema', parameters: { kind: { parameterReference: 'kind' } }, itemValuePath: 'schema' };

describe('dynamic extension rules', () => {
  it('are silent on the valid fixture and on compliant uses of every extension', async () => {
    const compliant = edited([
      ...taskPicker(),
      ...dynamicFields({ 'value-path': 'schema/properties' }, { 'x-ms-dynamic-properties': properties }),
      ...parentPicker(true),
      ...treePicker(),
    ]);
    for (const id of RULES) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      expect({ id, results: await lintRule(id, compliant) }).toEqual({ id, results: [] });
    }
  });

  it('ppc-x-ms-dynamic-list, -schema and -properties check their shapes', async () => {
    const list = edited([...parentPicker(true), { op: 'set', path: '/definitions/NewTask/properties/parent/x-ms-dynamic-list/parameters/status', value: { parameter: 'title' } }]);
    const [l] = await lintRule('ppc-x-ms-dynamic-list', list);
    expect(l).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'NewTask', 'properties', 'parent', 'x-ms-dynamic-list', 'parameters', 'status'] });
    expect(l!.message).toContain('parameter "status" has "parameter"; it needs exactly one of "value", "parameterReference"');

    const schema = edited([...dynamicFields(), { op: 'set', path: '/definitions/NewTask/properties/fields/x-ms-dynamic-schema', value: 'GetTaskSchema' }]);
    expect(await messages('ppc-x-ms-dynamic-schema', schema)).toEqual([expect.stringContaining('x-ms-dynamic-schema is GetTaskSchema, not an object')]);
    const extra = edited(dynamicFields({ 'value-collection': 'schema', operationId: '' }));
    const extraText = (await messages('ppc-x-ms-dynamic-schema', extra)).join('\n');
    expect(extraText).toContain('has the unknown key "value-collection"');
    expect(extraText).toContain('"operationId" that is not a non-empty string');

    const props = edited(dynamicFields({}, { 'x-ms-dynamic-properties': { ...properties, parameters: { kind: { value: 'bug', parameterReference: 'kind' } }, itemValuePath: 7 } }));
    const propsText = (await messages('ppc-x-ms-dynamic-properties', props)).join('\n');
    expect(propsText).toContain('parameter "kind" has "value", "parameterReference"; it needs exactly one');
    expect(propsText).toContain('"itemValuePath" that is not a string (7)');
  });

  it('ppc-dynamic-list-required and ppc-dynamic-properties-required flag body-property references', async () => {
    const doc = edited(parentPicker(false));
    const [l] = await lintRule('ppc-dynamic-list-required', doc);
    expect(l).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'NewTask', 'properties', 'parent', 'x-ms-dynamic-values', 'parameters', 'status', 'parameter'] });
    expect(l!.message).toContain('x-ms-dynamic-values refers to "title", a body property rather than a parameter of "CreateTask"');

    const schema = edited(dynamicFields({ parameters: { kind: { parameter: 'title' } } }));
    expect(await messages('ppc-dynamic-properties-required', schema)).toEqual([expect.stringContaining('refers to "title", a body property rather than a parameter of "CreateTask"')]);
    const intoProperties = edited(dynamicFields({ 'value-path': 'schema/properties' }));
    const [p] = await lintRule('ppc-dynamic-properties-required', intoProperties);
    expect(p).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-schema', 'value-path'] });
    expect(p!.message).toContain('"value-path": "schema/properties", which points into "properties"');

    // Ambiguous: two parameters named "kind" (query and header).
    const ambiguous = edited([...dynamicFields(), { op: 'set', path: '/paths/~1tasks/post/parameters/2', value: { name: 'kind', in: 'header', type: 'string' } }]);
    expect(await messages('ppc-dynamic-properties-required', ambiguous)).toEqual([expect.stringContaining('which names 2 parameters of "CreateTask"')]);
  });

  it('ppc-dynamic-parameter-references checks both ends of each call', async () => {
    // Target side: ListTasks has no "state" parameter.
    const target = edited(taskPicker({ parameters: { state: 'open' } }));
    const [t] = await lintRule('ppc-dynamic-parameter-references', target);
    expect(t).toMatchObject({ severity: SEVERITY.error, path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'parameters', 'state'] });
    expect(t!.message).toContain('x-ms-dynamic-values passes "state", which is not a parameter of the called operation "ListTasks"');
    // Caller side, through a shared parameter: GetTask and DeleteTask both use TaskId; neither has "owner".
    const caller = edited(taskPicker({ parameters: { status: { parameter: 'owner' } } }));
    const callerResults = await lintRule('ppc-dynamic-parameter-references', caller);
    expect(callerResults.map((r) => r.message)).toEqual([
      expect.stringContaining('refers to "owner", which is neither a parameter nor a body property of "GetTask"'),
      expect.stringContaining('refers to "owner", which is neither a parameter nor a body property of "DeleteTask"'),
    ]);
    expect(callerResults[0]!.path).toEqual(['parameters', 'TaskId', 'x-ms-dynamic-values', 'parameters', 'status', 'parameter']);
    // A parameterReference into a body property that does not exist.
    const reference = edited([...parentPicker(true), { op: 'set', path: '/definitions/NewTask/properties/parent/x-ms-dynamic-list/parameters/status/parameterReference', value: 'body/name' }]);
    expect(await messages('ppc-dynamic-parameter-references', reference)).toEqual([
      expect.stringContaining('x-ms-dynamic-list parameterReference "body/name" names the property "name", which the body schema of parameter "body" does not have of "CreateTask"'),
    ]);
    // Unknown target operations are ppc-operation-id-references-exist's business.
    const unknown = edited(taskPicker({ operationId: 'NoSuchOperation', parameters: { anything: 'x' } }));
    expect(await lintRule('ppc-dynamic-parameter-references', unknown)).toEqual([]);
    // Tree steps are calls too.
    const tree = edited(treePicker({ browse: { operationId: 'ListTasks', parameters: { folder: { selectedItemValuePath: 'id' } } } }));
    expect(await messages('ppc-dynamic-parameter-references', tree)).toEqual([expect.stringContaining('x-ms-dynamic-tree.browse passes "folder"')]);
  });
});

import { dynamicFields, parentPicker, schemaSource, taskPicker, treePicker } from '../../../src/rules/dynamic/fixtures';
import type { ExampleEdit } from '../../../src/types';
import { editedSwagger, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { lineAfter, messages } from '../../helpers/triggers';

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

  it('ppc-x-ms-dynamic-values checks the shape', async () => {
    const doc = edited(taskPicker({ parameters: { status: { value: 'open' } }, 'value-path': '/id', builtInOperation: 'AadGraph.GetUsers' }));
    const results = await lintRule('ppc-x-ms-dynamic-values', doc);
    const text = results.map((r) => r.message).join('\n');
    expect(text).toContain('x-ms-dynamic-values has both "operationId" and "builtInOperation"');
    expect(text).toContain('has "value-path": "/id" with a leading "/"');
    expect(text).toContain('parameter "status" uses "value" (that is the x-ms-dynamic-list form');
    const leading = results.find((r) => r.message.includes('leading'));
    expect(leading).toMatchObject({ severity: SEVERITY.error, path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'value-path'] });
    expect(lineOf(leading!)).toBe(lineAfter(doc, '"TaskId"', '"value-path"'));
    // The file picker uses "capability" and literal arrays / null.
    const picker = edited([{ op: 'set', path: '/parameters/TaskId/x-ms-dynamic-values', value: { capability: 'file-picker', parameters: { isFolder: false, fileFilter: [], dataset: null }, 'value-path': 'path' } }]);
    expect(await lintRule('ppc-x-ms-dynamic-values', picker)).toEqual([]);
    const noOp = edited([{ op: 'set', path: '/parameters/TaskId/x-ms-dynamic-values', value: { 'value-title': 'title' } }]);
    const noOpText = (await messages('ppc-x-ms-dynamic-values', noOp)).join('\n');
    expect(noOpText).toContain('has no "operationId"');
    expect(noOpText).toContain('has a "value-title" but no "value-path"');
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

  it('ppc-x-ms-dynamic-tree checks the steps and the file picker', async () => {
    const doc = edited(treePicker({ open: { operationId: 'ListTasks', parameters: { status: { selectedItemValuePath: 'status' } } }, settings: { canSelectLeafNodes: 'yes' } }));
    const results = await lintRule('ppc-x-ms-dynamic-tree', doc);
    const text = results.map((r) => r.message).join('\n');
    expect(text).toContain('x-ms-dynamic-tree.open parameter "status" uses "selectedItemValuePath", which is allowed only in "browse"');
    expect(text).toContain('x-ms-dynamic-tree.settings.canSelectLeafNodes is yes, not a boolean');
    expect(results[0]!.severity).toBe(SEVERITY.error);
    const picker = edited([{ op: 'set', path: '/parameters/TaskId/x-ms-dynamic-values', value: { capability: 'file-picker', 'value-path': 'id' } }]);
    const [p] = await lintRule('ppc-x-ms-dynamic-tree', picker);
    expect(p).toMatchObject({ path: ['parameters', 'TaskId', 'x-ms-dynamic-values'] });
    expect(p!.message).toContain('The file-picker x-ms-dynamic-values has no x-ms-dynamic-tree beside it');
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

  it('ppc-dynamic-properties-item-value-path compares the two paths', async () => {
    const doc = edited(dynamicFields({ 'value-path': 'schema/properties' }, { 'x-ms-dynamic-properties': { ...properties, itemValuePath: 'result' } }));
    const [d] = await lintRule('ppc-dynamic-properties-item-value-path', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-properties', 'itemValuePath'] });
    expect(d!.message).toContain('x-ms-dynamic-properties.itemValuePath is "result" but x-ms-dynamic-schema.value-path "schema/properties" calls for "schema"');
    const root = edited(dynamicFields({ 'value-path': 'properties' }, { 'x-ms-dynamic-properties': { operationId: 'GetTaskSchema' } }));
    expect(await lintRule('ppc-dynamic-properties-item-value-path', root)).toEqual([]);
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

import { dynamicFields } from '../../../src/rules/dynamic/fixtures';
import type { ExampleEdit } from '../../../src/types';
import { editedSwagger, lintRule, SEVERITY } from '../../helpers/lint';

const edited = (edits: ExampleEdit[]): Record<string, any> => editedSwagger(edits) as Record<string, any>;
const properties = { operationId: 'GetTaskSchema', parameters: { kind: { parameterReference: 'kind' } }, itemValuePath: 'schema' };

describe('dynamic extension rules', () => {
  it('ppc-dynamic-properties-item-value-path compares the two paths', async () => {
    const doc = edited(dynamicFields({ 'value-path': 'schema/properties' }, { 'x-ms-dynamic-properties': { ...properties, itemValuePath: 'result' } }));
    const [d] = await lintRule('ppc-dynamic-properties-item-value-path', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-properties', 'itemValuePath'] });
    expect(d!.message).toContain('x-ms-dynamic-properties.itemValuePath is "result" but x-ms-dynamic-schema.value-path "schema/properties" calls for "schema"');
    const root = edited(dynamicFields({ 'value-path': 'properties' }, { 'x-ms-dynamic-properties': { operationId: 'GetTaskSchema' } }));
    expect(await lintRule('ppc-dynamic-properties-item-value-path', root)).toEqual([]);
  });
});

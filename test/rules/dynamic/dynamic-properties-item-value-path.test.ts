import { dynamicFields } from '../../../src/rules/dynamic/example-edits';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { edited, properties } from '../../helpers/dynamic';

describe('dynamic extension rules', () => {
  it('ppc-dynamic-properties-item-value-path compares the two paths', async () => {
    const doc = edited(
      dynamicFields(
        { 'value-path': 'schema/properties' },
        { 'x-ms-dynamic-properties': { ...properties, itemValuePath: 'result' } },
      ),
    );
    const [d] = await lintRule('ppc-dynamic-properties-item-value-path', doc);
    expect(d).toMatchObject({
      severity: SEVERITY.error,
      path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-properties', 'itemValuePath'],
    });
    expect(d.message).toContain(
      'x-ms-dynamic-properties.itemValuePath is "result" but x-ms-dynamic-schema.value-path "schema/properties" calls for "schema"',
    );
    const root = edited(
      dynamicFields({ 'value-path': 'properties' }, { 'x-ms-dynamic-properties': { operationId: 'GetTaskSchema' } }),
    );
    expect(await lintRule('ppc-dynamic-properties-item-value-path', root)).toEqual([]);
  });
});

describe('ppc-dynamic-properties-item-value-path scenarios', () => {
  ruleScenarios('ppc-dynamic-properties-item-value-path', [
    {
      name: '"schema/properties" vs "result".',
      edit: documentedEdit('ppc-dynamic-properties-item-value-path', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-properties', 'itemValuePath'],
          line: { containing: '"itemValuePath": "result"' },
          message:
            'x-ms-dynamic-properties.itemValuePath is "result" but x-ms-dynamic-schema.value-path "schema/properties" calls for "schema"',
        },
      ],
    },
    {
      name: '"schema/properties" vs "schema".',
      edit: documentedEdit('ppc-dynamic-properties-item-value-path', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

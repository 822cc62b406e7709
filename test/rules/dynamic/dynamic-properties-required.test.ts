import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { dynamicFields } from '../../../src/rules/dynamic/example-edits';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages } from '../../helpers/triggers';
import { edited } from '../../helpers/dynamic';

describe('ppc-dynamic-properties-required', () => {
  ruleScenarios('ppc-dynamic-properties-required', [
    {
      name: 'A value-path into "properties" without x-ms-dynamic-properties.',
      edit: documentedEdit('ppc-dynamic-properties-required', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-schema', 'value-path'],
          line: { containing: '"value-path": "schema/properties"' },
          message:
            'x-ms-dynamic-schema has "value-path": "schema/properties", which points into "properties" (DynamicPropertiesExtensionRequiredForPropertiesValuePath)',
        },
      ],
    },
    {
      name: 'A reference to the body property "title".',
      edit: documentedEdit('ppc-dynamic-properties-required', 'invalid', 1),
      expect: [
        {
          path: [
            'definitions',
            'NewTask',
            'properties',
            'fields',
            'x-ms-dynamic-schema',
            'parameters',
            'kind',
            'parameter',
          ],
          line: { containing: '"parameter": "title"' },
          message:
            'x-ms-dynamic-schema refers to "title", a body property rather than a parameter of "CreateTask" (DynamicPropertiesExtensionRequiredForNonParameterReferences)',
        },
      ],
    },
    {
      name: 'x-ms-dynamic-properties beside the value-path into "properties".',
      edit: documentedEdit('ppc-dynamic-properties-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-dynamic-properties-required, further cases', () => {
  it('ppc-dynamic-list-required and ppc-dynamic-properties-required flag body-property references', async () => {
    const schema = edited(dynamicFields({ parameters: { kind: { parameter: 'title' } } }));
    expect(await messages('ppc-dynamic-properties-required', schema)).toEqual([
      expect.stringContaining('refers to "title", a body property rather than a parameter of "CreateTask"'),
    ]);
    const intoProperties = edited(dynamicFields({ 'value-path': 'schema/properties' }));
    const [p] = await lintRule('ppc-dynamic-properties-required', intoProperties);
    expect(p).toMatchObject({
      severity: SEVERITY.error,
      path: ['definitions', 'NewTask', 'properties', 'fields', 'x-ms-dynamic-schema', 'value-path'],
    });
    expect(p.message).toContain('"value-path": "schema/properties", which points into "properties"');
    const ambiguous = edited([
      ...dynamicFields(),
      { op: 'set', path: '/paths/~1tasks/post/parameters/2', value: { name: 'kind', in: 'header', type: 'string' } },
    ]);
    expect(await messages('ppc-dynamic-properties-required', ambiguous)).toEqual([
      expect.stringContaining('which names 2 parameters of "CreateTask"'),
    ]);
  });
});

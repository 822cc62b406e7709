import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter and schema value rules', () => {
  it('ppc-numeric-bounds', async () => {
    const doc = validSwagger();
    Object.assign(doc.definitions.NewTask.properties.title, { minLength: 5, maxLength: 2 });
    doc.definitions.NewTask.properties.count = {
      type: 'integer',
      minimum: 10,
      maximum: 1,
      exclusiveMaximum: true,
      multipleOf: 0,
    };
    doc.definitions.NewTask.properties.tags = {
      type: 'array',
      items: { type: 'string' },
      minItems: -1,
      exclusiveMinimum: false,
    };
    const results = await lintRule('ppc-numeric-bounds', doc);
    expect(results.map((r) => r.message.split(';')[0]).sort()).toEqual(
      [
        'Property "count" has minimum 10 above maximum 1',
        'Property "count" has multipleOf 0, which is not above 0',
        'Property "tags" has "exclusiveMinimum" without "minimum"',
        'Property "tags" has a negative minItems (-1)',
        'Property "title" has minLength 5 above maxLength 2',
      ].sort(),
    );
    expect(results.every((r) => r.severity === SEVERITY.error)).toBe(true);
    expect(results.find((r) => r.message.includes('minLength'))!.path).toEqual([
      'definitions',
      'NewTask',
      'properties',
      'title',
      'minLength',
    ]);
  });
});

describe('ppc-numeric-bounds scenarios', () => {
  ruleScenarios('ppc-numeric-bounds', [
    {
      name: 'minLength above maxLength.',
      edit: documentedEdit('ppc-numeric-bounds', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'title', 'minLength'],
          line: { containing: '"minLength": 10,' },
          message: 'Property "title" has minLength 10 above maxLength 5',
        },
      ],
    },
    {
      name: 'minLength below maxLength.',
      edit: documentedEdit('ppc-numeric-bounds', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

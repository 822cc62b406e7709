import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('parameter and schema value rules', () => {
  it('ppc-array-items covers parameters, nested items and schemas, each once', async () => {
    const doc = validSwagger();
    Object.assign(doc.paths['/tasks'].get.parameters[0], { type: 'array', items: { type: 'array' } });
    delete doc.paths['/tasks'].get.parameters[0].enum;
    doc.definitions.Task.properties.tags = { type: 'array', description: 'The tags.' };
    doc.parameters.Tags = { name: 'tags', in: 'query', type: 'array' };
    const results = await lintRule('ppc-array-items', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual(
      expect.arrayContaining([
        'Items of parameter "status" has type "array" but no "items"',
        'Property "tags" has type "array" but no "items"',
        'Parameter "tags" has type "array" but no "items"',
      ]),
    );
    expect(results).toHaveLength(3);
    expect(results.every((r) => r.severity === SEVERITY.error)).toBe(true);
    const property = results.find((r) => r.message.startsWith('Property'))!;
    expect(property.path).toEqual(['definitions', 'Task', 'properties', 'tags']);
    expect(lineOf(property)).toBe(lineContaining(text(doc), '"tags": {'));
  });

  it('ppc-array-items reports a definition used by several operations once, and ignores extension data', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.tags = { type: 'array' };
    doc.definitions.Task['x-example'] = { type: 'array' };
    const results = await lintRule('ppc-array-items', doc);
    expect(results).toHaveLength(1);
  });
});

describe('ppc-array-items scenarios', () => {
  ruleScenarios('ppc-array-items', [
    {
      name: 'An array query parameter without items.',
      edit: documentedEdit('ppc-array-items', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0'],
          line: 32,
          message: 'Parameter "status" has type "array" but no "items"',
        },
      ],
    },
    {
      name: 'An array property without items.',
      edit: documentedEdit('ppc-array-items', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'tags'],
          line: { containing: '"tags": {' },
          message: 'Property "tags" has type "array" but no "items"',
        },
      ],
    },
    {
      name: 'An array property with items.',
      edit: documentedEdit('ppc-array-items', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

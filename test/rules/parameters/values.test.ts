import { lintRule, validSwagger } from '../../helpers/lint';

const VALUE_RULES = [
  'ppc-array-items',
  'ppc-internal-required-default',
  'ppc-internal-default-should-be-required',
  'ppc-default-type',
  'ppc-enum-nonempty',
  'ppc-enum-values-ext',
  'ppc-numeric-bounds',
  'ppc-pattern-regex',
  'ppc-format-known',
  'ppc-shared-params',
  'ppc-dynamic-source-not-internal',
  'ppc-test-value-no-secrets',
];

describe('parameter and schema value rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of VALUE_RULES) expect(await lintRule(id, validSwagger())).toEqual([]);
  });

  it('do not crash on odd input', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters = [
      null,
      3,
      {
        name: 'x',
        in: 'query',
        type: 'array',
        items: 'no',
        enum: null,
        'x-ms-enum-values': [null],
        default: undefined,
        pattern: 5,
        format: 7,
        minimum: 'a',
      },
    ];
    doc.paths['/tasks'].get.parameters[0] = {
      name: 'd',
      in: 'query',
      'x-ms-dynamic-values': { parameters: { a: null, b: { parameter: 5 }, c: { parameterReference: '' } } },
    };
    doc.definitions.Loop = {
      type: 'object',
      properties: { self: { $ref: '#/definitions/Loop' } },
      allOf: [null, { $ref: 5 }],
      items: [1, null],
    };
    doc.definitions.NewTask.properties.title['x-ms-dynamic-tree'] = { open: { parameters: 'x' }, browse: null };
    doc.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/Loop' };
    doc.definitions.Bad = null;
    doc.paths['/x'] = { get: null, parameters: 'no' };
    for (const id of VALUE_RULES) await expect(lintRule(id, doc)).resolves.toBeInstanceOf(Array);
    for (const id of VALUE_RULES)
      await expect(lintRule(id, { swagger: '2.0', paths: null, definitions: [] })).resolves.toEqual([]);
  });
});

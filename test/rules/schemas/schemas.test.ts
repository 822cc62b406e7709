import { lintRule, validSwagger } from '../../helpers/lint';

const IDS = [
  'ppc-schema-ref-valid',
  'ppc-schema-no-ref-siblings',
  'ppc-schema-no-ref-chain',
  'ppc-schema-no-required-loop',
  'ppc-required-array',
  'ppc-readonly-not-required-input',
  'ppc-binary-top-level-only',
  'ppc-file-type-location',
  'ppc-discriminator-valid',
  'ppc-schema-keyword-supported',
  'ppc-no-empty-values',
  'ppc-editor-dictionary',
  'ppc-filter-functions',
];

describe('schema rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of IDS) expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
  });

  it('do not crash on odd shapes and reference cycles', async () => {
    const doc = validSwagger();
    doc.definitions.Loop = { $ref: '#/definitions/Loop' };
    doc.definitions.A = {
      type: 'object',
      required: ['b'],
      properties: { b: { $ref: '#/definitions/B' } },
      allOf: [null, { $ref: '#/definitions/B' }],
    };
    doc.definitions.B = { type: 'object', required: ['a'], properties: { a: { $ref: '#/definitions/A' } } };
    doc.definitions.Odd = {
      type: 'object',
      properties: [1, 2],
      required: 'x',
      items: null,
      discriminator: 5,
      'x-ms-capabilities': null,
    };
    doc.definitions.Null = null;
    doc.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/Loop' };
    doc.paths['/tasks'].get.responses['200'].schema = { $ref: '#/definitions/A' };
    doc.parameters.Bad = { in: 'body', schema: 'text' };
    for (const id of IDS) await expect(lintRule(id, doc)).resolves.toBeDefined();
  });
});

describe('schema rules next to $ref', () => {});

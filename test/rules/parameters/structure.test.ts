import { lintRule, validSwagger } from '../../helpers/lint';

const STRUCTURE_RULES = [
  'ppc-param-required-type',
  'ppc-path-param-required',
  'ppc-path-param-encoding',
  'ppc-query-param-no-encoding',
  'ppc-param-connectionid-reserved',
  'ppc-param-single-body',
  'ppc-param-body-xor-formdata',
  'ppc-body-param-schema',
  'ppc-non-body-no-schema',
  'ppc-param-type-allowed',
  'ppc-file-only-formdata',
  'ppc-formdata-name-ascii',
  'ppc-allow-empty-value',
  'ppc-collection-format',
  'ppc-param-ref-valid',
  'ppc-dynamic-not-on-body-param',
];

describe('parameter structure rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of STRUCTURE_RULES) expect(await lintRule(id, validSwagger())).toEqual([]);
  });

  it('do not crash on odd input', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters = [
      null,
      'x',
      3,
      [],
      { $ref: 5 },
      { name: 7, in: 'body', schema: 'x', type: 4 },
      { name: null, in: 'path', items: { items: { collectionFormat: 1 } } },
    ];
    doc.paths['/tasks'].parameters = { not: 'a list' };
    doc.paths['/odd'] = null;
    doc.paths['/odd2'] = { get: [], parameters: [{ $ref: '#/parameters/Loop' }] };
    doc.parameters.Loop = { $ref: '#/parameters/Loop' };
    for (const id of STRUCTURE_RULES) await expect(lintRule(id, doc)).resolves.toBeInstanceOf(Array);
    const noPaths = { swagger: '2.0', info: { title: 'x', version: '1' }, paths: [] };
    for (const id of STRUCTURE_RULES) await expect(lintRule(id, noPaths)).resolves.toEqual([]);
  });
});

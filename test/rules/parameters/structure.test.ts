import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

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
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter structure rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of STRUCTURE_RULES) expect(await lintRule(id, validSwagger())).toEqual([]);
  });

  it('ppc-param-type-allowed and ppc-file-only-formdata', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0].type = 'object';
    const [typed] = await lintRule('ppc-param-type-allowed', doc);
    expect(typed).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'type'] });
    expect(typed!.message).toContain('Parameter "status" (in query) has type "object"');

    doc.paths['/tasks'].get.parameters[0].type = 'file';
    expect(await lintRule('ppc-param-type-allowed', doc)).toEqual([]);
    const [file] = await lintRule('ppc-file-only-formdata', doc);
    expect(file).toMatchObject({ severity: SEVERITY.error, path: [...QUERY, 'type'] });
    expect(file!.message).toContain('Parameter "status" has type "file" in query');
    doc.paths['/tasks'].get.parameters[0].in = 'formData';
    expect(await lintRule('ppc-file-only-formdata', doc)).toEqual([]);
  });

  it('do not crash on odd input', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters = [null, 'x', 3, [], { $ref: 5 }, { name: 7, in: 'body', schema: 'x', type: 4 }, { name: null, in: 'path', items: { items: { collectionFormat: 1 } } }];
    doc.paths['/tasks'].parameters = { not: 'a list' };
    doc.paths['/odd'] = null;
    doc.paths['/odd2'] = { get: [], parameters: [{ $ref: '#/parameters/Loop' }] };
    doc.parameters.Loop = { $ref: '#/parameters/Loop' };
    for (const id of STRUCTURE_RULES) await expect(lintRule(id, doc)).resolves.toBeInstanceOf(Array);
    const noPaths = { swagger: '2.0', info: { title: 'x', version: '1' }, paths: [] };
    for (const id of STRUCTURE_RULES) await expect(lintRule(id, noPaths)).resolves.toEqual([]);
  });
});

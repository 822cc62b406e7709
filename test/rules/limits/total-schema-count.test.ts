import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('schema limit rules', () => {
  it('ppc-total-schema-count reports a definition set past 256 × 16,384 nodes', async () => {
    const doc = validSwagger();
    for (let i = 0; i < 23; i++) doc.definitions[`L${i}`] = { type: 'object', properties: { a: { $ref: `#/definitions/L${i + 1}` }, b: { $ref: `#/definitions/L${i + 1}` } } };
    doc.definitions.L23 = { type: 'string' };
    doc.paths['/tasks'].get.responses['200'].schema = { $ref: '#/definitions/L0' };
    const [finding] = await lintRule('ppc-total-schema-count', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths'] });
    expect(finding!.message).toMatch(/^The operations hold 16,777,\d{3} schema nodes/);
  });
});

import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('response rules', () => {
  it('ppc-not-default-only warns when default is the only response', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.responses = { default: { description: 'Done.' }, 'x-extra': {} };
    const [finding] = await lintRule('ppc-not-default-only', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks/{taskId}', 'delete', 'responses', 'default'] });
    expect(finding!.message).toContain('lists only "default"');
    doc.paths['/tasks/{taskId}'].delete.responses['204'] = { description: 'Deleted.' };
    expect(await lintRule('ppc-not-default-only', doc)).toEqual([]);
  });
});

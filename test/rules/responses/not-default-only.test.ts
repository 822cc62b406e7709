import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('response rules', () => {
  it('ppc-not-default-only warns when default is the only response', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.responses = { default: { description: 'Done.' }, 'x-extra': {} };
    const [finding] = await lintRule('ppc-not-default-only', doc);
    expect(finding).toMatchObject({
      severity: SEVERITY.warn,
      path: ['paths', '/tasks/{taskId}', 'delete', 'responses', 'default'],
    });
    expect(finding.message).toContain('lists only "default"');
    doc.paths['/tasks/{taskId}'].delete.responses['204'] = { description: 'Deleted.' };
    expect(await lintRule('ppc-not-default-only', doc)).toEqual([]);
  });
});

describe('ppc-not-default-only scenarios', () => {
  ruleScenarios('ppc-not-default-only', [
    {
      name: 'An operation with a `default` response only.',
      edit: documentedEdit('ppc-not-default-only', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'delete', 'responses', 'default'],
          line: { containing: '"default": {' },
          message: 'The operation lists only "default" as a response',
        },
      ],
    },
    {
      name: 'A `default` response next to the success response.',
      edit: documentedEdit('ppc-not-default-only', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-not-default-only, further cases', () => {
  it('a lone default response with a schema is reported once, by ppc-default-no-schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.responses = { default: { description: 'Done.', schema: { type: 'object' } } };
    expect(await lintRule('ppc-not-default-only', doc)).toEqual([]);
    delete doc.paths['/tasks/{taskId}'].delete.responses.default.schema;
    expect(await lintRule('ppc-not-default-only', doc)).toHaveLength(1);
  });
});

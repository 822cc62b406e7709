import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter structure rules', () => {
  it('ppc-param-body-xor-formdata reports the form field', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].post.parameters.push({ name: 'file', in: 'formData', type: 'file' });
    const results = await lintRule('ppc-param-body-xor-formdata', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'post', 'parameters', '1'],
    });
    expect(results[0].message).toContain('Body parameter "body" and formData parameter "file" are used together');
  });
});

describe('ppc-param-body-xor-formdata scenarios', () => {
  ruleScenarios('ppc-param-body-xor-formdata', [
    {
      name: 'A form field next to the body.',
      edit: documentedEdit('ppc-param-body-xor-formdata', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'post', 'parameters', '1'],
          line: 76,
          message: 'Body parameter "body" and formData parameter "file" are used together',
        },
      ],
    },
    { name: 'Only the body.', edit: documentedEdit('ppc-param-body-xor-formdata', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

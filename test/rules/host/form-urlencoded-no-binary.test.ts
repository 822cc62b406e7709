import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { oddOperations } from '../../helpers/odd';
import { withUpload } from '../../helpers/media';

describe('MIME type rules', () => {
  it('ppc-form-urlencoded-no-binary reports files in URL-encoded forms', async () => {
    const doc = withUpload({ consumes: ['application/x-www-form-urlencoded'] });
    const [finding, ...rest] = await lintRule('ppc-form-urlencoded-no-binary', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      code: 'ppc-form-urlencoded-no-binary',
      severity: SEVERITY.error,
      path: ['paths', '/tasks/{taskId}', 'put', 'parameters', '1'],
    });
    expect(finding.message).toMatch(
      /^formData parameter "file" is type file, which application\/x-www-form-urlencoded cannot carry/,
    );
    const both = withUpload({ consumes: ['application/x-www-form-urlencoded', 'multipart/form-data'] });
    expect(await lintRule('ppc-form-urlencoded-no-binary', both)).toEqual([]);
    const body = validSwagger();
    body.paths['/tasks'].post.consumes = ['application/x-www-form-urlencoded'];
    body.paths['/tasks'].post.parameters[0].schema = {
      type: 'object',
      properties: { content: { type: 'string', format: 'binary' } },
    };
    const [prop] = await lintRule('ppc-form-urlencoded-no-binary', body);
    expect(prop).toMatchObject({
      path: ['paths', '/tasks', 'post', 'parameters', '0', 'schema', 'properties', 'content'],
    });
    expect(prop.message).toContain('body property "content" is string/binary');
  });
});

describe('ppc-form-urlencoded-no-binary scenarios', () => {
  ruleScenarios('ppc-form-urlencoded-no-binary', [
    {
      name: 'A file sent as a URL-encoded form.',
      edit: documentedEdit('ppc-form-urlencoded-no-binary', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'put', 'parameters', '1'],
          line: 143,
          message: 'formData parameter "file" is type file, which application/x-www-form-urlencoded cannot carry',
        },
      ],
    },
    {
      name: 'Text fields sent as a URL-encoded form.',
      edit: documentedEdit('ppc-form-urlencoded-no-binary', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-form-urlencoded-no-binary, further cases', () => {
  it('operation rules survive odd input', async () => {
    await expect(lintRule('ppc-form-urlencoded-no-binary', oddOperations())).resolves.toBeDefined();
  });
});

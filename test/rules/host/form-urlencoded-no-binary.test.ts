import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

/** The valid fixture with an upload operation on /tasks/{taskId} (PUT) using formData parameters. */
function withUpload(operation: Record<string, unknown> = {}): Record<string, any> {
  const doc = validSwagger();
  doc.paths['/tasks/{taskId}'].put = {
    operationId: 'AttachFile',
    summary: 'Attach a file',
    description: 'Attaches a file to the task.',
    parameters: [
      { $ref: '#/parameters/TaskId' },
      {
        name: 'file',
        in: 'formData',
        type: 'file',
        required: true,
        'x-ms-summary': 'File',
        description: 'The file to attach.',
      },
    ],
    responses: { '204': { description: 'The file was attached.' } },
    ...operation,
  };
  return doc;
}

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
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-form-urlencoded-no-binary';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});

describe('ppc-form-urlencoded-no-binary, further cases', () => {
  it('operation rules survive odd input', async () => {
    const doc = validSwagger();
    doc.paths['/odd'] = {
      get: null,
      post: [],
      put: { parameters: 'x', consumes: null },
      parameters: [null, { $ref: '#/parameters/Missing' }],
    };
    doc.paths['/loop'] = { post: { parameters: [{ $ref: '#/parameters/A' }], responses: {} } };
    doc.parameters.A = { $ref: '#/parameters/B' };
    doc.parameters.B = { $ref: '#/parameters/A' };
    {
      const id = 'ppc-form-urlencoded-no-binary';
      {
        await expect(lintRule(id, doc)).resolves.toBeDefined();
      }
    }
  });
});

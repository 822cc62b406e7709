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
  it('ppc-mime-compatible reports formData operations that consume only JSON', async () => {
    const doc = withUpload();
    const [finding, ...rest] = await lintRule('ppc-mime-compatible', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-mime-compatible', severity: SEVERITY.error, path: ['consumes'] });
    expect(finding.message).toContain(
      'Operation "AttachFile" has formData parameters but consumes ["application/json"]',
    );
    const own = withUpload({ consumes: ['application/form-data'] });
    expect((await lintRule('ppc-mime-compatible', own))[0]).toMatchObject({
      path: ['paths', '/tasks/{taskId}', 'put', 'consumes'],
    });
    expect(await lintRule('ppc-mime-compatible', withUpload({ consumes: ['multipart/form-data'] }))).toEqual([]);
    expect(
      await lintRule(
        'ppc-mime-compatible',
        withUpload({ consumes: ['application/x-www-form-urlencoded; charset=utf-8'] }),
      ),
    ).toEqual([]);
  });
});

describe('ppc-mime-compatible scenarios', () => {
  ruleScenarios('ppc-mime-compatible', [
    {
      name: 'A form upload that consumes JSON.',
      edit: documentedEdit('ppc-mime-compatible', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'put', 'consumes'],
          line: 136,
          message: 'Operation "AttachFile" has formData parameters but consumes ["application/json"]',
        },
      ],
    },
    {
      name: 'The same upload consuming multipart/form-data.',
      edit: documentedEdit('ppc-mime-compatible', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-mime-compatible, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-mime-compatible';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});

describe('ppc-mime-compatible, further cases', () => {
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
      const id = 'ppc-mime-compatible';
      {
        await expect(lintRule(id, doc)).resolves.toBeDefined();
      }
    }
  });
});

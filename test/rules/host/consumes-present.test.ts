import { lintRule, validSwagger, SEVERITY } from '../../helpers/lint';
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
  it('ppc-consumes-present leaves JSON-body operations alone and sees formData behind $ref', async () => {
    const doc = validSwagger();
    doc.consumes = [];
    expect(await lintRule('ppc-consumes-present', doc)).toEqual([]);
    const viaRef = withUpload({ parameters: [{ $ref: '#/parameters/TaskId' }, { $ref: '#/parameters/File' }] });
    viaRef.parameters.File = {
      name: 'file',
      in: 'formData',
      type: 'file',
      'x-ms-summary': 'File',
      description: 'The file.',
    };
    viaRef.consumes = [];
    expect(await lintRule('ppc-consumes-present', viaRef)).toHaveLength(1);
  });
});

describe('ppc-consumes-present scenarios', () => {
  ruleScenarios('ppc-consumes-present', [
    {
      name: 'A form upload with an empty root `consumes`.',
      edit: documentedEdit('ppc-consumes-present', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'put'],
          line: { containing: '"put": {' },
          message: 'Operation "AttachFile" has formData parameters but an empty "consumes"',
        },
      ],
    },
    {
      name: 'The same upload declaring multipart/form-data.',
      edit: documentedEdit('ppc-consumes-present', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-consumes-present, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-consumes-present';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});

describe('ppc-consumes-present, further cases', () => {
  it('ppc-consumes-present reports formData operations without consumes', async () => {
    const doc = withUpload();
    doc.consumes = [];
    const [finding, ...rest] = await lintRule('ppc-consumes-present', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      code: 'ppc-consumes-present',
      severity: SEVERITY.error,
      path: ['paths', '/tasks/{taskId}', 'put'],
    });
    expect(finding.message).toMatch(
      /^Operation "AttachFile" has formData parameters but an empty "consumes"; add "consumes"/,
    );
    delete doc.consumes;
    expect((await lintRule('ppc-consumes-present', doc))[0].message).toContain('but no "consumes"');
    const own = withUpload({ consumes: [] });
    const [onOp] = await lintRule('ppc-consumes-present', own);
    expect(onOp).toMatchObject({ path: ['paths', '/tasks/{taskId}', 'put', 'consumes'] });
    expect(await lintRule('ppc-consumes-present', withUpload())).toEqual([]);
  });
});

describe('ppc-consumes-present, further cases', () => {
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
      const id = 'ppc-consumes-present';
      {
        await expect(lintRule(id, doc)).resolves.toBeDefined();
      }
    }
  });
});

import { lintRule, validSwagger, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { oddOperations } from '../../helpers/odd';
import { withUpload } from '../../helpers/media';

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
    await expect(lintRule('ppc-consumes-present', oddOperations())).resolves.toBeDefined();
  });
});

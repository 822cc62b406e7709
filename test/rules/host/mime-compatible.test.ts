import { lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { oddOperations } from '../../helpers/odd';
import { withUpload } from '../../helpers/media';

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
  it('operation rules survive odd input', async () => {
    await expect(lintRule('ppc-mime-compatible', oddOperations())).resolves.toBeDefined();
  });
});

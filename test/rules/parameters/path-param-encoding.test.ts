import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter structure rules', () => {
  it('ppc-path-param-encoding wants single or double', async () => {
    const doc = validSwagger();
    delete doc.parameters.TaskId['x-ms-url-encoding'];
    const [missing] = await lintRule('ppc-path-param-encoding', doc);
    expect(missing).toMatchObject({ severity: SEVERITY.warn, path: ['parameters', 'TaskId'] });
    expect(missing.message).toContain(
      'Path parameter "taskId" has no "x-ms-url-encoding"; add "x-ms-url-encoding": "single"',
    );
    doc.parameters.TaskId['x-ms-url-encoding'] = 'Single';
    const [wrong] = await lintRule('ppc-path-param-encoding', doc);
    expect(wrong.path).toEqual(['parameters', 'TaskId', 'x-ms-url-encoding']);
    expect(wrong.message).toContain('has x-ms-url-encoding "Single"');
  });
});

describe('ppc-path-param-encoding scenarios', () => {
  ruleScenarios('ppc-path-param-encoding', [
    {
      name: 'A path parameter without encoding.',
      edit: documentedEdit('ppc-path-param-encoding', 'invalid'),
      expect: [
        {
          path: ['parameters', 'TaskId'],
          line: { containing: '"TaskId": {' },
          message: 'Path parameter "taskId" has no "x-ms-url-encoding"',
        },
      ],
    },
    {
      name: 'An unknown encoding.',
      edit: documentedEdit('ppc-path-param-encoding', 'invalid', 1),
      expect: [
        {
          path: ['parameters', 'TaskId', 'x-ms-url-encoding'],
          line: { containing: '"x-ms-url-encoding": "triple"' },
          message: 'Path parameter "taskId" has x-ms-url-encoding "triple"',
        },
      ],
    },
    {
      name: 'Double encoding.',
      edit: documentedEdit('ppc-path-param-encoding', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('operationId rules', () => {
  it('ppc-operation-id-sanitized names the characters outside [A-Za-z0-9_]', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.operationId = 'List-Tasks.v1 all';
    const results = await lintRule('ppc-operation-id-sanitized', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/tasks', 'get', 'operationId'] });
    expect(results[0].message).toContain('"List-Tasks.v1 all" contains "-", ".", a space');
    doc.paths['/tasks'].get.operationId = 'ListTasks_V2';
    expect(await lintRule('ppc-operation-id-sanitized', doc)).toEqual([]);
  });
});

describe('ppc-operation-id-sanitized scenarios', () => {
  ruleScenarios('ppc-operation-id-sanitized', [
    {
      name: 'Hyphens in an operationId.',
      edit: documentedEdit('ppc-operation-id-sanitized', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'operationId'],
          line: { containing: '"operationId": "List-Tasks",' },
          message: 'operationId "List-Tasks" contains "-" (for example "ListTasks")',
        },
      ],
    },
    {
      name: 'A revision suffix with an underscore.',
      edit: documentedEdit('ppc-operation-id-sanitized', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-operation-id-sanitized, further cases', () => {
  it('an operationId with stripped characters is reported once, by ppc-operation-id-sanitized, with a suggestion both rules accept', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.operationId = 'Send-Text-Message';
    const [finding] = await lintRule('ppc-operation-id-sanitized', doc);
    expect(finding.message).toContain(
      '"Send-Text-Message" contains "-" (for example "SendTextMessage"); write it in PascalCase',
    );
    expect(finding.message).toContain('"_" only in a "_V<n>" revision suffix');
    doc.paths['/tasks'].get.operationId = 'SendTextMessage';
    expect(await lintRule('ppc-operation-id-sanitized', doc)).toEqual([]);
  });
});

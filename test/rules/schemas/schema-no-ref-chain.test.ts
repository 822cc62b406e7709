import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('schema rules', () => {
  it('ppc-schema-no-ref-chain reports a definition that is only a reference', async () => {
    const doc = validSwagger();
    doc.definitions.TaskAlias = { $ref: '#/definitions/Task' };
    const [finding] = await lintRule('ppc-schema-no-ref-chain', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'TaskAlias', '$ref'] });
    expect(finding.message).toContain('"TaskAlias" is only a reference to "#/definitions/Task"');
  });
});

describe('ppc-schema-no-ref-chain scenarios', () => {
  ruleScenarios('ppc-schema-no-ref-chain', [
    {
      name: 'A definition that only points to another one.',
      edit: documentedEdit('ppc-schema-no-ref-chain', 'invalid'),
      expect: [
        {
          path: ['definitions', 'TaskAlias', '$ref'],
          line: 181,
          message: 'Definition "TaskAlias" is only a reference to "#/definitions/Task"',
        },
      ],
    },
    {
      name: 'Definitions with their own schemas.',
      edit: documentedEdit('ppc-schema-no-ref-chain', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

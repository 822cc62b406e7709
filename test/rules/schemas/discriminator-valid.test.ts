import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('schema rules', () => {
  it('ppc-discriminator-valid requires a required string property', async () => {
    const doc = validSwagger();
    doc.definitions.Task.discriminator = 'status';
    expect((await lintRule('ppc-discriminator-valid', doc))[0].message).toContain('"status" is not in `required`');
    doc.definitions.Task.required = ['status', 'kind'];
    doc.definitions.Task.properties.status.type = 'integer';
    expect((await lintRule('ppc-discriminator-valid', doc))[0].message).toContain(
      '"status" is of type "integer", not string',
    );
    doc.definitions.Task.discriminator = 'kind';
    const [finding] = await lintRule('ppc-discriminator-valid', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'Task', 'discriminator'] });
    expect(finding.message).toContain('"kind" is not defined in `properties`');
  });
});

describe('ppc-discriminator-valid scenarios', () => {
  ruleScenarios('ppc-discriminator-valid', [
    {
      name: 'A discriminator that is not required.',
      edit: documentedEdit('ppc-discriminator-valid', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task', 'discriminator'],
          line: { containing: '"discriminator": "status"' },
          message: 'Discriminator "status" is not in `required`',
        },
      ],
    },
    {
      name: 'A discriminator naming a required string property.',
      edit: documentedEdit('ppc-discriminator-valid', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

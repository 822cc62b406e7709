import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('ppc-description-required', () => {
  ruleScenarios('ppc-description-required', [
    {
      name: 'No description.',
      edit: documentedEdit('ppc-description-required', 'invalid'),
      expect: [{ path: ['info'], line: { containing: '"info": {' }, message: 'info.description is missing' }],
    },
    {
      name: 'A blank description.',
      edit: documentedEdit('ppc-description-required', 'invalid', 1),
      expect: [
        {
          path: ['info', 'description'],
          line: { containing: '"description": " ",' },
          message: 'info.description is empty',
        },
      ],
    },
    {
      name: 'A description of the service.',
      edit: documentedEdit('ppc-description-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-description-required, further cases', () => {
  it('ppc-description-required fires on a missing or blank description', async () => {
    const doc = validSwagger();
    delete doc.info.description;
    const [missing, ...rest] = await lintRule('ppc-description-required', doc);
    expect(rest).toEqual([]);
    expect(missing).toMatchObject({ code: 'ppc-description-required', severity: SEVERITY.error, path: ['info'] });
    expect(missing.message).toBe(
      'info.description is missing; describe the service and what the connector does for users in 30 to 500 characters.',
    );
    doc.info.description = '\n';
    const [blank] = await lintRule('ppc-description-required', doc);
    expect(blank.path).toEqual(['info', 'description']);
    expect(blank.message).toContain('is empty');
  });
});

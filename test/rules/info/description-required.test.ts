import { ruleScenarios } from '../../helpers/scenarios';
import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('ppc-description-required', () => {
  ruleScenarios('ppc-description-required', [
    {
      name: 'No description.',
      edit: (doc) => {
        delete doc.info.description;
      },
      expect: [{ path: ['info'], line: { containing: '"info": {' }, message: 'info.description is missing' }],
    },
    {
      name: 'A blank description.',
      edit: (doc) => {
        doc.info.description = ' ';
      },
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
      edit: (doc) => {
        doc.info.description = 'Contoso Tasks keeps track of team work items.';
      },
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

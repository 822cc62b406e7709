import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const META = 'x-ms-connector-metadata';

describe('connector metadata rules', () => {
  it('ppc-metadata-categories-allowed reports unknown categories with hints', async () => {
    const doc = validSwagger();
    doc[META][2].propertyValue = 'social media;Task Management';
    const results = await lintRule('ppc-metadata-categories-allowed', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      code: 'ppc-metadata-categories-allowed',
      severity: SEVERITY.error,
      path: [META, '2', 'propertyValue'],
    });
    expect(results[0].message).toMatch(
      /^Categories "social media" is not a connector category \(did you mean "Social Media"\?\); use one or two of: AI, /,
    );
    expect(results[1].message).toContain('"Task Management" is not a connector category;');
    doc[META][2].propertyValue = 'Productivity, Collaboration';
    expect((await lintRule('ppc-metadata-categories-allowed', doc))[0].message).toContain(
      '(separate categories with ";")',
    );
    doc[META][2].propertyValue = ' ; ';
    expect((await lintRule('ppc-metadata-categories-allowed', doc))[0].message).toContain('Categories value is empty');
    doc[META][2].propertyValue = ['AI'];
    expect((await lintRule('ppc-metadata-categories-allowed', doc))[0].message).toContain('is not a string');
    doc[META][2].propertyValue = 'AI; Internet of Things;';
    expect(await lintRule('ppc-metadata-categories-allowed', doc)).toEqual([]);
  });
});

describe('ppc-metadata-categories-allowed scenarios', () => {
  ruleScenarios('ppc-metadata-categories-allowed', [
    {
      name: 'A category that is not on the list.',
      edit: documentedEdit('ppc-metadata-categories-allowed', 'invalid'),
      expect: [
        {
          path: ['x-ms-connector-metadata', '2', 'propertyValue'],
          line: { containing: '"propertyValue": "Productivity;Task Management"' },
          message: 'Categories "Task Management" is not a connector category',
        },
      ],
    },
    {
      name: 'Categories separated by a comma.',
      edit: documentedEdit('ppc-metadata-categories-allowed', 'invalid', 1),
      expect: [
        {
          path: ['x-ms-connector-metadata', '2', 'propertyValue'],
          line: { containing: '"propertyValue": "Productivity, Collaboration"' },
          message:
            'Categories "Productivity, Collaboration" is not a connector category (separate categories with ";")',
        },
      ],
    },
    {
      name: 'Two listed categories (spaces after ";" are fine).',
      edit: documentedEdit('ppc-metadata-categories-allowed', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('schema limit rules', () => {
  it('ppc-total-schema-count reports a definition set past 256 × 16,384 nodes', async () => {
    const doc = validSwagger();
    for (let i = 0; i < 23; i++)
      doc.definitions[`L${i}`] = {
        type: 'object',
        properties: { a: { $ref: `#/definitions/L${i + 1}` }, b: { $ref: `#/definitions/L${i + 1}` } },
      };
    doc.definitions.L23 = { type: 'string' };
    doc.paths['/tasks'].get.responses['200'].schema = { $ref: '#/definitions/L0' };
    const [finding] = await lintRule('ppc-total-schema-count', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths'] });
    expect(finding.message).toMatch(/^The operations hold 16,777,\d{3} schema nodes/);
  });
});

describe('ppc-total-schema-count scenarios', () => {
  ruleScenarios('ppc-total-schema-count', [
    {
      name: 'A definition whose references double at each of 23 levels (over 8 million nodes).',
      edit: documentedEdit('ppc-total-schema-count', 'invalid'),
      expect: [
        {
          path: ['paths'],
          line: { containing: '"paths": {' },
          message: 'The operations hold 16,777,231 schema nodes ($refs expanded)',
        },
      ],
    },
    {
      name: 'The same shape with 10 levels (about 2,000 nodes).',
      edit: documentedEdit('ppc-total-schema-count', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-total-schema-count, further cases', () => {
  it('are silent on the valid fixture', async () => {
    {
      const id = 'ppc-total-schema-count';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});

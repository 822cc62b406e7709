import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('ppc-response-property-x-ms-summary', () => {
  ruleScenarios('ppc-response-property-x-ms-summary', [
    {
      name: 'A response property without x-ms-summary.',
      edit: documentedEdit('ppc-response-property-x-ms-summary', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'status'],
          line: { containing: '"status": {' },
          message: 'Response property "status" has no x-ms-summary',
        },
      ],
    },
    {
      name: 'Every response property has a label.',
      edit: documentedEdit('ppc-response-property-x-ms-summary', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-response-property-x-ms-summary, further cases', () => {
  it('ppc-response-property-x-ms-summary skips properties shared with request bodies and hidden ones', async () => {
    const doc = validSwagger();
    delete doc.definitions.Task.properties.status['x-ms-summary'];
    delete doc.definitions.Task.properties.id['x-ms-summary'];
    doc.definitions.Task.properties.id['x-ms-visibility'] = 'internal';
    const [finding, ...rest] = await lintRule('ppc-response-property-x-ms-summary', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.info, path: ['definitions', 'Task', 'properties', 'status'] });
    expect(finding.message).toContain('Response property "status" has no x-ms-summary');
    doc.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/Task' };
    expect(await lintRule('ppc-response-property-x-ms-summary', doc)).toEqual([]);
  });
});

import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('schema property rules', () => {
  it('ppc-property-x-ms-summary reports visible request properties once, through $refs', async () => {
    const doc = validSwagger();
    delete doc.definitions.NewTask.properties.dueDate['x-ms-summary'];
    const [finding, ...rest] = await lintRule('ppc-property-x-ms-summary', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      code: 'ppc-property-x-ms-summary',
      severity: SEVERITY.info,
      path: ['definitions', 'NewTask', 'properties', 'dueDate'],
    });
    expect(finding.message).toContain('Request property "dueDate" has no x-ms-summary');
    expect(lineOf(finding)).toBe(lineContaining(text(doc), '"dueDate"'));

    delete doc.definitions.NewTask.properties.title['x-ms-summary'];
    const [grouped] = await lintRule('ppc-property-x-ms-summary', doc);
    expect(grouped.path).toEqual(['definitions', 'NewTask', 'properties']);
    expect(grouped.message).toContain('Request properties "title" and "dueDate" have no x-ms-summary');

    doc.paths['/tasks'].post['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-property-x-ms-summary', doc)).toEqual([]);
  });
});

describe('ppc-property-x-ms-summary scenarios', () => {
  ruleScenarios('ppc-property-x-ms-summary', [
    {
      name: 'A body property without x-ms-summary.',
      edit: documentedEdit('ppc-property-x-ms-summary', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'dueDate'],
          line: { containing: '"dueDate": {' },
          message: 'Request property "dueDate" has no x-ms-summary',
        },
      ],
    },
    {
      name: 'A hidden body property without x-ms-summary.',
      edit: documentedEdit('ppc-property-x-ms-summary', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-property-x-ms-summary, further cases', () => {
  it('ppc-response-property-x-ms-summary skips properties shared with request bodies and hidden ones', async () => {
    const doc = validSwagger();
    delete doc.definitions.Task.properties.status['x-ms-summary'];
    delete doc.definitions.Task.properties.id['x-ms-summary'];
    doc.definitions.Task.properties.id['x-ms-visibility'] = 'internal';
    doc.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/Task' };
    expect(await lintRule('ppc-property-x-ms-summary', doc)).toHaveLength(1);
  });
});

describe('ppc-property-x-ms-summary, further cases', () => {
  it('skip schemas that only deprecated operations use', async () => {
    const doc = validSwagger();
    delete doc.definitions.NewTask.properties.dueDate['x-ms-summary'];
    delete doc.definitions.NewTask.properties.dueDate.description;
    {
      const id = 'ppc-property-x-ms-summary';
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 1 });
    }
    doc.paths['/tasks'].post.deprecated = true;
    {
      const id = 'ppc-property-x-ms-summary';
      expect({ id, found: (await lintRule(id, doc)).length }).toEqual({ id, found: 0 });
    }
  });
});

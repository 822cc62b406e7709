import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

/** A minimal GET operation. */
function get(operationId: string, parameters: unknown[] = []): Record<string, unknown> {
  return {
    operationId,
    summary: 'Get it',
    description: 'Gets it.',
    parameters,
    responses: { '200': { description: 'OK.' } },
  };
}

async function single(id: string, doc: unknown, needle: string) {
  const results = await lintRule(id, doc);
  expect(results).toHaveLength(1);
  const [finding] = results;
  expect(lineOf(finding)).toBe(lineContaining(JSON.stringify(doc, null, 4), needle));
  return finding;
}

describe('path key rules', () => {
  it('ppc-path-unique-ci reports the later key and names the earlier one', async () => {
    const doc = validSwagger();
    doc.paths['/Tasks'] = { get: get('ListAllTasks') };
    const finding = await single('ppc-path-unique-ci', doc, '"/Tasks": {');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/Tasks'] });
    expect(finding.message).toBe(
      'Path "/Tasks" differs from "/tasks" only in letter case; merge the two path items into one (Microsoft rejects paths that are defined more than once with different capitalization).',
    );

    const slash = validSwagger();
    slash.paths['/tasks/'] = { get: get('ListTasksSlash') };
    expect(await lintRule('ppc-path-unique-ci', slash)).toEqual([]);
  });
});

describe('ppc-path-unique-ci scenarios', () => {
  ruleScenarios('ppc-path-unique-ci', [
    {
      name: '"/Tasks" next to "/tasks".',
      edit: (doc) => {
        doc.paths['/Tasks'] = {
          get: {
            operationId: 'ListAllTasks',
            summary: 'List all tasks',
            description: 'List all tasks.',
            responses: { '200': { description: 'OK.' } },
          },
        };
      },
      expect: [
        {
          path: ['paths', '/Tasks'],
          line: { containing: '"/Tasks": {' },
          message: 'Path "/Tasks" differs from "/tasks" only in letter case',
        },
      ],
    },
    {
      name: 'A path that differs in more than case.',
      edit: (doc) => {
        doc.paths['/tasks/all'] = {
          get: {
            operationId: 'ListAllTasks',
            summary: 'List all tasks',
            description: 'List all tasks.',
            responses: { '200': { description: 'OK.' } },
          },
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-path-unique-ci, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-unique-ci';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});

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
  it('ppc-path-no-query-fragment names the query part or the fragment', async () => {
    const doc = validSwagger();
    doc.paths['/search?type=user'] = { get: get('SearchUsers') };
    const finding = await single('ppc-path-no-query-fragment', doc, '"/search?type=user": {');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/search?type=user'] });
    expect(finding.message).toContain(
      'Path "/search?type=user" contains a query part "?type=user"; move query values into "in: query" parameters',
    );

    const fragment = validSwagger();
    fragment.paths['/report#weekly'] = { get: get('WeeklyReport') };
    expect((await single('ppc-path-no-query-fragment', fragment, '"/report#weekly"')).message).toContain(
      'contains a fragment "#weekly"',
    );

    const encoded = validSwagger();
    encoded.paths['/search%3Ftype'] = { get: get('SearchEncoded') };
    expect(await lintRule('ppc-path-no-query-fragment', encoded)).toEqual([]);
  });
});

describe('ppc-path-no-query-fragment scenarios', () => {
  ruleScenarios('ppc-path-no-query-fragment', [
    {
      name: 'A query string in the path key.',
      edit: (doc) => {
        doc.paths['/reports?type=weekly'] = {
          get: {
            operationId: 'ListWeeklyReports',
            summary: 'List weekly reports',
            description: 'List weekly reports.',
            responses: { '200': { description: 'OK.' } },
          },
        };
      },
      expect: [
        {
          path: ['paths', '/reports?type=weekly'],
          line: { containing: '"/reports?type=weekly": {' },
          message: 'Path "/reports?type=weekly" contains a query part "?type=weekly"',
        },
      ],
    },
    {
      name: 'A fragment in the path key.',
      edit: (doc) => {
        doc.paths['/reports#weekly'] = {
          get: {
            operationId: 'ListWeeklyReports',
            summary: 'List weekly reports',
            description: 'List weekly reports.',
            responses: { '200': { description: 'OK.' } },
          },
        };
      },
      expect: [
        {
          path: ['paths', '/reports#weekly'],
          line: { containing: '"/reports#weekly": {' },
          message: 'Path "/reports#weekly" contains a fragment "#weekly"',
        },
      ],
    },
    {
      name: 'The fixed query value as an internal query parameter with a default.',
      edit: (doc) => {
        doc.paths['/reports'] = {
          get: {
            operationId: 'ListWeeklyReports',
            summary: 'List weekly reports',
            description: 'List weekly reports.',
            parameters: [
              {
                name: 'type',
                in: 'query',
                type: 'string',
                required: true,
                default: 'weekly',
                'x-ms-visibility': 'internal',
              },
            ],
            responses: { '200': { description: 'OK.' } },
          },
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-path-no-query-fragment, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-no-query-fragment';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});

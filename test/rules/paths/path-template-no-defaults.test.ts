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

function pathParam(name: string): Record<string, unknown> {
  return {
    name,
    in: 'path',
    type: 'string',
    required: true,
    'x-ms-summary': 'Id',
    description: 'The id.',
    'x-ms-url-encoding': 'single',
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
  it('ppc-path-template-no-defaults reports "=" inside a variable only', async () => {
    const doc = validSwagger();
    doc.paths['/reports/{year=2024}'] = { get: get('GetReport', [pathParam('year')]) };
    const finding = await single('ppc-path-template-no-defaults', doc, '"/reports/{year=2024}"');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/reports/{year=2024}'] });
    expect(finding.message).toContain(
      'Path "/reports/{year=2024}" sets a default in "{year=2024}"; write the variable as "{name}"',
    );

    const odata = validSwagger();
    odata.paths['/jobs/ForUser(targetUserId={targetUserId})'] = { get: get('ForUser', [pathParam('targetUserId')]) };
    expect(await lintRule('ppc-path-template-no-defaults', odata)).toEqual([]);
  });
});

describe('ppc-path-template-no-defaults scenarios', () => {
  ruleScenarios('ppc-path-template-no-defaults', [
    {
      name: 'A default value inside the variable.',
      edit: (doc) => {
        doc.paths['/reports/{year=2024}'] = {
          get: {
            operationId: 'GetReport',
            summary: 'Get a report',
            description: 'Get a report.',
            parameters: [
              {
                name: 'year',
                in: 'path',
                type: 'string',
                required: true,
                'x-ms-summary': 'Year',
                description: 'The year.',
                'x-ms-url-encoding': 'single',
              },
            ],
            responses: { '200': { description: 'OK.' } },
          },
        };
      },
      expect: [
        {
          path: ['paths', '/reports/{year=2024}'],
          line: { containing: '"/reports/{year=2024}": {' },
          message: 'Path "/reports/{year=2024}" sets a default in "{year=2024}"',
        },
      ],
    },
    {
      name: 'The default on the parameter instead.',
      edit: (doc) => {
        doc.paths['/reports/{year}'] = {
          get: {
            operationId: 'GetReport',
            summary: 'Get a report',
            description: 'Get a report.',
            parameters: [
              {
                name: 'year',
                in: 'path',
                type: 'string',
                required: true,
                'x-ms-summary': 'Year',
                description: 'The year.',
                'x-ms-url-encoding': 'single',
                default: '2024',
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

describe('ppc-path-template-no-defaults, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-template-no-defaults';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});

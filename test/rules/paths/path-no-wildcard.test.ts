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
  it('ppc-path-no-wildcard reports "*" anywhere in the key', async () => {
    const doc = validSwagger();
    doc.paths['/files/{path*}'] = { get: get('GetFile', [pathParam('path')]) };
    const finding = await single('ppc-path-no-wildcard', doc, '"/files/{path*}"');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/files/{path*}'] });
    expect(finding.message).toContain('Path "/files/{path*}" contains the wildcard "*"');
  });
});

describe('ppc-path-no-wildcard scenarios', () => {
  ruleScenarios('ppc-path-no-wildcard', [
    {
      name: 'A wildcard segment.',
      edit: (doc) => {
        doc.paths['/files/*'] = {
          get: {
            operationId: 'GetFile',
            summary: 'Get a file',
            description: 'Get a file.',
            responses: { '200': { description: 'OK.' } },
          },
        };
      },
      expect: [
        {
          path: ['paths', '/files/*'],
          line: { containing: '"/files/*": {' },
          message: 'Path "/files/*" contains the wildcard "*"',
        },
      ],
    },
    {
      name: 'A path variable instead of the wildcard.',
      edit: (doc) => {
        doc.paths['/files/{path}'] = {
          get: {
            operationId: 'GetFile',
            summary: 'Get a file',
            description: 'Get a file.',
            parameters: [
              {
                name: 'path',
                in: 'path',
                type: 'string',
                required: true,
                'x-ms-summary': 'Path',
                description: 'The path.',
                'x-ms-url-encoding': 'double',
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

describe('ppc-path-no-wildcard, further cases', () => {
  it('all are silent on the valid fixture', async () => {
    {
      const id = 'ppc-path-no-wildcard';
      {
        expect(await lintRule(id, validSwagger())).toEqual([]);
      }
    }
  });
});

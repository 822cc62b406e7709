import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios } from '../../helpers/scenarios';

describe('root-level x-ms extension rules', () => {
  it('ppc-capabilities-root allows only the two root capabilities', async () => {
    const doc = validSwagger();
    doc['x-ms-capabilities'] = {
      chunkTransfer: true,
      testconnection: {},
      testConnection: { parameters: {} },
      'file-picker': [],
    };
    const results = await lintRule('ppc-capabilities-root', doc);
    expect(results.map((r) => r.message)).toEqual([
      expect.stringContaining('has the unknown capability "chunkTransfer" (chunkTransfer belongs on an operation)'),
      expect.stringContaining('has the unknown capability "testconnection" (did you mean "testConnection"?)'),
      expect.stringContaining('testConnection has no operationId string'),
      expect.stringContaining('file-picker is [], not an object'),
    ]);
    expect(results[0]).toMatchObject({
      code: 'ppc-capabilities-root',
      severity: SEVERITY.error,
      path: ['x-ms-capabilities', 'chunkTransfer'],
    });
    doc['x-ms-capabilities'] = { 'file-picker': { browse: {} } };
    expect((await lintRule('ppc-capabilities-root', doc))[0].message).toContain('file-picker has no "open" object');
    doc['x-ms-capabilities'] = null;
    expect((await lintRule('ppc-capabilities-root', doc))[0].message).toContain('is null, not an object');
  });
});

describe('ppc-capabilities-root scenarios', () => {
  ruleScenarios('ppc-capabilities-root', [
    {
      name: 'An operation capability at the root.',
      edit: (doc) => {
        doc['x-ms-capabilities'] = { chunkTransfer: true };
      },
      expect: [
        {
          path: ['x-ms-capabilities', 'chunkTransfer'],
          line: { containing: '"chunkTransfer": true' },
          message:
            'x-ms-capabilities has the unknown capability "chunkTransfer" (chunkTransfer belongs on an operation)',
        },
      ],
    },
    {
      name: 'A testConnection without an operationId.',
      edit: (doc) => {
        doc['x-ms-capabilities'] = { testConnection: { parameters: {} } };
      },
      expect: [
        {
          path: ['x-ms-capabilities', 'testConnection'],
          line: { containing: '"testConnection": {' },
          message: 'x-ms-capabilities testConnection has no operationId string',
        },
      ],
    },
    {
      name: 'A test-connection operation.',
      edit: (doc) => {
        doc['x-ms-capabilities'] = { testConnection: { operationId: 'ListTasks' } };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-capabilities-root, further cases', () => {
  it('all are silent on the valid fixture and on well-formed values', async () => {
    const doc = validSwagger();
    doc.info['x-ms-api-annotation'] = { status: 'Preview' };
    doc.info['x-ms-deployment-version'] = '1.0.0';
    doc['x-ms-docs'] = [{ url: 'https://docs.contoso.com', description: 'Reference' }];
    doc['x-ms-capabilities'] = {
      testConnection: { operationId: 'ListTasks', parameters: {} },
      'file-picker': { open: { operationId: 'ListTasks' }, 'value-path': 'id' },
    };
    {
      const id = 'ppc-capabilities-root';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
        expect({ id, results: await lintRule(id, doc) }).toEqual({ id, results: [] });
      }
    }
    doc['x-ms-capabilities'] = {};
    expect(await lintRule('ppc-capabilities-root', doc)).toEqual([]);
  });
});

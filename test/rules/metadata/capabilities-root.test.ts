import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { wellFormedMetadata } from '../../helpers/metadata';

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
      edit: documentedEdit('ppc-capabilities-root', 'invalid'),
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
      edit: documentedEdit('ppc-capabilities-root', 'invalid', 1),
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
      edit: documentedEdit('ppc-capabilities-root', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-capabilities-root, further cases', () => {
  it('all are silent on the valid fixture and on well-formed values', async () => {
    const doc = wellFormedMetadata();
    expect(await lintRule('ppc-capabilities-root', validSwagger())).toEqual([]);
    expect(await lintRule('ppc-capabilities-root', doc)).toEqual([]);
    doc['x-ms-capabilities'] = {};
    expect(await lintRule('ppc-capabilities-root', doc)).toEqual([]);
  });
});

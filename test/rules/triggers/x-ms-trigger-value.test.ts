import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { messages, pollingOp, withPolling } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-x-ms-trigger-value checks shape and position', async () => {
    const doc = withPolling();
    pollingOp(doc).parameters[0]['x-ms-trigger-value'] = { 'value-collection': 'value', 'value-path': 'id' };
    expect(await lintRule('ppc-x-ms-trigger-value', doc)).toEqual([]);
    pollingOp(doc).parameters[0]['x-ms-trigger-value'] = { 'value-path': 3, other: 'x' };
    const results = await lintRule('ppc-x-ms-trigger-value', doc);
    expect(results.map((r) => r.message).join('\n')).toContain('"value-path" that is not a string');
    expect(results.map((r) => r.message).join('\n')).toContain('unknown key "other"');
    expect(results[0].severity).toBe(SEVERITY.error);
    pollingOp(doc).parameters[0]['x-ms-trigger-value'] = {};
    expect(await messages('ppc-x-ms-trigger-value', doc)).toEqual([
      expect.stringContaining('has neither "value-collection" nor "value-path"'),
    ]);
    const body = validSwagger();
    body.paths['/tasks'].post.parameters[0]['x-ms-trigger-value'] = { 'value-path': 'id' };
    expect(await messages('ppc-x-ms-trigger-value', body)).toEqual([expect.stringContaining('is on a body parameter')]);
  });
});

describe('ppc-x-ms-trigger-value scenarios', () => {
  ruleScenarios('ppc-x-ms-trigger-value', [
    {
      name: 'A bare string.',
      edit: documentedEdit('ppc-x-ms-trigger-value', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/trigger', 'get', 'parameters', '0', 'x-ms-trigger-value'],
          line: { containing: '"x-ms-trigger-value": "id"' },
          message: 'x-ms-trigger-value is id, not an object',
        },
      ],
    },
    {
      name: 'Collection and path.',
      edit: documentedEdit('ppc-x-ms-trigger-value', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

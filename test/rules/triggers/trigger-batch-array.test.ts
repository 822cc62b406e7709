import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, pollingOp, withPolling, withWebhook } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-trigger-batch-array wants an array from batch triggers', async () => {
    const doc = withPolling();
    pollingOp(doc).responses['200'].schema = { $ref: '#/definitions/Task' };
    const [d] = await lintRule('ppc-trigger-batch-array', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['definitions', 'Task'] });
    expect(d.message).toContain('"OnNewTasks" is a batch trigger but its data schema has no array');
    // An object with an array property is fine; so is an untyped schema (nothing to tell).
    pollingOp(doc).responses['200'].schema = {
      type: 'object',
      properties: { value: { type: 'array', items: { type: 'string' } } },
    };
    expect(await lintRule('ppc-trigger-batch-array', doc)).toEqual([]);
    pollingOp(doc).responses['200'].schema = { type: 'object' };
    expect(await lintRule('ppc-trigger-batch-array', doc)).toEqual([]);
    // A batch webhook is judged by its notification content.
    const hook = withWebhook();
    hook.paths['/hooks'].post['x-ms-trigger'] = 'batch';
    expect(await messages('ppc-trigger-batch-array', hook)).toEqual([
      expect.stringContaining('"OnTaskCreated" is a batch trigger'),
    ]);
    hook.paths['/hooks']['x-ms-notification-content'].schema = { type: 'array', items: { $ref: '#/definitions/Task' } };
    expect(await lintRule('ppc-trigger-batch-array', hook)).toEqual([]);
  });
});

describe('ppc-trigger-batch-array scenarios', () => {
  ruleScenarios('ppc-trigger-batch-array', [
    {
      name: 'A batch polling trigger that returns one task.',
      edit: documentedEdit('ppc-trigger-batch-array', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task'],
          line: { containing: '"Task": {' },
          message: '"OnNewTasks" is a batch trigger but its data schema has no array',
        },
      ],
    },
    {
      name: 'A batch webhook whose notification is one task.',
      edit: documentedEdit('ppc-trigger-batch-array', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'Task'],
          line: { containing: '"Task": {' },
          message: '"OnTaskCreated" is a batch trigger but its data schema has no array',
        },
      ],
    },
    {
      name: 'A batch polling trigger that returns an array of tasks.',
      edit: documentedEdit('ppc-trigger-batch-array', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

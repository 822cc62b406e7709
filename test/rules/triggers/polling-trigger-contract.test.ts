import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, pollingOp, withPolling, withWebhook } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('trigger rules', () => {
  it('ppc-polling-trigger-contract asks for 202 with Location and Retry-After', async () => {
    expect(await lintRule('ppc-polling-trigger-contract', withPolling())).toEqual([]);
    const doc = withPolling();
    delete pollingOp(doc).responses['202'].headers['Retry-After'];
    const [d] = await lintRule('ppc-polling-trigger-contract', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks/trigger', 'get', 'responses', '202'] });
    expect(d.message).toContain('declares no Retry-After header on its 202 response');
    delete pollingOp(doc).responses['202'];
    expect(await messages('ppc-polling-trigger-contract', doc)).toEqual([
      expect.stringContaining('declares no 202 response'),
    ]);
    // Webhooks are not polling triggers.
    expect(await lintRule('ppc-polling-trigger-contract', withWebhook())).toEqual([]);
  });
});

describe('ppc-polling-trigger-contract scenarios', () => {
  ruleScenarios('ppc-polling-trigger-contract', [
    {
      name: 'A polling trigger with only a 200 response.',
      edit: documentedEdit('ppc-polling-trigger-contract', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/trigger', 'get', 'responses'],
          line: 155,
          message: 'Polling trigger "OnNewTasks" declares no 202 response',
        },
      ],
    },
    {
      name: '200 and 202 with Location and Retry-After.',
      edit: documentedEdit('ppc-polling-trigger-contract', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

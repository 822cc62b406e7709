import { ruleScenarios } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, pollingOp, withPolling } from '../../helpers/triggers';

describe('ppc-trigger-hint', () => {
  ruleScenarios('ppc-trigger-hint', [
    {
      name: 'A trigger without a hint.',
      edit: (doc) => {
        doc.paths['/tasks/trigger'] = {
          get: {
            operationId: 'OnNewTasks',
            summary: 'When tasks are added',
            description: 'This operation triggers when new tasks are added.',
            'x-ms-trigger': 'batch',
            'x-ms-trigger-metadata': { kind: 'query', mode: 'polling' },
            parameters: [
              {
                name: 'since',
                in: 'query',
                required: false,
                type: 'string',
                'x-ms-visibility': 'internal',
                'x-ms-summary': 'Since',
                description: 'The polling state: only tasks added after this time.',
              },
            ],
            responses: {
              '200': {
                description: 'The new tasks.',
                schema: { type: 'array', items: { $ref: '#/definitions/Task' } },
              },
              '202': {
                description: 'No new tasks yet.',
                headers: {
                  Location: { type: 'string', description: 'The URL to poll next.' },
                  'Retry-After': { type: 'integer', description: 'Seconds to wait before polling again.' },
                },
              },
            },
          },
        };
      },
      expect: [{ path: ['paths', '/tasks/trigger', 'get'], line: 134, message: 'Trigger has no x-ms-trigger-hint' }],
    },
    {
      name: 'A trigger with a hint.',
      edit: (doc) => {
        doc.paths['/tasks/trigger'] = {
          get: {
            operationId: 'OnNewTasks',
            summary: 'When tasks are added',
            description: 'This operation triggers when new tasks are added.',
            'x-ms-trigger': 'batch',
            'x-ms-trigger-metadata': { kind: 'query', mode: 'polling' },
            'x-ms-trigger-hint': 'To see it work, add a task.',
            parameters: [
              {
                name: 'since',
                in: 'query',
                required: false,
                type: 'string',
                'x-ms-visibility': 'internal',
                'x-ms-summary': 'Since',
                description: 'The polling state: only tasks added after this time.',
              },
            ],
            responses: {
              '200': {
                description: 'The new tasks.',
                schema: { type: 'array', items: { $ref: '#/definitions/Task' } },
              },
              '202': {
                description: 'No new tasks yet.',
                headers: {
                  Location: { type: 'string', description: 'The URL to poll next.' },
                  'Retry-After': { type: 'integer', description: 'Seconds to wait before polling again.' },
                },
              },
            },
          },
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-trigger-hint, further cases', () => {
  it('ppc-trigger-hint asks for a hint on visible triggers', async () => {
    const doc = withPolling();
    delete pollingOp(doc)['x-ms-trigger-hint'];
    const [d] = await lintRule('ppc-trigger-hint', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks/trigger', 'get'] });
    expect(d.message).toContain('has no x-ms-trigger-hint');
    pollingOp(doc)['x-ms-trigger-hint'] = ' ';
    expect(await messages('ppc-trigger-hint', doc)).toEqual([
      expect.stringContaining('has an empty x-ms-trigger-hint'),
    ]);
    pollingOp(doc)['x-ms-trigger-hint'] = 42;
    expect(await lintRule('ppc-trigger-hint', doc)).toEqual([]);
    expect(await lintRule('ppc-trigger-hint', withPolling())).toEqual([]);
  });
});

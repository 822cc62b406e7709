import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, pollingOp, withPolling, withWebhook } from '../../helpers/triggers';

describe('trigger rules', () => {
  it('ppc-trigger-batch-array wants an array from batch triggers', async () => {
    const doc = withPolling();
    pollingOp(doc).responses['200'].schema = { $ref: '#/definitions/Task' };
    const [d] = await lintRule('ppc-trigger-batch-array', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['definitions', 'Task'] });
    expect(d!.message).toContain('"OnNewTasks" is a batch trigger but its data schema has no array');
    // An object with an array property is fine; so is an untyped schema (nothing to tell).
    pollingOp(doc).responses['200'].schema = { type: 'object', properties: { value: { type: 'array', items: { type: 'string' } } } };
    expect(await lintRule('ppc-trigger-batch-array', doc)).toEqual([]);
    pollingOp(doc).responses['200'].schema = { type: 'object' };
    expect(await lintRule('ppc-trigger-batch-array', doc)).toEqual([]);
    // A batch webhook is judged by its notification content.
    const hook = withWebhook();
    hook.paths['/hooks'].post['x-ms-trigger'] = 'batch';
    expect(await messages('ppc-trigger-batch-array', hook)).toEqual([expect.stringContaining('"OnTaskCreated" is a batch trigger')]);
    hook.paths['/hooks']['x-ms-notification-content'].schema = { type: 'array', items: { $ref: '#/definitions/Task' } };
    expect(await lintRule('ppc-trigger-batch-array', hook)).toEqual([]);
  });
});

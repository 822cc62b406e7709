import { lintRule, SEVERITY } from '../../helpers/lint';
import { withWebhook } from '../../helpers/triggers';

describe('webhook rules', () => {
  it('ppc-webhook-delete-operation wants a DELETE somewhere in the definition', async () => {
    const doc = withWebhook();
    delete doc.paths['/hooks/{hookId}'];
    expect(await lintRule('ppc-webhook-delete-operation', doc)).toEqual([]); // DeleteTask exists
    delete doc.paths['/tasks/{taskId}'].delete;
    const [d] = await lintRule('ppc-webhook-delete-operation', doc);
    expect(d).toMatchObject({ severity: SEVERITY.warn, path: ['paths', '/hooks', 'post'] });
    expect(d!.message).toContain('Webhook trigger "OnTaskCreated" has no DELETE operation');
  });
});

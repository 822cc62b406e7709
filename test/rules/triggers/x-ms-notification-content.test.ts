import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, withWebhook } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('webhook rules', () => {
  it('ppc-x-ms-notification-content checks the shape wherever it is', async () => {
    const doc = withWebhook();
    doc.paths['/hooks']['x-ms-notification-content'] = { $ref: '#/definitions/Task' };
    const [d] = await lintRule('ppc-x-ms-notification-content', doc);
    expect(d).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/hooks', 'x-ms-notification-content'] });
    expect(d.message).toContain('x-ms-notification-content has no "schema"');
    doc.paths['/hooks']['x-ms-notification-content'] = { schema: 'Task', description: 5 };
    const text = (await messages('ppc-x-ms-notification-content', doc)).join('\n');
    expect(text).toContain('has a "schema" that is not an object (Task)');
    expect(text).toContain('has a "description" that is not a string (5)');
    doc.paths['/hooks']['x-ms-notification-content'] = null;
    expect(await messages('ppc-x-ms-notification-content', doc)).toEqual([
      expect.stringContaining('is null, not an object'),
    ]);
  });
});

describe('ppc-x-ms-notification-content scenarios', () => {
  ruleScenarios('ppc-x-ms-notification-content', [
    {
      name: 'A schema given directly instead of under "schema".',
      edit: documentedEdit('ppc-x-ms-notification-content', 'invalid'),
      expect: [
        {
          path: ['paths', '/hooks', 'x-ms-notification-content'],
          line: { containing: '"x-ms-notification-content": {' },
          message: 'x-ms-notification-content has no "schema"',
        },
      ],
    },
    {
      name: 'A description and a schema.',
      edit: documentedEdit('ppc-x-ms-notification-content', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const GET = ['paths', '/tasks/{taskId}', 'get'];
const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('response rules', () => {
  describe('ppc-success-has-schema', () => {
    it('warns on a visible 200 without a schema', async () => {
      const doc = validSwagger();
      delete doc.paths['/tasks/{taskId}'].get.responses['200'].schema;
      const [finding, ...rest] = await lintRule('ppc-success-has-schema', doc);
      expect(rest).toHaveLength(0);
      expect(finding).toMatchObject({ severity: SEVERITY.warn, path: [...GET, 'responses', '200'] });
      expect(finding.message).toContain('"GetTask" returns 200 without a schema');
      expect(lineOf(finding)).toBe(lineContaining(text(doc), '"200"', lineContaining(text(doc), '"GetTask"')));
    });

    it('skips hidden operations, DELETE, 202/204-only operations and webhook registrations', async () => {
      const doc = validSwagger();
      delete doc.paths['/tasks/{taskId}'].get.responses['200'].schema;
      doc.paths['/tasks/{taskId}'].get['x-ms-visibility'] = 'internal';
      doc.paths['/tasks/{taskId}'].delete.responses = { '200': { description: 'Deleted.' } };
      doc.paths['/tasks'].post.responses = { '202': { description: 'Accepted.' } };
      doc.paths['/hooks'] = {
        post: {
          operationId: 'OnTaskCreated',
          'x-ms-trigger': 'single',
          parameters: [
            {
              name: 'body',
              in: 'body',
              schema: { type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': true } } },
            },
          ],
          responses: { '201': { description: 'Registered.' } },
        },
      };
      expect(await lintRule('ppc-success-has-schema', doc)).toEqual([]);
      delete doc.paths['/hooks'].post.parameters[0].schema.properties.url['x-ms-notification-url'];
      expect((await lintRule('ppc-success-has-schema', doc)).map((r) => r.path[1])).toEqual(['/hooks']);
    });

    it('accepts a schema on a referenced shared response or on 201', async () => {
      const doc = validSwagger();
      doc.responses = { Task: { description: 'The task.', schema: { $ref: '#/definitions/Task' } } };
      doc.paths['/tasks/{taskId}'].get.responses['200'] = { $ref: '#/responses/Task' };
      doc.paths['/tasks'].post.responses['200'] = { description: 'Also fine.' };
      expect(await lintRule('ppc-success-has-schema', doc)).toEqual([]);
    });
  });

  it('ppc-success-has-schema asks no new schema of a deprecated operation', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.responses['200'].schema;
    expect(await lintRule('ppc-success-has-schema', doc)).toHaveLength(1);
    doc.paths['/tasks'].get.deprecated = true;
    expect(await lintRule('ppc-success-has-schema', doc)).toEqual([]);
  });
});

describe('ppc-success-has-schema scenarios', () => {
  ruleScenarios('ppc-success-has-schema', [
    {
      name: 'A 200 response without a schema.',
      edit: documentedEdit('ppc-success-has-schema', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'get', 'responses', '200'],
          line: 102,
          message: '"GetTask" returns 200 without a schema',
        },
      ],
    },
    {
      name: 'A DELETE that returns 204 without a body.',
      edit: documentedEdit('ppc-success-has-schema', 'valid'),
      expect: [],
    },
    {
      name: 'An operation whose only success response is 202.',
      edit: documentedEdit('ppc-success-has-schema', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

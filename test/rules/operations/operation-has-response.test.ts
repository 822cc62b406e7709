import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { responsesFindings } from '../../helpers/operations';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('operation structure rules', () => {
  it('ppc-operation-has-response reports missing and empty responses but exempts webhook registrations', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].delete.responses = {};
    delete doc.paths['/tasks/{taskId}'].get.responses;
    doc.paths['/hooks'] = {
      'x-ms-notification-content': { schema: { type: 'object' } },
      post: { operationId: 'OnTask', 'x-ms-trigger': 'single', responses: {} },
    };
    const results = await lintRule('ppc-operation-has-response', doc);
    expect(results.map((r) => [r.path.join('/'), r.severity])).toEqual([
      ['paths//tasks/{taskId}/get', SEVERITY.error],
      ['paths//tasks/{taskId}/delete/responses', SEVERITY.error],
    ]);
    expect(results[0].message).toMatch(/^Operation "GetTask" has no responses; list the status codes/);
    expect(results[1].message).toContain('"DeleteTask" has an empty responses object');
    expect(lineOf(results[1])).toBe(lineContaining(text(doc), '"responses": {}'));
  });
});

describe('Spectral oas2-schema in the published rulesets', () => {
  it('leaves an empty responses object to ppc-operation-has-response where that rule runs', async () => {
    const found = await responsesFindings('certified', {});
    expect(found.map(([code]) => code)).toEqual(['ppc-operation-has-response']);
    expect(
      await responsesFindings('certified', {
        '204': { description: 'Deleted.' },
        '404': { description: 'Not found.' },
      }),
    ).toEqual([]);
  });
});

describe('ppc-operation-has-response scenarios', () => {
  ruleScenarios('ppc-operation-has-response', [
    {
      name: 'An empty responses object.',
      edit: documentedEdit('ppc-operation-has-response', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'delete', 'responses'],
          line: { containing: '"responses": {}' },
          message: 'Operation "DeleteTask" has an empty responses object',
        },
      ],
    },
    {
      name: 'One response.',
      edit: documentedEdit('ppc-operation-has-response', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

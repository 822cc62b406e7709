import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter and schema value rules', () => {
  it('ppc-internal-required-default covers parameters and request properties only', async () => {
    const doc = validSwagger();
    Object.assign(doc.paths['/tasks'].get.parameters[0], { 'x-ms-visibility': 'internal', required: true });
    doc.definitions.NewTask.properties.source = { type: 'string', 'x-ms-visibility': 'internal' };
    doc.definitions.NewTask.required.push('source');
    // Output only: a response-only definition is not an input.
    doc.definitions.Task.properties.etag = { type: 'string', 'x-ms-visibility': 'internal' };
    doc.definitions.Task.required = ['etag'];
    // Filled in by the platform.
    doc.definitions.NewTask.properties.callback = {
      type: 'string',
      'x-ms-visibility': 'internal',
      'x-ms-notification-url': true,
    };
    doc.definitions.NewTask.required.push('callback');
    const results = await lintRule('ppc-internal-required-default', doc);
    expect(results.map((r) => r.path)).toEqual([QUERY, ['definitions', 'NewTask', 'properties', 'source']]);
    expect(results[0].message).toBe(
      'Parameter "status" is internal and required but has no "default"; add the value to send as "default", or make it visible (Microsoft rejects internal required inputs without a default).',
    );
    expect(results[1].severity).toBe(SEVERITY.error);
  });
});

describe('ppc-internal-required-default scenarios', () => {
  ruleScenarios('ppc-internal-required-default', [
    {
      name: 'An internal required query parameter without default.',
      edit: documentedEdit('ppc-internal-required-default', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0'],
          line: 32,
          message: 'Parameter "status" is internal and required but has no "default"',
        },
      ],
    },
    {
      name: 'An internal required query parameter with a default.',
      edit: documentedEdit('ppc-internal-required-default', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

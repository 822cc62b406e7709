import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('parameter and schema value rules', () => {
  it('ppc-internal-default-should-be-required', async () => {
    const doc = validSwagger();
    Object.assign(doc.paths['/tasks'].get.parameters[0], { 'x-ms-visibility': 'internal', default: 'open' });
    doc.definitions.NewTask.properties.source = { type: 'string', 'x-ms-visibility': 'internal', default: 'flow' };
    const results = await lintRule('ppc-internal-default-should-be-required', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'Parameter "status" is internal with a "default" but not required',
      'Property "source" is internal with a "default" but not required',
    ]);
    expect(results[0].severity).toBe(SEVERITY.warn);
    doc.paths['/tasks'].get.parameters[0].required = true;
    doc.definitions.NewTask.required.push('source');
    expect(await lintRule('ppc-internal-default-should-be-required', doc)).toEqual([]);
  });
});

describe('ppc-internal-default-should-be-required scenarios', () => {
  ruleScenarios('ppc-internal-default-should-be-required', [
    {
      name: 'An optional internal parameter with a default.',
      edit: documentedEdit('ppc-internal-default-should-be-required', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0'],
          line: 32,
          message: 'Parameter "status" is internal with a "default" but not required',
        },
      ],
    },
    {
      name: 'A required internal parameter with a default.',
      edit: documentedEdit('ppc-internal-default-should-be-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

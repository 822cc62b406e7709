import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('ppc-x-ms-autorest-ignored', () => {
  it('reports each AutoRest key as unnecessary, at the key', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.status['x-ms-enum'] = { name: 'Status', modelAsString: true };
    doc.parameters.TaskId['x-ms-skip-url-encoding'] = true;
    doc.paths['/tasks'].get.parameters[0]['x-ms-parameter-location'] = 'method';
    const results = await lintRule('ppc-x-ms-autorest-ignored', doc);
    expect(results).toHaveLength(3);
    expect(results.every((r) => r.severity === SEVERITY.info)).toBe(true);
    const enumFinding = results.find((r) => r.path[r.path.length - 1] === 'x-ms-enum')!;
    expect(enumFinding.message).toBe(
      "x-ms-enum is an AutoRest key that Power Platform ignores; remove it, and give display names with x-ms-enum-values (Microsoft's schema accepts it only for convenience).",
    );
    expect(lineOf(enumFinding)).toBe(lineContaining(text(doc), '"x-ms-enum"'));
  });
});

describe('ppc-x-ms-autorest-ignored scenarios', () => {
  ruleScenarios('ppc-x-ms-autorest-ignored', [
    {
      name: 'An AutoRest enum description on a schema.',
      edit: documentedEdit('ppc-x-ms-autorest-ignored', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'status', 'x-ms-enum'],
          line: { containing: '"x-ms-enum": {' },
          message: 'x-ms-enum is an AutoRest key that Power Platform ignores',
        },
      ],
    },
    {
      name: 'Display names with the Power Platform extension instead.',
      edit: documentedEdit('ppc-x-ms-autorest-ignored', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

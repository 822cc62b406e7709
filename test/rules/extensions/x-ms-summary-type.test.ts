import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('value rules', () => {
  it('ppc-x-ms-summary-type reports a number, null and an object with the value', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.id['x-ms-summary'] = 42;
    doc.definitions.Task.properties.title['x-ms-summary'] = null;
    doc.paths['/tasks'].get.parameters[0]['x-ms-summary'] = { en: 'Status' };
    const results = await lintRule('ppc-x-ms-summary-type', doc);
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-summary'],
    });
    const messages = results.map((r) => r.message);
    expect(messages).toContain(
      'x-ms-summary is an integer (42), not a string; write the display name as a string such as "Due Date" (Microsoft\'s schema types x-ms-summary as a string).',
    );
    expect(messages.some((m) => m.startsWith('x-ms-summary is null, not a string'))).toBe(true);
    expect(messages.some((m) => m.startsWith('x-ms-summary is an object, not a string'))).toBe(true);
    const numberFinding = results.find((r) => r.message.includes('(42)'))!;
    expect(lineOf(numberFinding)).toBe(lineContaining(text(doc), '"x-ms-summary": 42'));
  });
});

describe('ppc-x-ms-summary-type scenarios', () => {
  ruleScenarios('ppc-x-ms-summary-type', [
    {
      name: 'A number as the display name.',
      edit: documentedEdit('ppc-x-ms-summary-type', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'id', 'x-ms-summary'],
          line: { containing: '"x-ms-summary": 42,' },
          message: 'x-ms-summary is an integer (42), not a string',
        },
      ],
    },
    {
      name: 'An object where a string is expected.',
      edit: documentedEdit('ppc-x-ms-summary-type', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-summary'],
          line: { containing: '"x-ms-summary": {' },
          message: 'x-ms-summary is an object, not a string',
        },
      ],
    },
    { name: 'A short title-case string.', edit: documentedEdit('ppc-x-ms-summary-type', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

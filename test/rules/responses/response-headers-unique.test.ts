import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('response rules', () => {
  it('ppc-response-headers-unique compares header names without case', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.responses['200'].headers = {
      'X-Total': { type: 'integer' },
      'x-total': { type: 'integer' },
    };
    const [finding] = await lintRule('ppc-response-headers-unique', doc);
    expect(finding).toMatchObject({
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get', 'responses', '200', 'headers', 'x-total'],
    });
    expect(finding.message).toContain('"x-total" repeats "X-Total"');
    expect(lineOf(finding)).toBe(lineContaining(text(doc), '"x-total"'));
  });
});

describe('ppc-response-headers-unique scenarios', () => {
  ruleScenarios('ppc-response-headers-unique', [
    {
      name: 'The same header twice, in different case.',
      edit: documentedEdit('ppc-response-headers-unique', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'responses', '200', 'headers', 'x-total-count'],
          line: { containing: '"x-total-count": {' },
          message: 'Response header "x-total-count" repeats "X-Total-Count"',
        },
      ],
    },
    {
      name: 'Two different headers.',
      edit: documentedEdit('ppc-response-headers-unique', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

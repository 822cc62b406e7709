import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const GET = ['paths', '/tasks/{taskId}', 'get'];
const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('response rules', () => {
  it('ppc-response-code-valid names a key that is not a status code', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{taskId}'].get.responses['2XX'] = { description: 'Any success.' };
    doc.paths['/tasks/{taskId}'].get.responses['x-note'] = 'extension keys are fine';
    doc.paths['/tasks/{taskId}'].get.responses.default = { description: 'An error.' };
    const [finding, ...rest] = await lintRule('ppc-response-code-valid', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      code: 'ppc-response-code-valid',
      severity: SEVERITY.error,
      path: [...GET, 'responses', '2XX'],
    });
    expect(finding.message).toContain('Response key "2XX" is not an HTTP status code');
    expect(lineOf(finding)).toBe(lineContaining(text(doc), '"2XX"'));
    doc.paths['/tasks/{taskId}'].get.responses['600'] = { description: 'Out of range.' };
    expect(await lintRule('ppc-response-code-valid', doc)).toHaveLength(2);
  });
});

describe('ppc-response-code-valid scenarios', () => {
  ruleScenarios('ppc-response-code-valid', [
    {
      name: 'A wildcard status range as a response key.',
      edit: documentedEdit('ppc-response-code-valid', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'responses', '2XX'],
          line: { containing: '"2XX": {' },
          message: 'Response key "2XX" is not an HTTP status code or "default"',
        },
      ],
    },
    {
      name: 'Status codes and `default`.',
      edit: documentedEdit('ppc-response-code-valid', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

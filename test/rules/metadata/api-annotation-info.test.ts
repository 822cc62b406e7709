import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { wellFormedMetadata } from '../../helpers/metadata';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('root-level x-ms extension rules', () => {
  it('ppc-api-annotation-info checks status and keys', async () => {
    const doc = validSwagger();
    doc.info['x-ms-api-annotation'] = { status: 'production', family: 'Tasks' };
    const results = await lintRule('ppc-api-annotation-info', doc);
    expect(results).toHaveLength(2);
    const status = results.find((r) => r.path.includes('status'))!;
    expect(status).toMatchObject({
      code: 'ppc-api-annotation-info',
      severity: SEVERITY.error,
      path: ['info', 'x-ms-api-annotation', 'status'],
    });
    expect(status.message).toBe(
      'info.x-ms-api-annotation status "production" is not "Preview" or "Production" (did you mean "Production"?); write { "status": "Preview" } or { "status": "Production" } (the repository schema allows nothing else).',
    );
    expect(lineOf(status)).toBe(lineContaining(text(doc), '"production"'));
    expect(results.find((r) => r.path.includes('family'))!.message).toContain('has the unknown key "family"');
    doc.info['x-ms-api-annotation'] = 'Production';
    expect((await lintRule('ppc-api-annotation-info', doc))[0].message).toContain('is "Production", not an object');
  });
});

describe('ppc-api-annotation-info scenarios', () => {
  ruleScenarios('ppc-api-annotation-info', [
    {
      name: 'A lower-case status.',
      edit: documentedEdit('ppc-api-annotation-info', 'invalid'),
      expect: [
        {
          path: ['info', 'x-ms-api-annotation', 'status'],
          line: { containing: '"status": "production"' },
          message:
            'info.x-ms-api-annotation status "production" is not "Preview" or "Production" (did you mean "Production"?)',
        },
      ],
    },
    {
      name: 'An operation-level key on info.',
      edit: documentedEdit('ppc-api-annotation-info', 'invalid', 1),
      expect: [
        {
          path: ['info', 'x-ms-api-annotation', 'family'],
          line: { containing: '"family": "ContosoTasks"' },
          message: 'info.x-ms-api-annotation has the unknown key "family" (only "status" is allowed here)',
        },
      ],
    },
    {
      name: 'A production connector.',
      edit: documentedEdit('ppc-api-annotation-info', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-api-annotation-info, further cases', () => {
  it('all are silent on the valid fixture and on well-formed values', async () => {
    const doc = wellFormedMetadata();
    expect(await lintRule('ppc-api-annotation-info', validSwagger())).toEqual([]);
    expect(await lintRule('ppc-api-annotation-info', doc)).toEqual([]);
  });
});

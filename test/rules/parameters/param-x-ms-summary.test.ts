import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('parameter string rules', () => {
  it('ppc-param-x-ms-summary reports a missing label at the parameter', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].get.parameters[0]['x-ms-summary'];
    const results = await lintRule('ppc-param-x-ms-summary', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      code: 'ppc-param-x-ms-summary',
      severity: SEVERITY.error,
      path: ['paths', '/tasks', 'get', 'parameters', '0'],
    });
    expect(results[0].message).toBe(
      'Parameter "status" has no "x-ms-summary"; add a short title-case label (Microsoft rejects visible parameters without "x-ms-summary").',
    );
    expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"name": "status"') - 1);
  });

  it('ppc-param-x-ms-summary reports an empty label at the field', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0]['x-ms-summary'] = ' ';
    const [finding] = await lintRule('ppc-param-x-ms-summary', doc);
    expect(finding.path).toEqual(['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-summary']);
    expect(finding.message).toContain('has an empty "x-ms-summary"');
    doc.paths['/tasks'].get.parameters[0]['x-ms-summary'] = 7;
    const [typed] = await lintRule('ppc-param-x-ms-summary', doc);
    expect(typed.message).toContain('has a non-string "x-ms-summary" (7)');
  });

  it('ppc-param-x-ms-summary skips body parameters, internal parameters and parameters of internal operations', async () => {
    const doc = validSwagger();
    delete doc.paths['/tasks'].post.parameters[0]['x-ms-summary'];
    expect(await lintRule('ppc-param-x-ms-summary', doc)).toEqual([]);

    delete doc.paths['/tasks'].get.parameters[0]['x-ms-summary'];
    doc.paths['/tasks'].get.parameters[0]['x-ms-visibility'] = 'Internal';
    expect(await lintRule('ppc-param-x-ms-summary', doc)).toEqual([]);

    delete doc.paths['/tasks'].get.parameters[0]['x-ms-visibility'];
    doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-x-ms-summary', doc)).toEqual([]);
  });

  it('skips a shared parameter that only internal operations use, and unused ones', async () => {
    const doc = validSwagger();
    delete doc.parameters.TaskId['x-ms-summary'];
    doc.paths['/tasks/{taskId}'].get['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-x-ms-summary', doc)).toHaveLength(1); // DELETE still shows it
    doc.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-x-ms-summary', doc)).toEqual([]);

    const unused = validSwagger();
    unused.parameters.Unused = { name: 'unused', in: 'query', type: 'string' };
    expect(await lintRule('ppc-param-x-ms-summary', unused)).toEqual([]);
  });

  it('checks path-level parameters unless every operation of the path is internal', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].parameters = [{ name: 'tenant', in: 'header', type: 'string', description: 'The tenant.' }];
    const results = await lintRule('ppc-param-x-ms-summary', doc);
    expect(results).toHaveLength(1);
    expect(results[0].path).toEqual(['paths', '/tasks', 'parameters', '0']);
    doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
    doc.paths['/tasks'].post['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-param-x-ms-summary', doc)).toEqual([]);
  });
});

describe('ppc-param-x-ms-summary scenarios', () => {
  ruleScenarios('ppc-param-x-ms-summary', [
    {
      name: 'A query parameter without x-ms-summary.',
      edit: documentedEdit('ppc-param-x-ms-summary', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0'],
          line: 32,
          message: 'Parameter "status" has no "x-ms-summary"',
        },
      ],
    },
    {
      name: 'A label on the parameter.',
      edit: documentedEdit('ppc-param-x-ms-summary', 'valid'),
      expect: [],
    },
    {
      name: 'An internal parameter needs no label.',
      edit: documentedEdit('ppc-param-x-ms-summary', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-param-x-ms-summary, further cases', () => {
  it('reports a shared #/parameters defect once, at the definition line', async () => {
    const doc = validSwagger();
    delete doc.parameters.TaskId['x-ms-summary'];
    delete doc.parameters.TaskId.description;
    {
      const id = 'ppc-param-x-ms-summary';
      {
        const results = await lintRule(id, doc);
        expect(results).toHaveLength(1);
        expect(results[0].path).toEqual(['parameters', 'TaskId']);
        expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"TaskId": {'));
      }
    }
  });
});

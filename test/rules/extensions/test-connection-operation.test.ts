import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('ppc-test-connection-operation', () => {
  const withTest = (testConnection: unknown): Record<string, any> => {
    const doc = validSwagger();
    doc['x-ms-capabilities'] = { testConnection };
    return doc;
  };

  it('reports a non-GET operation at the operationId', async () => {
    const doc = withTest({ operationId: 'CreateTask' });
    const [finding, body, ...rest] = await lintRule('ppc-test-connection-operation', doc);
    expect(rest).toHaveLength(0);
    expect(body.message).toContain('needs the required body parameter "body"');
    expect(finding).toMatchObject({
      severity: SEVERITY.error,
      path: ['x-ms-capabilities', 'testConnection', 'operationId'],
    });
    expect(finding.message).toBe(
      'testConnection operation "CreateTask" is a POST, not a GET; point it at a GET operation that needs no parameters, or supply them as literal values (the platform calls it with no user input).',
    );
    expect(lineOf(finding)).toBe(
      lineContaining(text(doc), '"operationId": "CreateTask"', lineContaining(text(doc), '"x-ms-capabilities"')),
    );
  });

  it('reports required parameters that are not supplied (through $ref), and parameter references', async () => {
    const missing = await lintRule('ppc-test-connection-operation', withTest({ operationId: 'GetTask' }));
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain(
      'operation "GetTask" needs the required path parameter "taskId", which testConnection does not supply',
    );

    const reference = await lintRule(
      'ppc-test-connection-operation',
      withTest({ operationId: 'GetTask', parameters: { taskId: { parameter: 'id' } } }),
    );
    expect(reference).toHaveLength(1);
    expect(reference[0].path).toEqual(['x-ms-capabilities', 'testConnection', 'parameters', 'taskId']);
    expect(reference[0].message).toContain('passes "taskId" as a reference to another parameter, not a literal value');
  });

  it('accepts literals, defaults and operations without required parameters', async () => {
    expect(await lintRule('ppc-test-connection-operation', withTest({ operationId: 'ListTasks' }))).toEqual([]);
    expect(
      await lintRule(
        'ppc-test-connection-operation',
        withTest({ operationId: 'GetTask', parameters: { taskId: 'me' } }),
      ),
    ).toEqual([]);
    const withDefault = withTest({ operationId: 'GetTask' });
    withDefault.parameters.TaskId.default = 'me';
    expect(await lintRule('ppc-test-connection-operation', withDefault)).toEqual([]);
  });

  it('leaves a missing operation and odd shapes to other rules without crashing', async () => {
    for (const odd of [
      { operationId: 'Nope' },
      null,
      'GetTask',
      [],
      { operationId: 42 },
      { operationId: 'GetTask', parameters: 'x' },
    ]) {
      const results = await lintRule('ppc-test-connection-operation', withTest(odd));
      expect(results.every((r) => r.message.includes('taskId'))).toBe(true);
    }
    const doc = validSwagger();
    doc['x-ms-capabilities'] = 'testConnection';
    expect(await lintRule('ppc-test-connection-operation', doc)).toEqual([]);
  });
});

describe('ppc-test-connection-operation scenarios', () => {
  ruleScenarios('ppc-test-connection-operation', [
    {
      name: 'The test operation is a POST.',
      edit: documentedEdit('ppc-test-connection-operation', 'invalid'),
      expect: [
        {
          path: ['x-ms-capabilities', 'testConnection', 'operationId'],
          line: 222,
          message: 'testConnection operation "CreateTask" is a POST, not a GET',
        },
        {
          path: ['x-ms-capabilities', 'testConnection', 'operationId'],
          line: 222,
          message:
            'testConnection operation "CreateTask" needs the required body parameter "body", which testConnection does not supply',
        },
      ],
    },
    {
      name: 'The test operation needs a task ID nobody supplies.',
      edit: documentedEdit('ppc-test-connection-operation', 'invalid', 1),
      expect: [
        {
          path: ['x-ms-capabilities', 'testConnection', 'operationId'],
          line: 222,
          message:
            'testConnection operation "GetTask" needs the required path parameter "taskId", which testConnection does not supply',
        },
      ],
    },
    {
      name: 'A GET with no required parameters.',
      edit: documentedEdit('ppc-test-connection-operation', 'valid'),
      expect: [],
    },
    {
      name: 'A GET whose required parameter is given as a literal.',
      edit: documentedEdit('ppc-test-connection-operation', 'valid', 1),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

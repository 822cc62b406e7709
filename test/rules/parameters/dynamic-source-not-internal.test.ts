import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
const QUERY = ['paths', '/tasks', 'get', 'parameters', '0'];

describe('parameter and schema value rules', () => {
  it('ppc-dynamic-source-not-internal checks parameters and body schemas of visible operations', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters.push({
      name: 'api-version',
      in: 'query',
      type: 'string',
      required: true,
      default: '1',
      'x-ms-visibility': 'internal',
    });
    doc.paths['/tasks'].get.parameters[0]['x-ms-dynamic-values'] = {
      operationId: 'ListStatuses',
      parameters: { v: { parameter: 'api-version' }, w: { value: '1' } },
    };
    doc.paths['/tasks'].post.parameters.push({
      name: 'mode',
      in: 'query',
      type: 'string',
      required: true,
      default: 'a',
      'x-ms-visibility': 'internal',
    });
    doc.definitions.NewTask.properties.title['x-ms-dynamic-list'] = {
      operationId: 'ListTitles',
      parameters: { m: { parameterReference: 'mode' } },
    };
    const results = await lintRule('ppc-dynamic-source-not-internal', doc);
    expect(results.map((r) => r.path)).toEqual([
      [...QUERY, 'x-ms-dynamic-values', 'parameters', 'v', 'parameter'],
      ['definitions', 'NewTask', 'properties', 'title', 'x-ms-dynamic-list', 'parameters', 'm', 'parameterReference'],
    ]);
    expect(results[0].message).toBe(
      'x-ms-dynamic-values passes the internal parameter "api-version" to "v"; pass the internal value as a static "value" instead (Microsoft rejects internal sources for visible dynamic inputs).',
    );
    // An internal caller may use internal sources.
    doc.paths['/tasks'].get.parameters[0]['x-ms-visibility'] = 'internal';
    doc.definitions.NewTask.properties.title['x-ms-visibility'] = 'internal';
    expect(await lintRule('ppc-dynamic-source-not-internal', doc)).toEqual([]);
  });

  it('ppc-dynamic-source-not-internal follows body/property references', async () => {
    const doc = validSwagger();
    doc.definitions.NewTask.properties.secret = { type: 'string', 'x-ms-visibility': 'internal', default: 'x' };
    doc.paths['/tasks'].post.parameters.push({
      name: 'folder',
      in: 'header',
      type: 'string',
      'x-ms-dynamic-values': {
        operationId: 'ListFolders',
        parameters: { s: { parameterReference: 'body/secret' }, t: { parameterReference: 'body/title' } },
      },
    });
    const results = await lintRule('ppc-dynamic-source-not-internal', doc);
    expect(results).toHaveLength(1);
    expect(results[0].message).toContain('passes the internal parameter "body/secret" to "s"');
  });
});

describe('ppc-dynamic-source-not-internal scenarios', () => {
  ruleScenarios('ppc-dynamic-source-not-internal', [
    {
      name: 'A visible parameter whose dropdown takes an internal parameter.',
      edit: documentedEdit('ppc-dynamic-source-not-internal', 'invalid'),
      expect: [
        {
          path: [
            'paths',
            '/tasks',
            'get',
            'parameters',
            '0',
            'x-ms-dynamic-values',
            'parameters',
            'version',
            'parameter',
          ],
          line: { containing: '"parameter": "api-version"' },
          message: 'x-ms-dynamic-values passes the internal parameter "api-version" to "version"',
        },
      ],
    },
    {
      name: 'The internal value passed as a static value.',
      edit: documentedEdit('ppc-dynamic-source-not-internal', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

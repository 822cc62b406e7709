import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('ppc-x-ms-unknown', () => {
  it('suggests the closest key for a misspelling, at the key itself', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.parameters[0]['x-ms-visibilty'] = 'advanced';
    const [finding, ...rest] = await lintRule('ppc-x-ms-unknown', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      code: 'ppc-x-ms-unknown',
      severity: SEVERITY.warn,
      path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-visibilty'],
    });
    expect(finding.message).toContain('"x-ms-visibilty" is not a known x-ms-* key; did you mean "x-ms-visibility"?');
    expect(lineOf(finding)).toBe(lineContaining(text(doc), '"x-ms-visibilty"'));
  });

  it('asks for a rename when only case, blanks or punctuation differ', async () => {
    const doc = validSwagger();
    doc.definitions.Task.properties.id['x-ms-Summary'] = 'Task ID';
    doc.definitions.Task.properties.title['x-ms-summary:'] = 'Title';
    doc.definitions.Task.properties.status['x-ms-summary title'] = 'Status';
    doc.definitions.Task.properties.dueDate['x-ms  -summary'] = 'Due';
    const results = await lintRule('ppc-x-ms-unknown', doc);
    expect(results.map((r) => r.message.split(';')[1].trim())).toEqual([
      'rename it to "x-ms-summary" (Power Platform silently ignores unknown x-ms-* keys, so the setting is lost, and Microsoft\'s schema rejects them).',
      'rename it to "x-ms-summary" (Power Platform silently ignores unknown x-ms-* keys, so the setting is lost, and Microsoft\'s schema rejects them).',
      'rename it to "x-ms-summary" (Power Platform silently ignores unknown x-ms-* keys, so the setting is lost, and Microsoft\'s schema rejects them).',
      'rename it to "x-ms-summary" (Power Platform silently ignores unknown x-ms-* keys, so the setting is lost, and Microsoft\'s schema rejects them).',
    ]);
  });

  it('names AutoRest keys and has no suggestion for far-off keys', async () => {
    const doc = validSwagger();
    doc.definitions.Task['x-ms-client-name'] = 'TaskModel';
    doc.paths['/tasks'].get['x-ms-foo-bar-baz'] = true;
    doc.paths['/tasks'].get['x-ms-sumamry'] = 'List';
    const results = await lintRule('ppc-x-ms-unknown', doc);
    const byKey = Object.fromEntries(results.map((r) => [String(r.path[r.path.length - 1]), r.message]));
    expect(byKey['x-ms-client-name']).toContain(
      'is an AutoRest (Azure SDK generator) key that Power Platform does not know; remove it',
    );
    expect(byKey['x-ms-foo-bar-baz']).toContain('remove it or use a supported extension');
    expect(byKey['x-ms-sumamry']).toContain('did you mean "x-ms-summary"?');
  });

  it('ignores other vendor extensions, property names and data, and leaves the root and contact to other rules', async () => {
    const doc = validSwagger();
    doc.definitions.Task['x-generator'] = 'x';
    doc.definitions.Task.properties['x-ms-weird-property-name'] = { type: 'string' };
    doc.definitions.Task.properties.title.example = { 'x-ms-unknown-in-data': 1 };
    doc.definitions.Task.properties.title.default = 'x';
    doc['x-ms-root-thing'] = 1;
    doc.info.contact['x-ms-team'] = 'a';
    doc.paths['/tasks'].get['x-msft-id'] = 'not an x-ms key';
    expect(await lintRule('ppc-x-ms-unknown', doc)).toEqual([]);
  });

  it('finds keys on every kind of object: info, tags, security definitions, headers, items, xml, path items, responses maps', async () => {
    const doc = validSwagger();
    doc.info['x-ms-a1'] = 1;
    doc.tags = [{ name: 't', 'x-ms-a2': 1 }];
    doc.securityDefinitions.api_key['x-ms-a3'] = 1;
    doc.paths['/tasks'].get.responses['200'].headers = {
      'X-Rate': { type: 'string', 'x-ms-a4': 1, items: { type: 'string', 'x-ms-a5': 1 } },
    };
    doc.definitions.Task.xml = { name: 'task', 'x-ms-a6': 1 };
    doc.paths['/tasks']['x-ms-a7'] = 1;
    doc.paths['/tasks'].get.responses['x-ms-a8'] = 1;
    doc.paths['x-ms-a9'] = 1;
    doc.definitions.Task.properties.id.allOf = [{ 'x-ms-b1': 1 }];
    doc.parameters.TaskId['x-ms-b2'] = 1;
    const results = await lintRule('ppc-x-ms-unknown', doc);
    expect(results.map((r) => String(r.path[r.path.length - 1])).sort()).toEqual([
      'x-ms-a1',
      'x-ms-a2',
      'x-ms-a3',
      'x-ms-a4',
      'x-ms-a5',
      'x-ms-a6',
      'x-ms-a7',
      'x-ms-a8',
      'x-ms-a9',
      'x-ms-b1',
      'x-ms-b2',
    ]);
  });
});

describe('ppc-x-ms-unknown scenarios', () => {
  ruleScenarios('ppc-x-ms-unknown', [
    {
      name: 'A misspelled `x-ms-visibility` on a parameter: the setting is silently lost.',
      edit: documentedEdit('ppc-x-ms-unknown', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-visibilty'],
          line: { containing: '"x-ms-visibilty": "advanced"' },
          message: 'Extension "x-ms-visibilty" is not a known x-ms-* key',
        },
      ],
    },
    {
      name: 'The wrong case: `x-ms-Summary` is not `x-ms-summary`.',
      edit: documentedEdit('ppc-x-ms-unknown', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'id', 'x-ms-Summary'],
          line: { containing: '"x-ms-Summary": "Task ID"' },
          message: 'Extension "x-ms-Summary" is not a known x-ms-* key',
        },
      ],
    },
    {
      name: 'An AutoRest key Power Platform does not know.',
      edit: documentedEdit('ppc-x-ms-unknown', 'invalid', 2),
      expect: [
        {
          path: ['definitions', 'Task', 'x-ms-client-name'],
          line: { containing: '"x-ms-client-name": "TaskModel"' },
          message:
            'Extension "x-ms-client-name" is an AutoRest (Azure SDK generator) key that Power Platform does not know',
        },
      ],
    },
    {
      name: 'Documented extensions, spelled exactly; other vendor extensions (`x-*`) are not checked.',
      edit: documentedEdit('ppc-x-ms-unknown', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

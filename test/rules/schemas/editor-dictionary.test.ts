import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('schema rules', () => {
  it('ppc-editor-dictionary allows only open objects', async () => {
    const doc = validSwagger();
    doc.definitions.NewTask.properties.labels = {
      type: 'object',
      additionalProperties: false,
      'x-ms-editor': 'dictionary',
    };
    doc.definitions.NewTask.properties.title['x-ms-editor'] = 'dictionary';
    const results = await lintRule('ppc-editor-dictionary', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      '`x-ms-editor: dictionary` is on a schema of type "string"',
      '`x-ms-editor: dictionary` is on an object with `additionalProperties: false`',
    ]);
    expect(results[0]).toMatchObject({
      severity: SEVERITY.error,
      path: ['definitions', 'NewTask', 'properties', 'title', 'x-ms-editor'],
    });
  });
});

describe('ppc-editor-dictionary scenarios', () => {
  ruleScenarios('ppc-editor-dictionary', [
    {
      name: 'The dictionary editor on a string.',
      edit: documentedEdit('ppc-editor-dictionary', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'title', 'x-ms-editor'],
          line: { containing: '"x-ms-editor": "dictionary"' },
          message: '`x-ms-editor: dictionary` is on a schema of type "string"',
        },
      ],
    },
    {
      name: 'The dictionary editor on a free-form object.',
      edit: documentedEdit('ppc-editor-dictionary', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

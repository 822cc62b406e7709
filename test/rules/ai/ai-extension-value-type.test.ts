import { lintRule, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('AI rules', () => {
  it('ppc-ai-extension-value-type reports non-string model hints and non-list keywords', async () => {
    const doc = validSwagger();
    doc.info['x-ms-keywords'] = ['tasks', 3];
    doc.paths['/tasks'].get['x-ms-name-for-model'] = null;
    doc.paths['/tasks'].get['x-ms-description-for-model'] = ['Lists tasks.'];
    const results = await lintRule('ppc-ai-extension-value-type', doc);
    expect(results.map((r) => r.message.split(';')[0])).toEqual([
      'x-ms-keywords has "1" as an integer (3), not a string',
      'x-ms-name-for-model is null, not a string',
      'x-ms-description-for-model is an array, not a string',
    ]);
    expect(results[0].path).toEqual(['info', 'x-ms-keywords', '1']);
  });
});

describe('ppc-ai-extension-value-type scenarios', () => {
  ruleScenarios('ppc-ai-extension-value-type', [
    {
      name: 'Keywords as one comma-separated string.',
      edit: documentedEdit('ppc-ai-extension-value-type', 'invalid'),
      expect: [
        {
          path: ['info', 'x-ms-keywords'],
          line: { containing: '"x-ms-keywords": "tasks, todo"' },
          message: 'x-ms-keywords is a string (tasks, todo), not an array',
        },
      ],
    },
    {
      name: 'A model description that is an object.',
      edit: documentedEdit('ppc-ai-extension-value-type', 'invalid', 1),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-description-for-model'],
          line: { containing: '"x-ms-description-for-model": {' },
          message: 'x-ms-description-for-model is an object, not a string',
        },
      ],
    },
    {
      name: 'String hints and a keyword list.',
      edit: documentedEdit('ppc-ai-extension-value-type', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

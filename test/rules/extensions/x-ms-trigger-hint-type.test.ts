import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('ppc-x-ms-trigger-hint-type', () => {
  ruleScenarios('ppc-x-ms-trigger-hint-type', [
    {
      name: 'A list of strings.',
      edit: documentedEdit('ppc-x-ms-trigger-hint-type', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'x-ms-trigger-hint'],
          line: { containing: '"x-ms-trigger-hint": [' },
          message: 'x-ms-trigger-hint is an array, not a string',
        },
      ],
    },
    {
      name: 'A one-sentence hint.',
      edit: documentedEdit('ppc-x-ms-trigger-hint-type', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-x-ms-trigger-hint-type, further cases', () => {
  it('ppc-x-ms-trigger-hint-type, ppc-x-ms-localize-default-value-type and ppc-x-ms-media-kind-value', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-trigger-hint'] = null;
    doc.paths['/tasks'].get.parameters[0]['x-ms-localizeDefaultValue'] = 'true';
    doc.definitions.Task.properties.id['x-ms-media-kind'] = 'Image';
    const [hint] = await lintRule('ppc-x-ms-trigger-hint-type', doc);
    expect(hint).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'x-ms-trigger-hint'] });
    expect(hint.message).toContain('x-ms-trigger-hint is null, not a string');
  });
});

import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, validSwagger } from '../../helpers/lint';

describe('ppc-x-ms-localize-default-value-type', () => {
  ruleScenarios('ppc-x-ms-localize-default-value-type', [
    {
      name: 'A quoted boolean.',
      edit: documentedEdit('ppc-x-ms-localize-default-value-type', 'invalid'),
      expect: [
        {
          path: ['paths', '/tasks', 'get', 'parameters', '0', 'x-ms-localizeDefaultValue'],
          line: { containing: '"x-ms-localizeDefaultValue": "true"' },
          message: 'x-ms-localizeDefaultValue is a string (true), not a boolean (true or false)',
        },
      ],
    },
    {
      name: 'A boolean.',
      edit: documentedEdit('ppc-x-ms-localize-default-value-type', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-x-ms-localize-default-value-type, further cases', () => {
  it('ppc-x-ms-trigger-hint-type, ppc-x-ms-localize-default-value-type and ppc-x-ms-media-kind-value', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-trigger-hint'] = null;
    doc.paths['/tasks'].get.parameters[0]['x-ms-localizeDefaultValue'] = 'true';
    doc.definitions.Task.properties.id['x-ms-media-kind'] = 'Image';
    const [localize] = await lintRule('ppc-x-ms-localize-default-value-type', doc);
    expect(localize.message).toContain(
      'x-ms-localizeDefaultValue is a string (true), not a boolean (true or false); write true or false without quotes',
    );
  });
});

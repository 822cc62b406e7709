import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-conn-uidefinition', () => {
  propertiesScenarios('ppc-conn-uidefinition', [
    {
      name: 'required as a word.',
      edit: (doc) => {
        doc.properties.connectionParameters.api_key.uiDefinition.constraints.required = 'yes';
      },
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'constraints', 'required'],
          line: { containing: '"required": "yes"' },
          message: 'Connection parameter "api_key" has constraints.required "yes"',
        },
      ],
    },
    {
      name: 'An unknown constraint.',
      edit: (doc) => {
        doc.properties.connectionParameters.api_key.uiDefinition.constraints.maxLength = 40;
      },
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'constraints', 'maxLength'],
          line: { containing: '"maxLength": 40' },
          message: 'Connection parameter "api_key" has the unknown constraint "maxLength"',
        },
      ],
    },
    {
      name: 'An optional, hidden parameter.',
      edit: (doc) => {
        doc.properties.connectionParameters.api_key.uiDefinition.constraints.required = 'false';
        doc.properties.connectionParameters.api_key.uiDefinition.constraints.hidden = 'true';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-conn-uidefinition, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
  it('ppc-conn-param-name, ppc-conn-uidefinition and ppc-conn-secret-securestring', async () => {
    const [ui] = await lintPropertiesRule(
      'ppc-conn-uidefinition',
      withProps((p) => (p.connectionParameters.api_key.uiDefinition.constraints.required = 'required')),
    );
    expect(ui.message).toContain('write the string "true" or "false"');
    {
      const id = 'ppc-conn-uidefinition';
      expect(await lintPropertiesRule(id, validProps())).toEqual([]);
    }
  });
});

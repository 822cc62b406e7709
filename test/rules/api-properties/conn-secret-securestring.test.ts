import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-conn-secret-securestring', () => {
  propertiesScenarios('ppc-conn-secret-securestring', [
    {
      name: 'An API key as a plain string.',
      edit: (doc) => {
        doc.properties.connectionParameters.api_key.type = 'string';
      },
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'type'],
          line: { containing: '"type": "string",' },
          message: 'Connection parameter "api_key" holds a credential but has the type "string"',
        },
      ],
    },
    {
      name: 'An API key shown in clear text.',
      edit: (doc) => {
        doc.properties.connectionParameters.api_key.uiDefinition.constraints.clearText = true;
      },
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'constraints', 'clearText'],
          line: { containing: '"clearText": true,' },
          message: 'Connection parameter "api_key" shows its secret in clear text',
        },
      ],
    },
    {
      name: 'A region as a plain string.',
      edit: (doc) => {
        doc.properties.connectionParameters.region = { type: 'string' };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-conn-secret-securestring, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
  it('ppc-conn-param-name, ppc-conn-uidefinition and ppc-conn-secret-securestring', async () => {
    const [secret] = await lintPropertiesRule(
      'ppc-conn-secret-securestring',
      withProps((p) => (p.connectionParameters.password = { type: 'string' })),
    );
    expect(secret.message).toContain('"password"');
    {
      const id = 'ppc-conn-secret-securestring';
      expect(await lintPropertiesRule(id, validProps())).toEqual([]);
    }
  });
});

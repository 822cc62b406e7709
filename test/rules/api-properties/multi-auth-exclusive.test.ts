import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-multi-auth-exclusive', () => {
  propertiesScenarios('ppc-multi-auth-exclusive', [
    {
      name: 'Both.',
      edit: (doc) => {
        doc.properties.connectionParameterSets = {
          uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' },
          values: [],
        };
      },
      expect: [
        {
          path: ['properties', 'connectionParameters'],
          line: { containing: '"connectionParameters": {' },
          message: 'apiProperties.json has both connectionParameters and connectionParameterSets',
        },
      ],
    },
    {
      name: 'Sets only, with an empty connectionParameters.',
      edit: (doc) => {
        delete doc.properties.connectionParameters.api_key;
        doc.properties.connectionParameterSets = {
          uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' },
          values: [],
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-multi-auth-exclusive, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
  it('ppc-auth-no-empty-connection and the multi-auth rules', async () => {
    const sets = {
      uiDefinition: { displayName: 'Auth', description: 'Pick' },
      values: [
        {
          name: 'k',
          uiDefinition: { displayName: 'Key', description: 'Key' },
          parameters: { api_key: { type: 'securestring' } },
        },
      ],
    };
    expect(
      await lintPropertiesRule(
        'ppc-multi-auth-exclusive',
        withProps((p) => (p.connectionParameterSets = sets)),
      ),
    ).toHaveLength(1);
  });
});

import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-multi-auth-shape', () => {
  propertiesScenarios('ppc-multi-auth-shape', [
    {
      name: 'A set without parameters.',
      edit: (doc) => {
        delete doc.properties.connectionParameters;
        doc.properties.connectionParameterSets = {
          uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' },
          values: [{ name: 'key', uiDefinition: { displayName: 'API key', description: 'Use an API key' } }],
        };
      },
      expect: [
        {
          path: ['properties', 'connectionParameterSets', 'values', '0'],
          line: 13,
          message: 'connectionParameterSets.values[0] has no "parameters" object',
        },
      ],
    },
    {
      name: 'Two sets.',
      edit: (doc) => {
        delete doc.properties.connectionParameters;
        doc.properties.connectionParameterSets = {
          uiDefinition: { displayName: 'Authentication type', description: 'How to sign in' },
          values: [
            {
              name: 'key',
              uiDefinition: { displayName: 'API key', description: 'Use an API key' },
              parameters: { api_key: { type: 'securestring' } },
            },
            {
              name: 'basic',
              uiDefinition: { displayName: 'User name and password', description: 'Use your account' },
              parameters: { username: { type: 'string' }, password: { type: 'securestring' } },
            },
          ],
        };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-multi-auth-shape, further cases', () => {
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
        'ppc-multi-auth-shape',
        withProps((p) => (p.connectionParameterSets = sets)),
      ),
    ).toEqual([]);
    expect(
      await lintPropertiesRule(
        'ppc-multi-auth-shape',
        withProps((p) => (p.connectionParameterSets = { values: [sets.values[0], sets.values[0]] })),
      ),
    ).toHaveLength(2);
  });
});

import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-props-allowed-keys', () => {
  propertiesScenarios('ppc-props-allowed-keys', [
    {
      name: 'stackOwner spelt in lower case.',
      edit: (doc) => {
        delete doc.properties.stackOwner;
        doc.properties.stackowner = 'Contoso Ltd';
      },
      expect: [
        {
          path: ['properties', 'stackowner'],
          line: { containing: '"stackowner": "Contoso Ltd"' },
          message: 'apiProperties.json properties has the unknown key "stackowner"',
        },
      ],
    },
    {
      name: 'A website key.',
      edit: (doc) => {
        doc.properties.website = 'https://contoso.com';
      },
      expect: [
        {
          path: ['properties', 'website'],
          line: { containing: '"website": "https://contoso.com"' },
          message: 'apiProperties.json properties has the unknown key "website"',
        },
      ],
    },
    {
      name: 'Script operations and policies.',
      edit: (doc) => {
        doc.properties.scriptOperations = [];
        doc.properties.policyTemplateInstances = [];
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-props-allowed-keys, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
  it('report unknown keys with a rename hint', async () => {
    const [r] = await lintPropertiesRule(
      'ppc-props-allowed-keys',
      withProps((p) => (p.StackOwner = 'x')),
    );
    expect(r.message).toContain('rename it to "stackOwner"');
    expect(await lintPropertiesRule('ppc-props-allowed-keys', validProps())).toEqual([]);
  });
});

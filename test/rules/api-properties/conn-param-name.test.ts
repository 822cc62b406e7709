import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-conn-param-name', () => {
  propertiesScenarios('ppc-conn-param-name', [
    {
      name: 'A hyphen in the name.',
      edit: (doc) => {
        doc.properties.connectionParameters['api-key'] = { type: 'securestring' };
      },
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api-key'],
          line: { containing: '"api-key": {' },
          message: 'Connection parameter name "api-key" has characters other than letters, digits and "_"',
        },
      ],
    },
    {
      name: 'The tenant claim parameter.',
      edit: (doc) => {
        doc.properties.connectionParameters['token:TenantId'] = { type: 'string' };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-conn-param-name, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
  it('ppc-conn-param-name, ppc-conn-uidefinition and ppc-conn-secret-securestring', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-conn-param-name',
        withProps((p) => (p.connectionParameters['api key'] = { type: 'string' })),
      ),
    ).toHaveLength(1);
    {
      const id = 'ppc-conn-param-name';
      expect(await lintPropertiesRule(id, validProps())).toEqual([]);
    }
  });
});

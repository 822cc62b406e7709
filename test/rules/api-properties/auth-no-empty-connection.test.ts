import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-auth-no-empty-connection', () => {
  propertiesScenarios('ppc-auth-no-empty-connection', [
    {
      name: 'No connection parameters.',
      edit: (doc) => {
        delete doc.properties.connectionParameters.api_key;
      },
      expect: [
        {
          path: ['properties', 'connectionParameters'],
          line: { containing: '"connectionParameters": {},' },
          message: 'apiProperties.json has no connection parameters (no authentication)',
        },
      ],
    },
    { name: 'An API key parameter.', edit: () => {}, expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-auth-no-empty-connection, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
  it('ppc-auth-no-empty-connection and the multi-auth rules', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-auth-no-empty-connection',
        withProps((p) => (p.connectionParameters = {})),
      ),
    ).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-auth-no-empty-connection', validProps())).toEqual([]);
  });
});

import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-stack-owner-required', () => {
  propertiesScenarios('ppc-stack-owner-required', [
    {
      name: 'No stackOwner.',
      edit: (doc) => {
        delete doc.properties.stackOwner;
      },
      expect: [
        {
          path: ['properties'],
          line: { containing: '"properties": {' },
          message: 'apiProperties.json has no stackOwner',
        },
      ],
    },
    {
      name: 'The service owner.',
      edit: (doc) => {
        doc.properties.stackOwner = 'Contoso Corporation';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-stack-owner-required, further cases', () => {
  function validProps(): Record<string, any> {
    return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
  }
  function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
    const doc = validProps();
    change(doc.properties as Record<string, any>);
    return doc;
  }
  it('fire when missing or blank and pass names', async () => {
    expect(
      await lintPropertiesRule(
        'ppc-stack-owner-required',
        withProps((p) => (p.stackOwner = '')),
      ),
    ).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-stack-owner-required', validProps())).toEqual([]);
  });
});

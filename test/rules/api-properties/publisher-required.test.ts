import { propertiesScenarios } from '../../helpers/scenarios';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

describe('ppc-publisher-required', () => {
  propertiesScenarios('ppc-publisher-required', [
    {
      name: 'No publisher.',
      edit: (doc) => {
        delete doc.properties.publisher;
      },
      expect: [
        {
          path: ['properties'],
          line: { containing: '"properties": {' },
          message: 'apiProperties.json has no publisher',
        },
      ],
    },
    {
      name: 'An empty publisher.',
      edit: (doc) => {
        doc.properties.publisher = ' ';
      },
      expect: [
        { path: ['properties', 'publisher'], line: { containing: '"publisher": " ",' }, message: 'publisher is " "' },
      ],
    },
    {
      name: 'Two people.',
      edit: (doc) => {
        doc.properties.publisher = 'Jane Doe, Ravi Patel';
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-publisher-required, further cases', () => {
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
        'ppc-publisher-required',
        withProps((p) => delete p.publisher),
      ),
    ).toHaveLength(1);
    expect(
      await lintPropertiesRule(
        'ppc-publisher-required',
        withProps((p) => (p.publisher = 42)),
      ),
    ).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-publisher-required', validProps())).toEqual([]);
  });
});

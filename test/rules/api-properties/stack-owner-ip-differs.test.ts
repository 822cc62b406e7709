import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, SEVERITY, VALID_DIR } from '../../helpers/lint';
import { propertiesScenarios } from '../../helpers/scenarios';

function validProps(): Record<string, any> {
  return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
}

function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
  const doc = validProps();
  change(doc.properties as Record<string, any>);
  return doc;
}

describe('ppc-publisher-required and ppc-stack-owner-required', () => {
  it('ppc-stack-owner-ip-differs: an independent publisher is not the stack owner', async () => {
    const [r] = await lintPropertiesRule('ppc-stack-owner-ip-differs', validProps(), 'independent-publisher');
    expect(r.severity).toBe(SEVERITY.warn);
    expect(r.message).toContain('"Contoso Ltd"');
    expect(
      await lintPropertiesRule(
        'ppc-stack-owner-ip-differs',
        withProps((p) => (p.publisher = 'Jane Doe')),
        'independent-publisher',
      ),
    ).toEqual([]);
  });
});

describe('ppc-stack-owner-ip-differs scenarios', () => {
  propertiesScenarios('ppc-stack-owner-ip-differs', [
    {
      name: 'The publisher as stack owner.',
      edit: () => {},
      expect: [
        {
          path: ['properties', 'stackOwner'],
          line: { containing: '"stackOwner": "Contoso Ltd"' },
          message: 'stackOwner is the publisher ("Contoso Ltd")',
        },
      ],
      profile: 'independent-publisher',
    },
    {
      name: "A person publishing for a company's service.",
      edit: (doc) => {
        doc.properties.publisher = 'Jane Doe';
      },
      expect: [],
      profile: 'independent-publisher',
    },
  ]);
});

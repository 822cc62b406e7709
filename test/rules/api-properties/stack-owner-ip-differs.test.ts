import { lintPropertiesRule, SEVERITY } from '../../helpers/lint';
import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { validProps, withProps } from '../../helpers/properties';

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
      edit: documentedEdit('ppc-stack-owner-ip-differs', 'invalid'),
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
      edit: documentedEdit('ppc-stack-owner-ip-differs', 'valid'),
      expect: [],
      profile: 'independent-publisher',
    },
  ]);
});

import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

describe('ppc-contact-required', () => {
  ruleScenarios('ppc-contact-required', [
    {
      name: 'No contact.',
      edit: documentedEdit('ppc-contact-required', 'invalid'),
      expect: [{ path: ['info'], line: { containing: '"info": {' }, message: 'info.contact is missing' }],
    },
    { name: 'Support name, website and e-mail.', edit: documentedEdit('ppc-contact-required', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

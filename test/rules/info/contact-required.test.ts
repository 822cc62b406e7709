import { ruleScenarios } from '../../helpers/scenarios';

describe('ppc-contact-required', () => {
  ruleScenarios('ppc-contact-required', [
    {
      name: 'No contact.',
      edit: (doc) => {
        delete doc.info.contact;
      },
      expect: [{ path: ['info'], line: { containing: '"info": {' }, message: 'info.contact is missing' }],
    },
    { name: 'Support name, website and e-mail.', edit: () => {}, expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

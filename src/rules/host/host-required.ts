import { oas2 } from '@stoplight/spectral-formats';
import { visibleRequired } from '../../functions/visible-required';
import { defineRule } from '../../types';

export default defineRule('ppc-host-required', {
  description: 'The definition names the production host of the service in `host`.',
  message:
    'host {{error}}; set it to the service\'s host name, e.g. "api.contoso.com" (paconn builds the backend URL from schemes[0]://host+basePath).',
  severity: 'error',
  formats: [oas2],
  // Whole document: a missing `host` is the finding, so the rule looks at the root.
  given: '$',
  then: { field: 'host', function: visibleRequired },
  'x-ppc': {
    requirements: ['host-required'],
    section: '2.5',
    sources: ['R-TPL-C', 'R-TPL-IP', 'R-PACONN upsert.py'],
    validatorMessage: "The 'host' property is required.",
    specLevel: 'E',
    examples: {
      invalid: [{ description: 'No host.', edits: [{ op: 'remove', path: '/host' }] }],
      valid: [{ description: 'A bare host name.', edits: [{ op: 'set', path: '/host', value: 'api.contoso.com' }] }],
    },
  },
});

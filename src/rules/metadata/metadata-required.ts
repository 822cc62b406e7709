import { oas2 } from '@stoplight/spectral-formats';
import { visibleRequired } from '../../functions/visible-required';
import { defineRule } from '../../types';
import { exampleMetadata } from '../../utils/metadata-entries';

export default defineRule('ppc-metadata-required', {
  description:
    'The root array `x-ms-connector-metadata` is present (with the Website, Privacy policy and Categories entries).',
  message:
    'x-ms-connector-metadata {{error}}; add the root array with "Website", "Privacy policy" and "Categories" entries (Microsoft requires connector metadata for certification).',
  severity: 'error',
  formats: [oas2],
  // Whole document: a missing `x-ms-connector-metadata` is the finding, so the rule looks at the root.
  given: '$',
  then: { field: 'x-ms-connector-metadata', function: visibleRequired },
  'x-ppc': {
    requirements: ['metadata-required'],
    section: '2.6',
    sources: ['L-CS 3b', 'PR#1095', 'PR#3465'],
    validatorMessage: "The 'x-ms-connector-metadata' property is required.",
    specLevel: 'E',
    examples: {
      invalid: [{ description: 'No connector metadata.', edits: [{ op: 'remove', path: '/x-ms-connector-metadata' }] }],
      valid: [
        {
          description: 'The three required entries.',
          edits: [{ op: 'set', path: '/x-ms-connector-metadata', value: exampleMetadata() }],
        },
      ],
    },
  },
});

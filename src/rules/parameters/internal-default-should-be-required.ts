import { oas2 } from '@stoplight/spectral-formats';
import { typedNodeRule } from '../../model/rules';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { typedNodeLabel } from '../../model/typed-nodes';
import { isInternalInput } from './internal-required-default';

const internalDefaultShouldBeRequired = typedNodeRule('internalDefaultShouldBeRequired', (n, { document: doc }) => {
  if (!isInternalInput(n) || n.required || !('default' in n.node)) return undefined;
  return { message: `${typedNodeLabel(n, doc)} is internal with a "default" but not required` };
});

export default defineRule('ppc-internal-default-should-be-required', {
  description:
    'An internal parameter or request property with a `default` is required, so the default is actually sent.',
  message: '{{error}}; make it required (optional internal fields are not sent, so the default is ignored).',
  severity: 'warn',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: internalDefaultShouldBeRequired },
  'x-ppc': {
    requirements: ['internal-default-should-be-required'],
    section: '6',
    sources: ['L-SVR InternalPropertyWithDefaultOptional', 'L-SVR PropertyMustBeRequired'],
    validatorMessage:
      'The property is internal and has a default value, it must be required. Optional internal fields are ignored.',
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'An optional internal parameter with a default.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-visibility', value: 'internal' },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/default', value: 'open' },
          ],
        },
      ],
      valid: [
        {
          description: 'A required internal parameter with a default.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-visibility', value: 'internal' },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/default', value: 'open' },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/required', value: true },
          ],
        },
      ],
    },
  },
});

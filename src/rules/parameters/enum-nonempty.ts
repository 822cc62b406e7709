import { oas2 } from '@stoplight/spectral-formats';
import { typedNodeRule } from '../../model/rules';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { show } from '../../utils/guards';
import { typedNodeLabel } from '../../model/typed-nodes';

// Value types and duplicates are left to spectral:oas `typed-enum` and `duplicated-entry-in-enum`, which stay on.
const enumNonEmpty = typedNodeRule('enumNonEmpty', (n, { document: doc }) => {
  if (!('enum' in n.node)) return undefined;
  const values = n.node.enum;
  if (!Array.isArray(values))
    return {
      message: `${typedNodeLabel(n, doc)} has an "enum" that is not a list (${show(values, 30)})`,
      path: ['enum'],
    };
  if (values.length === 0) return { message: `${typedNodeLabel(n, doc)} has an empty "enum"`, path: ['enum'] };
  return undefined;
});

export default defineRule('ppc-enum-nonempty', {
  description: 'An `enum` is a list with at least one value.',
  message: '{{error}}; list the allowed values or remove "enum" (Microsoft rejects empty enums).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: enumNonEmpty },
  'x-ppc': {
    requirements: ['enum-nonempty'],
    section: '6',
    sources: ['L-SVR EnumMustContainAtLeastOneElement', 'L-SVR InvalidEnumValue', 'L-SVR ArrayDuplicateValue'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'An empty enum.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/enum', value: [] }],
        },
      ],
      valid: [
        {
          description: 'Two values.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/enum', value: ['open', 'done'] }],
        },
      ],
    },
  },
});

import { oas2 } from '@stoplight/spectral-formats';
import { typedNodeRule } from '../../model/rules';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { typedNodeLabel } from '../../model/typed-nodes';

const arrayItems = typedNodeRule('arrayItems', (n, { document: doc }) => {
  if (n.node.type !== 'array') return undefined;
  const items = n.node.items;
  if (isObject(items) || (n.kind === 'schema' && Array.isArray(items))) return undefined;
  if (items === undefined) return { message: `${typedNodeLabel(n, doc)} has type "array" but no "items"` };
  return { message: `${typedNodeLabel(n, doc)} has type "array" but its "items" is not an object`, path: ['items'] };
});

export default defineRule('ppc-array-items', {
  description:
    'Every parameter, `items` object and schema with `type: array` has an `items` object describing the elements.',
  message: '{{error}}; add "items" with the element type (Microsoft rejects arrays without items).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: arrayItems },
  'x-ppc': {
    requirements: ['array-items'],
    section: '6',
    sources: ['L-SVR ArrayHasNoItems'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'An array query parameter without items.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/type', value: 'array' },
            { op: 'remove', path: '/paths/~1tasks/get/parameters/0/enum' },
          ],
        },
        {
          description: 'An array property without items.',
          edits: [
            {
              op: 'set',
              path: '/definitions/Task/properties/tags',
              value: { type: 'array', description: 'The tags.' },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'An array property with items.',
          edits: [
            {
              op: 'set',
              path: '/definitions/Task/properties/tags',
              value: { type: 'array', items: { type: 'string' }, description: 'The tags.' },
            },
          ],
        },
      ],
    },
  },
});

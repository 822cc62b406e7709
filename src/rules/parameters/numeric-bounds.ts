import { oas2 } from '@stoplight/spectral-formats';
import { typedNodeRule, type NodeFinding } from '../../model/rules';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { typedNodeLabel } from '../../model/typed-nodes';

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const COUNTS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const;
const PAIRS = [
  ['minimum', 'maximum'],
  ['minLength', 'maxLength'],
  ['minItems', 'maxItems'],
  ['minProperties', 'maxProperties'],
] as const;

const numericBounds = typedNodeRule('numericBounds', (n, { document: doc }) => {
  const node = n.node;
  const label = typedNodeLabel(n, doc);
  const found: NodeFinding[] = [];
  for (const [min, max] of PAIRS) {
    const lo = node[min];
    const hi = node[max];
    if (num(lo) && num(hi) && lo > hi)
      found.push({ message: `${label} has ${min} ${lo} above ${max} ${hi}`, path: [min] });
  }
  if ('exclusiveMaximum' in node && !('maximum' in node))
    found.push({ message: `${label} has "exclusiveMaximum" without "maximum"`, path: ['exclusiveMaximum'] });
  if ('exclusiveMinimum' in node && !('minimum' in node))
    found.push({ message: `${label} has "exclusiveMinimum" without "minimum"`, path: ['exclusiveMinimum'] });
  for (const key of COUNTS) {
    const v = node[key];
    if (num(v) && v < 0) found.push({ message: `${label} has a negative ${key} (${v})`, path: [key] });
  }
  if (num(node.multipleOf) && node.multipleOf <= 0)
    found.push({ message: `${label} has multipleOf ${node.multipleOf}, which is not above 0`, path: ['multipleOf'] });
  return found;
});

export default defineRule('ppc-numeric-bounds', {
  description:
    'Bounds are consistent: `minimum ≤ maximum`, `minLength ≤ maxLength`, `minItems ≤ maxItems`; exclusive bounds come with the bound; counts are not negative; `multipleOf` is above 0.',
  message: '{{error}}; fix the bounds (Microsoft rejects inconsistent bounds).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: numericBounds },
  'x-ppc': {
    requirements: ['numeric-bounds'],
    section: '6',
    sources: [
      'L-SVR MinimumShouldBeLessThanOrEqualToMaximum',
      'L-SVR ExclusiveMaximumRequiresMaximum',
      'L-SVR ExclusiveMinimumRequiresMinimum',
      'L-SVR MinLengthShouldBeLessThanOrEqualToMaxLength',
      'L-SVR MinItemsShouldBeLessThanOrEqualToMaxItems',
      'L-SVR MultipleOfMustBeGreaterThanZero',
    ],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'minLength above maxLength.',
          edits: [
            { op: 'set', path: '/definitions/NewTask/properties/title/minLength', value: 10 },
            { op: 'set', path: '/definitions/NewTask/properties/title/maxLength', value: 5 },
          ],
        },
      ],
      valid: [
        {
          description: 'minLength below maxLength.',
          edits: [
            { op: 'set', path: '/definitions/NewTask/properties/title/minLength', value: 1 },
            { op: 'set', path: '/definitions/NewTask/properties/title/maxLength', value: 200 },
          ],
        },
      ],
    },
  },
});

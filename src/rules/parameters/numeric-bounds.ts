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
  // Each problem as "has …": the node's label (which quotes its name) is added only when there is one.
  const problems: NodeFinding[] = [];
  for (const [min, max] of PAIRS) {
    const lo = node[min];
    const hi = node[max];
    if (num(lo) && num(hi) && lo > hi) problems.push({ message: `has ${min} ${lo} above ${max} ${hi}`, path: [min] });
  }
  if ('exclusiveMaximum' in node && !('maximum' in node))
    problems.push({ message: 'has "exclusiveMaximum" without "maximum"', path: ['exclusiveMaximum'] });
  if ('exclusiveMinimum' in node && !('minimum' in node))
    problems.push({ message: 'has "exclusiveMinimum" without "minimum"', path: ['exclusiveMinimum'] });
  for (const key of COUNTS) {
    const v = node[key];
    if (num(v) && v < 0) problems.push({ message: `has a negative ${key} (${v})`, path: [key] });
  }
  if (num(node.multipleOf) && node.multipleOf <= 0)
    problems.push({ message: `has multipleOf ${node.multipleOf}, which is not above 0`, path: ['multipleOf'] });
  if (problems.length === 0) return problems;
  const label = typedNodeLabel(n, doc);
  return problems.map((p) => ({ message: `${label} ${p.message}`, path: p.path }));
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

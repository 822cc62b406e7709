import { oas2 } from '@stoplight/spectral-formats';
import { typedNodeRule } from '../../model/rules';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { typedNodeLabel, type TypedNode } from '../../model/typed-nodes';
import { isInternal } from '../../model/visibility';

/** Values the platform fills in itself, so no default is needed. */
function filledByPlatform(node: Record<string, unknown>): boolean {
  return node['x-ms-notification-url'] === true;
}

/** An object, array or `$ref` property: its value is built from its children, so a missing default proves nothing. */
function isComposite(node: Record<string, unknown>): boolean {
  return (
    node.type === 'object' ||
    node.type === 'array' ||
    '$ref' in node ||
    'properties' in node ||
    'items' in node ||
    'allOf' in node
  );
}

/**
 * An internal input the user can't set, that must be sent, with nothing to send. Shared with
 * ppc-internal-default-should-be-required.
 */
export function isInternalInput(n: TypedNode): boolean {
  if (!isInternal(n.node)) return false;
  if (n.kind === 'parameter') return true;
  return n.kind === 'schema' && n.propertyName !== undefined && n.input;
}

const internalRequiredDefault = typedNodeRule('internalRequiredDefault', (n, { document: doc }) => {
  if (
    !isInternalInput(n) ||
    !n.required ||
    'default' in n.node ||
    filledByPlatform(n.node) ||
    (n.kind === 'schema' && isComposite(n.node))
  )
    return undefined;
  return { message: `${typedNodeLabel(n, doc)} is internal and required but has no "default"` };
});

export default defineRule('ppc-internal-required-default', {
  description:
    "A required parameter or request property with `x-ms-visibility: internal` has a `default`: users can't enter it, so the default is what is sent.",
  message:
    '{{error}}; add the value to send as "default", or make it visible (Microsoft rejects internal required inputs without a default).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: internalRequiredDefault },
  'x-ppc': {
    requirements: ['internal-required-default'],
    section: '6',
    sources: ['L-EXT', 'L-SVR PropertyMustBeRequired'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An internal required query parameter without default.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-visibility', value: 'internal' },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/required', value: true },
          ],
        },
      ],
      valid: [
        {
          description: 'An internal required query parameter with a default.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-visibility', value: 'internal' },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/required', value: true },
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/default', value: 'open' },
          ],
        },
      ],
    },
  },
});

import { oas2 } from '@stoplight/spectral-formats';
import { typedNodeRule } from '../../model/rules';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { literal } from '../../utils/params-text';
import { typedNodeLabel } from '../../model/typed-nodes';

/** The JSON type of a value, in the words of the declared `type`. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Whether a default value can stand for the declared Swagger type; undefined when the type is not one we check.
 * Text that reads as the declared scalar ("1" for an integer, "true" for a boolean) passes: merged connectors use it
 * widely and the platform imports it (spectral:oas `oas2-valid-schema-example` still warns about it). A non-text
 * value for a string, or a value of another kind altogether, does not (the platform's import error).
 */
export function fitsType(value: unknown, type: unknown): boolean | undefined {
  if (value === null) return undefined; // "no default"; left to oas2-valid-schema-example
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number'
        ? Number.isInteger(value)
        : typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value);
    case 'number':
      return (
        typeof value === 'number' ||
        (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      );
    case 'boolean':
      return typeof value === 'boolean' || (typeof value === 'string' && /^\s*(true|false)\s*$/i.test(value));
    case 'array':
      return Array.isArray(value) || typeof value === 'string';
    case 'object':
      return isObject(value);
    default:
      return undefined;
  }
}

const defaultType = typedNodeRule('defaultType', (n, { document: doc }) => {
  if (!('default' in n.node) || fitsType(n.node.default, n.node.type) !== false) return undefined;
  const value = n.node.default;
  return {
    message: `${typedNodeLabel(n, doc)} has type "${String(n.node.type)}" but its default ${literal(value)} is ${jsonTypeOf(value) === 'integer' ? 'a number' : `of type ${jsonTypeOf(value)}`}`,
    path: ['default'],
  };
});

export default defineRule('ppc-default-type', {
  description:
    'A `default` value fits the declared `type`: text for a string; for a number, integer or boolean a JSON value of that type or text that reads as one; a list for an array; an object for an object.',
  message:
    '{{error}}; write the default as a JSON value of the declared type (the platform refuses to import a mismatch).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: defaultType },
  'x-ppc': {
    requirements: ['default-type'],
    section: '6',
    sources: ['L-SVR DefaultValueMustMatchType', 'DOCIS#480'],
    validatorMessage: "The 'default' value is of type '{0}', but should match the given type '{1}'.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A number default on a string parameter.',
          edits: [{ op: 'set', path: '/parameters/TaskId/default', value: 42 }],
        },
        {
          description: 'A word default on an integer property.',
          edits: [
            {
              op: 'set',
              path: '/definitions/NewTask/properties/priority',
              value: { type: 'integer', default: 'high' },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'An integer default on an integer property.',
          edits: [
            { op: 'set', path: '/definitions/NewTask/properties/priority', value: { type: 'integer', default: 1 } },
          ],
        },
        {
          description: 'Text that reads as an integer (accepted by the platform).',
          edits: [
            { op: 'set', path: '/definitions/NewTask/properties/priority', value: { type: 'integer', default: '1' } },
          ],
        },
      ],
    },
  },
});

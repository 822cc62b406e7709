import { schemaRule, type Finding } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { nodeAt, refToPath } from '../../model/refs';

const PREFIX = '#/definitions/';

/** Why a schema `$ref` is not usable, or undefined when it is fine. */
export function schemaRefProblem(doc: unknown, ref: unknown): string | undefined {
  if (typeof ref !== 'string') return `is not a string (${quote(ref, 30)})`;
  if (!ref.startsWith(PREFIX)) return `${quote(ref)} does not start with "${PREFIX}"`;
  const path = refToPath(ref);
  if (!path || /~(?![01])/.test(ref) || path.some((s) => s === '')) return `${quote(ref)} is not a valid JSON pointer`;
  if (!isObject(nodeAt(doc, path))) return `${quote(ref)} does not resolve to a schema`;
  return undefined;
}

const schemaRefValid = schemaRule('schemaRefValid', 'written', (v, { document: input }) => {
  const results: Finding[] = [];
  if (v.role === 'parameter') return results; // a non-body parameter's `items` is not a Swagger schema object
  if (!('$ref' in v.schema)) return results;
  const problem = schemaRefProblem(input, v.schema.$ref);
  if (problem) results.push({ message: problem, path: [...v.path, '$ref'] });
  return results;
});

export default defineRule('ppc-schema-ref-valid', {
  description:
    'Every `$ref` in a schema is a valid JSON pointer of the form `#/definitions/<name>` that resolves to a definition.',
  message:
    'Schema $ref {{error}}; point it at an existing definition, e.g. "#/definitions/Task" (Microsoft rejects invalid and missing schema references).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: schemaRefValid },
  'x-ppc': {
    requirements: ['schema-ref-valid'],
    section: '7',
    sources: ['L-SVR SchemaReferenceNotValid', 'L-SVR SchemaReferenceNotFound', 'L-SVR JsonPointerNotValid'],
    validatorMessage:
      "SchemaReferenceNotValid (must start with '#/definitions/') / SchemaReferenceNotFound / JsonPointerNotValid",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A reference to a definition that does not exist.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/post/responses/201/schema', value: { $ref: '#/definitions/Tasks' } },
          ],
        },
        {
          description: 'A reference outside `#/definitions`.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/post/responses/201/schema', value: { $ref: '#/parameters/TaskId' } },
          ],
        },
      ],
      valid: [
        {
          description: 'A reference to an existing definition.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/post/responses/201/schema', value: { $ref: '#/definitions/Task' } },
          ],
        },
      ],
    },
  },
});

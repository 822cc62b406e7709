import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { RESPONSES } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { nodeAt, refToPath } from '../../model/refs';

const PREFIX = '#/responses/';

const responseRef = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function responseRef(input, _options, context) {
    const key = String(context.path[context.path.length - 1] ?? '');
    if (key.startsWith('x-') || !isObject(input) || !('$ref' in input)) return;
    const ref = input.$ref;
    const at = [...context.path, '$ref'];
    if (typeof ref !== 'string') return [{ message: 'is not a string', path: at }];
    const target = refToPath(ref);
    if (!ref.startsWith(PREFIX) || !target || target.length !== 2)
      return [{ message: `${quote(ref)} does not point to "#/responses/<name>"`, path: at }];
    const node = nodeAt(context.document.data, target);
    if (!isObject(node)) return [{ message: `${quote(ref)} does not resolve`, path: at }];
    if ('$ref' in node)
      return [{ message: `${quote(ref)} points to another reference (${quote(node.$ref)})`, path: at }];
    if (context.path[0] === 'responses') return [{ message: `${quote(ref)} is used inside "#/responses"`, path: at }];
    return;
  },
);

export default defineRule('ppc-response-ref-valid', {
  description:
    'A response `$ref` points to an existing `#/responses/<name>` entry that is itself a response, not another reference.',
  message:
    'Response $ref {{error}}; point it at a response defined under "#/responses" (Microsoft rejects invalid, missing and chained response references).',
  severity: 'error',
  formats: [oas2],
  given: RESPONSES,
  resolved: false,
  then: { function: responseRef },
  'x-ppc': {
    requirements: ['response-ref-valid'],
    section: '7',
    sources: ['L-SVR ResponseReferenceNotValid', 'L-SVR ResponseReferenceNotFound', 'L-SVR ResponseRefLoopNotAllowed'],
    validatorMessage: 'ResponseReferenceNotValid / ResponseReferenceNotFound / ResponseRefLoopNotAllowed',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A reference to a response that does not exist.',
          edits: [
            { op: 'set', path: '/paths/~1tasks~1{taskId}/get/responses/404', value: { $ref: '#/responses/NotFound' } },
          ],
        },
        {
          description: 'A response reference into `#/definitions`.',
          edits: [
            { op: 'set', path: '/paths/~1tasks~1{taskId}/get/responses/404', value: { $ref: '#/definitions/Task' } },
          ],
        },
      ],
      valid: [
        {
          description: 'A reference to a shared response.',
          edits: [
            { op: 'set', path: '/responses/NotFound', value: { description: 'No task has this identifier.' } },
            { op: 'set', path: '/paths/~1tasks~1{taskId}/get/responses/404', value: { $ref: '#/responses/NotFound' } },
          ],
        },
      ],
    },
  },
});

import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';
import { sharedParameterName } from '../../utils/params-context';

const paramRefValid = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function paramRefValid(entry, _options, context) {
    if (!isObject(entry) || !('$ref' in entry)) return;
    const doc = context.document.data;
    const ref = entry.$ref;
    const at = [...context.path, '$ref'];
    if (context.path[0] === 'parameters') {
      return [
        {
          message: `The shared parameter ${quote(context.path[1])} is itself a $ref (${show(ref, 60)}); a parameter definition can't point at another one`,
          path: at,
        },
      ];
    }
    if (typeof ref !== 'string') return [{ message: `The parameter $ref ${show(ref, 40)} is not a string`, path: at }];
    const name = sharedParameterName(ref);
    if (name === undefined)
      return [{ message: `The parameter $ref ${quote(ref)} does not start with "#/parameters/"`, path: at }];
    const params = isObject(doc) && isObject(doc.parameters) ? doc.parameters : undefined;
    if (!params || !Object.prototype.hasOwnProperty.call(params, name))
      return [{ message: `The parameter $ref ${quote(ref)} points at no parameter`, path: at }];
    // A target that is itself a $ref is reported once, at the target.
    return;
  },
);

export default defineRule('ppc-param-ref-valid', {
  description:
    'A parameter `$ref` points to `#/parameters/<name>`, that parameter exists, and it is a parameter (not another `$ref`).',
  message:
    '{{error}}; point it at a parameter defined under "parameters" (Microsoft rejects invalid, missing and chained parameter references).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: paramRefValid },
  'x-ppc': {
    requirements: ['param-ref-valid'],
    section: '6',
    sources: [
      'L-SVR ParameterReferenceNotValid',
      'L-SVR ParameterReferenceNotFound',
      'L-SVR ParameterRefLoopNotAllowed',
    ],
    validatorMessage: "The parameter reference must start with '#/parameters/'.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A reference into definitions.',
          edits: [{ op: 'set', path: '/paths/~1tasks~1{taskId}/get/parameters/0/$ref', value: '#/definitions/Task' }],
        },
        {
          description: 'A chained shared parameter.',
          edits: [{ op: 'set', path: '/parameters/TaskAlias', value: { $ref: '#/parameters/TaskId' } }],
        },
      ],
      valid: [
        {
          description: 'A reference to a shared parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks~1{taskId}/get/parameters/0/$ref', value: '#/parameters/TaskId' }],
        },
      ],
    },
  },
});

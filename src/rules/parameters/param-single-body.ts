import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { HTTP_METHODS } from '../../utils/http';
import { effectiveParams, isBodyParam, paramName, pathLevelParams, type EffectiveParam } from '../../utils/params-context';

function describe(bodies: EffectiveParam[]): string {
  return `${bodies.length} body parameters (${bodies.map((b) => paramName(b.param)).join(', ')})`;
}

const paramSingleBody = createRulesetFunction<unknown, null>({ input: null, options: null }, function paramSingleBody(item, _options, context) {
  const doc = context.document.data;
  const pathKey = context.path[1];
  if (!isObject(item) || typeof pathKey !== 'string') return;
  const results: IFunctionResult[] = [];
  const pathBodies = pathLevelParams(doc, pathKey).filter((e) => isBodyParam(e.param));
  if (pathBodies.length > 1) results.push({ message: `The path-level parameters have ${describe(pathBodies)}`, path: pathBodies[1]!.path });
  for (const method of HTTP_METHODS) {
    if (!isObject(item[method])) continue;
    const bodies = effectiveParams(doc, pathKey, method).filter((e) => isBodyParam(e.param));
    const own = bodies.filter((e) => e.level === 'operation');
    if (bodies.length < 2 || own.length === 0) continue; // only path-level bodies: reported above
    results.push({ message: `The operation has ${describe(bodies)}`, path: (own[1] ?? own[0]!).path });
  }
  return results;
});

export default defineRule('ppc-param-single-body', {
  description: 'An operation has at most one `in: body` parameter, counting the path-level parameters it inherits.',
  message: '{{error}}; keep one body parameter and put all fields in its schema (Microsoft rejects several body parameters).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths[*]',
  resolved: false,
  then: { function: paramSingleBody },
  'x-ppc': {
    requirements: ['param-single-body'],
    section: '6',
    sources: ['L-SVR OperationParametersContainMultipleBodyParameters', 'L-SVR PathParametersContainMultipleBodyParameters'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A second body parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/post/parameters/1', value: { name: 'options', in: 'body', schema: { type: 'object' } } }],
        },
      ],
      valid: [{ description: 'One body parameter.', edits: [{ op: 'set', path: '/paths/~1tasks/post/parameters/0/required', value: true }] }],
    },
  },
});

import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { connectorModel, type ParameterModel } from '../../model';
import { parameterList } from '../../model/parameters';
import { paramName } from '../../utils/params-context';

function describe(bodies: ParameterModel[]): string {
  return `${bodies.length} body parameters (${bodies.map((b) => paramName(b.node)).join(', ')})`;
}

const paramSingleBody = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function paramSingleBody(item, _options, context) {
    const doc = context.document.data;
    const pathKey = context.path[1];
    if (!isObject(item) || typeof pathKey !== 'string') return;
    const results: IFunctionResult[] = [];
    const pathBodies = parameterList(doc, item.parameters, ['paths', pathKey, 'parameters'], 'path').filter(
      (p) => p.in === 'body',
    );
    if (pathBodies.length > 1)
      results.push({ message: `The path-level parameters have ${describe(pathBodies)}`, path: pathBodies[1].usePath });
    for (const op of connectorModel(doc).operations) {
      if (op.pathItem !== item) continue;
      const bodies = op.parameters.filter((p) => p.in === 'body');
      const own = bodies.filter((p) => p.level === 'operation');
      if (bodies.length < 2 || own.length === 0) continue; // only path-level bodies: reported above
      results.push({
        message: `The operation has ${describe([...own, ...bodies.filter((p) => p.level === 'path')])}`,
        path: (own[1] ?? own[0]).usePath,
      });
    }
    return results;
  },
);

export default defineRule('ppc-param-single-body', {
  description: 'An operation has at most one `in: body` parameter, counting the path-level parameters it inherits.',
  message:
    '{{error}}; keep one body parameter and put all fields in its schema (Microsoft rejects several body parameters).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths[*]',
  resolved: false,
  then: { function: paramSingleBody },
  'x-ppc': {
    requirements: ['param-single-body'],
    section: '6',
    sources: [
      'L-SVR OperationParametersContainMultipleBodyParameters',
      'L-SVR PathParametersContainMultipleBodyParameters',
    ],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A second body parameter.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/post/parameters/1',
              value: { name: 'options', in: 'body', schema: { type: 'object' } },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'One body parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/post/parameters/0/required', value: true }],
        },
      ],
    },
  },
});

import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { operationLabel } from '../../utils/operations-text';
import { operationNodeCount } from '../../utils/schemas-count';
import { ruleRoot } from '../../model/visibility';

const MAX_NODES = 16_384;

/** Counts the operation's schema nodes ($refs expanded, cycles counted once; memoised per document, so linear). */
const operationSchemaCount = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function operationSchemaCount(input, _options, context) {
    if (!isObject(input)) return;
    const root = ruleRoot(context);
    const pathItem = isObject(root) && isObject(root.paths) ? root.paths[String(context.path[1])] : undefined;
    const count = operationNodeCount(root, input, pathItem);
    if (count <= MAX_NODES) return;
    const amount = count.toLocaleString('en-US');
    return [{ message: `${operationLabel(input, context.path)} has ${amount} schema nodes` }];
  },
);

export default defineRule('ppc-operation-schema-count', {
  description:
    'An operation has at most 16,384 schema nodes in its parameters and responses, counting every `$ref` expansion.',
  message:
    'Operation {{error}} with $refs expanded; split the operation or simplify its schemas (the platform refuses definitions over this limit: OperationSchemaCountExceedsMaxAllowed).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: operationSchemaCount },
  'x-ppc': {
    requirements: ['operation-schema-count', 'limit-operation-schemas'],
    section: '3',
    sources: ['L-FAQ', 'L-SVR OperationSchemaCountExceedsMaxAllowed'],
    validatorMessage: 'OperationSchemaCountExceedsMaxAllowed',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description:
            'A response built from eight levels of definitions, each with four properties that reference the next level: 4^0 + 4^1 + … + 4^7 = 21,845 nodes once expanded.',
          edits: [
            ...Array.from({ length: 8 }, (_, level) => ({
              op: 'set' as const,
              path: `/definitions/Level${level}`,
              value:
                level === 7
                  ? { type: 'string' }
                  : {
                      type: 'object',
                      properties: Object.fromEntries(
                        ['a', 'b', 'c', 'd'].map((k) => [k, { $ref: `#/definitions/Level${level + 1}` }]),
                      ),
                    },
            })),
            { op: 'set', path: '/paths/~1tasks/get/responses/200/schema', value: { $ref: '#/definitions/Level0' } },
          ],
        },
      ],
      valid: [{ description: 'A response of a few dozen nodes.', edits: [] }],
    },
  },
});

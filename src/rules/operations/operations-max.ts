import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { PATHS } from '../../collections';
import { defineRule } from '../../types';
import { connectorModel } from '../../model';

const MAX_OPERATIONS = 256;

const operationsMax = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function operationsMax(_input, _options, context) {
    const count = connectorModel(context.document.data).operations.length;
    return count > MAX_OPERATIONS ? [{ message: `The definition has ${count} operations` }] : undefined;
  },
);

export default defineRule('ppc-operations-max', {
  description: 'A definition has at most 256 operations.',
  message: `{{error}}; keep it to ${MAX_OPERATIONS} or fewer, splitting the API into several connectors if needed (the platform refuses more: TotalOperationsCountExceedsMaxAllowed).`,
  severity: 'error',
  formats: [oas2],
  given: PATHS,
  resolved: false,
  then: { function: operationsMax },
  'x-ppc': {
    requirements: ['operations-max', 'limit-operations'],
    section: '3',
    sources: ['L-FAQ', 'L-SVR TotalOperationsCountExceedsMaxAllowed'],
    validatorMessage: 'TotalOperationsCountExceedsMaxAllowed',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: '37 paths with all seven methods: 259 operations (left empty here to keep the example short).',
          edits: Array.from({ length: 37 }, (_, i) => ({
            op: 'set' as const,
            path: `/paths/~1items${i}`,
            value: Object.fromEntries(['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].map((m) => [m, {}])),
          })),
        },
      ],
      valid: [{ description: 'Four operations.', edits: [] }],
    },
  },
});

import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import type { ExampleEdit } from '../../types';

/** A whole-document check against a maximum the rule sets (`functionOptions: { max }`). */
export function limitFunction(
  check: (input: unknown, options: { max: number }) => IFunctionResult[] | void,
): ReturnType<typeof createRulesetFunction<unknown, { max: number }>> {
  return createRulesetFunction<unknown, { max: number }>(
    {
      input: null,
      options: {
        type: 'object',
        properties: { max: { type: 'integer', minimum: 1 } },
        required: ['max'],
        additionalProperties: false,
      },
    },
    check,
  );
}

/** Example edit: the given schema as the `200` response of `GET /tasks/{taskId}`. */
export function taskResponseSchema(value: Record<string, unknown>): ExampleEdit {
  return { op: 'set', path: '/paths/~1tasks~1{taskId}/get/responses/200/schema', value };
}

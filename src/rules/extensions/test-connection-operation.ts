import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import type { JsonPath } from '@stoplight/types';
import { defineRule } from '../../types';

const TEST_CONNECTION = "$['x-ms-capabilities'].testConnection";
import { isObject, quote } from '../../utils/guards';
import { connectorModel } from '../../model';

/**
 * The root `x-ms-capabilities.testConnection` operation must be a GET that runs with no user input: every
 * required parameter is supplied as a literal in `testConnection.parameters` or has a `default`, and the
 * supplied values are literals, not `{ "parameter": … }` references. A missing operation is left to
 * ppc-operation-id-references-exist.
 */
export const testConnectionOperation = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function testConnectionOperation(testConnection, _options, context) {
    const input = context.document.data;
    if (!isObject(testConnection) || typeof testConnection.operationId !== 'string') return;
    const operationId = testConnection.operationId;
    const base: JsonPath = ['x-ms-capabilities', 'testConnection'];
    const found = connectorModel(input).operationsById.get(operationId)?.[0];
    if (!found) return;
    const results: IFunctionResult[] = [];
    if (found.method !== 'get') {
      results.push({
        message: `operation ${quote(operationId)} is a ${found.method.toUpperCase()}, not a GET`,
        path: [...base, 'operationId'],
      });
    }
    const given = isObject(testConnection.parameters) ? testConnection.parameters : {};
    for (const [name, value] of Object.entries(given)) {
      if (isObject(value) && ('parameter' in value || 'parameterReference' in value)) {
        results.push({
          message: `passes ${quote(name)} as a reference to another parameter, not a literal value`,
          path: [...base, 'parameters', name],
        });
      }
    }
    for (const { node: param } of found.parameters) {
      if (param.required !== true || param.default !== undefined) continue;
      const name = typeof param.name === 'string' ? param.name : '';
      if (Object.hasOwn(given, name)) continue;
      results.push({
        message: `operation ${quote(operationId)} needs the required ${String(param.in)} parameter ${quote(name)}, which testConnection does not supply`,
        path: [...base, 'operationId'],
      });
    }
    return results;
  },
);

export default defineRule('ppc-test-connection-operation', {
  description:
    'The root `x-ms-capabilities.testConnection` points at a GET operation that runs without user input (no required parameters, or only ones given as literal values).',
  message:
    'testConnection {{error}}; point it at a GET operation that needs no parameters, or supply them as literal values (the platform calls it with no user input).',
  severity: 'error',
  formats: [oas2],
  given: TEST_CONNECTION,
  resolved: false,
  then: { function: testConnectionOperation },
  'x-ppc': {
    requirements: ['x-ms-capabilities'],
    section: '9',
    sources: ['L-TC', 'L-EXT', 'R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'The test operation is a POST.',
          edits: [{ op: 'set', path: '/x-ms-capabilities', value: { testConnection: { operationId: 'CreateTask' } } }],
        },
        {
          description: 'The test operation needs a task ID nobody supplies.',
          edits: [{ op: 'set', path: '/x-ms-capabilities', value: { testConnection: { operationId: 'GetTask' } } }],
        },
      ],
      valid: [
        {
          description: 'A GET with no required parameters.',
          edits: [{ op: 'set', path: '/x-ms-capabilities', value: { testConnection: { operationId: 'ListTasks' } } }],
        },
        {
          description: 'A GET whose required parameter is given as a literal.',
          edits: [
            {
              op: 'set',
              path: '/x-ms-capabilities',
              value: { testConnection: { operationId: 'GetTask', parameters: { taskId: 'health' } } },
            },
          ],
        },
      ],
    },
  },
});

import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import type { JsonPath } from '@stoplight/types';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { HTTP_METHODS } from '../../utils/http';
import { resolveLocalRef } from '../../utils/schemas';

interface FoundOperation {
  method: string;
  operation: Record<string, unknown>;
  pathItem: Record<string, unknown>;
}

function findOperation(doc: Record<string, unknown>, operationId: string): FoundOperation | undefined {
  if (!isObject(doc.paths)) return undefined;
  for (const pathItem of Object.values(doc.paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (isObject(operation) && operation.operationId === operationId) return { method, operation, pathItem };
    }
  }
  return undefined;
}

/** The operation's effective parameters (path-item ones overridden by operation ones), local `$ref`s resolved. */
function effectiveParameters(doc: Record<string, unknown>, found: FoundOperation): Record<string, unknown>[] {
  const byKey = new Map<string, Record<string, unknown>>();
  for (const list of [found.pathItem.parameters, found.operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const param = isObject(raw) && typeof raw.$ref === 'string' ? resolveLocalRef(doc, raw.$ref) : raw;
      if (isObject(param)) byKey.set(`${String(param.in)}:${String(param.name)}`, param);
    }
  }
  return [...byKey.values()];
}

/**
 * The root `x-ms-capabilities.testConnection` operation must be a GET that runs with no user input: every
 * required parameter is supplied as a literal in `testConnection.parameters` or has a `default`, and the
 * supplied values are literals, not `{ "parameter": … }` references. A missing operation is left to
 * ppc-operation-id-references-exist.
 */
export const testConnectionOperation = createRulesetFunction<unknown, null>({ input: null, options: null }, function testConnectionOperation(input) {
  if (!isObject(input) || !isObject(input['x-ms-capabilities'])) return;
  const testConnection = input['x-ms-capabilities'].testConnection;
  if (!isObject(testConnection) || typeof testConnection.operationId !== 'string') return;
  const operationId = testConnection.operationId;
  const base: JsonPath = ['x-ms-capabilities', 'testConnection'];
  const found = findOperation(input, operationId);
  if (!found) return;
  const results: IFunctionResult[] = [];
  if (found.method !== 'get') {
    results.push({ message: `operation ${quote(operationId)} is a ${found.method.toUpperCase()}, not a GET`, path: [...base, 'operationId'] });
  }
  const given = isObject(testConnection.parameters) ? testConnection.parameters : {};
  for (const [name, value] of Object.entries(given)) {
    if (isObject(value) && ('parameter' in value || 'parameterReference' in value)) {
      results.push({ message: `passes ${quote(name)} as a reference to another parameter, not a literal value`, path: [...base, 'parameters', name] });
    }
  }
  for (const param of effectiveParameters(input, found)) {
    if (param.required !== true || param.default !== undefined) continue;
    const name = typeof param.name === 'string' ? param.name : '';
    if (Object.hasOwn(given, name)) continue;
    results.push({
      message: `operation ${quote(operationId)} needs the required ${String(param.in)} parameter ${quote(name)}, which testConnection does not supply`,
      path: [...base, 'operationId'],
    });
  }
  return results;
});

export default defineRule('ppc-test-connection-operation', {
  description: 'The root `x-ms-capabilities.testConnection` points at a GET operation that runs without user input (no required parameters, or only ones given as literal values).',
  message: 'testConnection {{error}}; point it at a GET operation that needs no parameters, or supply them as literal values (the platform calls it with no user input).',
  severity: 'error',
  formats: [oas2],
  given: '$',
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
        { description: 'A GET with no required parameters.', edits: [{ op: 'set', path: '/x-ms-capabilities', value: { testConnection: { operationId: 'ListTasks' } } }] },
        {
          description: 'A GET whose required parameter is given as a literal.',
          edits: [{ op: 'set', path: '/x-ms-capabilities', value: { testConnection: { operationId: 'GetTask', parameters: { taskId: 'health' } } } }],
        },
      ],
    },
  },
});

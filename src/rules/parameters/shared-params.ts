import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { oas2 } from '@stoplight/spectral-formats';
import { PATHS } from '../../collections';
import { defineRule, type ExampleEdit } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { HTTP_METHODS } from '../../utils/http';
import { isNonBodyParam } from '../../utils/params-context';

/** How many operations must repeat the same parameter before the rule suggests sharing it. */
export const MIN_REPEATS = 3;

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const sharedParams = createRulesetFunction<unknown, null>({ input: null, options: null }, function sharedParams(paths) {
  if (!isObject(paths)) return;
  const groups = new Map<string, { param: Record<string, unknown>; paths: JsonPath[] }>();
  for (const [p, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op) || !Array.isArray(op.parameters)) continue;
      op.parameters.forEach((param, i) => {
        if (!isObject(param) || '$ref' in param || !isNonBodyParam(param)) return;
        const key = stable(param);
        const group = groups.get(key) ?? { param, paths: [] };
        group.paths.push(['paths', p, method, 'parameters', i]);
        groups.set(key, group);
      });
    }
  }
  const results: IFunctionResult[] = [];
  for (const { param, paths } of groups.values()) {
    if (paths.length < MIN_REPEATS) continue;
    results.push({
      message: `Parameter ${quote(param.name)} (in ${String(param.in)}) is written out identically in ${paths.length} operations`,
      path: paths[0],
    });
  }
  return results;
});

/** Edit that writes a `fields` query parameter inline at the given pointer. */
function fieldsParameterAt(path: string): ExampleEdit {
  return {
    op: 'set',
    path,
    value: {
      name: 'fields',
      in: 'query',
      type: 'string',
      'x-ms-summary': 'Fields',
      description: 'The fields to return.',
    },
  };
}

export default defineRule('ppc-shared-params', {
  description: `A parameter written out identically in ${MIN_REPEATS} or more operations is defined once under \`parameters\` and referenced with \`$ref\`.`,
  message:
    '{{error}}; define it once under "parameters" and use "$ref": "#/parameters/<name>" (Microsoft coding standards).',
  severity: 'info',
  formats: [oas2],
  // The check compares the parameters of every operation, so it runs once on the whole `paths` object.
  given: PATHS,
  resolved: false,
  then: { function: sharedParams },
  'x-ppc': {
    requirements: ['shared-params'],
    section: '6',
    sources: ['L-CSTD'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'The same query parameter in three operations.',
          edits: [
            fieldsParameterAt('/paths/~1tasks~1{taskId}/get/parameters/1'),
            fieldsParameterAt('/paths/~1tasks~1{taskId}/delete/parameters/1'),
            fieldsParameterAt('/paths/~1tasks/get/parameters/1'),
          ],
        },
      ],
      valid: [
        {
          description: 'A shared parameter referenced twice (the fixture as is).',
          edits: [{ op: 'set', path: '/parameters/TaskId/x-ms-summary', value: 'Task ID' }],
        },
      ],
    },
  },
});

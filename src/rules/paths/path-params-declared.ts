import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';
import { HTTP_METHODS } from '../../utils/http';
import { ruleRoot } from '../../model/visibility';
import { examplePathItem, examplePathParameter } from '../../utils/paths-examples';
import { connectorModel } from '../../model';
import { capitalize, operationLabel, parameterEntries, type ParameterEntry } from '../../utils/paths-parameters';
import { parsePathTemplate, pathItems } from '../../utils/paths-template';

/** The name of an `in: path` parameter, or undefined for any other entry. */
function pathParameterName(entry: ParameterEntry): string | undefined {
  const p = entry.param;
  return p && p.in === 'path' && typeof p.name === 'string' ? p.name : undefined;
}

function sameButCase(name: string, candidates: Iterable<string>): string | undefined {
  const folded = name.toLowerCase();
  for (const c of candidates) if (c !== name && c.toLowerCase() === folded) return c;
  return undefined;
}

/** A finding for an `in: path` parameter whose name is not a variable of the path. */
function unusedParameter(
  entry: ParameterEntry,
  name: string,
  owner: string,
  key: string,
  variables: Set<string>,
): IFunctionResult {
  const via = entry.ref !== undefined ? ` (via ${quote(entry.ref)})` : '';
  const near = sameButCase(name, variables);
  const fix =
    near !== undefined
      ? `the path has "{${show(near)}}", which differs only in case; spell both the same`
      : `add "{${show(name)}}" to the path, or remove the parameter or change its "in"`;
  return {
    message: `${owner} has the "in: path" parameter ${quote(name)}${via}, but path ${quote(key, 100)} has no "{${show(name)}}"; ${fix}`,
    path: entry.path,
  };
}

const pathParamsDeclared = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pathParamsDeclared(paths, _options, context) {
    if (!isObject(paths)) return;
    const doc = ruleRoot(context);
    const results: IFunctionResult[] = [];
    for (const [key, item] of pathItems(paths)) {
      const names = parsePathTemplate(key).variables.map((v) => v.name);
      const variables = new Set(names);
      const repeated = names.find((n, i) => names.indexOf(n) !== i);
      if (repeated !== undefined) {
        results.push({
          message: `Path ${quote(key, 100)} uses the variable "{${show(repeated)}}" more than once; give each variable its own name and "in: path" parameter`,
          path: ['paths', key],
        });
      }
      const pathLevel = parameterEntries(doc, item.parameters, ['paths', key, 'parameters'], 'path');
      for (const entry of pathLevel) {
        const name = pathParameterName(entry);
        if (name !== undefined && !variables.has(name))
          results.push(unusedParameter(entry, name, `Path item ${quote(key, 100)}`, key, variables));
      }
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        const label = operationLabel(op, method, key);
        const operationLevel = parameterEntries(doc, op.parameters, ['paths', key, method, 'parameters'], 'operation');
        for (const entry of operationLevel) {
          const name = pathParameterName(entry);
          if (name !== undefined && !variables.has(name))
            results.push(unusedParameter(entry, name, capitalize(label), key, variables));
        }
        const effective = connectorModel(doc).operations.find((o) => o.node === op)?.parameters ?? [];
        const declared = new Set(effective.filter((p) => p.in === 'path').map((p) => p.name));
        for (const name of variables) {
          if (declared.has(name)) continue;
          const near = sameButCase(name, declared);
          const fix =
            near !== undefined
              ? `its path parameter ${quote(near)} differs only in case; spell both the same`
              : `add {"name": "${show(name)}", "in": "path", "required": true, "type": "string"} to its parameters or the path item's`;
          results.push({
            message: `${capitalize(label)} has no "in: path" parameter for "{${show(name)}}"; ${fix}`,
            path: ['paths', key, method],
          });
        }
      }
    }
    return results;
  },
);

export default defineRule('ppc-path-params-declared', {
  description:
    'Every `{variable}` of a path has an `in: path` parameter of the same name in each operation (directly or on the path item), and every `in: path` parameter appears in the path.',
  message: '{{error}} (Microsoft rejects operations whose path variables and "in: path" parameters do not match).',
  severity: 'error',
  formats: [oas2],
  given: '$.paths',
  resolved: false,
  then: { function: pathParamsDeclared },
  'x-ppc': {
    requirements: ['path-params-declared'],
    section: '3',
    sources: ['L-SVR OperationMissingPathParameter', 'L-SVR PathParameterNotDefinedInTemplate'],
    validatorMessage: "The operation '{0}' does not define the '{1}' parameter which is required by the path.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'DeleteTask without its taskId parameter.',
          edits: [{ op: 'remove', path: '/paths/~1tasks~1{taskId}/delete/parameters' }],
        },
        {
          description: 'A path parameter that the path does not use.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1reports',
              value: examplePathItem('ListReports', 'List reports', [examplePathParameter('year')]),
            },
          ],
        },
      ],
      valid: [
        {
          description: 'The path variable declared once on the path item for all its operations.',
          edits: [
            { op: 'set', path: '/paths/~1tasks~1{taskId}/parameters', value: [{ $ref: '#/parameters/TaskId' }] },
            { op: 'remove', path: '/paths/~1tasks~1{taskId}/get/parameters' },
            { op: 'remove', path: '/paths/~1tasks~1{taskId}/delete/parameters' },
          ],
        },
      ],
    },
  },
});

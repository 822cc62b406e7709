import { oas2 } from '@stoplight/spectral-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';
import { HTTP_METHODS } from '../../utils/http';
import { followRef } from '../../model/refs';
import { writtenSchemas } from '../../model';

interface Finding {
  message: string;
  path: JsonPath;
}

/** Duplicates among the primitive (or JSON-equal) items of an array. */
function checkValues(list: unknown, path: JsonPath, label: string, out: Finding[]): void {
  if (!Array.isArray(list)) return;
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    let key: string;
    try {
      key = JSON.stringify(item) ?? String(item);
    } catch {
      return;
    }
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else out.push({ message: `${label} lists ${quote(item)} twice (items ${seen} and ${i})`, path: [...path, i] });
  });
}

/** Duplicate parameters (same `name` and `in`, after following local `$ref`s) in one parameter list. */
function checkParameters(doc: unknown, list: unknown, path: JsonPath, out: Finding[]): void {
  if (!Array.isArray(list)) return;
  const first = new Map<string, number>();
  list.forEach((raw, i) => {
    const param = followRef(doc, raw, []).node;
    let key: string;
    let label: string;
    if (isObject(param) && typeof param.name === 'string' && typeof param.in === 'string') {
      key = `${param.in}\u0000${param.name}`;
      label = `parameter ${quote(param.name)} (in: ${show(param.in)})`;
    } else if (isObject(raw) && typeof raw.$ref === 'string') {
      key = `$ref\u0000${raw.$ref}`;
      label = `parameter ${quote(raw.$ref)}`;
    } else return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else out.push({ message: `"parameters" lists ${label} twice (items ${seen} and ${i})`, path: [...path, i] });
  });
}

/**
 * Duplicate values in the arrays Swagger 2.0 requires to be unique: `consumes`, `produces`, `schemes`
 * (root and operations), operation `tags`, parameter lists (by name and location) and schema `required`
 * lists. Enums are left to Spectral's `duplicated-entry-in-enum` and `oas2-schema`; root `tags` to
 * `ppc-tags-unique`.
 */
export const arraysUnique = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function arraysUnique(doc) {
    if (!isObject(doc)) return;
    const out: Finding[] = [];
    for (const key of ['consumes', 'produces', 'schemes']) checkValues(doc[key], [key], `"${key}"`, out);
    if (isObject(doc.paths)) {
      for (const [p, item] of Object.entries(doc.paths)) {
        if (!isObject(item)) continue;
        checkParameters(doc, item.parameters, ['paths', p, 'parameters'], out);
        for (const method of HTTP_METHODS) {
          const op = item[method];
          if (!isObject(op)) continue;
          const base = ['paths', p, method];
          for (const key of ['consumes', 'produces', 'schemes', 'tags'])
            checkValues(op[key], [...base, key], `"${key}"`, out);
          checkParameters(doc, op.parameters, [...base, 'parameters'], out);
        }
      }
    }
    for (const { schema, path } of writtenSchemas(doc)) {
      if (Array.isArray(schema.required)) checkValues(schema.required, [...path, 'required'], '"required"', out);
    }
    return out;
  },
);

export default defineRule('ppc-arrays-unique', {
  description:
    "The arrays that must be unique hold no duplicates: `consumes`, `produces`, `schemes`, operation `tags`, parameter lists and schema `required` lists (duplicate enum values are reported by Spectral's `duplicated-entry-in-enum`, root tags by `ppc-tags-unique`).",
  message: '{{error}}; remove the duplicate (Microsoft rejects arrays with duplicate values).',
  severity: 'error',
  formats: [oas2],
  // Whole document: every array of the document, wherever it is.
  given: '$',
  resolved: false,
  then: { function: arraysUnique },
  'x-ppc': {
    requirements: ['arrays-unique'],
    section: '2.1',
    sources: ['L-SVR ArrayDuplicateValue', 'R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: '"https" twice in `schemes`.',
          edits: [{ op: 'set', path: '/schemes', value: ['https', 'https'] }],
        },
        {
          description: 'A property listed twice in `required`.',
          edits: [{ op: 'set', path: '/definitions/NewTask/required', value: ['title', 'title'] }],
        },
        {
          description: 'The same parameter twice in one operation.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/delete/parameters',
              value: [{ $ref: '#/parameters/TaskId' }, { $ref: '#/parameters/TaskId' }],
            },
          ],
        },
      ],
      valid: [
        {
          description: 'Distinct values.',
          edits: [
            { op: 'set', path: '/schemes', value: ['https'] },
            { op: 'set', path: '/definitions/NewTask/required', value: ['title', 'dueDate'] },
          ],
        },
      ],
    },
  },
});

import { schemaRule, type Finding } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';
import { DYNAMIC_SCHEMA_KEYS } from '../../utils/responses-helpers';
import { followToObject } from '../../model/refs';

/** Property names a schema defines, including those of its `allOf` members (references followed). */
function definedNames(doc: unknown, schema: Record<string, unknown>, depth = 0): Set<string> | undefined {
  const names = new Set<string>(isObject(schema.properties) ? Object.keys(schema.properties) : []);
  if (DYNAMIC_SCHEMA_KEYS.some((k) => schema[k] !== undefined)) return undefined; // properties come at design time
  if (Array.isArray(schema.allOf) && depth < 8) {
    for (const member of schema.allOf) {
      const d = followToObject(doc, member, []);
      if (!d) return undefined; // a broken reference: ppc-schema-ref-valid reports it
      const inner = definedNames(doc, d.node, depth + 1);
      if (!inner) return undefined;
      for (const n of inner) names.add(n);
    }
  }
  return names;
}

function isObjectSchema(schema: Record<string, unknown>): boolean {
  const type = schema.type;
  if (type === undefined) return true; // untyped: properties/allOf make it an object
  return type === 'object' || (Array.isArray(type) && type.includes('object'));
}

const requiredArray = schemaRule('requiredArray', 'written', (v, { document: input }) => {
  const results: Finding[] = [];
  if (v.role === 'parameter') return results; // a non-body parameter's `items` is not a Swagger schema object
  // next to $ref it is ignored: ppc-schema-no-ref-siblings
  if (!('required' in v.schema) || '$ref' in v.schema) return results;
  const required = v.schema.required;
  const at = [...v.path, 'required'];
  if (!Array.isArray(required)) {
    results.push({
      message:
        typeof required === 'boolean'
          ? `is ${String(required)}: inside a schema, \`required\` lists property names on the parent object (e.g. "required": ["${show(v.propertyName ?? 'name', 30)}"])`
          : `is ${quote(required, 30)}, not a list of property names`,
      path: at,
    });
    return results;
  }
  if (required.length === 0) {
    results.push({ message: 'is an empty list; remove it or list the required property names', path: at });
    return results;
  }
  if (!isObjectSchema(v.schema)) {
    results.push({
      message: `is on a schema of type ${quote(v.schema.type, 20)}; only object schemas have required properties`,
      path: at,
    });
    return results;
  }
  const names = definedNames(input, v.schema);
  if (!names) return results;
  required.forEach((name, i) => {
    if (typeof name !== 'string')
      results.push({ message: `entry ${quote(name, 20)} is not a property name`, path: [...at, i] });
    else if (!names.has(name))
      results.push({ message: `names ${quote(name)}, which is not defined in \`properties\``, path: [...at, i] });
  });
  return results;
});

export default defineRule('ppc-required-array', {
  description:
    'A schema `required` is a non-empty list, only on object schemas, naming properties that the schema defines.',
  message: '`required` {{error}} (Microsoft rejects empty, misplaced and dangling `required` lists).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: requiredArray },
  'x-ppc': {
    requirements: ['required-array'],
    section: '7',
    sources: [
      'L-SVR RequiredPropertyArrayEmpty',
      'L-SVR RequiredPropertyNotOnObject',
      'L-SVR RequiredPropertyDefinitionMissing',
    ],
    validatorMessage: 'RequiredPropertyArrayEmpty / RequiredPropertyNotOnObject / RequiredPropertyDefinitionMissing',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A required name with no matching property.',
          edits: [{ op: 'set', path: '/definitions/NewTask/required', value: ['title', 'owner'] }],
        },
        {
          description: 'An empty `required` list.',
          edits: [{ op: 'set', path: '/definitions/NewTask/required', value: [] }],
        },
        {
          description: '`required: true` on a property.',
          edits: [{ op: 'set', path: '/definitions/NewTask/properties/title/required', value: true }],
        },
      ],
      valid: [
        {
          description: 'A required name that is defined.',
          edits: [{ op: 'set', path: '/definitions/NewTask/required', value: ['title', 'dueDate'] }],
        },
      ],
    },
  },
});

import { documentRule, type Finding } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { connectorModel, followToObject, pathKey, schemaVisits } from '../../model';

const readonlyNotRequired = documentRule('readonlyNotRequired', ({ document: input }) => {
  const results = new Map<string, Finding>();
  for (const v of schemaVisits(connectorModel(input), 'expanded')) {
    const { schema } = v;
    if (v.role !== 'request-body' || !Array.isArray(schema.required) || !isObject(schema.properties)) continue;
    const properties = schema.properties;
    for (const name of schema.required) {
      if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(properties, name)) continue;
      const prop = followToObject(input, properties[name], [...v.path, 'properties', name]);
      if (!prop || prop.node.readOnly !== true) continue;
      const path = [...v.path, 'properties', name];
      results.set(pathKey(path), {
        message: `${quote(name)} is readOnly and required in a request body`,
        path: prop.viaRef ? path : [...path, 'readOnly'],
      });
    }
  }
  return [...results.values()];
});

export default defineRule('ppc-readonly-not-required-input', {
  description:
    'A property of a request body schema is not both `readOnly` and `required`: callers cannot send read-only values.',
  message:
    'Property {{error}}; drop it from `required`, or remove `readOnly` if callers must send it (Microsoft rejects required read-only input properties).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: readonlyNotRequired },
  'x-ppc': {
    requirements: ['readonly-not-required-input'],
    section: '7',
    sources: ['L-SVR RequiredReadOnlyPropertyNotAllowedAsInput'],
    validatorMessage: 'RequiredReadOnlyPropertyNotAllowedAsInput',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A required read-only title in the create-task body.',
          edits: [{ op: 'set', path: '/definitions/NewTask/properties/title/readOnly', value: true }],
        },
      ],
      valid: [
        {
          description: 'A read-only id in the response schema only.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/id/readOnly', value: true }],
        },
      ],
    },
  },
});

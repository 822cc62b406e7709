import { schemaRule, type Finding } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { followToObject } from '../../model/refs';

const discriminatorValid = schemaRule('discriminatorValid', 'written', (v, { document: input }) => {
  const results: Finding[] = [];
  if (v.role === 'parameter') return results; // a non-body parameter's `items` is not a Swagger schema object
  if (!('discriminator' in v.schema)) return results;
  const name = v.schema.discriminator;
  const at = [...v.path, 'discriminator'];
  if (typeof name !== 'string' || name === '') {
    results.push({ message: `${quote(name, 30)} is not a property name`, path: at });
    return results;
  }
  const prop = isObject(v.schema.properties) ? v.schema.properties[name] : undefined;
  const resolved = followToObject(input, prop, []);
  if (!resolved) results.push({ message: `${quote(name)} is not defined in \`properties\``, path: at });
  else if (!Array.isArray(v.schema.required) || !v.schema.required.includes(name))
    results.push({ message: `${quote(name)} is not in \`required\``, path: at });
  else if (resolved.node.type !== 'string')
    results.push({ message: `${quote(name)} is of type ${quote(resolved.node.type, 20)}, not string`, path: at });
  return results;
});

export default defineRule('ppc-discriminator-valid', {
  description: 'A `discriminator` names a property of the same schema that is required and of type string.',
  message:
    'Discriminator {{error}}; it must name a required string property of this schema (Microsoft rejects other discriminators).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: discriminatorValid },
  'x-ppc': {
    requirements: ['discriminator-valid'],
    section: '7',
    sources: ['L-SVR DiscriminatorMustBeARequiredStringProperty'],
    validatorMessage: 'DiscriminatorMustBeARequiredStringProperty',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A discriminator that is not required.',
          edits: [{ op: 'set', path: '/definitions/Task/discriminator', value: 'status' }],
        },
      ],
      valid: [
        {
          description: 'A discriminator naming a required string property.',
          edits: [
            { op: 'set', path: '/definitions/Task/discriminator', value: 'status' },
            { op: 'set', path: '/definitions/Task/required', value: ['status'] },
          ],
        },
      ],
    },
  },
});

import { schemaRule, type Finding } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';

const binaryTopLevel = schemaRule('binaryTopLevel', 'written', (v) => {
  const results: Finding[] = [];
  if (v.role === 'parameter') return results; // a non-body parameter's `items` is not a Swagger schema object
  if (v.depth === 0 || v.schema.type !== 'string' || v.schema.format !== 'binary') return results;
  const what = v.propertyName !== undefined ? `Property "${v.propertyName}"` : 'A nested schema';
  results.push({ message: `${what} is a binary string`, path: [...v.path, 'format'] });
  return results;
});

export default defineRule('ppc-binary-top-level-only', {
  description:
    'A `type: string, format: binary` schema appears only as the whole body (or response) schema, not nested inside an object or array.',
  message:
    '{{error}} below the top level; send binary content as the whole body (or a formData file parameter), or use `format: byte` (base64) inside objects (Microsoft rejects nested binary properties).',
  severity: 'warn',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: binaryTopLevel },
  'x-ppc': {
    requirements: ['binary-top-level-only'],
    section: '7',
    sources: ['L-SVR InvalidStringBinaryProperty'],
    validatorMessage: 'InvalidStringBinaryProperty',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A binary property inside the task object.',
          edits: [
            {
              op: 'set',
              path: '/definitions/NewTask/properties/attachment',
              value: { type: 'string', format: 'binary', 'x-ms-summary': 'Attachment', description: 'The file.' },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A base64 property inside the task object.',
          edits: [
            {
              op: 'set',
              path: '/definitions/NewTask/properties/attachment',
              value: { type: 'string', format: 'byte', 'x-ms-summary': 'Attachment', description: 'The file.' },
            },
          ],
        },
        {
          description: 'A binary response body.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1{taskId}/get/responses/200/schema',
              value: { type: 'string', format: 'binary' },
            },
          ],
        },
      ],
    },
  },
});

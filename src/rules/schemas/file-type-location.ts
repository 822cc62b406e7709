import { schemaRule, type Finding } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';

const fileTypeLocation = schemaRule('fileTypeLocation', 'written', (v) => {
  const results: Finding[] = [];
  if (v.role === 'parameter') return results; // a non-body parameter's `items` is not a Swagger schema object
  if (v.schema.type !== 'file') return results;
  const notification = v.path[0] === 'paths' && v.path[2] === 'x-ms-notification-content';
  // a definition may be used as a response root
  if (v.depth === 0 && !notification && (v.role === 'response' || v.role === 'definition')) return results;
  const where =
    v.depth > 0
      ? v.propertyName !== undefined
        ? `property "${v.propertyName}"`
        : 'a nested schema'
      : notification
        ? 'a notification schema'
        : 'a body parameter schema';
  results.push({ message: `\`type: file\` on ${where}`, path: [...v.path, 'type'] });
  return results;
});

export default defineRule('ppc-file-type-location', {
  description:
    '`type: file` is used only for a whole response schema (and for formData parameters), never inside a schema or on a body.',
  message:
    '{{error}}; use a formData parameter with `type: file` for uploads, or `type: string, format: binary` for a whole body (Microsoft rejects `file` schemas elsewhere).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: fileTypeLocation },
  'x-ppc': {
    requirements: ['file-type-location'],
    section: '7',
    sources: ['L-SVR SchemaTypeFileNotValid', 'R-SCH-API'],
    validatorMessage: 'SchemaTypeFileNotValid',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A `file` property inside an object.',
          edits: [
            {
              op: 'set',
              path: '/definitions/NewTask/properties/attachment',
              value: { type: 'file', 'x-ms-summary': 'Attachment', description: 'The file.' },
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A whole response of type `file`.',
          edits: [{ op: 'set', path: '/paths/~1tasks~1{taskId}/get/responses/200/schema', value: { type: 'file' } }],
        },
      ],
    },
  },
});

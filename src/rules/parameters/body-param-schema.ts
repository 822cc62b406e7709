import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction, type ParamFinding } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { paramName } from '../../utils/params-context';

/** Keys of non-body parameters that have no meaning on a body parameter (they belong in its schema). */
export const NON_BODY_KEYS = [
  'type',
  'format',
  'items',
  'collectionFormat',
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'enum',
  'multipleOf',
  'allowEmptyValue',
];

const bodyParamSchema = paramFunction('bodyParamSchema', (param) => {
  if (param.in !== 'body') return undefined;
  const found: ParamFinding[] = [];
  if (!isObject(param.schema)) {
    found.push(
      param.schema === undefined
        ? { message: `${paramName(param)} has no "schema"` }
        : { message: `${paramName(param)} has a "schema" that is not an object`, path: ['schema'] },
    );
  }
  for (const key of NON_BODY_KEYS) {
    if (key in param) found.push({ message: `${paramName(param)} has "${key}" at the parameter level`, path: [key] });
  }
  return found;
});

export default defineRule('ppc-body-param-schema', {
  description:
    'A body parameter describes its value with a `schema`, not with `type`, `format`, `items` or other keys on the parameter itself.',
  message:
    'Body parameter {{error}}; describe the value in "schema" (Microsoft rejects body parameters without a schema or with parameter-level type keys).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: bodyParamSchema },
  'x-ppc': {
    requirements: ['body-param-schema'],
    section: '6',
    sources: ['L-SVR BodyParameterSchemaRequired', 'L-SVR BodyParameterPropertyNotValid'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A body parameter without a schema.',
          edits: [{ op: 'remove', path: '/paths/~1tasks/post/parameters/0/schema' }],
        },
        {
          description: 'A type next to the schema.',
          edits: [{ op: 'set', path: '/paths/~1tasks/post/parameters/0/type', value: 'object' }],
        },
      ],
      valid: [
        {
          description: 'A schema only.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/post/parameters/0/schema', value: { $ref: '#/definitions/NewTask' } },
          ],
        },
      ],
    },
  },
});

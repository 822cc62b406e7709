import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction, type ParamFinding } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { isNonBodyParam, paramIn, paramName } from '../../utils/params-context';

const nonBodyNoSchema = paramFunction('nonBodyNoSchema', (param) => {
  if (!isNonBodyParam(param)) return undefined;
  const found: ParamFinding[] = [];
  if ('schema' in param)
    found.push({ message: `${paramName(param)} (in ${paramIn(param)}) has a "schema"`, path: ['schema'] });
  if (param.type === undefined) found.push({ message: `${paramName(param)} (in ${paramIn(param)}) has no "type"` });
  return found;
});

export default defineRule('ppc-non-body-no-schema', {
  description: 'A query, header, path or formData parameter declares its `type` directly and has no `schema`.',
  message:
    'Parameter {{error}}; use "type" (and "items" for arrays) on the parameter instead of a schema (Microsoft rejects schemas on non-body parameters).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: nonBodyNoSchema },
  'x-ppc': {
    requirements: ['non-body-no-schema'],
    section: '6',
    sources: ['L-SVR NonBodyParameterSchemaNotValid'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A schema on a query parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/schema', value: { type: 'string' } }],
        },
      ],
      valid: [
        {
          description: 'A type on a query parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/type', value: 'string' }],
        },
      ],
    },
  },
});

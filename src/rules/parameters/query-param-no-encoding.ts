import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { paramName } from '../../utils/params-context';

const queryParamNoEncoding = paramFunction('queryParamNoEncoding', (param) => {
  if (param.in !== 'query' || !('x-ms-url-encoding' in param)) return undefined;
  return {
    message: `${paramName(param)} has x-ms-url-encoding ${quote(param['x-ms-url-encoding'])}`,
    path: ['x-ms-url-encoding'],
  };
});

export default defineRule('ppc-query-param-no-encoding', {
  description: 'Query parameters have no `x-ms-url-encoding`: they are always single-encoded.',
  message: 'Query parameter {{error}}; remove it (Microsoft rejects it: all query parameters are single-encoded).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: queryParamNoEncoding },
  'x-ppc': {
    requirements: ['query-param-no-encoding'],
    section: '6',
    sources: ['L-SVR QueryParameterEncodingNotSupported'],
    validatorMessage: 'All query parameters are single encoded by default.',
    specLevel: 'E',
    calibration: {
      allowedRecentCertifiedRate: 0.03,
      reason:
        'Section 23 keeps this an error (the validator rejects it in new submissions); 6 of 263 recently changed certified connectors (2.3%) were merged with x-ms-url-encoding on a query parameter',
    },
    examples: {
      invalid: [
        {
          description: 'Encoding on a query parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-url-encoding', value: 'single' }],
        },
      ],
      valid: [
        {
          description: 'Encoding on a path parameter only.',
          edits: [{ op: 'set', path: '/parameters/TaskId/x-ms-url-encoding', value: 'single' }],
        },
      ],
    },
  },
});

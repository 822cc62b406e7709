import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { paramName } from '../../utils/params-context';

const ENCODINGS = ['single', 'double'];

const pathParamEncoding = paramFunction('pathParamEncoding', (param) => {
  if (param.in !== 'path') return undefined;
  const encoding = param['x-ms-url-encoding'];
  if (encoding === undefined) return { message: `${paramName(param)} has no "x-ms-url-encoding"` };
  if (typeof encoding === 'string' && ENCODINGS.includes(encoding)) return undefined;
  return { message: `${paramName(param)} has x-ms-url-encoding ${quote(encoding)}`, path: ['x-ms-url-encoding'] };
});

export default defineRule('ppc-path-param-encoding', {
  description: 'Every path parameter says how it is encoded: `x-ms-url-encoding` is `single` or `double`.',
  message:
    'Path parameter {{error}}; add "x-ms-url-encoding": "single" (or "double" for values that may contain "/"), otherwise requests may be malformed.',
  severity: 'warn',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: pathParamEncoding },
  'x-ppc': {
    requirements: ['path-param-encoding'],
    section: '6',
    sources: ['L-SVR PathParameterMissingEncoding', 'L-EXT'],
    validatorMessage: 'Use "x-ms-url-encoding": "single" …',
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A path parameter without encoding.',
          edits: [{ op: 'remove', path: '/parameters/TaskId/x-ms-url-encoding' }],
        },
        {
          description: 'An unknown encoding.',
          edits: [{ op: 'set', path: '/parameters/TaskId/x-ms-url-encoding', value: 'triple' }],
        },
      ],
      valid: [
        {
          description: 'Double encoding.',
          edits: [{ op: 'set', path: '/parameters/TaskId/x-ms-url-encoding', value: 'double' }],
        },
      ],
    },
  },
});

import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { paramIn, paramName } from '../../utils/params-context';

/** Names the platform reserves for itself (compared case-insensitively). Only `connectionId` is documented. */
export const RESERVED_PARAMETER_NAMES = ['connectionid'];

const paramConnectionIdReserved = paramFunction('paramConnectionIdReserved', (param) => {
  if (typeof param.name !== 'string' || !RESERVED_PARAMETER_NAMES.includes(param.name.trim().toLowerCase()))
    return undefined;
  return { message: `${paramName(param)} (in ${paramIn(param)})`, path: ['name'] };
});

export default defineRule('ppc-param-connectionid-reserved', {
  description: 'No parameter is named `connectionId` (in any letter case): the platform reserves that name.',
  message: 'Parameter {{error}} uses a reserved name; rename it (Microsoft rejects parameters named "connectionId").',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: paramConnectionIdReserved },
  'x-ppc': {
    requirements: ['param-connectionid-reserved', 'param-reserved'],
    section: '6',
    sources: ['L-SVR ConnectionIdParameterNotAllowed', 'L-SVR ReservedParameterIsUsed'],
    validatorMessage: "A parameter cannot be named as 'connectionId'.",
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A query parameter named connectionId.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/name', value: 'ConnectionId' }],
        },
      ],
      valid: [
        {
          description: 'Another name.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/name', value: 'accountConnection' }],
        },
      ],
    },
  },
});

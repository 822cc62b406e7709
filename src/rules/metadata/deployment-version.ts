import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { jsonValue, quote } from '../../utils/guards';

const VERSION = /^\d+(\.\d+)+$/;

/** Error text: `"v1.0" is not a dotted version number`, `1.5 is not a string`. */
export const deploymentVersion = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function deploymentVersion(input) {
    if (typeof input !== 'string') return [{ message: `${jsonValue(input)} is not a string` }];
    if (!VERSION.test(input)) return [{ message: `${quote(input)} is not a dotted version number` }];
    return;
  },
);

export default defineRule('ppc-deployment-version', {
  description:
    '`info.x-ms-deployment-version` is a string of dot-separated numbers such as `"1.0.0"` (`^\\d+(\\.\\d+)+$`).',
  message:
    'info.x-ms-deployment-version {{error}}; write it as a string such as "1.0.0" (the repository schema requires ^\\d+(\\.\\d+)+$).',
  severity: 'error',
  formats: [oas2],
  given: "$.info['x-ms-deployment-version']",
  then: { function: deploymentVersion },
  'x-ppc': {
    requirements: ['deployment-version'],
    section: '2.7',
    sources: ['R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A version with a "v" prefix.',
          edits: [{ op: 'set', path: '/info/x-ms-deployment-version', value: 'v1.0' }],
        },
      ],
      valid: [
        {
          description: 'A three-part version.',
          edits: [{ op: 'set', path: '/info/x-ms-deployment-version', value: '1.0.0' }],
        },
      ],
    },
  },
});

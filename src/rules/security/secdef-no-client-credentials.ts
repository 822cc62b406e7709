import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { isObject } from '../../utils/guards';
import { useOAuth } from './example-edits';

const noClientCredentials = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function noClientCredentials(input, _options, context) {
    if (!isObject(input) || input.type !== 'oauth2' || input.flow !== 'application') return;
    return [
      {
        message: `Security definition "${String(context.path[context.path.length - 1])}" uses the OAuth client-credentials flow ("application")`,
        path: [...context.path, 'flow'],
      },
    ];
  },
);

export default defineRule('ppc-secdef-no-client-credentials', {
  description:
    'No OAuth 2.0 security definition uses the client-credentials flow (`"flow": "application"`), which custom connectors do not support.',
  message:
    '{{error}}; use the authorization-code flow ("accessCode"), or an API key (custom connectors do not support client credentials).',
  severity: 'warn',
  formats: [oas2],
  given: '$.securityDefinitions[*]',
  resolved: false,
  then: { function: noClientCredentials },
  'x-ppc': {
    requirements: ['secdef-no-client-credentials'],
    section: '8.1',
    sources: ['L-CP', 'L-FAQ'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'The client-credentials flow.',
          edits: [
            ...useOAuth(),
            { op: 'set', path: '/securityDefinitions/oauth2_auth/flow', value: 'application' },
            { op: 'remove', path: '/securityDefinitions/oauth2_auth/authorizationUrl' },
          ],
        },
      ],
      valid: [{ description: 'The authorization-code flow.', edits: useOAuth() }],
    },
  },
});

import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { SECURITY_REQUIREMENTS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';
import { useOAuth } from './example-edits';
import { securityRequirements } from './security-req-defined';

const describe = (v: unknown): string =>
  Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : show(v);

export const checkRequirementScopes = documentFunction('securityRequirementScopes', (doc) => {
  const results: IFunctionResult[] = [];
  const defs = isObject(doc) && isObject(doc.securityDefinitions) ? doc.securityDefinitions : {};
  for (const { list, path } of securityRequirements(doc)) {
    if (!Array.isArray(list)) {
      results.push({ message: `"security" is ${describe(list)}, not an array of requirement objects`, path });
      continue;
    }
    list.forEach((req, i) => {
      if (!isObject(req)) {
        results.push({ message: `Security requirement ${i} is ${describe(req)}, not an object`, path: [...path, i] });
        return;
      }
      for (const [name, scopes] of Object.entries(req)) {
        const at = [...path, i, name];
        if (!Array.isArray(scopes)) {
          results.push({
            message: `Security requirement ${quote(name)} is ${describe(scopes)}, not an array (SecurityRequirementMustHaveValue)`,
            path: at,
          });
          continue;
        }
        const def = defs[name];
        if (!isObject(def)) continue; // undefined names: ppc-security-req-defined
        if (def.type !== 'oauth2') {
          if (scopes.length > 0)
            results.push({
              message: `Security requirement ${quote(name)} (${show(def.type)}) lists scopes; it must be [] (SecurityRequirementMustHaveEmptyValue)`,
              path: at,
            });
          continue;
        }
        const known = isObject(def.scopes) ? def.scopes : {};
        scopes.forEach((scope, j) => {
          if (typeof scope === 'string' && Object.prototype.hasOwnProperty.call(known, scope)) return;
          results.push({
            message: `Scope ${quote(show(scope))} of security requirement ${quote(name)} is not one of its definition's scopes (OAuthSecurityRequirementValueMustBeScopeName)`,
            path: [...at, j],
          });
        });
      }
    });
  }
  return results;
});

export default defineRule('ppc-security-req-scopes', {
  description:
    'Security requirement values are arrays: `[]` for basic and API key schemes, and for OAuth 2.0 only scope names that its definition declares.',
  message: '{{error}}; fix the requirement (Microsoft validates requirement values against the security definition).',
  severity: 'error',
  formats: [oas2],
  given: SECURITY_REQUIREMENTS,
  resolved: false,
  then: { function: checkRequirementScopes },
  'x-ppc': {
    requirements: ['security-req-scopes'],
    section: '8.1',
    sources: [
      'L-SVR SecurityRequirementMustHaveEmptyValue',
      'L-SVR OAuthSecurityRequirementValueMustBeScopeName',
      'L-SVR SecurityRequirementMustHaveValue',
    ],
    validatorMessage:
      'SecurityRequirementMustHaveEmptyValue / OAuthSecurityRequirementValueMustBeScopeName / SecurityRequirementMustHaveValue',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'Scopes on an API key requirement.',
          edits: [{ op: 'set', path: '/security/0/api_key', value: ['read'] }],
        },
        { description: 'null instead of an array.', edits: [{ op: 'set', path: '/security/0/api_key', value: null }] },
        { description: 'An OAuth scope the definition does not declare.', edits: useOAuth({}, ['tasks.admin']) },
      ],
      valid: [
        { description: 'An API key requirement with [].', edits: [] },
        { description: 'A declared OAuth scope.', edits: useOAuth() },
      ],
    },
  },
});

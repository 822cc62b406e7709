import type { IFunctionResult } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { SECURITY_DEFINITIONS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote, show } from '../../utils/guards';
import { useOAuth } from './example-edits';

const describe = (v: unknown): string =>
  Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : show(v);
const FLOWS = ['implicit', 'password', 'application', 'accessCode'];
const KEYS: Record<string, string[]> = {
  basic: ['type', 'description'],
  apiKey: ['type', 'name', 'in', 'description'],
  oauth2: ['type', 'flow', 'authorizationUrl', 'tokenUrl', 'scopes', 'description'],
};

function checkUrl(def: Record<string, unknown>, key: string, path: JsonPath, label: string): IFunctionResult[] {
  const v = def[key];
  if (v === undefined) return [{ message: `${label} has no ${quote(key)} (required by its flow)`, path }];
  if (typeof v !== 'string')
    return [{ message: `${label} has a ${quote(key)} that is not a string (${describe(v)})`, path: [...path, key] }];
  let url: URL | undefined;
  try {
    url = new URL(v);
  } catch {
    url = undefined;
  }
  if (!url) return [{ message: `${label} has ${quote(key)}: ${quote(v)}, not an absolute URL`, path: [...path, key] }];
  if (url.protocol !== 'https:')
    return [{ message: `${label} has ${quote(key)}: ${quote(v)}, not an https URL`, path: [...path, key] }];
  return [];
}

function checkDefinition(name: string, def: unknown, path: JsonPath): IFunctionResult[] {
  const label = `Security definition ${quote(name)}`;
  if (!isObject(def)) return [{ message: `${label} is ${describe(def)}, not an object`, path }];
  const type = def.type;
  if (typeof type !== 'string' || !Object.hasOwn(KEYS, type)) {
    const fixed =
      typeof type === 'string'
        ? Object.keys(KEYS).find((k) => k.toLowerCase() === type.trim().toLowerCase())
        : undefined;
    return [
      {
        message: `${label} has "type": ${quote(describe(type))} (${fixed ? `use "${fixed}"; values are case-sensitive` : 'connectors support "basic", "apiKey" and "oauth2"'})`,
        path: type === undefined ? path : [...path, 'type'],
      },
    ];
  }
  const results: IFunctionResult[] = [];
  if (type === 'apiKey') {
    if (typeof def.name !== 'string' || def.name.trim() === '')
      results.push({
        message: `${label} has no "name" (the header or query parameter that carries the key)`,
        path: def.name === undefined ? path : [...path, 'name'],
      });
    if (def.in !== 'header' && def.in !== 'query')
      results.push({
        message: `${label} has "in": ${quote(describe(def.in))} (use "header" or "query")`,
        path: def.in === undefined ? path : [...path, 'in'],
      });
  }
  if (type === 'oauth2') {
    const flow = def.flow;
    if (typeof flow !== 'string' || !FLOWS.includes(flow)) {
      results.push({
        message: `${label} has "flow": ${quote(describe(flow))} (use "accessCode", "implicit", "password" or "application")`,
        path: flow === undefined ? path : [...path, 'flow'],
      });
    } else {
      if (flow === 'implicit' || flow === 'accessCode') results.push(...checkUrl(def, 'authorizationUrl', path, label));
      if (flow !== 'implicit') results.push(...checkUrl(def, 'tokenUrl', path, label));
      if (flow === 'implicit' && def.tokenUrl !== undefined)
        results.push({
          message: `${label} has a "tokenUrl", which the implicit flow does not use`,
          path: [...path, 'tokenUrl'],
        });
    }
    if (def.scopes !== undefined) {
      if (!isObject(def.scopes))
        results.push({
          message: `${label} has "scopes" that is ${describe(def.scopes)}, not an object of scope → description`,
          path: [...path, 'scopes'],
        });
      else {
        for (const [scope, text] of Object.entries(def.scopes)) {
          if (typeof text !== 'string')
            results.push({
              message: `${label} has scope ${quote(scope)} whose description is not a string (${describe(text)})`,
              path: [...path, 'scopes', scope],
            });
        }
      }
    }
  }
  if (def.description !== undefined && typeof def.description !== 'string')
    results.push({ message: `${label} has a "description" that is not a string`, path: [...path, 'description'] });
  for (const key of Object.keys(def)) {
    if (
      !KEYS[type].includes(key) &&
      !key.startsWith('x-') &&
      !(type === 'oauth2' && def.flow === 'implicit' && key === 'tokenUrl')
    ) {
      results.push({ message: `${label} (${type}) has the unknown key ${quote(key)}`, path: [...path, key] });
    }
  }
  return results;
}

export const checkSecurityDefinitions = documentFunction('securityDefinitionTypes', (doc) => {
  if (!isObject(doc) || doc.securityDefinitions === undefined) return [];
  const defs = doc.securityDefinitions;
  if (!isObject(defs))
    return [{ message: `securityDefinitions is ${describe(defs)}, not an object`, path: ['securityDefinitions'] }];
  return Object.entries(defs).flatMap(([name, def]) => checkDefinition(name, def, ['securityDefinitions', name]));
});

export default defineRule('ppc-secdef-types', {
  description:
    'Each security definition is `basic`, `apiKey` (with `name` and `in`: header or query) or `oauth2` (with a supported `flow` and the https `authorizationUrl` / `tokenUrl` that flow needs), with no other keys.',
  message:
    '{{error}}; fix the definition (Microsoft rejects other schemes: SecuritySchemePropertyRequired / SecuritySchemePropertyNotValid).',
  severity: 'error',
  formats: [oas2],
  given: SECURITY_DEFINITIONS,
  resolved: false,
  then: { function: checkSecurityDefinitions },
  'x-ppc': {
    requirements: ['secdef-types', 'auth-supported'],
    section: '8.1',
    sources: [
      'R-SCH-API',
      'L-SVR SecuritySchemePropertyRequired',
      'L-SVR SecuritySchemePropertyNotValid',
      'L-SUB',
      'L-FAQ',
    ],
    validatorMessage: 'SecuritySchemePropertyRequired / SecuritySchemePropertyNotValid',
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'An API key in a cookie.',
          edits: [{ op: 'set', path: '/securityDefinitions/api_key/in', value: 'cookie' }],
        },
        {
          description: 'An authorization-code flow without a token URL.',
          edits: [...useOAuth(), { op: 'remove', path: '/securityDefinitions/oauth2_auth/tokenUrl' }],
        },
        {
          description: 'A plain-http token URL.',
          edits: useOAuth({ tokenUrl: 'http://login.contoso.com/oauth2/token' }),
        },
      ],
      valid: [
        { description: 'An API key in a header.', edits: [] },
        { description: 'OAuth 2.0 authorization code.', edits: useOAuth() },
      ],
    },
  },
});

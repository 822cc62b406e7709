/** Example edits for the security rules. */
import type { ExampleEdit } from '../../types';

export function oauth2(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'oauth2',
    flow: 'accessCode',
    authorizationUrl: 'https://login.contoso.com/oauth2/authorize',
    tokenUrl: 'https://login.contoso.com/oauth2/token',
    scopes: { 'tasks.read': 'Read tasks', 'tasks.write': 'Create and update tasks' },
    ...overrides,
  };
}

/** Replace the API key with OAuth 2.0 (authorization code) and require the given scopes. */
export function useOAuth(overrides: Record<string, unknown> = {}, scopes: unknown = ['tasks.read']): ExampleEdit[] {
  return [
    { op: 'set', path: '/securityDefinitions', value: { oauth2_auth: oauth2(overrides) } },
    { op: 'set', path: '/security', value: [{ oauth2_auth: scopes }] },
  ];
}

/** Builders for security definitions: the valid fixture with one OAuth 2.0 definition and a requirement on it. */
import { oauth2 } from '../../src/rules/security/example-edits';
import { validSwagger } from './lint';

/** The valid fixture with `oauth2_auth` (the rules' documented OAuth definition, overridden) required with `scopes`. */
export function oauthDoc(
  overrides: Record<string, unknown> = {},
  scopes: unknown = ['tasks.read'],
): Record<string, any> {
  const doc = validSwagger();
  doc.securityDefinitions = { oauth2_auth: oauth2(overrides) };
  doc.security = [{ oauth2_auth: scopes }];
  return doc;
}

/** Shared reading of OAuth connection parameters. */
import type { JsonPath } from '@stoplight/types';
import { isObject } from '../../utils/guards';

/** The identity providers of the apiProperties schema. */
export const IDENTITY_PROVIDERS = ['oauth2', 'oauth2generic', 'aad', 'aadcertificate', 'facebook'];
/** Providers the docs name and merged connectors use beyond the schema's list. */
export const OTHER_PROVIDERS = ['github', 'google', 'dropbox', 'docusign'];

/** The `oAuthSettings` of an `oauthSetting` parameter, when it is one. */
export function oauthSettingsOf(parameter: unknown): Record<string, unknown> | undefined {
  if (!isObject(parameter) || parameter.type !== 'oauthSetting') return undefined;
  return isObject(parameter.oAuthSettings) ? parameter.oAuthSettings : undefined;
}

export const SETTINGS_AT: JsonPath = ['oAuthSettings'];

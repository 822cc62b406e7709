import { propertiesFile } from '../api-properties/shared';
import { rangeOfPath } from '../files/connector-files';
import { defineFolderRule, type FolderFinding } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { connectionParameters, propertiesOf } from './shared';

export default defineFolderRule('ppc-auth-consistency', {
  description:
    "The definition's security definitions and apiProperties.json's connection parameters agree: OAuth 2.0 ↔ an `oauthSetting` parameter, API key ↔ a `securestring` parameter, basic ↔ `username` and `password` parameters.",
  severity: 'warn',
  check(connector) {
    const doc = connector.swagger?.document?.data;
    const properties = propertiesOf(connector);
    const file = connector.apiProperties;
    if (!isObject(doc) || !properties || !file) return [];
    const defs = isObject(doc.securityDefinitions)
      ? Object.entries(doc.securityDefinitions).filter((e): e is [string, Record<string, unknown>] => isObject(e[1]))
      : [];
    const params = connectionParameters(properties);
    const types = new Set(params.map(([, p]) => p.type));
    const names = new Set(params.map(([n]) => n.toLowerCase()));
    const findings: FolderFinding[] = [];
    const at = ['properties', 'connectionParameters'];
    const source = file.file.path;
    const range = rangeOfPath(file, at);
    for (const [name, def] of defs) {
      if (def.type === 'oauth2' && !types.has('oauthSetting')) {
        findings.push({
          source,
          path: at,
          range,
          message: `The definition's security definition ${quote(name)} is OAuth 2.0, but apiProperties.json has no "oauthSetting" connection parameter; add "token": { "type": "oauthSetting", "oAuthSettings": { … } }.`,
        });
      } else if (def.type === 'apiKey' && !types.has('securestring')) {
        findings.push({
          source,
          path: at,
          range,
          message: `The definition's security definition ${quote(name)} is an API key, but apiProperties.json has no "securestring" connection parameter to hold it; add one (usually "api_key").`,
        });
      } else if (def.type === 'basic' && !(names.has('username') && names.has('password'))) {
        findings.push({
          source,
          path: at,
          range,
          message: `The definition's security definition ${quote(name)} is basic authentication, but apiProperties.json lacks the "username" and "password" connection parameters; add them ("password" as "securestring").`,
        });
      }
    }
    const oauthDefined = defs.some(([, d]) => d.type === 'oauth2');
    for (const [name, p] of params) {
      if (p.type === 'oauthSetting' && !oauthDefined) {
        const path = [...at, name];
        findings.push({
          source,
          path,
          range: rangeOfPath(file, path) ?? range,
          message: `Connection parameter ${quote(name)} is OAuth ("oauthSetting"), but the definition has no OAuth 2.0 security definition; add one to securityDefinitions (with the same authorization and token URLs).`,
        });
      }
    }
    return findings;
  },
  'x-ppc': {
    requirements: ['auth-consistency', 'auth-supported'],
    section: '8.1',
    sources: ['R-PACONN upsert.py', 'R-README', 'CORPUS'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'An API key definition without a securestring parameter.',
          files: {
            'apiProperties.json': propertiesFile({ connectionParameters: { region: { type: 'string' } } }),
          },
        },
      ],
      valid: [{ description: 'An API key definition and a securestring parameter.', files: {} }],
    },
  },
});

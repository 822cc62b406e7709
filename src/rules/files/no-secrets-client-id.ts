import type { JsonPath } from '@stoplight/types';
import { defineFolderRule, type FolderFinding } from '../../types';
import { isObject } from '../../utils/guards';
import { rangeOfPath } from './connector-files';
import { isGuid, isPlaceholder, looksLikeToken, masked } from './secrets';

function walk(
  node: unknown,
  path: JsonPath,
  visit: (key: string, value: unknown, path: JsonPath) => void,
  depth = 0,
): void {
  if (depth > 32) return;
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i], visit, depth + 1));
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      visit(key, value, [...path, key]);
      walk(value, [...path, key], visit, depth + 1);
    }
  }
}

export default defineFolderRule('ppc-no-secrets-client-id', {
  description:
    'The OAuth `clientId` in apiProperties.json is a placeholder such as `[[DummyValue]]`, not the real application ID.',
  severity: 'warn',
  check(connector) {
    const file = connector.apiProperties;
    if (!file || file.tooLarge) return [];
    const findings: FolderFinding[] = [];
    walk(file.document?.data, [], (key, value, path) => {
      if (!/^client[-_]?id$/i.test(key) || typeof value !== 'string' || isPlaceholder(value)) return;
      const real = (isGuid(value) && !/^[0-]+$/.test(value.trim())) || looksLikeToken(value);
      if (!real) return;
      findings.push({
        source: file.file.path,
        path,
        range: rangeOfPath(file, path),
        message: `${file.file.name} sets ${path.map(String).join('.')} to ${masked(value)}, which looks like a real OAuth client ID; replace it with "[[DummyValue]]" and give the real one in the certification portal (reviewers ask for this).`,
      });
    });
    return findings;
  },
  'x-ppc': {
    requirements: ['no-secrets'],
    section: '1',
    sources: ['PR#611', 'R-README'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A real-looking application ID.',
          files: {
            'apiProperties.json': {
              json: {
                properties: {
                  connectionParameters: {
                    token: {
                      type: 'oauthSetting',
                      oAuthSettings: {
                        identityProvider: 'aad',
                        clientId: '3f9c2b1e-7d4a-4e8b-9c1f-2a6b8d0e5f47',
                        scopes: [],
                        redirectMode: 'GlobalPerConnector',
                      },
                    },
                  },
                  iconBrandColor: '#0f6cbd',
                  capabilities: [],
                  publisher: 'Contoso Ltd',
                  stackOwner: 'Contoso Ltd',
                },
              },
            },
          },
        },
      ],
      valid: [
        {
          description: 'The placeholder reviewers ask for.',
          files: {
            'apiProperties.json': {
              json: {
                properties: {
                  connectionParameters: {
                    token: {
                      type: 'oauthSetting',
                      oAuthSettings: {
                        identityProvider: 'aad',
                        clientId: '[[DummyValue]]',
                        scopes: [],
                        redirectMode: 'GlobalPerConnector',
                      },
                    },
                  },
                  iconBrandColor: '#0f6cbd',
                  capabilities: [],
                  publisher: 'Contoso Ltd',
                  stackOwner: 'Contoso Ltd',
                },
              },
            },
          },
        },
      ],
    },
  },
});

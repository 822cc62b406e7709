import { oauthConnectionParameters, propertiesFile } from '../api-properties/shared';
import { defineFolderRule, type FolderFinding } from '../../types';
import { findingAt } from './connector-files';
import { showPath, stringsUnderKey } from './json-walk';
import { isGuid, isPlaceholder, looksLikeToken, masked } from './secrets';

export default defineFolderRule('ppc-no-secrets-client-id', {
  description:
    'The OAuth `clientId` in apiProperties.json is a placeholder such as `[[DummyValue]]`, not the real application ID.',
  severity: 'warn',
  check(connector) {
    const file = connector.apiProperties;
    if (!file || file.tooLarge) return [];
    const findings: FolderFinding[] = [];
    for (const { value, path } of stringsUnderKey(file.document?.data, /^client[-_]?id$/i)) {
      if (isPlaceholder(value)) continue;
      const real = (isGuid(value) && !/^[0-]+$/.test(value.trim())) || looksLikeToken(value);
      if (!real) continue;
      findings.push(
        findingAt(
          file,
          path,
          `${file.file.name} sets ${showPath(path)} to ${masked(value)}, which looks like a real OAuth client ID; replace it with "[[DummyValue]]" and give the real one in the certification portal (reviewers ask for this).`,
        ),
      );
    }
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
            'apiProperties.json': propertiesFile({
              connectionParameters: oauthConnectionParameters({
                identityProvider: 'aad',
                clientId: '3f9c2b1e-7d4a-4e8b-9c1f-2a6b8d0e5f47',
                scopes: [],
                redirectMode: 'GlobalPerConnector',
              }),
            }),
          },
        },
      ],
      valid: [
        {
          description: 'The placeholder reviewers ask for.',
          files: {
            'apiProperties.json': propertiesFile({
              connectionParameters: oauthConnectionParameters({
                identityProvider: 'aad',
                clientId: '[[DummyValue]]',
                scopes: [],
                redirectMode: 'GlobalPerConnector',
              }),
            }),
          },
        },
      ],
    },
  },
});

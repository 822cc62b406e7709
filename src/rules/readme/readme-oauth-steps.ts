import { defineFolderRule } from '../../types';
import { oauthConnectionParameters } from '../api-properties/shared';
import { connectionParameters, propertiesOf } from '../cross/shared';
import { findSection, headingsOf, readmeText, sectionLines, SECTIONS } from './headings';

/** Words a set of OAuth app-registration steps cannot do without. */
const APP_STEPS = /\b(app|apps|application|client[\s_-]?id|client[\s_-]?secret|oauth|redirect|consent)\b/i;

/** An independent publisher's apiProperties.json that signs in with OAuth. */
const OAUTH_PROPERTIES = {
  json: {
    properties: {
      connectionParameters: oauthConnectionParameters({ identityProvider: 'oauth2', clientId: '[[DummyValue]]' }),
      iconBrandColor: '#da3b01',
      publisher: 'Jane Doe',
      stackOwner: 'Contoso Ltd',
    },
  },
};

export default defineFolderRule('ppc-readme-oauth-steps', {
  description:
    "When an independent-publisher connector signs in with OAuth, the readme's `Obtaining Credentials` section gives the steps to register the OAuth app (Microsoft creates the app from them).",
  severity: 'error',
  check(connector) {
    const text = readmeText(connector.readme);
    const properties = propertiesOf(connector);
    if (text === undefined || !connector.readme || !properties) return [];
    if (!connectionParameters(properties).some(([, p]) => p.type === 'oauthSetting')) return [];
    const headings = headingsOf(text);
    const section = findSection(headings, SECTIONS.credentials);
    // A missing section is ppc-readme-required-sections' finding; this rule judges what the section says.
    if (!section || APP_STEPS.test(sectionLines(text, headings, section).join('\n'))) return [];
    return [
      {
        source: connector.readme.file.path,
        range: { start: { line: section.line, character: 0 }, end: { line: section.line, character: 0 } },
        message: `${connector.readme.file.name}'s "${section.text}" section does not say how to register the OAuth app; apiProperties.json signs in with OAuth, so list the steps (where to create the app, its redirect URL ${'https://global.consent.azure-apim.net/redirect'}, the scopes, and where the client ID and secret are found).`,
      },
    ];
  },
  'x-ppc': {
    requirements: ['readme-oauth-steps'],
    section: '13',
    sources: ['R-README', 'R-PRT', 'L-IP', 'L-CS'],
    specLevel: 'E',
    profiles: { certified: false },
    examples: {
      invalid: [
        {
          description: 'OAuth sign-in, and the credentials section speaks only of an account.',
          files: {
            'apiProperties.json': OAUTH_PROPERTIES,
            'readme.md':
              '# Contoso Tasks\nTracks work.\n\n## Publisher: Jane Doe\n\n## Obtaining Credentials\nSign up for a Contoso account.\n',
          },
        },
      ],
      valid: [
        {
          description: 'The app registration steps.',
          files: {
            'apiProperties.json': OAUTH_PROPERTIES,
            'readme.md':
              '# Contoso Tasks\nTracks work.\n\n## Publisher: Jane Doe\n\n## Obtaining Credentials\nIn the Contoso developer portal, register an app with the redirect URL below and copy its client ID.\n',
          },
        },
      ],
    },
  },
});

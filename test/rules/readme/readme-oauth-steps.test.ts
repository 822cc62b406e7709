import { lintFolderRule, SEVERITY } from '../../helpers/lint';

const ID = 'ppc-readme-oauth-steps';
const OAUTH = {
  json: {
    properties: {
      connectionParameters: {
        token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', clientId: '[[DummyValue]]' } },
      },
      iconBrandColor: '#da3b01',
      publisher: 'Jane Doe',
      stackOwner: 'Contoso Ltd',
    },
  },
};
const readme = (credentials: string) =>
  `# Contoso Tasks\nTracks work.\n\n## Publisher: Jane Doe\n\n## Obtaining Credentials\n${credentials}\n\n## Known Issues and Limitations\nNone; the app is fine.\n`;

describe(ID, () => {
  it('reports an OAuth connector whose credentials section gives no app steps, at the heading (independent publisher)', async () => {
    const [finding, ...rest] = await lintFolderRule(
      ID,
      { 'apiProperties.json': OAUTH, 'readme.md': readme('Sign up for a Contoso account.') },
      'independent-publisher',
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: SEVERITY.error, range: { start: { line: 5 } } });
    expect(finding.message).toContain(
      'readme.md\'s "Obtaining Credentials" section does not say how to register the OAuth app',
    );
  });

  it('is silent with app steps, without OAuth, without the section, and in the certified profile', async () => {
    expect(
      await lintFolderRule(
        ID,
        {
          'apiProperties.json': OAUTH,
          'readme.md': readme('Register an app in the Contoso portal and copy its client ID.'),
        },
        'independent-publisher',
      ),
    ).toEqual([]);
    expect(
      await lintFolderRule(ID, { 'readme.md': readme('Sign up for a Contoso account.') }, 'independent-publisher'),
    ).toEqual([]);
    expect(
      await lintFolderRule(
        ID,
        { 'apiProperties.json': OAUTH, 'readme.md': '# Contoso Tasks\nTracks work.\n' },
        'independent-publisher',
      ),
    ).toEqual([]);
    expect(
      await lintFolderRule(
        ID,
        { 'apiProperties.json': OAUTH, 'readme.md': readme('Sign up for a Contoso account.') },
        'certified',
      ),
    ).toEqual([]);
  });
});

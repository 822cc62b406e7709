import { rangeOfPath } from '../files/connector-files';
import { defineFolderRule, type FolderFinding } from '../../types';
import { isObject, jsonValue } from '../../utils/guards';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export default defineFolderRule('ppc-settings-values', {
  description:
    'settings.json values are well formed: `environment` a lower-case GUID, `powerAppsApiVersion` and `flowApiVersion` "2016-11-01", `powerAppsUrl` and `flowUrl` https URLs.',
  severity: 'warn',
  check(connector) {
    const file = connector.settings;
    const doc = file?.document?.data;
    if (!file || !isObject(doc)) return [];
    const findings: FolderFinding[] = [];
    const report = (key: string, what: string) =>
      findings.push({
        source: file.file.path,
        path: [key],
        range: rangeOfPath(file, [key]),
        message: `settings.json ${key} is ${jsonValue(doc[key])}; ${what}.`,
      });
    // Empty values are what `paconn download` leaves for the user to fill in.
    const given = (key: string) => Object.hasOwn(doc, key) && doc[key] !== '' && doc[key] !== null;
    if (given('environment') && !(typeof doc.environment === 'string' && GUID.test(doc.environment)))
      report('environment', 'write the environment ID as a lower-case GUID');
    for (const key of ['powerAppsApiVersion', 'flowApiVersion'])
      if (given(key) && doc[key] !== '2016-11-01')
        report(key, 'write "2016-11-01" (the only API version paconn supports)');
    for (const key of ['powerAppsUrl', 'flowUrl'])
      if (given(key) && !(typeof doc[key] === 'string' && /^https:\/\/[^\s/]+/.test(doc[key])))
        report(key, 'write an https URL');
    return findings;
  },
  'x-ppc': {
    requirements: ['settings-environment-guid', 'settings-api-version', 'settings-urls'],
    section: '12',
    sources: ['R-SCH-SET'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An environment name and an old API version.',
          files: { 'settings.json': { json: { environment: 'Contoso (default)', powerAppsApiVersion: '2016-01-01' } } },
        },
      ],
      valid: [
        {
          description: 'A GUID and the supported version.',
          files: {
            'settings.json': {
              json: {
                environment: '7d1e2f60-7c4b-4d1f-9a55-1b6a3c2d9e10',
                powerAppsApiVersion: '2016-11-01',
                flowUrl: 'https://api.flow.microsoft.com',
              },
            },
          },
        },
      ],
    },
  },
});

import { rangeOfPath } from '../files/connector-files';
import { defineFolderRule } from '../../types';
import { isObject, quote } from '../../utils/guards';

/** Keys paconn reads from settings.json (the schema's list plus `script` and paconn's login options). */
export const SETTINGS_KEYS = [
  '$schema',
  'connectorId',
  'environment',
  'apiProperties',
  'apiDefinition',
  'icon',
  'script',
  'powerAppsUrl',
  'powerAppsApiVersion',
  'flowUrl',
  'flowApiVersion',
  'clientId',
  'tenant',
  'authorityUrl',
  'resource',
];

export default defineFolderRule('ppc-settings-keys', {
  description:
    "`settings.json` holds only the keys paconn reads: connectorId, environment, apiProperties, apiDefinition, icon, script, powerAppsUrl, powerAppsApiVersion, flowUrl, flowApiVersion (and paconn's login options).",
  severity: 'error',
  check(connector) {
    const file = connector.settings;
    const doc = file?.document?.data;
    if (!file || !isObject(doc)) return [];
    return Object.keys(doc)
      .filter((key) => !SETTINGS_KEYS.includes(key))
      .map((key) => {
        const near = SETTINGS_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
        return {
          source: file.file.path,
          path: [key],
          range: rangeOfPath(file, [key]),
          message: `settings.json has the unknown key ${quote(key)}; ${near ? `rename it to "${near}"` : 'remove it'} (paconn rejects keys it does not know).`,
        };
      });
  },
  'x-ppc': {
    requirements: ['settings-keys'],
    section: '12',
    sources: ['R-SCH-SET', 'R-PACONN settingsserializer.py'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A misspelt key.',
          files: {
            'settings.json': {
              json: {
                connectorId: '',
                environment: '',
                apiProperties: 'apiProperties.json',
                apiDefinitions: 'apiDefinition.swagger.json',
              },
            },
          },
        },
      ],
      valid: [
        {
          description: 'The paconn keys.',
          files: {
            'settings.json': {
              json: {
                connectorId: '',
                environment: '',
                apiProperties: 'apiProperties.json',
                apiDefinition: 'apiDefinition.swagger.json',
                powerAppsApiVersion: '2016-11-01',
              },
            },
          },
        },
      ],
    },
  },
});

import { propertiesFile } from '../api-properties/shared';
import { defineFolderRule } from '../../types';
import { isObject } from '../../utils/guards';
import { VALID_SCRIPT } from './examples';

export default defineFolderRule('ppc-code-no-gateway', {
  description:
    'A connector with custom code does not use the on-premises data gateway (`gatewaySetting` parameters or the `gateway` capability): custom code does not run through it.',
  severity: 'warn',
  check(connector) {
    const doc = connector.apiProperties?.document?.data;
    if (connector.scripts.length === 0 || !isObject(doc) || !isObject(doc.properties)) return [];
    const props = doc.properties;
    const params = isObject(props.connectionParameters) ? Object.values(props.connectionParameters) : [];
    const gateway =
      params.some((p) => isObject(p) && p.type === 'gatewaySetting') ||
      (Array.isArray(props.capabilities) && props.capabilities.includes('gateway'));
    if (!gateway) return [];
    return [
      {
        source: connector.apiProperties?.file.path,
        message:
          'The connector has custom code and uses the on-premises data gateway; custom code does not work through the gateway: drop one of them.',
      },
    ];
  },
  'x-ppc': {
    requirements: ['code-no-gateway'],
    section: '15',
    sources: ['L-CODE FAQ'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A script and the gateway capability.',
          files: {
            'script.csx': VALID_SCRIPT,
            'apiProperties.json': propertiesFile({ capabilities: ['gateway'] }),
          },
        },
      ],
      valid: [{ description: 'A script without the gateway.', files: { 'script.csx': VALID_SCRIPT } }],
    },
  },
});

import { propertiesFile } from '../api-properties/shared';
import { findingAt } from '../files/connector-files';
import { defineFolderRule, type FolderFinding } from '../../types';
import { jsonValue, quote } from '../../utils/guards';
import { closest, operationIds, propertiesOf } from './shared';

export default defineFolderRule('ppc-script-operations', {
  description: '`scriptOperations` in apiProperties.json is a list of operationIds that exist in the definition.',
  severity: 'error',
  check(connector) {
    const properties = propertiesOf(connector);
    const file = connector.apiProperties;
    if (!properties || !file || !Object.hasOwn(properties, 'scriptOperations')) return [];
    const list = properties.scriptOperations;
    const at = ['properties', 'scriptOperations'];
    if (!Array.isArray(list)) {
      return [
        findingAt(
          file,
          at,
          `scriptOperations is ${jsonValue(list)}; write a list of operationIds (an empty list runs the script for every operation).`,
        ),
      ];
    }
    const ids = operationIds(connector);
    const findings: FolderFinding[] = [];
    list.forEach((id, i) => {
      const path = [...at, i];
      if (typeof id !== 'string')
        findings.push(
          findingAt(file, path, `scriptOperations[${i}] is ${jsonValue(id)}; list operationIds as strings.`),
        );
      else if (ids && !ids.has(id))
        findings.push(
          findingAt(
            file,
            path,
            `scriptOperations lists ${quote(id)}, which no operation of the definition has as operationId${closest(id, ids)}; fix or remove it.`,
          ),
        );
    });
    return findings;
  },
  'x-ppc': {
    requirements: ['script-operations'],
    section: '10',
    sources: ['L-PAC', 'R-PACONN README'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An operationId that does not exist.',
          files: {
            'apiProperties.json': propertiesFile({ scriptOperations: ['ListTask'] }),
          },
        },
      ],
      valid: [
        {
          description: 'Existing operationIds.',
          files: {
            'apiProperties.json': propertiesFile({ scriptOperations: ['ListTasks', 'CreateTask'] }),
          },
        },
      ],
    },
  },
});

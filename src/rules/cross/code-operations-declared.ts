import { propertiesFile } from '../api-properties/shared';
import { rangeAt } from '../files/connector-files';
import { defineFolderRule, type FolderFinding } from '../../types';
import { quote } from '../../utils/guards';
import { operationIdsTested, scripts } from '../script/csharp';
import { scriptFor } from '../script/examples';
import { closest, operationIds, propertiesOf } from './shared';

const PROPS = (scriptOperations?: string[]) => propertiesFile({ ...(scriptOperations ? { scriptOperations } : {}) });

export default defineFolderRule('ppc-code-operations-declared', {
  description:
    'Every operationId the custom code branches on (`Context.OperationId == "X"`, `case "X":`) exists in the definition and, when `scriptOperations` lists operations, is listed there.',
  severity: 'warn',
  check(connector) {
    const ids = operationIds(connector);
    const properties = propertiesOf(connector);
    const listed =
      properties && Array.isArray(properties.scriptOperations) && properties.scriptOperations.length > 0
        ? new Set(properties.scriptOperations.filter((x): x is string => typeof x === 'string'))
        : undefined;
    const findings: FolderFinding[] = [];
    for (const { file, text, code } of scripts(connector)) {
      const reported = new Set<string>();
      for (const { id, offset } of operationIdsTested(code)) {
        if (reported.has(id)) continue;
        const range = rangeAt(text, offset, id.length);
        if (ids && !ids.has(id)) {
          reported.add(id);
          findings.push({
            source: file.path,
            range,
            message: `${file.name} branches on the operationId ${quote(id)}, which the definition does not have${closest(id, ids)}; fix the name or remove the branch.`,
          });
        } else if (listed && !listed.has(id)) {
          reported.add(id);
          findings.push({
            source: file.path,
            range,
            message: `${file.name} branches on ${quote(id)}, but scriptOperations in apiProperties.json does not list it, so the script never runs for it; add it to scriptOperations.`,
          });
        }
      }
    }
    return findings;
  },
  'x-ppc': {
    requirements: ['code-operations-declared'],
    section: '15',
    sources: ['L-PAC'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A case for an operation the definition lacks.',
          files: { 'script.csx': scriptFor(['ListTasks', 'ArchiveTask']) },
        },
        {
          description: 'An operation missing from scriptOperations.',
          files: { 'script.csx': scriptFor(['ListTasks', 'GetTask']), 'apiProperties.json': PROPS(['ListTasks']) },
        },
      ],
      valid: [
        {
          description: 'Cases for listed, existing operations.',
          files: {
            'script.csx': scriptFor(['ListTasks', 'GetTask']),
            'apiProperties.json': PROPS(['ListTasks', 'GetTask']),
          },
        },
      ],
    },
  },
});

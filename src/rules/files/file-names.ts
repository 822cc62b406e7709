import { defineFolderRule, type FolderFinding } from '../../types';
import { CANONICAL_PROPERTIES, CANONICAL_SCRIPT, CANONICAL_SWAGGER, isScriptName } from './connector-files';

export default defineFolderRule('ppc-file-names', {
  description:
    'The connector files use the exact names `apiDefinition.swagger.json`, `apiProperties.json` and `script.csx`.',
  severity: 'warn',
  check(connector) {
    if (connector.dir === null) return [];
    const findings: FolderFinding[] = [];
    const swaggers = connector.files.filter((f) => f.kind === 'swagger');
    for (const f of swaggers) {
      if (f.name === CANONICAL_SWAGGER) continue;
      const also = swaggers.some((s) => s.name === CANONICAL_SWAGGER)
        ? ' (the folder also has apiDefinition.swagger.json; remove the extra definition)'
        : '';
      findings.push({
        source: f.path,
        message: `${f.name} should be named ${CANONICAL_SWAGGER}${also}; rename it (the pipeline and paconn look for that name).`,
      });
    }
    for (const f of connector.files) {
      if (f.kind === 'apiProperties' && f.name !== CANONICAL_PROPERTIES) {
        findings.push({
          source: f.path,
          message: `${f.name} should be named ${CANONICAL_PROPERTIES}; rename it (the pipeline and paconn look for that name).`,
        });
      }
      if (isScriptName(f.name) && f.name !== CANONICAL_SCRIPT) {
        findings.push({
          source: f.path,
          message: `${f.name} should be named ${CANONICAL_SCRIPT}; rename it (paconn and the certification package expect that name).`,
        });
      }
    }
    return findings;
  },
  'x-ppc': {
    requirements: ['file-names'],
    section: '1',
    sources: ['R-PIPE', 'CORPUS §2'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A definition named after the connector.',
          files: {
            'apiDefinition.swagger.json': null,
            'contoso-tasks.swagger.json':
              '{"swagger": "2.0", "info": {"title": "Contoso Tasks", "version": "1.0"}, "paths": {}}\n',
          },
        },
      ],
      valid: [{ description: 'The canonical names.', files: {} }],
    },
  },
});

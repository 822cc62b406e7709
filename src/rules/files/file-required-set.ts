import { defineFolderRule, type FolderFinding } from '../../types';

const REQUIRED = [
  { kind: 'swagger', name: 'apiDefinition.swagger.json', what: 'the connector definition' },
  { kind: 'apiProperties', name: 'apiProperties.json', what: 'the connection and policy properties' },
  { kind: 'readme', name: 'readme.md', what: 'the documentation page' },
] as const;

export default defineFolderRule('ppc-file-required-set', {
  description:
    'The connector folder holds `apiDefinition.swagger.json`, `apiProperties.json` and `readme.md` (plus `script.csx` when custom code is used).',
  severity: 'error',
  check(connector) {
    if (connector.dir === null) return [];
    const findings: FolderFinding[] = [];
    for (const req of REQUIRED) {
      if (connector.files.some((f) => f.kind === req.kind)) continue;
      const near = req.kind === 'readme' ? connector.files.find((f) => /^readme\b/i.test(f.name)) : undefined;
      const hint = near ? ` (found ${JSON.stringify(near.name)}; rename it to readme.md)` : '';
      findings.push({
        source: connector.dir,
        message: `The connector folder has no ${req.name} (${req.what})${hint}; add it (certification pull requests need the definition, apiProperties.json and a readme).`,
      });
    }
    return findings;
  },
  'x-ppc': {
    requirements: ['file-required-set'],
    section: '1',
    sources: ['R-README', 'L-CS step 5', 'PR#746'],
    specLevel: 'E',
    examples: {
      invalid: [
        { description: 'No readme.', files: { 'readme.md': null } },
        { description: 'No apiProperties.json.', files: { 'apiProperties.json': null } },
      ],
      valid: [
        {
          description: 'The three files, with the readme in another case.',
          files: { 'readme.md': null, 'README.md': '# Contoso Tasks\n' },
        },
      ],
    },
  },
});

import { defineFolderRule } from '../../types';
import { jsonFiles } from './loaded-files';

export default defineFolderRule('ppc-json-no-bom', {
  description: 'Connector JSON files have no UTF-8 byte-order mark: `paconn create/update` fails on one.',
  severity: 'warn',
  check(connector) {
    return jsonFiles(connector)
      .filter((f) => f.bom)
      .map((f) => ({
        source: f.file.path,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        message: `${f.file.name} starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM (paconn create/update cannot read it).`,
      }));
  },
  'x-ppc': {
    requirements: ['json-no-bom'],
    section: '1',
    sources: ['R-PACONN operations/upsert.py vs validate.py'],
    specLevel: 'W',
    fix: { kind: 'safe', description: 'Removes the byte-order mark.' },
    examples: {
      invalid: [
        {
          description: 'apiProperties.json saved with a BOM.',
          files: {
            'apiProperties.json': '\ufeff{\n    "properties": {\n        "iconBrandColor": "#0f6cbd"\n    }\n}\n',
          },
        },
      ],
      valid: [{ description: 'Files saved as plain UTF-8.', files: {} }],
    },
  },
});

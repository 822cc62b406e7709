import { isObject } from '../../utils/guards';
import { defineFolderRule } from '../../types';
import { rangeOfPath } from './connector-files';

/** The template's top-level order; keys of one group may come in any order among themselves. */
const GROUPS: ReadonlyArray<readonly string[]> = [
  ['swagger'],
  ['info'],
  ['host', 'basePath', 'schemes'],
  ['consumes', 'produces'],
  ['paths'],
  ['definitions'],
  ['parameters'],
  ['responses'],
  ['securityDefinitions'],
  ['security'],
  ['tags'],
];

const RANK = new Map<string, number>(GROUPS.flatMap((keys, rank) => keys.map((k) => [k, rank] as const)));

export const KEY_ORDER_TEXT = GROUPS.map((g) => g.join('/')).join(', ');

/** The first known top-level key that comes after a key the template puts later, with that key. */
export function firstMisplacedKey(keys: readonly string[]): { key: string; after: string } | undefined {
  let latest: { key: string; rank: number } | undefined;
  for (const key of keys) {
    const rank = RANK.get(key);
    if (rank === undefined) continue;
    if (latest && rank < latest.rank) return { key, after: latest.key };
    if (!latest || rank > latest.rank) latest = { key, rank };
  }
  return undefined;
}

export default defineFolderRule('ppc-format-key-order', {
  description: `The top-level keys of the connector definition follow the template order: ${KEY_ORDER_TEXT} (extensions anywhere).`,
  severity: 'info',
  check(connector) {
    const swagger = connector.swagger;
    const data: unknown = swagger?.document?.data;
    if (!swagger || !isObject(data)) return [];
    const misplaced = firstMisplacedKey(Object.keys(data));
    if (!misplaced) return [];
    return [
      {
        source: swagger.file.path,
        range: rangeOfPath(swagger, [misplaced.key]),
        path: [misplaced.key],
        message: `${swagger.file.name} has "${misplaced.key}" after "${misplaced.after}"; order the top-level keys ${KEY_ORDER_TEXT} (the coding standards follow the template's order).`,
      },
    ];
  },
  'x-ppc': {
    requirements: ['format-key-order'],
    section: '1',
    sources: ['L-CSTD'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: '`paths` before `info`.',
          files: {
            'apiDefinition.swagger.json':
              '{\n    "swagger": "2.0",\n    "paths": {},\n    "info": {\n        "title": "Contoso Tasks",\n        "version": "1.0"\n    }\n}\n',
          },
        },
      ],
      valid: [
        {
          description: 'The template order, with an extension at the end.',
          files: {
            'apiDefinition.swagger.json':
              '{\n    "swagger": "2.0",\n    "info": {\n        "title": "Contoso Tasks",\n        "version": "1.0"\n    },\n    "paths": {},\n    "x-ms-connector-metadata": []\n}\n',
          },
        },
      ],
    },
  },
});

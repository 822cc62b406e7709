import { rangeOfPath } from '../files/connector-files';
import { defineFolderRule, type FolderFinding } from '../../types';
import { isObject, jsonValue, quote } from '../../utils/guards';

const FILE_KEYS = ['apiProperties', 'apiDefinition', 'icon', 'script'];

/**
 * A relative `/` path with `.`, `..` and empty segments folded, as `path.posix.normalize` gives it. Written out
 * because this file is also bundled by spectral-cli, whose bundler warns on every run about a `require('path')`.
 */
function normalizeRelative(value: string): string {
  const parts: string[] = [];
  for (const part of value.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  const joined = parts.join('/');
  return joined === '' ? '.' : value.endsWith('/') ? `${joined}/` : joined;
}

/**
 * Where a settings.json path points inside the folder, or why it does not. The path is resolved as text only:
 * nothing outside the folder is read, and nothing is read at all (the folder listing is enough).
 */
export function insideFolder(value: string): { name: string } | { escape: string } {
  const normalized = value.replace(/\\/g, '/');
  if (normalized.startsWith('/') || /^[A-Za-z]:\//.test(normalized)) return { escape: 'an absolute path' };
  const resolved = normalizeRelative(normalized);
  if (resolved === '..' || resolved.startsWith('../')) return { escape: 'a path outside the connector folder' };
  return { name: resolved.replace(/^\.\//, '') };
}

export default defineFolderRule('ppc-settings-file-refs', {
  description:
    'The files `settings.json` names (apiProperties, apiDefinition, icon, script) are relative paths to files that exist inside the connector folder; a path leaving the folder is reported and never read.',
  severity: 'error',
  check(connector) {
    const file = connector.settings;
    const doc = file?.document?.data;
    if (!file || !isObject(doc) || connector.dir === null) return [];
    const present = new Set(connector.files.map((f) => f.name));
    const findings: FolderFinding[] = [];
    for (const key of FILE_KEYS) {
      if (!Object.hasOwn(doc, key)) continue;
      const value = doc[key];
      const at = [key];
      const base = { source: file.file.path, path: at, range: rangeOfPath(file, at) };
      if (typeof value !== 'string' || value.trim() === '') {
        if (value !== null && value !== '')
          findings.push({
            ...base,
            message: `settings.json ${key} is ${jsonValue(value)}; give the file name, relative to the connector folder.`,
          });
        continue;
      }
      const where = insideFolder(value.trim());
      if ('escape' in where) {
        findings.push({
          ...base,
          message: `settings.json ${key} is ${quote(value)}, ${where.escape}; name a file inside the connector folder (files outside it are not read or submitted).`,
        });
      } else if (!present.has(where.name)) {
        const near = [...present].find((n) => n.toLowerCase() === where.name.toLowerCase());
        findings.push({
          ...base,
          message: `settings.json ${key} names ${quote(value)}, which is not in the connector folder${near ? ` (found "${near}": names are case-sensitive on Linux)` : ''}; fix the name.`,
        });
      }
    }
    return findings;
  },
  'x-ppc': {
    requirements: ['settings-file-refs'],
    section: '12',
    sources: ['L-PAC'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A path outside the folder.',
          files: {
            'settings.json': {
              json: { apiProperties: '../shared/apiProperties.json', apiDefinition: 'apiDefinition.swagger.json' },
            },
          },
        },
        {
          description: 'A missing icon.',
          files: {
            'settings.json': {
              json: {
                apiProperties: 'apiProperties.json',
                apiDefinition: 'apiDefinition.swagger.json',
                icon: 'icon.png',
              },
            },
          },
        },
      ],
      valid: [
        {
          description: 'Files of the folder.',
          files: {
            'settings.json': {
              json: { apiProperties: 'apiProperties.json', apiDefinition: './apiDefinition.swagger.json', icon: null },
            },
          },
        },
      ],
    },
  },
});

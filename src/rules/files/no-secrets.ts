import { oauthConnectionParameters, propertiesFile } from '../api-properties/shared';
import type { JsonPath } from '@stoplight/types';
import type { Connector, LoadedFile } from '../../connector/load';
import { defineFolderRule, type FolderFinding } from '../../types';
import { findingAt, rangeAt, scriptTexts } from './connector-files';
import { showPath, stringsUnderKey, walkObjects } from './json-walk';
import {
  confirmsSecret,
  isPlaceholder,
  isSecretName,
  KNOWN_SECRET_FORMATS,
  looksLikeToken,
  masked,
  mayHold,
} from './secrets';

/**
 * Keys whose value is a sample or default that users and reviewers see. `x-ms-test-value` is left to
 * ppc-test-value-no-secrets, which reports it with the parameter's name.
 */
const VALUE_KEYS = ['default', 'example', 'x-example'] as const;
const LEFT_TO_OTHER_RULES = new Set(['x-ms-test-value']);

const MAX_NODES = 200_000;

/** Credentials of known formats in a text: what each looks like, the secret, and its offset. */
function knownFormatMatches(text: string): Array<{ what: string; secret: string; offset: number }> {
  const matches: Array<{ what: string; secret: string; offset: number }> = [];
  for (const format of KNOWN_SECRET_FORMATS) {
    if (!mayHold(format, text)) continue;
    for (const match of text.matchAll(format.pattern)) {
      const secret = format.group ? (match[format.group] ?? '') : match[0];
      if (!confirmsSecret(format, secret)) continue;
      matches.push({
        what: format.name,
        secret,
        offset: (match.index ?? 0) + (format.group ? match[0].lastIndexOf(secret) : 0),
      });
      if (matches.length >= 20) return matches;
    }
  }
  return matches;
}

function knownFormatMessage(name: string, what: string, secret: string): string {
  return `${name} contains what looks like ${what} (${masked(secret)}); remove it and revoke it if it is real (certification files are public; give credentials only in the certification portal).`;
}

/** Credentials of known formats anywhere in a text file (readme, script). */
function knownFormatsInText(text: string, name: string, source: string): FolderFinding[] {
  return knownFormatMatches(text).map(({ what, secret, offset }) => ({
    source,
    range: rangeAt(text, offset, secret.length),
    message: knownFormatMessage(name, what, secret),
  }));
}

/** The keys of a policy that sets a header (`credentialValues`). */
const HEADER_NAME = 'x-ms-apimTemplateParameter.name';
const HEADER_VALUE = 'x-ms-apimTemplateParameter.value';
/** The keys whose values `credentialValues` reports. */
const CREDENTIAL_VALUE_KEYS = new Set<string>([...VALUE_KEYS, HEADER_VALUE]);

/** Whether a sample, default or header value is shaped like a credential (a `Bearer ` prefix aside). */
function tokenValue(value: string): boolean {
  return looksLikeToken(value.replace(/^Bearer\s+/i, ''));
}

/**
 * What one pass over a JSON file's values finds possible, so that the located walks below run only on the rare
 * file where they can find something: a credential of a known format in a key or string (all of them joined by line
 * feeds, which no format matches across), and a token-shaped sample, default or header value (`credentialValues`
 * reports only such values, of credential-named owners).
 */
interface JsonSecretScan {
  file: LoadedFile;
  mayHoldKnownFormat: boolean;
  mayHoldCredentialValue: boolean;
}

function scanJson(file: LoadedFile): JsonSecretScan {
  const strings: string[] = [];
  const keep = (text: string): void => {
    if (text.length >= 8) strings.push(text);
  };
  let tokenShaped = false;
  const stack: unknown[] = [file.document?.data];
  const seen = new Set<unknown>();
  while (stack.length > 0 && seen.size < MAX_NODES) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const isArray = Array.isArray(node);
    for (const key of Object.keys(node)) {
      if (!isArray) keep(key);
      const value = (node as Record<string, unknown>)[key];
      if (typeof value === 'string') {
        keep(value);
        if (!isArray && !tokenShaped && CREDENTIAL_VALUE_KEYS.has(key)) tokenShaped = tokenValue(value);
      } else if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
  return {
    file,
    mayHoldKnownFormat: knownFormatMatches(strings.join('\n')).length > 0,
    // Nodes left unvisited (a huge file) may hold one.
    mayHoldCredentialValue: tokenShaped || stack.length > 0,
  };
}

/** Credentials of known formats in the string values of a JSON file, located by path. */
function knownFormatsInJson({ file, mayHoldKnownFormat }: JsonSecretScan): FolderFinding[] {
  const findings: FolderFinding[] = [];
  if (!mayHoldKnownFormat) return findings;
  const check = (key: string | number, value: unknown, path: JsonPath): void => {
    if (typeof value !== 'string' || LEFT_TO_OTHER_RULES.has(String(key)) || value.length < 8 || findings.length >= 20)
      return;
    const match = knownFormatMatches(value)[0];
    if (!match) return;
    findings.push(findingAt(file, [...path, key], knownFormatMessage(file.file.name, match.what, match.secret)));
  };
  walkObjects(
    file.document?.data,
    (node, path) => {
      for (const [key, value] of Object.entries(node)) {
        // A key can hold a token too ({ "ghp_...": true }).
        check(key, key, path);
        check(key, value, path);
      }
    },
    // Lists (`enum`, `examples`, `x-ms-enum-values`) hold values too.
    (list, path) => list.forEach((value, i) => check(i, value, path)),
  );
  return findings;
}

/** `clientSecret` values in apiProperties.json that are not placeholders. */
function clientSecrets(file: LoadedFile): FolderFinding[] {
  return stringsUnderKey(file.document?.data, /^client[-_]?secret$/i)
    .filter(({ value }) => !isPlaceholder(value) && value.trim().length >= 8)
    .map(({ value, path }) =>
      findingAt(
        file,
        path,
        `${file.file.name} sets ${showPath(path)} to ${masked(value)}; remove the client secret (reviewers reject real credentials; Microsoft stores the OAuth app's secret when the connector is deployed).`,
      ),
    );
}

/** Sample and default values of credential-named parameters, properties and policy headers. */
function credentialValues({ file, mayHoldCredentialValue }: JsonSecretScan): FolderFinding[] {
  const findings: FolderFinding[] = [];
  if (!mayHoldCredentialValue) return findings;
  walkObjects(file.document?.data, (node, path) => {
    const last = path[path.length - 1];
    const owner =
      typeof node.name === 'string'
        ? node.name
        : path[path.length - 2] === 'properties' && typeof last === 'string'
          ? last
          : undefined;
    if (owner !== undefined && isSecretName(owner)) {
      // (x-ms-test-value is ppc-test-value-no-secrets' job.)
      for (const key of VALUE_KEYS) {
        const value = node[key];
        if (typeof value !== 'string' || !tokenValue(value)) continue;
        findings.push(
          findingAt(
            file,
            [...path, key],
            `${file.file.name} gives ${JSON.stringify(owner)} the ${key} ${masked(value)}, which looks like a real credential; use a placeholder or remove it (certification files are public).`,
          ),
        );
      }
    }
    // A set-header policy that hard-codes a key: { "x-ms-apimTemplateParameter.name": "X-Api-Key", "...value": "<key>"
    // }.
    const header = node[HEADER_NAME];
    const value = node[HEADER_VALUE];
    if (typeof header === 'string' && typeof value === 'string' && isSecretName(header) && tokenValue(value)) {
      findings.push(
        findingAt(
          file,
          [...path, HEADER_VALUE],
          `${file.file.name} sets the ${JSON.stringify(header)} header to ${masked(value)}, which looks like a real credential; take it from a connection parameter instead (certification files are public).`,
        ),
      );
    }
  });
  return findings;
}

/** String literals next to a credential-named variable or header in custom code. */
function scriptLiterals(text: string, name: string, source: string): FolderFinding[] {
  const findings: FolderFinding[] = [];
  const literal = /"([^"\\\r\n]{20,200})"/g;
  for (const match of text.matchAll(literal)) {
    const value = match[1] ?? '';
    if (!looksLikeToken(value)) continue;
    const offset = match.index ?? 0;
    const lineStart = text.lastIndexOf('\n', offset) + 1;
    const before = text.slice(Math.max(lineStart, offset - 120), offset);
    const names = before.match(/[A-Za-z_][A-Za-z0-9_-]*/g) ?? [];
    if (!names.some(isSecretName)) continue;
    findings.push({
      source,
      range: rangeAt(text, offset + 1, value.length),
      message: `${name} hard-codes ${masked(value)}, which looks like a real credential; read it from the request (a connection parameter) instead (certification files are public).`,
    });
  }
  return findings;
}

/** Secrets found by the chunked scan of files too large to parse. */
function largeFileSecrets(connector: Connector): FolderFinding[] {
  const findings: FolderFinding[] = [];
  for (const file of [
    connector.swagger,
    connector.apiProperties,
    connector.settings,
    connector.readme,
    ...connector.scripts,
  ]) {
    for (const s of file?.largeFileSecrets ?? []) {
      findings.push({
        source: file!.file.path,
        range: {
          start: { line: s.line, character: s.character },
          end: { line: s.line, character: s.character + s.secret.length },
        },
        message: knownFormatMessage(file!.file.name, s.what, s.secret),
      });
    }
  }
  return findings;
}

export function findSecrets(connector: Connector): FolderFinding[] {
  const findings: FolderFinding[] = largeFileSecrets(connector);
  const scanned = (file: LoadedFile | undefined) => (file && !file.tooLarge ? scanJson(file) : undefined);
  const swagger = scanned(connector.swagger);
  const apiProperties = scanned(connector.apiProperties);
  for (const scan of [swagger, apiProperties]) if (scan) findings.push(...knownFormatsInJson(scan));
  if (connector.readme && !connector.readme.tooLarge)
    findings.push(...knownFormatsInText(connector.readme.text, connector.readme.file.name, connector.readme.file.path));
  if (apiProperties) findings.push(...clientSecrets(apiProperties.file), ...credentialValues(apiProperties));
  if (swagger) findings.push(...credentialValues(swagger));
  for (const { file, text } of scriptTexts(connector)) {
    findings.push(...knownFormatsInText(text, file.name, file.path), ...scriptLiterals(text, file.name, file.path));
  }
  // One finding per location: a JWT in a Bearer header matches two formats.
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.source}:${f.range?.start.line}:${f.range?.start.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export default defineFolderRule('ppc-no-secrets', {
  description:
    'No credentials in the connector files: no `clientSecret` value, no known token formats, and no real-looking keys, tokens or passwords in defaults, examples, header policies, the readme or the script (`x-ms-test-value` is checked by ppc-test-value-no-secrets).',
  severity: 'error',
  check(connector) {
    return findSecrets(connector);
  },
  'x-ppc': {
    requirements: ['no-secrets', 'props-no-secrets'],
    section: '1',
    sources: ['R-README', 'PR#611', 'R-SCH-API x-ms-test-value'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A client secret in apiProperties.json.',
          files: {
            'apiProperties.json': propertiesFile({
              connectionParameters: oauthConnectionParameters({
                identityProvider: 'oauth2',
                clientId: '[[DummyValue]]',
                clientSecret: 'q8N~fK2pZr7LwX1vTb9cYh3Ds5Gm0Ja4Ue6Qo',
                scopes: [],
                redirectMode: 'GlobalPerConnector',
              }),
            }),
          },
        },
        {
          description: 'An API key in the readme.',
          files: {
            'readme.md': '# Contoso Tasks\n\nCall it with `Authorization: Bearer 9fK2pZr7LwX1vTb9cYh3Ds5Gm0Ja4Ue6`.\n',
          },
        },
      ],
      valid: [
        {
          description: 'A placeholder client ID and no client secret.',
          files: {
            'apiProperties.json': propertiesFile({
              connectionParameters: oauthConnectionParameters({
                identityProvider: 'oauth2',
                clientId: '[[DummyValue]]',
                scopes: [],
                redirectMode: 'GlobalPerConnector',
              }),
            }),
          },
        },
      ],
    },
  },
});

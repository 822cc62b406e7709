import { Document } from '@stoplight/spectral-core';
import type { IJsonASTNode } from '@stoplight/json';
import type { JsonParserResult } from '@stoplight/spectral-parsers';
import { MAX_PARSE_BYTES } from './limits';
import { scanLargeFileForSecrets, type LargeFileSecret } from './large';
import { firstTooDeep, JsonParser, MAX_JSON_DEPTH, provesStrictJson } from './parsers';
import type { ConnectorFile, ConnectorFileKind, ConnectorTarget } from './files';
import { listConnectorFiles } from './files';
import { readFailure, readRegularFile } from './regular-file';
import { decodeText, type DecodedText } from './text';

export { MAX_JSON_DEPTH, MAX_PARSE_BYTES };

export interface LoadedFile extends DecodedText {
  file: ConnectorFile;
  /** The located, tolerant parse (Spectral's JSON parser); absent for non-JSON files and oversized ones. */
  document?: Document<unknown, JsonParserResult<unknown>>;
  /** The parse tree the document was built from (offsets into `text`). */
  tree?: IJsonASTNode;
  /** The tolerant parse proved the text strict JSON (`JSON.parse` accepts it); absent or false: not known. */
  strictJson?: boolean;
  /** The file was larger than MAX_PARSE_BYTES and was not parsed. */
  tooLarge: boolean;
  /** Offset of the bracket that nests deeper than MAX_JSON_DEPTH; the file was then not parsed. */
  tooDeepAt?: number;
  /** For a file too large to parse: credentials of known formats found by a chunked scan of its text. */
  largeFileSecrets?: LargeFileSecret[];
  /**
   * Why the file could not be read, completing "cannot be read…": `: it is not a regular file (a named pipe)`,
   * ` (EACCES)`. Use `unreadableMessage` (`./unreadable`) to report it.
   */
  unreadable?: string;
}

/** The icon's bytes (read only when small enough to be a connector icon). */
export interface LoadedIcon {
  file: ConnectorFile;
  /** Absent when the file is larger than MAX_ICON_BYTES. */
  bytes?: Uint8Array;
}

/** Icons above this size are not read (a connector icon is a few kilobytes). */
export const MAX_ICON_BYTES = 5 * 1024 * 1024;

export interface Connector extends ConnectorTarget {
  swagger?: LoadedFile;
  apiProperties?: LoadedFile;
  settings?: LoadedFile;
  readme?: LoadedFile;
  /** Custom-code files (`script.csx`), as text. */
  scripts: LoadedFile[];
  /** `icon.png`, when the folder has one. */
  icon?: LoadedIcon;
}

async function loadFile(file: ConnectorFile, parseJson: boolean): Promise<LoadedFile> {
  if (file.unreadable !== undefined)
    return { file, text: '', bom: false, tooLarge: false, unreadable: `: ${file.unreadable}` };
  if (file.size > MAX_PARSE_BYTES) {
    return { file, text: '', bom: false, tooLarge: true, largeFileSecrets: await scanLargeFileForSecrets(file.path) };
  }
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file.path);
  } catch (e) {
    return { file, text: '', bom: false, tooLarge: false, unreadable: readFailure(e) };
  }
  const decoded = decodeText(bytes);
  if (!parseJson) return { ...decoded, file, tooLarge: false };
  // The parser recurses per nesting level: measure the depth first (linear) and parse only what is safe.
  const deepAt = firstTooDeep(decoded.text);
  if (deepAt >= 0) return { ...decoded, file, tooLarge: false, tooDeepAt: deepAt };
  let tree: IJsonASTNode | undefined;
  let strictJson = false;
  const keepTree: typeof JsonParser = {
    ...JsonParser,
    parse(text) {
      const result = JsonParser.parse(text);
      tree = result.ast;
      strictJson = provesStrictJson(result);
      return result;
    },
  };
  const document = new Document(decoded.text, keepTree, file.path);
  return { ...decoded, file, document, tree, strictJson, tooLarge: false };
}

export interface LoadOptions {
  /** The kind a single file given on its own is read as, whatever its name (the diff reads it as the definition). */
  singleFileAs?: ConnectorFileKind;
}

/** Read a connector folder (or one file): find its files, decode them and parse the JSON ones with locations. */
export async function loadConnector(target: string, options: LoadOptions = {}): Promise<Connector> {
  const listed = await listConnectorFiles(target, options.singleFileAs);
  const connector: Connector = { ...listed, scripts: [] };
  for (const file of listed.files) {
    switch (file.kind) {
      case 'swagger':
        // The canonical name wins when a folder holds several definitions.
        if (!connector.swagger || file.name === 'apiDefinition.swagger.json')
          connector.swagger = await loadFile(file, true);
        break;
      case 'apiProperties':
        connector.apiProperties = await loadFile(file, true);
        break;
      case 'settings':
        connector.settings = await loadFile(file, true);
        break;
      case 'readme':
        connector.readme = await loadFile(file, false);
        break;
      case 'script':
        connector.scripts.push(await loadFile(file, false));
        break;
      case 'icon':
        // An icon linked from outside the folder (or a pipe, a folder) is not read: the folder has no icon to check.
        if (file.unreadable === undefined) {
          const bytes = file.size <= MAX_ICON_BYTES ? await readRegularFile(file.path).catch(() => undefined) : null;
          if (bytes !== undefined) connector.icon = { file, bytes: bytes === null ? undefined : new Uint8Array(bytes) };
        }
        break;
      default:
        break;
    }
  }
  return connector;
}

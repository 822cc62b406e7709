import { promises as fs } from 'node:fs';
import { Document } from '@stoplight/spectral-core';
import { fileKind, type ConnectorFile, type ConnectorFileKind } from '../connector/files';
import { loadConnector, type Connector, type LoadedFile } from '../connector/load';
import { MAX_PARSE_BYTES } from '../connector/limits';
import { firstTooDeep, JsonParser } from '../connector/parsers';
import { decodeText } from '../connector/text';

/** A connector file given as text (for example read from git), named by its source for messages. */
export interface TextFile {
  /** File name inside the connector folder: apiDefinition.swagger.json, apiProperties.json, script.csx, readme.md. */
  name: string;
  text: string;
  /** What findings show as the file, e.g. `origin/dev:connectors/Contoso/apiDefinition.swagger.json`. */
  source: string;
  /** The file's kind when not the one its name gives (a file given on its own is the definition). */
  kind?: ConnectorFileKind;
  /**
   * Why the file cannot be read as text, completing "cannot be read" (`: it is a symbolic link in git`); `text` is
   * then empty.
   */
  unreadable?: string;
  /** Size in bytes when known without reading the text (a file too large to parse is given with an empty text). */
  size?: number;
}

/** One version of a connector: a folder or definition file on disk, or files given as text. */
export type DiffTarget = string | { files: TextFile[] };

/** Build a loaded connector from texts, parsed exactly as files on disk are. */
export function connectorFromTexts(files: TextFile[]): Connector {
  const connector: Connector = { dir: null, files: [], scripts: [] };
  for (const f of files) {
    const kind = f.kind ?? fileKind(f.name);
    const size = f.size ?? Buffer.byteLength(f.text);
    const file: ConnectorFile = { name: f.name, path: f.source, kind, size };
    connector.files.push(file);
    const decoded = decodeText(Buffer.from(f.text, 'utf8'));
    const json = kind === 'swagger' || kind === 'apiProperties' || kind === 'settings';
    // The same limits as files on disk: nothing too large or too deep is parsed.
    const tooLarge = size > MAX_PARSE_BYTES;
    const deepAt = json && !tooLarge && f.unreadable === undefined ? firstTooDeep(decoded.text) : -1;
    const parse = json && !tooLarge && f.unreadable === undefined && deepAt < 0;
    const loaded: LoadedFile = {
      ...decoded,
      file,
      tooLarge,
      document: parse ? new Document(decoded.text, JsonParser, f.source) : undefined,
    };
    if (deepAt >= 0) loaded.tooDeepAt = deepAt;
    if (f.unreadable !== undefined) loaded.unreadable = f.unreadable;
    if (kind === 'swagger' && (!connector.swagger || f.name === 'apiDefinition.swagger.json'))
      connector.swagger = loaded;
    else if (kind === 'apiProperties') connector.apiProperties = loaded;
    else if (kind === 'settings') connector.settings = loaded;
    else if (kind === 'readme') connector.readme = loaded;
    else if (kind === 'script') connector.scripts.push(loaded);
  }
  return connector;
}

/**
 * Load one version. A file named on its own is the definition, whatever its name (`git show ref:path > old`
 * writes one without the `.json` ending). The old side may be absent: `undefined` when its path does not exist.
 */
export async function loadTarget(target: DiffTarget, side: 'old' | 'new' = 'new'): Promise<Connector | undefined> {
  if (typeof target !== 'string') return connectorFromTexts(target.files);
  if (side === 'old') {
    const missing = await fs.stat(target).then(
      () => false,
      (e: NodeJS.ErrnoException) => e.code === 'ENOENT',
    );
    if (missing) return undefined;
  }
  return loadConnector(target, { singleFileAs: 'swagger' });
}

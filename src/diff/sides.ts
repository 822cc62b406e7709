import { Document } from '@stoplight/spectral-core';
import { fileKind, type ConnectorFile } from '../connector/files';
import { loadConnector, type Connector, type LoadedFile } from '../connector/load';
import { JsonParser } from '../connector/parsers';
import { decodeText } from '../connector/text';

/** A connector file given as text (for example read from git), named by its source for messages. */
export interface TextFile {
  /** File name inside the connector folder: apiDefinition.swagger.json, apiProperties.json, script.csx, readme.md. */
  name: string;
  text: string;
  /** What findings show as the file, e.g. `origin/dev:connectors/Contoso/apiDefinition.swagger.json`. */
  source: string;
}

/** One version of a connector: a folder or definition file on disk, or files given as text. */
export type DiffTarget = string | { files: TextFile[] };

/** Build a loaded connector from texts, parsed exactly as files on disk are. */
export function connectorFromTexts(files: TextFile[]): Connector {
  const connector: Connector = { dir: null, files: [], scripts: [] };
  for (const f of files) {
    const kind = fileKind(f.name);
    const file: ConnectorFile = { name: f.name, path: f.source, kind, size: Buffer.byteLength(f.text) };
    connector.files.push(file);
    const decoded = decodeText(Buffer.from(f.text, 'utf8'));
    const json = kind === 'swagger' || kind === 'apiProperties' || kind === 'settings';
    const loaded: LoadedFile = {
      ...decoded,
      file,
      tooLarge: false,
      document: json ? new Document(decoded.text, JsonParser, f.source) : undefined,
    };
    if (kind === 'swagger' && (!connector.swagger || f.name === 'apiDefinition.swagger.json'))
      connector.swagger = loaded;
    else if (kind === 'apiProperties') connector.apiProperties = loaded;
    else if (kind === 'settings') connector.settings = loaded;
    else if (kind === 'readme') connector.readme = loaded;
    else if (kind === 'script') connector.scripts.push(loaded);
  }
  return connector;
}

export async function loadTarget(target: DiffTarget): Promise<Connector> {
  return typeof target === 'string' ? loadConnector(target) : connectorFromTexts(target.files);
}

import type { IRange, JsonPath } from '@stoplight/types';
import type { FolderFinding } from '../../types';
import type { Connector, LoadedFile } from '../../connector/load';
import type { ConnectorFile } from '../../connector/files';
import { positionAt } from '../../connector/text';

/** The canonical file names of a connector folder in microsoft/PowerPlatformConnectors. */
export const CANONICAL_SWAGGER = 'apiDefinition.swagger.json';
export const CANONICAL_PROPERTIES = 'apiProperties.json';
export const CANONICAL_SCRIPT = 'script.csx';

/** Custom-code files: `.csx`, and the `.cs` name a few merged folders use. */
export function isScriptName(name: string): boolean {
  return /\.csx?$/i.test(name);
}

/** A range covering `length` characters from `offset` in `text`. */
export function rangeAt(text: string, offset: number, length: number): IRange {
  const start = positionAt(text, offset);
  const end = positionAt(text, offset + Math.max(0, length));
  return { start, end };
}

/** The range of a JSON path in a parsed file (the closest existing node), when it can be found. */
export function rangeOfPath(file: LoadedFile, path: ReadonlyArray<string | number>): IRange | undefined {
  try {
    return file.document?.getRangeForJsonPath([...path], true);
  } catch {
    return undefined;
  }
}

/** A finding at a JSON path of a parsed file, located when the path can be found. */
export function findingAt(file: LoadedFile, path: JsonPath, message: string): FolderFinding {
  return { source: file.file.path, path, range: rangeOfPath(file, path), message };
}

/** The text of a connector's script files (files too large to load or unreadable are skipped). */
export function scriptTexts(connector: Connector): Array<{ file: ConnectorFile; text: string }> {
  return connector.scripts
    .filter((f) => !f.tooLarge && f.unreadable === undefined)
    .map((f) => ({ file: f.file, text: f.text }));
}

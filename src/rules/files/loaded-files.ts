import type { Connector, LoadedFile } from '../../connector/load';

/** The parsed JSON files of a connector that file-level rules look at. */
export function jsonFiles(connector: Connector): LoadedFile[] {
  return [connector.swagger, connector.apiProperties, connector.settings].filter(
    (f): f is LoadedFile => f !== undefined,
  );
}

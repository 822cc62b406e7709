/** Builders for dynamic values, schemas and properties. */
import type { ExampleEdit } from '../../src/types';
import { editedSwagger } from './lint';

/** The valid fixture with example edits (such as the dynamic rules' documented pickers) applied. */
export const edited = (edits: ExampleEdit[]): Record<string, any> => editedSwagger(edits) as Record<string, any>;

/** An `x-ms-dynamic-properties` value that reads `schema` from GetTaskSchema with a `kind` parameter reference. */
export const properties = {
  operationId: 'GetTaskSchema',
  parameters: { kind: { parameterReference: 'kind' } },
  itemValuePath: 'schema',
};

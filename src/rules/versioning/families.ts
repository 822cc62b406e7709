/** Operation families of `x-ms-api-annotation` (shared by the family rules). */
import { isObject } from '../../utils/guards';
import { connectorModel, type OperationModel as OperationInfo } from '../../model';
import { type JsonObject } from '../../model/schema-views';
import { perDocument } from '../../model/memo';

export const ANNOTATION = 'x-ms-api-annotation';

export interface FamilyMember {
  info: OperationInfo;
  annotation: JsonObject;
  /** The revision when it is an integer ≥ 1. */
  revision?: number;
  deprecated: boolean;
  status?: string;
}

/** Families with their members in document order (annotations whose `family` is a non-empty string). */
export const operationFamilies = perDocument((doc: unknown): Map<string, FamilyMember[]> => {
  const families = new Map<string, FamilyMember[]>();
  for (const info of connectorModel(doc).operations) {
    const annotation = info.node[ANNOTATION];
    if (!isObject(annotation) || typeof annotation.family !== 'string' || annotation.family.trim() === '') continue;
    const revision =
      typeof annotation.revision === 'number' && Number.isInteger(annotation.revision) && annotation.revision >= 1
        ? annotation.revision
        : undefined;
    const member: FamilyMember = {
      info,
      annotation,
      revision,
      deprecated: info.node.deprecated === true,
      status: typeof annotation.status === 'string' ? annotation.status : undefined,
    };
    const list = families.get(annotation.family) ?? [];
    list.push(member);
    families.set(annotation.family, list);
  }
  return families;
});

/** Edits for the examples: ListTasks (revision 1, deprecated) and ListTasks_V2 (revision 2) in family "ListTasks". */
export function familyEdits(): Array<{ op: 'set'; path: string; value: unknown }> {
  return [
    { op: 'set', path: '/paths/~1tasks/get/deprecated', value: true },
    { op: 'set', path: '/paths/~1tasks/get/x-ms-visibility', value: 'internal' },
    {
      op: 'set',
      path: '/paths/~1tasks/get/x-ms-api-annotation',
      value: { family: 'ListTasks', revision: 1, replacement: { api: 'ContosoTasks', operationId: 'ListTasks_V2' } },
    },
    {
      op: 'set',
      path: '/paths/~1v2~1tasks',
      value: {
        get: {
          operationId: 'ListTasks_V2',
          summary: 'List tasks',
          description: 'Lists the tasks of the signed-in user, with paging.',
          'x-ms-api-annotation': { family: 'ListTasks', revision: 2, status: 'Production' },
          responses: {
            '200': { description: 'The tasks.', schema: { type: 'array', items: { $ref: '#/definitions/Task' } } },
          },
        },
      },
    },
  ];
}

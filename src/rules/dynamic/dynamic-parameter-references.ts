import type { IFunctionResult } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import {
  acceptedNames,
  classifyParameterReference,
  DYNAMIC_LIST,
  DYNAMIC_PROPERTIES,
  DYNAMIC_SCHEMA,
  DYNAMIC_TREE,
  DYNAMIC_VALUES,
  dynamicCalls,
  unresolvedParameterReference,
} from '../../model/dynamic-calls';
import { connectorModel, type OperationModel } from '../../model';
import { operationLabel } from '../../utils/triggers-webhooks';
import { dynamicFields, parentPicker, taskPicker } from './example-edits';

/** The extension that answers `{ "parameter": … }` references of each extension when present beside it. */
const PARTNER: Record<string, string> = { [DYNAMIC_VALUES]: DYNAMIC_LIST, [DYNAMIC_SCHEMA]: DYNAMIC_PROPERTIES };

interface Call {
  ext: string;
  call: Record<string, unknown>;
  path: JsonPath;
}

/** The operation calls inside a holder: one per extension, two for a tree (open, browse). */
function callsOf(holder: Record<string, unknown>, holderPath: JsonPath): Call[] {
  const calls: Call[] = [];
  for (const ext of [DYNAMIC_VALUES, DYNAMIC_LIST, DYNAMIC_SCHEMA, DYNAMIC_PROPERTIES]) {
    const v = holder[ext];
    if (isObject(v)) calls.push({ ext, call: v, path: [...holderPath, ext] });
  }
  const tree = holder[DYNAMIC_TREE];
  if (isObject(tree)) {
    for (const step of ['open', 'browse']) {
      const v = tree[step];
      if (isObject(v))
        calls.push({ ext: `${DYNAMIC_TREE}.${step}`, call: v, path: [...holderPath, DYNAMIC_TREE, step] });
    }
  }
  return calls;
}

export const checkDynamicReferences = documentFunction('dynamicParameterReferences', (doc) => {
  const results: IFunctionResult[] = [];
  const byId = connectorModel(doc).operationsById;
  const accepted = new Map<OperationModel, ReturnType<typeof acceptedNames>>();
  for (const use of dynamicCalls(doc)) {
    const caller = use.caller;
    for (const { ext, call, path } of callsOf(use.holder, use.holderPath)) {
      const params = call.parameters;
      if (!isObject(params)) continue;
      const target = typeof call.operationId === 'string' ? byId.get(call.operationId)?.[0] : undefined;
      let names = target ? accepted.get(target) : undefined;
      if (target && !names) {
        names = acceptedNames(doc, target);
        accepted.set(target, names);
      }
      for (const [key, value] of Object.entries(params)) {
        const at = [...path, 'parameters', key];
        // Target side: the key is a parameter of the called operation (or a path into its body).
        if (
          target &&
          names &&
          !names.params.has(key) &&
          !names.params.has(key.split('/')[0]) &&
          !names.bodyProps.has(key) &&
          !names.bodyOpen
        ) {
          results.push({
            message: `${ext} passes ${quote(key)}, which is not a parameter of the called operation ${operationLabel(target)}`,
            path: at,
          });
        }
        if (!isObject(value)) continue;
        // Caller side.
        if (typeof value.parameter === 'string' && (ext === DYNAMIC_VALUES || ext === DYNAMIC_SCHEMA)) {
          if (use.holder[PARTNER[ext]] !== undefined) continue; // the partner's parameterReference answers it
          const kind = classifyParameterReference(doc, caller, value.parameter);
          if (kind.kind === 'not-found') {
            results.push({
              message: `${ext} refers to ${quote(value.parameter)}, which is neither a parameter nor a body property of ${operationLabel(caller)}`,
              path: [...at, 'parameter'],
            });
          }
        }
        if (typeof value.parameterReference === 'string') {
          const why = unresolvedParameterReference(doc, caller, value.parameterReference);
          if (why)
            results.push({
              message: `${ext} parameterReference ${quote(value.parameterReference)} ${why} of ${operationLabel(caller)}`,
              path: [...at, 'parameterReference'],
            });
        }
      }
    }
  }
  return results;
});

export default defineRule('ppc-dynamic-parameter-references', {
  description:
    'Every parameter a dynamic extension passes exists on the called operation, and every `{ "parameter": … }` / `parameterReference` it reads exists on the calling operation.',
  message: '{{error}}; fix the name so the designer can make the call (Microsoft: OperationParameterNameNotFound).',
  severity: 'error',
  formats: [oas2],
  given: [DYNAMIC_VALUES, DYNAMIC_SCHEMA, DYNAMIC_LIST, DYNAMIC_PROPERTIES, DYNAMIC_TREE].map(extensionKey),
  resolved: false,
  then: { function: checkDynamicReferences },
  'x-ppc': {
    requirements: [
      'x-ms-dynamic-values',
      'x-ms-dynamic-list',
      'x-ms-dynamic-schema',
      'x-ms-dynamic-properties',
      'x-ms-dynamic-tree',
    ],
    section: '9',
    sources: ['L-EXT', 'L-SVR OperationParameterNameNotFound', 'L-SVR OperationParameterNameIsAmbiguous'],
    validatorMessage: 'OperationParameterNameNotFound',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'Passing a parameter ListTasks does not have.',
          edits: taskPicker({ parameters: { state: 'open' } }),
        },
        {
          description: 'Reading a parameter that DeleteTask (which shares the taskId parameter) does not have.',
          edits: taskPicker({ parameters: { status: { parameter: 'status' } } }),
        },
        {
          description: 'A parameterReference into a body property that does not exist.',
          edits: [
            ...parentPicker(true),
            {
              op: 'set',
              path: '/definitions/NewTask/properties/parent/x-ms-dynamic-list/parameters/status/parameterReference',
              value: 'body/name',
            },
          ],
        },
      ],
      valid: [
        { description: 'A literal for a parameter ListTasks has.', edits: taskPicker() },
        { description: 'A parameter of the calling operation.', edits: dynamicFields() },
        { description: 'A body property through x-ms-dynamic-list.', edits: parentPicker(true) },
      ],
    },
  },
});

import type { JsonPath } from '@stoplight/types';
import { isObject } from '../utils/guards';
import { followToObject } from './refs';
import type { ResponseModel } from './types';

/** True for a key of a responses object that is an extension rather than a status code. */
export function isExtensionKey(key: string): boolean {
  return /^x-/i.test(key);
}

/** Status-code keys of a responses object (extension keys left out). */
export function responseCodes(responses: unknown): string[] {
  return isObject(responses) ? Object.keys(responses).filter((k) => !isExtensionKey(k)) : [];
}

/** The responses of an operation, `$ref`s followed; entries that resolve to no object are left out. */
export function responseList(document: unknown, responses: unknown, base: JsonPath): ResponseModel[] {
  if (!isObject(responses)) return [];
  const out: ResponseModel[] = [];
  for (const code of responseCodes(responses)) {
    const usePath = [...base, code];
    const resolved = followToObject(document, responses[code], usePath);
    if (!resolved) continue;
    const schema = resolved.node.schema;
    out.push({
      code,
      node: resolved.node,
      jsonPath: resolved.path,
      usePath,
      viaRef: resolved.viaRef,
      schema: isObject(schema) ? schema : undefined,
    });
  }
  return out;
}

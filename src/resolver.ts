import { Resolver } from '@stoplight/spectral-ref-resolver';
import { pathToPointer } from '@stoplight/json';
import type { JsonPath } from '@stoplight/types';
import { nodeAt, pathKey, refToPath } from './model/refs';
import { isObject, quote } from './utils/guards';

type ResolveResult = Awaited<ReturnType<Resolver['resolve']>>;
type ResolveOptions = Parameters<Resolver['resolve']>[1];

/** Longer local `$ref` chains are not resolved: Spectral's resolver takes time quadratic in a chain's length. */
export const MAX_REF_CHAIN = 50;

/** Why a document's references are left unresolved, and where. */
export interface UnresolvableRefs {
  path: JsonPath;
  message: string;
}

interface RefSite {
  path: JsonPath;
  ref: string;
}

/** Every `$ref` written in the document, and the first object with a key `hasOwnProperty` (iterative walk). */
function scan(data: unknown): { refs: RefSite[]; hostileKey?: JsonPath } {
  const refs: RefSite[] = [];
  let hostileKey: JsonPath | undefined;
  const stack: { node: unknown; path: JsonPath }[] = [{ node: data, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        if (typeof child === 'object' && child !== null) stack.push({ node: child, path: [...path, i] });
      });
      continue;
    }
    if (!isObject(node)) continue;
    if (hostileKey === undefined && Object.hasOwn(node, 'hasOwnProperty')) hostileKey = path;
    if (Object.hasOwn(node, '$ref') && typeof node.$ref === 'string') refs.push({ path, ref: node.$ref });
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (typeof child === 'object' && child !== null) stack.push({ node: child, path: [...path, key] });
    }
  }
  return { refs, hostileKey };
}

/** The longest chain of local references (a `$ref` whose target is another `$ref`), in linear time. */
function longestChain(data: unknown, refs: readonly RefSite[]): { length: number; start?: JsonPath } {
  const lengthAt = new Map<string, number>();
  let longest: { length: number; start?: JsonPath } = { length: 0 };
  for (const site of refs) {
    // Walk the chain until a known length, a non-reference, a cycle or the limit; then record each hop's length.
    const hops: string[] = [pathKey(site.path)];
    const onChain = new Set(hops);
    let ref: string = site.ref;
    let tail = 0;
    for (;;) {
      const target = refToPath(ref);
      const node = target ? nodeAt(data, target) : undefined;
      if (!target || !isObject(node) || typeof node.$ref !== 'string' || !Object.hasOwn(node, '$ref')) break;
      const key = pathKey(target);
      const known = lengthAt.get(key);
      if (known !== undefined) {
        tail = known;
        break;
      }
      if (onChain.has(key) || hops.length > MAX_REF_CHAIN) break;
      hops.push(key);
      onChain.add(key);
      ref = node.$ref;
    }
    for (let i = hops.length - 1; i >= 0; i--) {
      const length = tail + hops.length - i;
      if (!lengthAt.has(hops[i])) lengthAt.set(hops[i], length);
    }
    const length = lengthAt.get(hops[0]) ?? 0;
    if (length > longest.length) longest = { length, start: site.path };
  }
  return longest;
}

/**
 * Why Spectral's resolver must not run on this document, if it must not: a key named `hasOwnProperty` (the resolver
 * calls that method on every object, and stops), or a chain of local references too long to resolve in time.
 */
export function unresolvableRefs(data: unknown): UnresolvableRefs | undefined {
  const { refs, hostileKey } = scan(data);
  if (hostileKey)
    return {
      path: hostileKey,
      message: `References were not resolved in this document: the $ref resolver cannot read the object at ${quote(pathToPointer(hostileKey.map(String)))}, which has a key named "hasOwnProperty". Rename that key.`,
    };
  const chain = longestChain(data, refs);
  if (chain.length > MAX_REF_CHAIN && chain.start)
    return {
      path: chain.start,
      message: `References were not resolved in this document: the $ref chain starting here is more than ${MAX_REF_CHAIN} references long. Point each $ref at its final target.`,
    };
  return undefined;
}

/**
 * Spectral's resolver with no readers (local `#/...` references resolve; remote and file references are reported,
 * never fetched or read), guarded against documents it cannot handle: those get an unresolved run with one located
 * error, so every rule still runs instead of the whole document failing or taking hours.
 */
export class GuardedResolver extends Resolver {
  constructor() {
    super({ resolvers: {} });
  }

  override async resolve(source: unknown, opts?: ResolveOptions): Promise<ResolveResult> {
    const problem = unresolvableRefs(source);
    if (!problem) {
      try {
        return await super.resolve(source, opts);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return this.unresolved(source, opts, {
          path: [],
          message: `References were not resolved in this document: the $ref resolver failed (${reason.slice(0, 200)}).`,
        });
      }
    }
    return this.unresolved(source, opts, problem);
  }

  /** The document as written, with the graph of an empty one and the reason as a resolver error. */
  private async unresolved(source: unknown, opts: ResolveOptions, problem: UnresolvableRefs): Promise<ResolveResult> {
    const empty = await super.resolve({}, opts);
    const error = {
      code: 'RESOLVE_POINTER',
      message: problem.message,
      path: problem.path.map(String),
      uri: empty.runner.baseUri,
      uriStack: [],
      pointerStack: [],
    };
    return { ...empty, result: source, errors: [error] } as ResolveResult;
  }
}

/**
 * An offline resolver for spectral-cli (`spectral lint --resolver <this file>`): local `#/...` references
 * resolve; remote (`http(s)://`) and file references have no reader, so Spectral reports them as
 * unresolvable instead of fetching a URL or reading a file outside the connector folder.
 */
const offlineResolver = new GuardedResolver();
export default offlineResolver;

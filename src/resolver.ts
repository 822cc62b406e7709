import { Resolver } from '@stoplight/spectral-ref-resolver';
import { pathToPointer } from '@stoplight/json';
import type { JsonPath } from '@stoplight/types';
import { resolveLocalRefs, type LocalResolution } from './local-refs';
import { scanRefs, type RefScan, type RefSite } from './ref-scan';
import { nodeAt, pathKey, refToPath } from './model/refs';
import { isObject, quote } from './utils/guards';

type ResolveResult = Awaited<ReturnType<Resolver['resolve']>>;
type ResolveOptions = Parameters<Resolver['resolve']>[1];

/** Longer local `$ref` chains are not resolved: Spectral's resolver takes time quadratic in a chain's length. */
export const MAX_REF_CHAIN = 50;

/**
 * Most nodes references may add to a document once resolved. Resolving shares a target between its references,
 * but Spectral's JSONPath traversal and rules walk the result as a tree: definitions that each refer twice to the
 * next one double it at every step (30 steps, a few kilobytes, are a billion nodes). The largest growth in the
 * corpus is below 100,000 nodes.
 */
export const MAX_ADDED_NODES = 1_000_000;

/** Why a document's references are left unresolved, and where. */
export interface UnresolvableRefs {
  path: JsonPath;
  message: string;
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

interface SizeFrame {
  node: object;
  children: unknown[];
  next: number;
  size: number;
}

/**
 * The number of values in the document once every local reference is replaced by its target, as a tree; linear in
 * the document (each object is counted once and its size reused) and capped a little above `cap`. A reference on
 * a cycle counts as one value, as the resolver leaves it in place.
 */
export function resolvedSize(data: unknown, cap: number): number {
  if (typeof data !== 'object' || data === null) return 1;
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  const frame = (node: object): SizeFrame => {
    open.add(node);
    if (!Array.isArray(node) && Object.hasOwn(node, '$ref')) {
      const ref = (node as { $ref?: unknown }).$ref;
      const target = typeof ref === 'string' ? refToPath(ref) : undefined;
      const value = target ? nodeAt(data, target) : undefined;
      // A reference stands for its target; one the resolver cannot follow stays one value.
      if (typeof value === 'object' && value !== null) return { node, children: [value], next: 0, size: 0 };
      if (typeof ref === 'string') return { node, children: [], next: 0, size: 1 };
    }
    return { node, children: Object.values(node), next: 0, size: 1 };
  };
  const stack: SizeFrame[] = [frame(data)];
  let size = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.children.length) {
      const child = top.children[top.next++];
      if (typeof child !== 'object' || child === null) top.size++;
      else if (sizes.has(child)) top.size = Math.min(cap + 1, top.size + (sizes.get(child) ?? 0));
      else if (open.has(child)) top.size++;
      else stack.push(frame(child));
      continue;
    }
    stack.pop();
    open.delete(top.node);
    sizes.set(top.node, top.size);
    size = top.size;
    const parent = stack[stack.length - 1];
    if (parent) parent.size = Math.min(cap + 1, parent.size + top.size);
  }
  return size;
}

/**
 * Why Spectral's resolver must not run on this document, if it must not: a key named `hasOwnProperty` (the resolver
 * calls that method on every object, and stops), a chain of local references too long to resolve in time, or
 * references that would multiply the document when resolved.
 */
export function unresolvableRefs(data: unknown, scanned: RefScan = scanRefs(data)): UnresolvableRefs | undefined {
  const { refs, hostileKey, values } = scanned;
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
  if (refs.length > 0 && resolvedSize(data, values + MAX_ADDED_NODES) > values + MAX_ADDED_NODES)
    return {
      path: [],
      message: `References were not resolved in this document: resolved, its ${refs.length} $refs would add more than ${MAX_ADDED_NODES.toLocaleString('en-US')} values (schemas that refer to the same definition many times over, level after level). Refer to shared definitions fewer times, or flatten the levels.`,
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
    // One walk finds the references for both the guard and the local resolution.
    const scanned = scanRefs(source);
    const problem = unresolvableRefs(source, scanned);
    if (!problem) {
      try {
        const local = resolveLocalRefs(source, scanned.refs);
        if (local) return await this.locally(local, opts);
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

  /** The result of `resolveLocalRefs`, in the shape of the general resolver's (its graph holds the reference map). */
  private async locally(local: LocalResolution, opts: ResolveOptions): Promise<ResolveResult> {
    const empty = await super.resolve({}, opts);
    const root = empty.graph.getNodeData(empty.runner.root) as { refMap: Record<string, string>; data: unknown };
    root.refMap = local.refMap;
    root.data = local.result;
    return { ...empty, result: local.result, refMap: local.refMap };
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

import { createRequire } from 'node:module';

/**
 * Spectral compiles the `given` paths of a ruleset into one JSONPath query (nimma) for every document it lints:
 * parsing each path, generating code and compiling it again and again, about 10 ms per document. A query does
 * not depend on the document, so `ppc-lint` keeps each compiled query and hands it back when Spectral asks for
 * the same paths again. The compiled query is nimma's modern build (native private fields) rather than the
 * down-levelled one Spectral loads; both come from the same nimma sources.
 *
 * Only the `ppc-lint` command and its workers call this, not the library: it replaces the class Spectral's runner
 * constructs, for the whole process.
 */

type Query = object;
type QueryClass = new (expressions: string[], options?: QueryOptions) => Query;

interface QueryOptions {
  fallback?: object | null;
  unsafe?: boolean;
  output?: string;
  customShorthands?: Record<string, unknown> | null;
  npmProvider?: string | null;
}

/** Distinct path sets kept (a ruleset has two: resolved and unresolved paths; profiles and files add a few). */
const MAX_QUERIES = 64;

let compilations = 0;

/** How many queries were compiled since the process started (for tests). */
export function compiledQueryCount(): number {
  return compilations;
}

function loadNimma(): { legacy: { default: QueryClass }; modern: { default: QueryClass } } {
  // The nimma Spectral's runner requires, whatever the layout of node_modules.
  const fromSpectral = createRequire(require.resolve('@stoplight/spectral-core'));
  return {
    legacy: fromSpectral('nimma/legacy') as { default: QueryClass },
    modern: fromSpectral('nimma') as { default: QueryClass },
  };
}

let installed = false;

/** Make Spectral reuse compiled queries in this process. Leaves Spectral unchanged if nimma cannot be found. */
export function shareCompiledQueries(): void {
  if (installed) return;
  let nimma: ReturnType<typeof loadNimma>;
  try {
    nimma = loadNimma();
  } catch {
    return;
  }
  installed = true;
  const Compiled = nimma.modern.default;
  const byFallback = new WeakMap<object, Map<string, Query>>();
  const noFallback = new Map<string, Query>();
  function SharedQuery(expressions: string[], options: QueryOptions = {}): Query {
    // Custom shorthands and npm providers carry code of their own: such queries are compiled each time.
    const custom = Object.keys(options.customShorthands ?? {}).length > 0 || options.npmProvider;
    if (custom) return new Compiled(expressions, options);
    let cache = options.fallback ? byFallback.get(options.fallback) : noFallback;
    if (!cache) {
      cache = new Map();
      byFallback.set(options.fallback as object, cache);
    }
    const key = JSON.stringify([expressions, options.unsafe, options.output]);
    let query = cache.get(key);
    if (!query) {
      if (cache.size >= MAX_QUERIES) cache.clear();
      query = new Compiled(expressions, options);
      compilations++;
      cache.set(key, query);
    }
    return query;
  }
  // `new SharedQuery(...)` returns the cached object: a constructor that returns an object yields that object.
  nimma.legacy.default = SharedQuery as unknown as QueryClass;
}

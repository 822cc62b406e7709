import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { HTTP_METHODS } from '../../utils/http';
import { examplePathItem } from '../../utils/paths-examples';
import { capitalize, operationLabel } from '../../utils/paths-parameters';
import { pathKeys, segmentKind, segmentMatches, templateShape } from '../../utils/paths-template';

/** Whether two segments at the same position can both match one concrete URL segment. */
function compatible(a: string, b: string): boolean {
  if (a === '' || b === '') return a === b;
  const ka = segmentKind(a);
  const kb = segmentKind(b);
  if (ka === 'variable' || kb === 'variable') return true;
  if (ka === 'static' && kb === 'static') return a.toLowerCase() === b.toLowerCase();
  if (ka === 'mixed' && kb === 'mixed') return templateShape(a) === templateShape(b);
  return ka === 'mixed' ? segmentMatches(a, b) : segmentMatches(b, a);
}

/** Whether segment `a` takes values that segment `b` spells out as static text. */
function moreGeneral(a: string, b: string): boolean {
  const ka = segmentKind(a);
  const kb = segmentKind(b);
  return (ka === 'variable' && kb !== 'variable') || (ka === 'mixed' && kb === 'static');
}

/**
 * For path `a` against path `b` (same segment count): the first position where `a` has a variable and `b`
 * static text that it would match, or -1 when the two cannot match the same URL or `a` is never more general.
 */
function partialOverlap(a: string[], b: string[]): number {
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (!compatible(a[i], b[i])) return -1;
    if (at < 0 && moreGeneral(a[i], b[i])) at = i;
  }
  return at;
}

/**
 * Candidate paths for `a`: same segment count, and at the position where `a` has its rarest static segment,
 * the same text or a variable. Buckets keep 10,000 paths from costing 10,000² comparisons.
 */
class PathIndex {
  private readonly byCount = new Map<
    number,
    { staticAt: Array<Map<string, string[]>>; wildAt: string[][]; all: string[] }
  >();

  constructor(keys: string[], segments: Map<string, string[]>) {
    for (const key of keys) {
      const seg = segments.get(key)!;
      let group = this.byCount.get(seg.length);
      if (!group) {
        group = { staticAt: seg.map(() => new Map<string, string[]>()), wildAt: seg.map(() => []), all: [] };
        this.byCount.set(seg.length, group);
      }
      group.all.push(key);
      seg.forEach((s, i) => {
        if (segmentKind(s) === 'static') {
          const k = s.toLowerCase();
          const list = group.staticAt[i].get(k);
          if (list) list.push(key);
          else group.staticAt[i].set(k, [key]);
        } else group.wildAt[i].push(key);
      });
    }
  }

  candidates(seg: string[]): string[] {
    const group = this.byCount.get(seg.length);
    if (!group) return [];
    let best: string[] | undefined;
    seg.forEach((s, i) => {
      if (segmentKind(s) !== 'static') return;
      const same = group.staticAt[i].get(s.toLowerCase()) ?? [];
      const wild = group.wildAt[i];
      if (!best || same.length + wild.length < best.length) best = same.concat(wild);
    });
    return best ?? group.all;
  }
}

const pathPartialDuplicate = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function pathPartialDuplicate(paths) {
    if (!isObject(paths)) return;
    const keys = pathKeys(paths).filter((k) => isObject(paths[k]));
    const segments = new Map(keys.map((k) => [k, k.split('/')]));
    const shapes = new Map(keys.map((k) => [k, templateShape(k)]));
    const order = new Map(keys.map((k, i) => [k, i]));
    const index = new PathIndex(keys, segments);
    const results: IFunctionResult[] = [];
    for (const a of keys) {
      const itemA = paths[a] as Record<string, unknown>;
      const segA = segments.get(a)!;
      // Document order, as before bucketing, so messages list the same paths first.
      const candidates = index.candidates(segA).sort((x, y) => order.get(x)! - order.get(y)!);
      for (const method of HTTP_METHODS) {
        if (!isObject(itemA[method])) continue;
        const others: string[] = [];
        let example = '';
        for (const b of candidates) {
          const itemB = paths[b] as Record<string, unknown>;
          const segB = segments.get(b)!;
          if (b === a || segB.length !== segA.length || shapes.get(b) === shapes.get(a) || !isObject(itemB[method]))
            continue;
          const at = partialOverlap(segA, segB);
          if (at < 0) continue;
          if (others.length === 0) example = ` (when ${quote(segA[at])} is ${quote(segB[at])})`;
          others.push(quote(b, 100));
        }
        if (others.length === 0) continue;
        const list =
          others.length > 3 ? `${others.slice(0, 3).join(', ')} and ${others.length - 3} more` : others.join(', ');
        const label = operationLabel(itemA[method], method, a);
        results.push({
          message: `${capitalize(label)} also matches the ${method.toUpperCase()} path${others.length > 1 ? 's' : ''} ${list}${example}`,
          path: ['paths', a, method],
        });
      }
    }
    return results;
  },
);

export default defineRule('ppc-path-partial-duplicate', {
  description:
    'No path variable of an operation can take the value of a static segment of another path with the same HTTP method.',
  message:
    '{{error}}; give the paths distinct static segments (e.g. "/items/byId/{id}") so every call routes to one operation (Microsoft warns that partially duplicated paths can route to the wrong operation).',
  severity: 'warn',
  formats: [oas2],
  given: '$.paths',
  resolved: false,
  then: { function: pathPartialDuplicate },
  'x-ppc': {
    requirements: ['path-partial-duplicate'],
    section: '3',
    sources: ['L-SVR PartialDuplicateOperationPath'],
    validatorMessage:
      "The operation '{0}' has the path template '{1}' which is similar to other operation path templates, this can lead to an unexpected routing to a different operation in case an input path parameter value matches to a static value segment. It is better to have unconditional routing in all cases. Partially duplicated paths are: {2}",
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'GET "/tasks/{taskId}" can also take the value "overdue" of GET "/tasks/overdue".',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1overdue',
              value: examplePathItem('ListOverdueTasks', 'List overdue tasks'),
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A distinct static segment.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1overdue-tasks',
              value: examplePathItem('ListOverdueTasks', 'List overdue tasks'),
            },
          ],
        },
        {
          description:
            'POST "/tasks/archive" next to GET and DELETE "/tasks/{taskId}": different methods never compete for a call.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks~1archive',
              value: { post: examplePathItem('ArchiveTasks', 'Archive done tasks').get },
            },
          ],
        },
      ],
    },
  },
});

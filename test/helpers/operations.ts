/** Builders for operation text and size: lint one operation's summary or description, a schema ladder. */
import { Document } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { spectralFor } from '../../src/lint';
import { lintRule, validSwagger, VIRTUAL_SOURCE } from './lint';

/** Findings of one rule with GET /tasks's summary set to `summary` (and the operation internal when `hidden`). */
export async function summaryFindings(id: string, summary: unknown, hidden = false) {
  const doc = validSwagger();
  doc.paths['/tasks'].get.summary = summary;
  if (hidden) doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
  return lintRule(id, doc);
}

/** Findings of one rule with GET /tasks's description set to `description` (internal when `hidden`). */
export async function descriptionFindings(id: string, description: unknown, hidden = false) {
  const doc = validSwagger();
  doc.paths['/tasks'].get.description = description;
  if (hidden) doc.paths['/tasks'].get['x-ms-visibility'] = 'internal';
  return lintRule(id, doc);
}

/** Definitions Level0..Level{levels-1}: each object has `width` properties referring to the next level. */
export function ladder(levels: number, width: number): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (let level = 0; level < levels; level++) {
    defs[`Level${level}`] =
      level === levels - 1
        ? { type: 'string' }
        : {
            type: 'object',
            properties: Object.fromEntries(
              Array.from({ length: width }, (_, k) => [`p${k}`, { $ref: `#/definitions/Level${level + 1}` }]),
            ),
          };
  }
  return defs;
}

/** [code, message] of every finding a published profile gives on DELETE /tasks/{taskId}'s `responses` set so. */
export async function responsesFindings(profile: 'certified' | 'custom', responses: unknown) {
  const doc = validSwagger();
  doc.paths['/tasks/{taskId}'].delete.responses = responses;
  const results = await spectralFor(profile).run(new Document(JSON.stringify(doc, null, 4), Json, VIRTUAL_SOURCE));
  return results
    .filter((r) => r.path.join('/') === 'paths//tasks/{taskId}/delete/responses')
    .map((r) => [r.code, r.message]);
}

/**
 * Builders for trigger, webhook and polling documents: the valid fixture has no triggers, so tests add them.
 * The path items come from the rules' own documented examples (src/rules/triggers/example-edits.ts).
 */
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { pollingPathItem, webhookDeletePathItem, webhookPathItem } from '../../src/rules/triggers/example-edits';
import { lineContaining, lintRule, validSwagger } from './lint';

export { pollingPathItem, webhookDeletePathItem, webhookPathItem };

type Doc = Record<string, any>;

/** The valid fixture plus a webhook trigger (`POST /hooks`) and its DELETE (`/hooks/{hookId}`). */
export function withWebhook(doc: Doc = validSwagger()): Doc {
  doc.paths['/hooks'] = webhookPathItem();
  doc.paths['/hooks/{hookId}'] = webhookDeletePathItem();
  return doc;
}

/** The valid fixture plus a polling trigger (`GET /tasks/trigger`). */
export function withPolling(doc: Doc = validSwagger()): Doc {
  doc.paths['/tasks/trigger'] = pollingPathItem();
  return doc;
}

export const webhookOp = (doc: Doc): Doc => doc.paths['/hooks'].post;
export const webhookBody = (doc: Doc): Doc => doc.paths['/hooks'].post.parameters[0];
export const callbackProperty = (doc: Doc): Doc => doc.paths['/hooks'].post.parameters[0].schema.properties.callbackUrl;
export const pollingOp = (doc: Doc): Doc => doc.paths['/tasks/trigger'].get;

/** The document as the linter sees it (4-space JSON). */
export const textOf = (doc: unknown): string => JSON.stringify(doc, null, 4);

/** 1-based line of the first line containing `needle` after the first line containing `anchor`. */
export function lineAfter(doc: unknown, anchor: string, needle: string): number {
  const text = textOf(doc);
  return lineContaining(text, needle, lineContaining(text, anchor) - 1);
}

/** Lint with one rule and return the findings' messages (for compact assertions). */
export async function messages(id: string, doc: unknown): Promise<string[]> {
  return (await lintRule(id, doc)).map((d: ISpectralDiagnostic) => d.message);
}

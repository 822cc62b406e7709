import { perDocument } from '../model/memo';
import { walkDocument, type DocumentVisit } from './schemas-document';

/** Every object of the document outside data subtrees (`walkDocument`), in walk order. */
export const documentVisits = perDocument((doc): readonly DocumentVisit[] => {
  const visits: DocumentVisit[] = [];
  walkDocument(doc, (v) => visits.push(v));
  return visits;
});

/** "a", "b", "c" and 4 more */
export function nameList(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).map((n) => `"${n}"`);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

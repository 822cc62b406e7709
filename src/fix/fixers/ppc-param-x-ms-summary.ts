import { nodeAtPath, propertyOf, insertProperty } from '../text';
import type { Fixer } from '../types';
import { quote } from '../../utils/guards';

/** Words written in capitals in a label. */
const ACRONYMS = new Set([
  'id',
  'ids',
  'url',
  'uri',
  'guid',
  'uuid',
  'ip',
  'json',
  'xml',
  'html',
  'api',
  'utc',
  'sku',
  'csv',
  'pdf',
  'sms',
  'ssl',
  'http',
  'https',
  'crm',
  'sql',
  'ui',
  'os',
]);

/** A label from an identifier: `task_id` → "Task ID", `dueDate` → "Due Date", `$filter` → "Filter". */
export function labelFromName(name: string): string {
  const words = name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return words
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : `${w[0].toUpperCase()}${w.slice(1)}`))
    .join(' ');
}

/** Suggests an `x-ms-summary` made from the parameter's name (the author should check the wording). */
export const fixParamXMsSummary: Fixer = ({ finding, file }) => {
  const last = finding.path[finding.path.length - 1];
  const paramPath = last === 'x-ms-summary' ? finding.path.slice(0, -1) : finding.path;
  const param = nodeAtPath(file.tree, paramPath);
  if (param?.type !== 'object') return undefined;
  const nameProp = param.children?.find((p) => p.children?.[0]?.value === 'name');
  const name: unknown = nameProp?.children?.[1]?.value;
  if (typeof name !== 'string') return undefined;
  const label = labelFromName(name);
  if (label === '') return undefined;
  const description = `Add "x-ms-summary": ${quote(label)}, made from the parameter name.`;
  const existing = nodeAtPath(file.tree, [...paramPath, 'x-ms-summary']);
  if (existing && propertyOf(existing)) {
    return {
      edits: [{ offset: existing.offset, length: existing.length, content: JSON.stringify(label) }],
      description,
    };
  }
  return { edits: insertProperty(file, param, 'x-ms-summary', label, nameProp), description };
};

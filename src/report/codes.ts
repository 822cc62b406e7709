import { oas } from '@stoplight/spectral-rulesets';
import { OAS_RULE_SEVERITY, OAS_RULES_OFF } from '../../rulesets/build';
import { BASELINE_STALE_CODE } from '../baseline';
import { ACK_FILE_NAME, ACK_INVALID, ACK_STALE } from '../diff/ack';
import { REPOSITORY_URL, type Severity } from '../types';
import { isObject } from '../utils/guards';

/** A code a report can show that no rule of the package defines: one ppc-lint emits itself, or one of Spectral's. */
export interface OtherCode {
  id: string;
  /** Its default severity in the package's rulesets; `off` for a `spectral:oas` rule they turn off. */
  severity: Severity | 'off';
  description: string;
  documentationUrl: string;
}

const README = `${REPOSITORY_URL}#readme`;
const BREAKING_CHANGES = `${REPOSITORY_URL}/blob/main/docs/breaking-changes.md`;

/** The codes ppc-lint reports about the run itself; the README and docs/breaking-changes.md are their documentation. */
export const TOOL_CODES: readonly OtherCode[] = [
  {
    id: 'ppc-lint-failed',
    severity: 'error',
    description:
      'The rules could not finish on this document (a construct made Spectral throw); the other files were still checked. Simplify the construct the message names.',
    documentationUrl: `${README}`,
  },
  {
    id: 'ppc-lint-timeout',
    severity: 'error',
    description:
      'Linting the connector took longer than its --timeout budget and was stopped; the run went on with the other targets. Raise --timeout, or lint the folder alone to see where it hangs.',
    documentationUrl: `${README}`,
  },
  {
    id: 'ppc-rule-timeout',
    severity: 'warn',
    description:
      'One rule spent more than its 2 s budget on the document, so its findings may be incomplete. Look for very long values or very many paths.',
    documentationUrl: `${README}`,
  },
  {
    id: BASELINE_STALE_CODE,
    severity: 'info',
    description:
      'A baseline entry matches no finding any more: the problem was fixed. Rewrite the baseline with --write-baseline to drop it.',
    documentationUrl: `${README}#baselines`,
  },
  {
    id: ACK_STALE,
    severity: 'warn',
    description: `An acknowledgement in ${ACK_FILE_NAME} matches no finding of ppc-lint diff; remove it.`,
    documentationUrl: `${BREAKING_CHANGES}#acknowledging-a-breaking-change`,
  },
  {
    id: ACK_INVALID,
    severity: 'error',
    description: `An acknowledgement in ${ACK_FILE_NAME} has no reason or names an unknown rule; ppc-lint diff exits 1 until it is fixed.`,
    documentationUrl: `${BREAKING_CHANGES}#acknowledging-a-breaking-change`,
  },
];

/** Spectral's page on its OpenAPI rules, as its own findings link it. */
function spectralDocs(): string {
  const url = (oas as { documentationUrl?: unknown }).documentationUrl;
  return typeof url === 'string' ? url : 'https://docs.stoplight.io/docs/spectral';
}

/** Spectral's own codes that are not rules of `spectral:oas`. */
const SPECTRAL_CODES: readonly OtherCode[] = [
  {
    id: 'invalid-ref',
    severity: 'error',
    description:
      'Spectral could not resolve a $ref: it points at a missing place in the document, or outside it (ppc-lint never reads other files or the network).',
    documentationUrl: spectralDocs(),
  },
];

/** A `spectral:oas` rule: its own description, its severity in the package's rulesets and Spectral's documentation. */
function oasCode(id: string): OtherCode | undefined {
  const rules = (oas as { rules?: unknown }).rules;
  if (!isObject(rules) || !Object.hasOwn(rules, id)) return undefined;
  const rule = rules[id] as { description?: unknown; severity?: unknown };
  const shipped = rule.severity === 0 || rule.severity === 'error' ? 'error' : 'warn';
  const severity = (OAS_RULES_OFF as readonly string[]).includes(id)
    ? 'off'
    : Object.hasOwn(OAS_RULE_SEVERITY, id)
      ? OAS_RULE_SEVERITY[id]
      : shipped;
  const description = typeof rule.description === 'string' ? rule.description : id;
  return { id, severity, description, documentationUrl: `${spectralDocs()}#${id}` };
}

/** The tool's or Spectral's code with this id, or undefined. */
export function otherCode(id: string): OtherCode | undefined {
  return [...TOOL_CODES, ...SPECTRAL_CODES].find((c) => c.id === id) ?? oasCode(id);
}

/** The page `explain` prints for such a code. */
export function renderOtherCodeDoc(code: OtherCode): string {
  const origin = code.id.startsWith('ppc-')
    ? 'Reported by ppc-lint itself about the run, not by a rule.'
    : "One of Spectral's own checks (`spectral:oas`), which the package's rulesets include.";
  return [
    `# ${code.id}`,
    '',
    origin,
    '',
    code.description,
    '',
    `- Severity: **${code.severity}**`,
    `- Documentation: ${code.documentationUrl}`,
    '',
  ].join('\n');
}

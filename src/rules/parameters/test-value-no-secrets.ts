import { oas2 } from '@stoplight/spectral-formats';
import { typedNodeRule, type NodeFinding } from '../../model/rules';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { typedNodeLabel } from '../../model/typed-nodes';
import { isDocumentedExample } from '../files/secrets';

/** Well-known credential shapes (matched anywhere in a string). */
const TOKEN_PATTERNS: Array<[string, RegExp]> = [
  ['an AWS access key', /(?<![A-Za-z0-9_-])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9_-])/],
  ['a GitHub token', /(?<![A-Za-z0-9_-])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})(?![A-Za-z0-9_-])/],
  ['a Slack token', /(?<![A-Za-z0-9_-])xox[abposr]-[A-Za-z0-9-]{10,}/],
  ['a Stripe key', /(?<![A-Za-z0-9_-])[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/],
  ['a Google API key', /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/],
  // Each pattern starts only where a run of token characters starts, so a long run is scanned once.
  ['a JSON Web Token', /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/],
  ['a private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['a bearer token', /(?<![A-Za-z])Bearer[ \t]+[A-Za-z0-9._~+/-]{20,}=*/i],
];

/** Names of fields that hold credentials. */
const SECRET_NAME = /(?:secret|passw(?:or)?d|api[-_ ]?key|access[-_ ]?key|private[-_ ]?key|token|credential)/i;
/** Values that are obviously placeholders. */
const PLACEHOLDER = /x{3,}|\*{3,}|\[\[|<[^>]*>|\{\{|your|example|dummy|sample|placeholder|insert|test|changeme/i;

/** A value that looks like a real secret: long, no spaces, letters and digits mixed, not a placeholder. */
function looksSecret(value: string): boolean {
  return (
    value.length >= 16 && !/\s/.test(value) && /[A-Za-z]/.test(value) && /\d/.test(value) && !PLACEHOLDER.test(value)
  );
}

/** Strings in a test value, with the name of the field that holds each (for objects). */
function strings(
  value: unknown,
  name: string | undefined,
  out: Array<{ text: string; name: string | undefined }>,
  depth = 0,
): void {
  if (depth > 16) return;
  if (typeof value === 'string') out.push({ text: value, name });
  else if (Array.isArray(value)) value.forEach((v) => strings(v, name, out, depth + 1));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) strings(v, k, out, depth + 1);
}

const testValueNoSecrets = typedNodeRule('testValueNoSecrets', (n, { document: doc }) => {
  if (!('x-ms-test-value' in n.node)) return undefined;
  const ownName = n.kind === 'parameter' && typeof n.node.name === 'string' ? n.node.name : n.propertyName;
  const found: NodeFinding[] = [];
  const list: Array<{ text: string; name: string | undefined }> = [];
  strings(n.node['x-ms-test-value'], ownName, list);
  for (const { text, name } of list) {
    const token = isDocumentedExample(text) ? undefined : TOKEN_PATTERNS.find(([, re]) => re.test(text));
    const what =
      token?.[0] ??
      (name !== undefined && SECRET_NAME.test(name) && looksSecret(text)
        ? `a credential for ${quote(name)}`
        : undefined);
    if (what === undefined) continue;
    found.push({
      message: `${typedNodeLabel(n, doc)} has an x-ms-test-value that looks like ${what}`,
      path: ['x-ms-test-value'],
    });
    break;
  }
  return found;
});

export default defineRule('ppc-test-value-no-secrets', {
  description:
    '`x-ms-test-value` holds no real keys, tokens or passwords (a heuristic: known token shapes, and long random values of credential-named fields).',
  message:
    '{{error}}; replace it with a harmless sample value and revoke the secret if it was real (the swagger is published).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: testValueNoSecrets },
  'x-ppc': {
    requirements: ['test-value-no-secrets'],
    section: '6',
    sources: ['R-SCH-API'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A GitHub token as test value.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/0/x-ms-test-value',
              value: 'ghp_0123456789abcdefghijABCDEFGHIJ012345',
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A sample value.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-test-value', value: 'open' }],
        },
      ],
    },
  },
});

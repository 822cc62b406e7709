/**
 * Heuristics for credentials written into connector files. They are deliberately conservative:
 * a secret is reported only in a place meant for one (clientSecret, a key/token/password value) or
 * when it has the unmistakable shape of a known credential format.
 */

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value.trim());
}

const PLACEHOLDER_WORDS =
  /dummy|placeholder|your|enter|replace|example|sample|insert|provide|changeme|change_me|todo|fake|redacted|xxx|\*\*\*|here|value-from|tbd|n\/a|secret_?value|client_?(id|secret)|\.\.\./i;

/** Longest value the heuristics look at: nothing longer is a single credential, and it bounds their cost. */
const MAX_VALUE = 1024;

/** True for values that are obviously stand-ins: empty, bracketed, wordy or digit-free. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (v.length > MAX_VALUE) return false;
  if (/^[[<{(*%$@]|[\]>})*%]$/.test(v)) return true;
  if (PLACEHOLDER_WORDS.test(v)) return true;
  // A phrase, e.g. "Please enter your client id" (the lookbehind makes each word start a match only once).
  if (/\s/.test(v) && /(?<![a-z])[a-z]{3,}\s+[a-z]{2}/i.test(v)) return true;
  if (!/\d/.test(v) && v.length < 32) return true;
  if (/^(.)\1*$/.test(v.replace(/-/g, ''))) return true;
  return false;
}

/**
 * Values made of words: `confidential_level_2`, `TopSecretRank`, `high-priority`. Qualifier fields
 * (`secret_rank`, `secretLevel`) hold such values; credentials never do.
 */
export function isWordLike(value: string): boolean {
  const parts = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_.\-/:]+/)
    .filter((p) => p !== '');
  if (parts.length === 0) return false;
  return parts.every(
    (p) => /^\d{1,4}$/.test(p) || (/^[A-Za-z][a-z]{1,14}$|^[A-Z]{2,8}$/.test(p) && /[aeiouyAEIOUY]/.test(p)),
  );
}

/** Keys that vendors publish in their documentation as examples (AWS's `AKIAIOSFODNN7EXAMPLE`, jwt.io's token). */
const DOCUMENTED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
]);

/** A vendor's documented example key, or a value that says it is an example or a stand-in. */
export function isDocumentedExample(value: string): boolean {
  const v = value.trim();
  if (DOCUMENTED_EXAMPLES.has(v)) return true;
  return /example|sample|dummy|placeholder|x{6,}|X{6,}|0{8,}|1234567890abcdef/i.test(
    v.length > MAX_VALUE ? v.slice(0, MAX_VALUE) : v,
  );
}

/**
 * A random-looking credential: long, no spaces, letters and digits, high entropy, not a GUID, URL, word list or
 * placeholder.
 */
export function looksLikeToken(value: string): boolean {
  const v = value.trim();
  if (v.length < 20 || v.length > MAX_VALUE) return false;
  if (!/^[A-Za-z0-9+/=_.~-]+$/.test(v) || v.startsWith('/') || v.includes('://')) return false;
  if (!/\d/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (isGuid(v) || isPlaceholder(v) || isWordLike(v) || isDocumentedExample(v)) return false;
  return entropy(v) >= 3.5;
}

/** Token characters: a pattern starts only where a run of them starts, so a long run is scanned once (no ReDoS). */
const B = '(?<![A-Za-z0-9_-])';
const E = '(?![A-Za-z0-9_-])';

/** Credential formats with a recognisable shape, searched in every connector file. */
export interface SecretFormat {
  name: string;
  pattern: RegExp;
  /** Capture group holding the secret (the whole match when absent). */
  group?: number;
  /** How a captured secret is confirmed: random-looking (`token`, the default) or any non-placeholder (`password`). */
  confirm?: 'token' | 'password';
  /** Every match contains one of these: the pattern runs only on text that does (an `includes` is far cheaper). */
  anchors: readonly string[];
  /**
   * A simpler pattern every match contains, for a format whose anchor is common in ordinary text (`@`): it finds in
   * one pass what the pattern would try at every position.
   */
  gate?: RegExp;
}

/** Whether `text` may hold a match of `format` (it holds one of the format's anchors, and its gate matches). */
export function mayHold(format: SecretFormat, text: string): boolean {
  return format.anchors.some((anchor) => text.includes(anchor)) && (!format.gate || format.gate.test(text));
}

/**
 * Whether `text` holds an anchor of any known format: one search instead of one per anchor, for the many short
 * texts (messages, values) that hold none.
 */
export function mayHoldAny(text: string): boolean {
  return ANY_ANCHOR.test(text);
}

/** Whether the captured text of a format is a real secret rather than a placeholder. */
export function confirmsSecret(format: SecretFormat, secret: string): boolean {
  if (isDocumentedExample(secret)) return false;
  if (!format.group) return true;
  const decoded = decodeUriSafe(secret);
  if (format.confirm === 'password')
    return (
      !PLACEHOLDER_WORDS.test(decoded) &&
      !/^(?:pass(?:word)?|pwd|secret)$/i.test(decoded) &&
      !/^[{[<$%(]|[}\]>)]$/.test(decoded)
    );
  return looksLikeToken(decoded);
}

function decodeUriSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export const KNOWN_SECRET_FORMATS: ReadonlyArray<SecretFormat> = [
  {
    name: 'a private key',
    anchors: ['-----BEGIN '],
    pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/g,
  },
  {
    name: 'an AWS access key ID',
    anchors: ['AKIA', 'ASIA'],
    pattern: new RegExp(`${B}(?:AKIA|ASIA)[0-9A-Z]{16}${E}`, 'g'),
  },
  {
    name: 'a GitHub token',
    anchors: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    pattern: new RegExp(`${B}(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{36,})${E}`, 'g'),
  },
  { name: 'a Slack token', anchors: ['xox'], pattern: new RegExp(`${B}xox[abposr]-[A-Za-z0-9-]{10,}${E}`, 'g') },
  { name: 'a Stripe live key', anchors: ['k_live_'], pattern: new RegExp(`${B}[sr]k_live_[A-Za-z0-9]{16,}${E}`, 'g') },
  { name: 'a Google API key', anchors: ['AIza'], pattern: new RegExp(`${B}AIza[0-9A-Za-z_-]{35}${E}`, 'g') },
  {
    name: 'a SendGrid API key',
    anchors: ['SG.'],
    pattern: new RegExp(`${B}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${E}`, 'g'),
  },
  { name: 'an OpenAI API key', anchors: ['sk-'], pattern: new RegExp(`${B}sk-(?:proj-)?[A-Za-z0-9_-]{32,}${E}`, 'g') },
  {
    name: 'a JSON Web Token',
    anchors: ['eyJ'],
    pattern: new RegExp(`${B}eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}`, 'g'),
  },
  {
    name: 'an Azure storage account key',
    anchors: ['AccountKey='],
    pattern: /(?<![A-Za-z])AccountKey=[A-Za-z0-9+/]{40,}={0,2}/g,
  },
  { name: 'a SAS signature', anchors: ['sig='], pattern: /[?&]sig=([A-Za-z0-9%+/=_-]{30,})/g, group: 1 },
  {
    name: 'a bearer token',
    anchors: ['Bearer'],
    pattern: /(?<![A-Za-z])Bearer[ \t]+([A-Za-z0-9._~+/-]{20,}=*)/g,
    group: 1,
  },
  // user:password@host in a URL or a host value
  {
    name: 'a password in a URL',
    anchors: ['@'],
    // The `:password@host` part of every match (an e-mail address has no `:` before its `@`).
    gate: /:[^\s@/:?#"'`]{6,128}@[A-Za-z0-9]/,
    pattern:
      /(?<=^|\/\/|[\s"'(<=])(?!mailto:|tel:|urn:)[A-Za-z0-9._~%+-]{1,64}:([^\s@/:?#"'`]{6,128})@(?=[A-Za-z0-9])/g,
    group: 1,
    confirm: 'password',
  },
];

/**
 * Every anchor of every known format above, as one pattern (`mayHoldAny`). Written out rather than built from the
 * list, so that the ReDoS checks read it as static text; a test checks it holds every anchor.
 */
const ANY_ANCHOR =
  /-----BEGIN |AKIA|ASIA|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|xox|k_live_|AIza|SG\.|sk-|eyJ|AccountKey=|sig=|Bearer|@/;

/** Words of a parameter or property name that mark its value as a credential. */
const SECRET_NAME_PARTS = [
  'secret',
  'password',
  'passwd',
  'apikey',
  'accesskey',
  'accesstoken',
  'authtoken',
  'refreshtoken',
  'idtoken',
  'bearer',
  'authorization',
  'signature',
  'subscriptionkey',
  'privatekey',
  'sastoken',
  'token',
  'functionkey',
  'hostkey',
  'masterkey',
];
const SECRET_NAMES_EXACT = new Set(['key', 'code', 'sig', 'pwd', 'auth', 'xapikey', 'ocpapimsubscriptionkey']);
/** Names that say "token" but hold paging or state values. */
const NOT_SECRET_PARTS =
  /page|next|continuation|cursor|skip|delta|sync|csrf|type|url|uri|name|expir|count|length|format|rank|level|tier|class|category|kind|mode|status|policy|rotation|strength|hint|question|id$/;

/** True when a parameter/property/header name says its value is a credential. */
export function isSecretName(name: string): boolean {
  const normalized = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (SECRET_NAMES_EXACT.has(normalized)) return true;
  if (NOT_SECRET_PARTS.test(normalized)) return false;
  return SECRET_NAME_PARTS.some((part) => normalized.includes(part));
}

/** A value for messages that does not repeat the secret: its first characters and length. */
export function masked(value: string): string {
  const v = value.trim();
  return `"${v.slice(0, 4)}…" (${v.length} characters)`;
}

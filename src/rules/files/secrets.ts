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

/** True for values that are obviously stand-ins: empty, bracketed, wordy or digit-free. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/^[[<{(*%$@]|[\]>})*%]$/.test(v)) return true;
  if (PLACEHOLDER_WORDS.test(v)) return true;
  if (/\s/.test(v) && /[a-z]{3,}\s+[a-z]{2,}/i.test(v)) return true; // a phrase, e.g. "Please enter your client id"
  if (!/\d/.test(v) && v.length < 32) return true;
  if (/^(.)\1*$/.test(v.replace(/-/g, ''))) return true;
  return false;
}

/** A random-looking credential: long, no spaces, letters and digits, high entropy, not a GUID, URL or placeholder. */
export function looksLikeToken(value: string): boolean {
  const v = value.trim();
  if (v.length < 20 || v.length > 1024) return false;
  if (!/^[A-Za-z0-9+/=_.~-]+$/.test(v) || v.startsWith('/') || v.includes('://')) return false;
  if (!/\d/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (isGuid(v) || isPlaceholder(v)) return false;
  return entropy(v) >= 3.5;
}

/** Credential formats with a recognisable shape, searched in every connector file. */
export const KNOWN_SECRET_FORMATS: ReadonlyArray<{ name: string; pattern: RegExp; group?: number }> = [
  { name: 'a private key', pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/g },
  { name: 'an AWS access key ID', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: 'a GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g },
  { name: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { name: 'a Stripe live key', pattern: /\b[sr]k_live_[A-Za-z0-9]{16,}\b/g },
  { name: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { name: 'a SendGrid API key', pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
  { name: 'an OpenAI API key', pattern: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/g },
  { name: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g },
  { name: 'an Azure storage account key', pattern: /AccountKey=[A-Za-z0-9+/]{40,}={0,2}/g },
  { name: 'a SAS signature', pattern: /[?&]sig=([A-Za-z0-9%+/=_-]{30,})/g, group: 1 },
  { name: 'a bearer token', pattern: /\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)/g, group: 1 },
];

/** Words of a parameter or property name that mark its value as a credential. */
const SECRET_NAME_PARTS = [
  'secret', 'password', 'passwd', 'apikey', 'accesskey', 'accesstoken', 'authtoken', 'refreshtoken', 'idtoken', 'bearer',
  'authorization', 'signature', 'subscriptionkey', 'privatekey', 'sastoken', 'token', 'functionkey', 'hostkey', 'masterkey',
];
const SECRET_NAMES_EXACT = new Set(['key', 'code', 'sig', 'pwd', 'auth', 'xapikey', 'ocpapimsubscriptionkey']);
/** Names that say "token" but hold paging or state values. */
const NOT_SECRET_PARTS = /page|next|continuation|cursor|skip|delta|sync|csrf|type|url|uri|name|expir|count|length|format|id$/;

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

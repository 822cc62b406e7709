import { createRulesetFunction } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';

/** Words that mark a non-production host when they are a whole label or a `-`-separated part of one. */
const ENVIRONMENT_WORDS = new Set([
  'dev',
  'develop',
  'development',
  'test',
  'testing',
  'tst',
  'stage',
  'stg',
  'staging',
  'uat',
  'qa',
  'preprod',
  'sandbox',
  'local',
]);

/** Hosts that are tunnels, loopback or placeholders wherever the word appears. */
const ANYWHERE = /(localhost|ngrok|\.loca\.lt$|localtest\.me|sandbox|staging)/i;

const PLACEHOLDER_HOSTS = new Set(['example.com', 'example.org', 'example.net', 'test.com']);

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Why a host looks like a development, test or placeholder host, or undefined. The registrable domain
 * (the last two labels) is only searched when it is itself hyphenated, so "dev.to" is not flagged.
 */
export function nonProductionReason(host: string): string | undefined {
  const name = host.trim().toLowerCase().replace(/:\d+$/, '');
  if (name === '') return undefined;
  if (IPV4.test(name)) return 'is a raw IP address';
  if (PLACEHOLDER_HOSTS.has(name)) return 'is a placeholder domain';
  const anywhere = ANYWHERE.exec(name);
  if (anywhere) return `contains ${quote(anywhere[1])}`;
  const labels = name.split('.');
  const searched = labels.length > 2 ? labels.slice(0, -1) : labels.slice(0, -1).filter((l) => l.includes('-'));
  for (const label of searched) {
    for (const word of label.split(/[-_]/)) {
      const bare = word.replace(/(?<!\d)\d+$/, '');
      if (ENVIRONMENT_WORDS.has(bare)) return `contains ${quote(word)}`;
    }
  }
  return undefined;
}

/** Error text: `"dev.contoso.com" contains "dev"`. */
export const hostProduction = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function hostProduction(input) {
    if (typeof input !== 'string') return;
    const reason = nonProductionReason(input);
    return reason ? [{ message: `${quote(input)} ${reason}` }] : undefined;
  },
);

export default defineRule('ppc-host-production', {
  description:
    '`host` is the production host: no localhost, tunnel, raw IP address or staging/dev/test/sandbox/UAT/QA host (a keyword heuristic, so a warning).',
  message:
    'host {{error}}, which looks like a non-production host; point the connector at the production service (use the dynamichosturl policy or a connection parameter for per-tenant hosts).',
  severity: 'warn',
  formats: [oas2],
  given: '$.host',
  then: { function: hostProduction },
  'x-ppc': {
    requirements: ['host-production'],
    section: '2.5',
    sources: ['L-CS step 4', 'L-FAQ'],
    specLevel: 'E/W',
    examples: {
      invalid: [
        { description: 'A development host.', edits: [{ op: 'set', path: '/host', value: 'dev-api.contoso.com' }] },
        {
          description: 'A tunnel to a local machine.',
          edits: [{ op: 'set', path: '/host', value: 'contoso.eu.ngrok.io' }],
        },
      ],
      valid: [
        { description: 'The production host.', edits: [{ op: 'set', path: '/host', value: 'api.contoso.com' }] },
        {
          description: 'A registrable domain that happens to be a keyword.',
          edits: [{ op: 'set', path: '/host', value: 'dev.to' }],
        },
      ],
    },
  },
});

import { KNOWN_SECRET_FORMATS, mayHold, mayHoldAny } from '../../../src/rules/files/secrets';
import { maskSecrets } from '../../../src/utils/sanitize';

const ALNUM = 'a1B2c3D4e5F6g7H8i9J0';

/** One credential of each known format, as it might be pasted into a description. */
const SAMPLES: Record<string, string> = {
  'a private key': '-----BEGIN RSA PRIVATE KEY-----',
  'an AWS access key ID': 'AKIAZ7Q3M9X2K4P8W1R6',
  'a GitHub token': `ghp_${ALNUM}${ALNUM}`,
  'a Slack token': 'xoxb-1234567890-a1B2c3D4e5',
  'a Stripe live key': `sk_live_${ALNUM}`,
  'a Google API key': `AIzaSy${ALNUM}${ALNUM.slice(0, 13)}`,
  'a SendGrid API key': `SG.${ALNUM}xy.${ALNUM}${ALNUM}abc`,
  'an OpenAI API key': `sk-${ALNUM}${ALNUM}`,
  'a JSON Web Token': 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  'an Azure storage account key': `AccountKey=${ALNUM}${ALNUM}${ALNUM}==`,
  'a SAS signature': `https://a.blob.core.windows.net/c?sv=2020&sig=${ALNUM}${ALNUM}`,
  'a bearer token': `Bearer ${ALNUM}${ALNUM}`,
  'a password in a URL': 'https://admin:Qz7-pLm2xK@db.example.com',
};

describe('known secret formats and their anchors', () => {
  it('has a sample for every format', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(KNOWN_SECRET_FORMATS.map((f) => f.name).sort());
  });

  it.each(KNOWN_SECRET_FORMATS.map((f) => [f.name, f] as const))(
    '%s: the pattern matches its sample, which holds an anchor; text without one is skipped',
    (name, format) => {
      const text = `See ${SAMPLES[name]} here.`;
      format.pattern.lastIndex = 0;
      expect(format.pattern.test(text)).toBe(true);
      format.pattern.lastIndex = 0;
      expect(mayHold(format, text)).toBe(true);
      expect(mayHold(format, 'Lists the tasks of a project, 20 at a time.')).toBe(false);
    },
  );

  it('maskSecrets masks each sample and leaves ordinary text alone, also when asked again', () => {
    for (const sample of Object.values(SAMPLES).filter((s) => !s.startsWith('-----'))) {
      const text = `value: ${sample}`;
      expect(maskSecrets(text)).toContain('masked');
      expect(maskSecrets(text)).toBe(maskSecrets(text));
    }
    expect(maskSecrets('paths./tasks.get.responses.200')).toBe('paths./tasks.get.responses.200');
  });

  it('finds every anchor of every format in one search too', () => {
    for (const anchor of KNOWN_SECRET_FORMATS.flatMap((f) => f.anchors))
      expect([anchor, mayHoldAny(anchor)]).toEqual([anchor, true]);
    expect(mayHoldAny('Lists the tasks of a project, 20 at a time.')).toBe(false);
  });

  it('skips text with a common anchor but no match: e-mail addresses, `gh` in words', () => {
    const url = KNOWN_SECRET_FORMATS.find((f) => f.name === 'a password in a URL')!;
    const github = KNOWN_SECRET_FORMATS.find((f) => f.name === 'a GitHub token')!;
    expect(mayHold(url, 'Contact: support@contoso.com or sales@contoso.com (https://contoso.com/help).')).toBe(false);
    expect(mayHold(github, 'Highlights the right weight of each thing.')).toBe(false);
  });

  // A format's anchors and gate are only a shortcut: text the pattern matches must never be skipped.
  it.each(KNOWN_SECRET_FORMATS.map((f) => [f.name, f] as const))(
    '%s: never skips text that its pattern matches (its sample with random edits)',
    (name, format) => {
      let seed = 7;
      const random = (n: number): number => {
        seed = (seed * 48271) % 2147483647;
        return seed % n;
      };
      const characters = 'aZ09:@/_-.=+%?#" \n\t\'(<';
      for (let i = 0; i < 5000; i++) {
        let text = `See ${SAMPLES[name]} here.`;
        for (let edits = 1 + random(6); edits > 0; edits--) {
          const at = random(text.length);
          const edit = random(3);
          if (edit === 0) text = text.slice(0, at) + text.slice(at + 1);
          else if (edit === 1) text = text.slice(0, at) + characters[random(characters.length)] + text.slice(at);
          else text = text.slice(0, at) + text.slice(at, at + 1 + random(4)).repeat(2) + text.slice(at + 1 + random(4));
        }
        format.pattern.lastIndex = 0;
        if (format.pattern.test(text))
          expect({ text, mayHold: mayHold(format, text), mayHoldAny: mayHoldAny(text) }).toEqual({
            text,
            mayHold: true,
            mayHoldAny: true,
          });
        format.pattern.lastIndex = 0;
      }
    },
  );
});

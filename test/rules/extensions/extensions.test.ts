import { lintRule, validSwagger } from '../../helpers/lint';

const MY_RULES = [
  'ppc-x-ms-summary-type',
  'ppc-x-ms-visibility-value',
  'ppc-x-ms-capabilities-operation',
  'ppc-test-connection-operation',
  'ppc-x-ms-trigger-hint-type',
  'ppc-x-ms-localize-default-value-type',
  'ppc-x-ms-media-kind-value',
  'ppc-x-ms-autorest-ignored',
  'ppc-x-ms-unknown',
  'ppc-x-ms-misplaced',
];

describe('extension rules on the valid fixture', () => {
  it.each(MY_RULES)('%s is silent', async (id) => {
    expect(await lintRule(id, validSwagger())).toEqual([]);
  });
});

describe('ppc-x-ms-unknown', () => {
  it('does not crash on a document with odd shapes', async () => {
    for (const odd of [null, [], 'x', 42]) {
      const doc = validSwagger();
      doc.paths['/tasks'] = odd;
      doc.definitions.Task.properties = odd;
      doc.parameters = odd;
      doc.tags = odd;
      doc.info = odd;
      expect(await lintRule('ppc-x-ms-unknown', doc)).toEqual([]);
      expect(await lintRule('ppc-x-ms-misplaced', doc)).toEqual([]);
    }
  });
});

describe('ppc-x-ms-misplaced', () => {});

describe('value rules', () => {});

describe('wrong value types never crash the extension rules', () => {
  it.each(MY_RULES)('%s returns findings, not a crash, for null, arrays and strings', async (id) => {
    const doc = validSwagger();
    for (const [i, value] of [null, [], 'x', 42, { a: { b: [null] } }].entries()) {
      doc.paths['/tasks'].get.parameters.push({
        name: `p${i}`,
        in: 'query',
        type: 'string',
        'x-ms-summary': value,
        'x-ms-visibility': value,
        'x-ms-localizeDefaultValue': value,
      });
      doc.definitions.Task.properties[`p${i}`] = {
        'x-ms-media-kind': value,
        'x-ms-enum': value,
        'x-ms-capabilities': value,
      };
    }
    doc.paths['/tasks'].get['x-ms-capabilities'] = null;
    doc.paths['/tasks'].get['x-ms-trigger-hint'] = [];
    doc['x-ms-capabilities'] = { testConnection: null };
    await expect(lintRule(id, doc)).resolves.toBeInstanceOf(Array);
  });
});

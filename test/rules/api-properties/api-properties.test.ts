import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Document, Spectral, Ruleset } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { apiPropertiesRulesetFor } from '../../../src/lint';
import { apiProperties } from '../../../src/formats';
import { VALID_DIR } from '../../helpers/lint';
import { validProps } from '../../helpers/properties';

describe('the apiProperties format', () => {
  it('recognises apiProperties.json by name or by its keys, and not a swagger', () => {
    expect(apiProperties(validProps(), '/x/apiProperties.json')).toBe(true);
    expect(apiProperties(validProps(), '/x/other.json')).toBe(true);
    expect(apiProperties({ swagger: '2.0', properties: { iconBrandColor: '#000000' } }, '/x/a.json')).toBe(false);
    expect(apiProperties({ properties: { name: 'x' } }, '/x/a.json')).toBe(false);
    expect(apiProperties(null, null)).toBe(false);
  });
});

describe('valid fixture', () => {
  it('passes the whole certified apiProperties ruleset', async () => {
    const spectral = new Spectral();
    spectral.setRuleset(apiPropertiesRulesetFor('certified'));
    const results = await spectral.run(
      new Document(
        readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8'),
        Json,
        '/virtual/apiProperties.json',
      ),
    );
    expect(results).toEqual([]);
  });
});

describe('ppc-brand-color rules', () => {});

describe('ppc-publisher-required and ppc-stack-owner-required', () => {});

describe('ppc-props-root and ppc-props-allowed-keys', () => {});

describe('OAuth settings', () => {});

describe('connection parameter rules', () => {});

describe('policy templates', () => {});

describe('odd input', () => {
  it('never throws on arrays, nulls and __proto__ keys', async () => {
    const odd =
      '{"properties":{"constructor":{"type":1},"connectionParameters":[null,{"type":"x"}],"policyTemplateInstances":{"a":1},"iconBrandColor":null,"capabilities":"x","connectionParameterSets":[]}}';
    const spectral = new Spectral();
    spectral.setRuleset(new Ruleset(apiPropertiesRulesetFor('independent-publisher').definition));
    const results = await spectral.run(new Document(odd, Json, '/virtual/apiProperties.json'));
    expect(results.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'ppc-props-allowed-keys',
        'ppc-brand-color-hex',
        'ppc-capabilities-values',
        'ppc-multi-auth-shape',
      ]),
    );
    const proto =
      '{"properties":{"__proto__":{"type":1},"connectionParameters":{"__proto__":{"type":"x"}},"iconBrandColor":"#da3b01"}}';
    await expect(spectral.run(new Document(proto, Json, '/virtual/apiProperties.json'))).resolves.toBeDefined();
  });
});

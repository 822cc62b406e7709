import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Document, Spectral, Ruleset } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { apiPropertiesRulesetFor } from '../../../src/lint';
import { apiProperties } from '../../../src/formats';
import { lintPropertiesRule, SEVERITY, VALID_DIR } from '../../helpers/lint';

function validProps(): Record<string, any> {
  return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
}

function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
  const doc = validProps();
  change(doc.properties as Record<string, any>);
  return doc;
}

const oauth = (settings: Record<string, unknown>) => ({ type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', clientId: '[[DummyValue]]', scopes: [], ...settings } });

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
    const results = await spectral.run(new Document(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8'), Json, '/virtual/apiProperties.json'));
    expect(results).toEqual([]);
  });
});

describe('ppc-brand-color rules', () => {
  it('requires a colour, a #rrggbb colour, and no default colour for certified connectors', async () => {
    expect(await lintPropertiesRule('ppc-brand-color-required', withProps((p) => delete p.iconBrandColor))).toHaveLength(1);
    const [hex] = await lintPropertiesRule('ppc-brand-color-hex', withProps((p) => (p.iconBrandColor = '#12345')));
    expect(hex!.message).toContain('"#12345"');
    const [def] = await lintPropertiesRule('ppc-brand-color-not-default', withProps((p) => (p.iconBrandColor = '#007EE5')));
    expect(def!.message).toContain('the default colour');
    expect(await lintPropertiesRule('ppc-brand-color-not-default', validProps())).toEqual([]);
  });
  it('asks independent publishers for exactly #da3b01, and only them', async () => {
    const [ip] = await lintPropertiesRule('ppc-brand-color-ip', validProps(), 'independent-publisher');
    expect(ip!.message).toContain('"#0f6cbd"');
    expect(await lintPropertiesRule('ppc-brand-color-ip', withProps((p) => (p.iconBrandColor = '#da3b01')), 'independent-publisher')).toEqual([]);
    expect(apiPropertiesRulesetFor('certified').rules['ppc-brand-color-ip']).toBeUndefined();
    expect(apiPropertiesRulesetFor('independent-publisher').rules['ppc-brand-color-not-default']).toBeUndefined();
  });
});

describe('ppc-publisher-required and ppc-stack-owner-required', () => {
  it('fire when missing or blank and pass names', async () => {
    expect(await lintPropertiesRule('ppc-publisher-required', withProps((p) => delete p.publisher))).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-publisher-required', withProps((p) => (p.publisher = 42)))).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-stack-owner-required', withProps((p) => (p.stackOwner = '')))).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-publisher-required', validProps())).toEqual([]);
    expect(await lintPropertiesRule('ppc-stack-owner-required', validProps())).toEqual([]);
  });
});

describe('ppc-props-root and ppc-props-allowed-keys', () => {
  it('report unknown keys with a rename hint', async () => {
    const [r] = await lintPropertiesRule('ppc-props-allowed-keys', withProps((p) => (p.StackOwner = 'x')));
    expect(r!.message).toContain('rename it to "stackOwner"');
    expect(await lintPropertiesRule('ppc-props-root', { properties: validProps().properties, extra: 1 })).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-props-root', '[]')).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-props-allowed-keys', validProps())).toEqual([]);
  });
});

describe('OAuth settings', () => {
  it('ppc-oauth-identity-provider: missing provider is an error; ppc-oauth-identity-provider-known: unknown one a warning', async () => {
    const missing = await lintPropertiesRule('ppc-oauth-identity-provider', withProps((p) => (p.connectionParameters = { token: oauth({ identityProvider: undefined }) })));
    expect(missing).toHaveLength(1);
    const [unknown] = await lintPropertiesRule('ppc-oauth-identity-provider-known', withProps((p) => (p.connectionParameters = { token: oauth({ identityProvider: 'AAD' }) })));
    expect(unknown!.severity).toBe(SEVERITY.warn);
    expect(unknown!.message).toContain('write "aad"');
    expect(await lintPropertiesRule('ppc-oauth-identity-provider-known', withProps((p) => (p.connectionParameters = { token: oauth({ identityProvider: 'aad' }) })))).toEqual([]);
  });
  it('ppc-oauth-redirect-mode and ppc-oauth-first-party-flag check their spellings', async () => {
    expect(await lintPropertiesRule('ppc-oauth-redirect-mode', withProps((p) => (p.connectionParameters = { token: oauth({ redirectMode: 'global' }) })))).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-oauth-redirect-mode', withProps((p) => (p.connectionParameters = { token: oauth({ redirectMode: 'Global' }) })))).toEqual([]);
    expect(await lintPropertiesRule('ppc-oauth-first-party-flag', withProps((p) => (p.connectionParameters = { token: oauth({ properties: { IsFirstParty: 'false' } }) })))).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-oauth-first-party-flag', withProps((p) => (p.connectionParameters = { token: oauth({ properties: { IsFirstParty: 'True' } }) })))).toEqual([]);
  });
});

describe('connection parameter rules', () => {
  it('ppc-conn-param-name, ppc-conn-uidefinition and ppc-conn-secret-securestring', async () => {
    expect(await lintPropertiesRule('ppc-conn-param-name', withProps((p) => (p.connectionParameters['api key'] = { type: 'string' })))).toHaveLength(1);
    const [ui] = await lintPropertiesRule('ppc-conn-uidefinition', withProps((p) => (p.connectionParameters.api_key.uiDefinition.constraints.required = 'required')));
    expect(ui!.message).toContain('write the string "true" or "false"');
    const [secret] = await lintPropertiesRule('ppc-conn-secret-securestring', withProps((p) => (p.connectionParameters.password = { type: 'string' })));
    expect(secret!.message).toContain('"password"');
    for (const id of ['ppc-conn-param-name', 'ppc-conn-uidefinition', 'ppc-conn-secret-securestring']) expect(await lintPropertiesRule(id, validProps())).toEqual([]);
  });
  it('ppc-auth-no-empty-connection and the multi-auth rules', async () => {
    expect(await lintPropertiesRule('ppc-auth-no-empty-connection', withProps((p) => (p.connectionParameters = {})))).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-auth-no-empty-connection', validProps())).toEqual([]);
    const sets = { uiDefinition: { displayName: 'Auth', description: 'Pick' }, values: [{ name: 'k', uiDefinition: { displayName: 'Key', description: 'Key' }, parameters: { api_key: { type: 'securestring' } } }] };
    expect(await lintPropertiesRule('ppc-multi-auth-exclusive', withProps((p) => (p.connectionParameterSets = sets)))).toHaveLength(1);
    expect(await lintPropertiesRule('ppc-multi-auth-shape', withProps((p) => (p.connectionParameterSets = sets)))).toEqual([]);
    expect(await lintPropertiesRule('ppc-multi-auth-shape', withProps((p) => (p.connectionParameterSets = { values: [sets.values[0], sets.values[0]] })))).toHaveLength(2);
  });
});

describe('policy templates', () => {
  const policy = (templateId: unknown, parameters: Record<string, unknown>) => withProps((p) => (p.policyTemplateInstances = [{ templateId, title: 'P', parameters }]));
  it('ppc-policy-template-shape, -known and -params', async () => {
    expect(await lintPropertiesRule('ppc-policy-template-shape', policy(undefined, {}))).toHaveLength(1);
    const [known] = await lintPropertiesRule('ppc-policy-template-known', policy('sethaeder', {}));
    expect(known!.message).toContain('"sethaeder"');
    expect(await lintPropertiesRule('ppc-policy-template-known', policy('setconnectionstatustounauthenticated', {}))).toEqual([]);
    const params = await lintPropertiesRule('ppc-policy-template-params', policy('SetHeader', { 'x-ms-apimTemplateParameter.name': 'X', 'x-ms-apimTemplateParameter.existsAction': 'replace' }));
    expect(params.map((r) => r.message)).toEqual([expect.stringContaining('no x-ms-apimTemplateParameter.value'), expect.stringContaining('"replace"')]);
    expect(await lintPropertiesRule('ppc-policy-template-params', policy('setheader', { 'x-ms-apimTemplateParameter.name': 'X', 'x-ms-apimTemplateParameter.value': '1' }))).toEqual([]);
  });
});

describe('odd input', () => {
  it('never throws on arrays, nulls and __proto__ keys', async () => {
    const odd = '{"properties":{"constructor":{"type":1},"connectionParameters":[null,{"type":"x"}],"policyTemplateInstances":{"a":1},"iconBrandColor":null,"capabilities":"x","connectionParameterSets":[]}}';
    const spectral = new Spectral();
    spectral.setRuleset(new Ruleset(apiPropertiesRulesetFor('independent-publisher').definition));
    const results = await spectral.run(new Document(odd, Json, '/virtual/apiProperties.json'));
    expect(results.map((r) => r.code)).toEqual(expect.arrayContaining(['ppc-props-allowed-keys', 'ppc-brand-color-hex', 'ppc-capabilities-values', 'ppc-multi-auth-shape']));
    const proto = '{"properties":{"__proto__":{"type":1},"connectionParameters":{"__proto__":{"type":"x"}},"iconBrandColor":"#da3b01"}}';
    await expect(spectral.run(new Document(proto, Json, '/virtual/apiProperties.json'))).resolves.toBeDefined();
  });
});

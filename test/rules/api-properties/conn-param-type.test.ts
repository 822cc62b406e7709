import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Document, Spectral, Ruleset } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { lintConnector } from '../../../src/lint';
import { buildApiPropertiesRuleset, buildRuleset } from '../../../rulesets/build';
import { connectorWith, lineContaining, lineOf, lintPropertiesRule, SEVERITY, VALID_DIR } from '../../helpers/lint';
import { propertiesScenarios, documentedEdit } from '../../helpers/scenarios';
import { withProps } from '../../helpers/properties';

describe('one Spectral ruleset extending both', () => {
  it('runs the definition rules on the definition and the apiProperties rules on apiProperties.json only', async () => {
    const spectral = new Spectral();
    spectral.setRuleset(new Ruleset({ extends: [buildRuleset('certified'), buildApiPropertiesRuleset('certified')] }));
    const swagger = readFileSync(path.join(VALID_DIR, 'apiDefinition.swagger.json'), 'utf8');
    expect(await spectral.run(new Document(swagger, Json, '/x/apiDefinition.swagger.json'))).toEqual([]);
    const broken = readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8').replace(
      '"securestring"',
      '"sekret"',
    );
    const results = await spectral.run(new Document(broken, Json, '/x/apiProperties.json'));
    expect(results.map((r) => r.code)).toEqual(['ppc-conn-param-type']);
  });
});

describe('ppc-conn-param-type', () => {
  it('reports a misspelt type on its line, as an error', async () => {
    const doc = withProps((p) => (p.connectionParameters.api_key.type = 'sekret'));
    const [r, ...rest] = await lintPropertiesRule('ppc-conn-param-type', doc);
    expect(rest).toEqual([]);
    expect(r.severity).toBe(SEVERITY.error);
    expect(r.path.join('.')).toBe('properties.connectionParameters.api_key.type');
    expect(r.message).toContain('"sekret"');
    expect(lineOf(r)).toBe(lineContaining(JSON.stringify(doc, null, 4), '"sekret"'));
  });
  it('suggests the right case and checks parameter sets too', async () => {
    const doc = withProps((p) => {
      delete p.connectionParameters;
      p.connectionParameterSets = {
        uiDefinition: {},
        values: [{ name: 'a', uiDefinition: {}, parameters: { token: { type: 'oAuthSetting' } } }],
      };
    });
    const [r] = await lintPropertiesRule('ppc-conn-param-type', doc);
    expect(r.message).toContain('write "oauthSetting"');
    expect(r.path.join('.')).toBe('properties.connectionParameterSets.values.0.parameters.token.type');
  });
  it('is silent on every allowed type', async () => {
    const doc = withProps((p) => {
      for (const type of ['string', 'securestring', 'int', 'bool', 'oauthSetting', 'gatewaySetting'])
        p.connectionParameters[`p_${type}`] = { type };
    });
    expect(await lintPropertiesRule('ppc-conn-param-type', doc)).toEqual([]);
  });
});

describe('ppc-lint', () => {
  it("runs the apiProperties rules on the folder's apiProperties.json", async () => {
    const broken = withProps((p) => (p.connectionParameters.api_key.type = 'sekret'));
    const dir = await connectorWith({ 'apiProperties.json': { json: broken } });
    const { diagnostics } = await lintConnector(dir);
    const hit = diagnostics.filter((d) => d.code === 'ppc-conn-param-type');
    expect(hit).toHaveLength(1);
    expect(hit[0].source).toBe(path.join(dir, 'apiProperties.json'));
    expect(diagnostics.some((d) => d.code === 'unrecognized-format')).toBe(false);
    const clean = await lintConnector(VALID_DIR);
    expect(
      clean.diagnostics.filter((d) => String(d.code).startsWith('ppc-conn') || String(d.code).startsWith('ppc-brand')),
    ).toEqual([]);
  });
});

describe('ppc-conn-param-type scenarios', () => {
  propertiesScenarios('ppc-conn-param-type', [
    {
      name: 'A misspelt type.',
      edit: documentedEdit('ppc-conn-param-type', 'invalid'),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'type'],
          line: { containing: '"type": "sekret",' },
          message: 'Connection parameter "api_key" has the type "sekret"',
        },
      ],
    },
    {
      name: 'oAuthSetting with a capital A.',
      edit: documentedEdit('ppc-conn-param-type', 'invalid', 1),
      expect: [
        {
          path: ['properties', 'connectionParameters', 'api_key', 'type'],
          line: { containing: '"type": "oAuthSetting",' },
          message: 'Connection parameter "api_key" has the type "oAuthSetting"',
        },
      ],
    },
    {
      name: 'A string parameter.',
      edit: documentedEdit('ppc-conn-param-type', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

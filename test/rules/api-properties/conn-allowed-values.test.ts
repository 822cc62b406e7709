import { lineContaining, lineOf, lintPropertiesRule, SEVERITY } from '../../helpers/lint';

const ID = 'ppc-conn-allowed-values';
const props = (region: Record<string, unknown>) => ({
  properties: { connectionParameters: { region: { type: 'string', ...region } }, iconBrandColor: '#0f6cbd' },
});
const constraints = (allowedValues: unknown) => ({
  uiDefinition: { displayName: 'Region', constraints: { required: 'true', allowedValues } },
});

describe(ID, () => {
  it('is silent on {text, value} entries in constraints and {value, uiDefinition} entries on the parameter', async () => {
    expect(await lintPropertiesRule(ID, props(constraints([{ text: 'Europe', value: 'eu.contoso.com' }])))).toEqual([]);
    expect(
      await lintPropertiesRule(
        ID,
        props({
          allowedValues: [{ value: 'eu', uiDefinition: { displayName: 'Europe', description: 'EU data centre' } }],
        }),
      ),
    ).toEqual([]);
    expect(await lintPropertiesRule(ID, props({}))).toEqual([]);
  });

  it('reports a value that is not a string, at the value, with its line', async () => {
    const doc = props(constraints([{ text: 'Europe', value: 1 }]));
    const [finding, ...rest] = await lintPropertiesRule(ID, doc);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: SEVERITY.error,
      path: [
        'properties',
        'connectionParameters',
        'region',
        'uiDefinition',
        'constraints',
        'allowedValues',
        '0',
        'value',
      ],
    });
    expect(finding.message).toBe(
      'Connection parameter "region" has uiDefinition.constraints.allowedValues.0.value = 1; give the value as a string.',
    );
    expect(lineOf(finding)).toBe(lineContaining(JSON.stringify(doc, null, 4), '"value": 1'));
  });

  it('reports plain strings, a missing value, a non-string label and a list that is not an array', async () => {
    const strings = await lintPropertiesRule(ID, props(constraints(['eu', 'us'])));
    expect(strings.map((d) => d.message)).toEqual([
      'Connection parameter "region" has uiDefinition.constraints.allowedValues.0 = "eu"; write {"value": "…", "text": "…"}.',
      'Connection parameter "region" has uiDefinition.constraints.allowedValues.1 = "us"; write {"value": "…", "text": "…"}.',
    ]);
    const odd = await lintPropertiesRule(
      ID,
      props({
        allowedValues: [{ uiDefinition: { displayName: 3 } }],
        uiDefinition: { constraints: { allowedValues: { value: 'eu' } } },
      }),
    );
    expect(odd.map((d) => d.path.slice(3).join('.'))).toEqual([
      'allowedValues.0',
      'allowedValues.0.uiDefinition.displayName',
      'uiDefinition.constraints.allowedValues',
    ]);
    expect(odd[0].message).toContain('allowedValues.0.value missing');
  });
});

import { lintPropertiesRule, SEVERITY } from '../../helpers/lint';

const ID = 'ppc-conn-tenantid-claim';
const TENANT = {
  type: 'string',
  metadata: { sourceType: 'AzureActiveDirectoryTenant' },
  uiDefinition: { constraints: { hidden: 'true', required: 'false' } },
};
const props = (tenant: unknown) => ({
  properties: { connectionParameters: { token: { type: 'oauthSetting' }, 'token:TenantId': tenant } },
});

describe(ID, () => {
  it('is silent on the claim as the platform writes it, and without a claim', async () => {
    expect(await lintPropertiesRule(ID, props(TENANT))).toEqual([]);
    expect(
      await lintPropertiesRule(ID, { properties: { connectionParameters: { token: { type: 'oauthSetting' } } } }),
    ).toEqual([]);
  });

  it('reports a visible, required tenant field at each constraint', async () => {
    const results = await lintPropertiesRule(
      ID,
      props({
        ...TENANT,
        uiDefinition: { displayName: 'Tenant ID', constraints: { hidden: 'false', required: 'true' } },
      }),
    );
    expect(results.map((d) => [d.severity, d.path.slice(2).join('.')])).toEqual([
      [SEVERITY.error, 'token:TenantId.uiDefinition.constraints.hidden'],
      [SEVERITY.error, 'token:TenantId.uiDefinition.constraints.required'],
    ]);
    expect(results[0].message).toBe(
      '"token:TenantId" has uiDefinition.constraints.hidden "false"; write "true": the tenant comes from the sign-in, the user never types it.',
    );
  });

  it('reports a wrong type and a missing source type, and a claim that is not an object', async () => {
    const results = await lintPropertiesRule(ID, props({ ...TENANT, type: 'securestring', metadata: {} }));
    expect(results.map((d) => d.message.split(';')[0]).sort()).toEqual([
      '"token:TenantId" has no metadata.sourceType',
      '"token:TenantId" has the type "securestring"',
    ]);
    const [odd] = await lintPropertiesRule(ID, props('tenant'));
    expect(odd.message).toMatch(/^"token:TenantId" is "tenant"; write \{"type": "string"/);
  });
});

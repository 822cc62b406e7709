import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, VALID_DIR } from '../../helpers/lint';

function validProps(): Record<string, any> {
  return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
}

function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
  const doc = validProps();
  change(doc.properties as Record<string, any>);
  return doc;
}

describe('policy templates', () => {
  const policy = (templateId: unknown, parameters: Record<string, unknown>) => withProps((p) => (p.policyTemplateInstances = [{ templateId, title: 'P', parameters }]));
  it('ppc-policy-template-connparam-exists', async () => {
    const host = { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('instance').example.com" };
    const [r] = await lintPropertiesRule('ppc-policy-template-connparam-exists', policy('dynamichosturl', host));
    expect(r!.message).toContain("'instance'");
    expect(await lintPropertiesRule('ppc-policy-template-connparam-exists', withProps((p) => {
      p.connectionParameters.instance = { type: 'string' };
      p.policyTemplateInstances = [{ templateId: 'dynamichosturl', title: 'H', parameters: host }];
    }))).toEqual([]);
  });
});

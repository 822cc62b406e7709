import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintPropertiesRule, SEVERITY, VALID_DIR } from '../../helpers/lint';

function validProps(): Record<string, any> {
  return JSON.parse(readFileSync(path.join(VALID_DIR, 'apiProperties.json'), 'utf8')) as Record<string, any>;
}

function withProps(change: (props: Record<string, any>) => void): Record<string, any> {
  const doc = validProps();
  change(doc.properties as Record<string, any>);
  return doc;
}

describe('ppc-publisher-required and ppc-stack-owner-required', () => {
  it('ppc-stack-owner-ip-differs: an independent publisher is not the stack owner', async () => {
    const [r] = await lintPropertiesRule('ppc-stack-owner-ip-differs', validProps(), 'independent-publisher');
    expect(r!.severity).toBe(SEVERITY.warn);
    expect(r!.message).toContain('"Contoso Ltd"');
    expect(await lintPropertiesRule('ppc-stack-owner-ip-differs', withProps((p) => (p.publisher = 'Jane Doe')), 'independent-publisher')).toEqual([]);
  });
});

import { PpcInputError } from '../../src/connector/errors';
import { parseAckFile } from '../../src/diff/ack';

describe('acknowledgement file: YAML keys', () => {
  it('a repeated key is a located error; 20,000 keys parse in seconds (the check was quadratic)', () => {
    const rules = new Set(['ppc-bc-operation-removed']);
    const twice = 'acknowledged:\n  - rule: ppc-bc-operation-removed\n    rule: ppc-bc-operation-removed\n';
    expect(() => parseAckFile(twice, 'acks.yaml', rules)).toThrow(PpcInputError);
    expect(() => parseAckFile(twice, 'acks.yaml', rules)).toThrow(
      'acks.yaml:3:5: the acknowledgement file is not valid YAML: Map keys must be unique',
    );
    const wide = `x-notes:\n${Array.from({ length: 20_000 }, (_, i) => `  k${i}: 1\n`).join('')}`;
    const started = performance.now();
    parseAckFile(wide, 'acks.yaml', rules);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

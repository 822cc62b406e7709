import { lintConnector } from '../../../src/lint';
import { connectorWith, lintFolderRule, SEVERITY, VALID_DIR } from '../../helpers/lint';

describe('file-level rules', () => {
  it('the valid fixture has no findings at all', async () => {
    const { diagnostics } = await lintConnector(VALID_DIR);
    expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it('ppc-json-valid locates a trailing comma', async () => {
    const results = await lintFolderRule('ppc-json-valid', { 'apiProperties.json': '{\n    "properties": {\n        "a": 1,\n    }\n}\n' });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error });
    expect(results[0]!.source).toMatch(/apiProperties\.json$/);
    expect(results[0]!.range.start.line).toBe(3);
    expect(results[0]!.message).toMatch(/^apiProperties\.json is not valid JSON/);
  });

  it('ppc-json-valid reports duplicate keys and Latin-1 bytes', async () => {
    const dup = await lintFolderRule('ppc-json-valid', { 'apiProperties.json': '{\n    "properties": {},\n    "properties": {}\n}\n' });
    expect(dup.map((d) => d.message).join()).toContain('Duplicate key');
    const latin1 = Buffer.from('{\n    "properties": {"publisher": "Br\u00f8nn\u00f8y"}\n}\n', 'latin1').toString('latin1');
    const dir = await connectorWith({});
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/apiProperties.json`, Buffer.from(latin1, 'latin1'));
    const { diagnostics } = await lintConnector(dir);
    const utf = diagnostics.filter((d) => d.code === 'ppc-json-valid');
    expect(utf).toHaveLength(1);
    expect(utf[0]!.message).toContain('not valid UTF-8');
    expect(utf[0]!.range.start).toEqual({ line: 1, character: 35 });
  });

  it('ppc-json-no-bom warns on a byte-order mark and is silent without one', async () => {
    const results = await lintFolderRule('ppc-json-no-bom', { 'apiProperties.json': '\ufeff{"properties": {}}' });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.warn });
    expect(await lintFolderRule('ppc-json-no-bom', {})).toEqual([]);
  });

  it('ppc-limit-definition-size reports a definition of 1 MB or more', async () => {
    const big = JSON.stringify({ swagger: '2.0', info: { title: 'Big', version: '1', description: 'x'.repeat(1024 * 1024) }, paths: {} });
    const results = await lintFolderRule('ppc-limit-definition-size', { 'apiDefinition.swagger.json': big });
    expect(results).toHaveLength(1);
    expect(results[0]!.message).toMatch(/is 1\.00 MB \(\d+ bytes\)/);
    expect(await lintFolderRule('ppc-limit-definition-size', {})).toEqual([]);
  });
});

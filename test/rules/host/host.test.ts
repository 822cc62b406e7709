import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('host, basePath and schemes rules', () => {
  it('all are silent on the valid fixture', async () => {
    for (const id of ['ppc-host-required', 'ppc-host-valid', 'ppc-host-production', 'ppc-basepath-valid', 'ppc-schemes-nonempty', 'ppc-schemes-allowed', 'ppc-schemes-https-only']) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
    }
  });

  it('ppc-host-required reports a missing or empty host', async () => {
    const doc = validSwagger();
    delete doc.host;
    const [finding, ...rest] = await lintRule('ppc-host-required', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-host-required', severity: SEVERITY.error, path: [] });
    expect(finding!.message).toMatch(/^host is missing; set it/);
    doc.host = ' ';
    const empty = await lintRule('ppc-host-required', doc);
    expect(empty[0]).toMatchObject({ path: ['host'] });
    expect(empty[0]!.message).toContain('is empty');
  });

  it('ppc-host-valid names the scheme, path or placeholder', async () => {
    const doc = validSwagger();
    doc.host = 'https://api.contoso.com';
    const [finding] = await lintRule('ppc-host-valid', doc);
    expect(finding).toMatchObject({ code: 'ppc-host-valid', severity: SEVERITY.error, path: ['host'] });
    expect(lineOf(finding!)).toBe(lineContaining(text(doc), '"host"'));
    expect(finding!.message).toBe(
      'host "https://api.contoso.com" has a scheme ("https://"); give only the host name and optional port, e.g. "api.contoso.com" (Microsoft rejects hosts with a scheme or path).',
    );
    doc.host = 'api.contoso.com/v1';
    expect((await lintRule('ppc-host-valid', doc))[0]!.message).toContain('has a path (move it to basePath)');
    doc.host = '{{replace_with_your_domain}}';
    const placeholder = (await lintRule('ppc-host-valid', doc))[0]!.message;
    expect(placeholder).toContain('replace_with_your_domain');
    expect(placeholder).toContain('contains a template placeholder');
    doc.host = 42;
    expect((await lintRule('ppc-host-valid', doc))[0]!.message).toContain('host 42 is not a string');
    for (const ok of ['api.contoso.com', 'api.contoso.com:8443', '10.0.0.1']) {
      doc.host = ok;
      expect(await lintRule('ppc-host-valid', doc)).toEqual([]);
    }
  });

  it('ppc-host-production warns on development, tunnel, loopback and placeholder hosts only', async () => {
    const doc = validSwagger();
    const cases: Array<[string, string]> = [
      ['dev-api.contoso.com', 'contains "dev"'],
      ['api.staging.contoso.com', 'contains "staging"'],
      ['contoso.eu.ngrok.io', 'contains "ngrok"'],
      ['localhost:4433', 'contains "localhost"'],
      ['sm.uat.contoso.com', 'contains "uat"'],
      ['contoso-test01.azurewebsites.net', 'contains "test01"'],
      ['192.168.1.20', 'is a raw IP address'],
      ['example.com', 'is a placeholder domain'],
    ];
    for (const [host, reason] of cases) {
      doc.host = host;
      const results = await lintRule('ppc-host-production', doc);
      expect({ host, count: results.length }).toEqual({ host, count: 1 });
      expect(results[0]).toMatchObject({ severity: SEVERITY.warn, path: ['host'] });
      expect(results[0]!.message).toContain(`host "${host}" ${reason}`);
    }
    for (const host of ['api.contoso.com', 'dev.to', 'contoso.azurewebsites.net', 'developer.contoso.com', 'latest.contoso.com', 'api.testrail.io']) {
      doc.host = host;
      expect({ host, results: await lintRule('ppc-host-production', doc) }).toEqual({ host, results: [] });
    }
    doc.host = null;
    expect(await lintRule('ppc-host-production', doc)).toEqual([]);
  });

  it('ppc-basepath-valid needs a leading slash', async () => {
    const doc = validSwagger();
    doc.basePath = 'v1';
    const [finding] = await lintRule('ppc-basepath-valid', doc);
    expect(finding).toMatchObject({ code: 'ppc-basepath-valid', severity: SEVERITY.error, path: ['basePath'] });
    expect(lineOf(finding!)).toBe(lineContaining(text(doc), '"basePath"'));
    expect(finding!.message).toContain('basePath "v1" does not start with "/"');
    doc.basePath = 'https://api.contoso.com/v1';
    expect((await lintRule('ppc-basepath-valid', doc))[0]!.message).toContain('is a URL (put the host in "host")');
    doc.basePath = ['/v1'];
    expect((await lintRule('ppc-basepath-valid', doc))[0]!.message).toContain('is not a string');
    delete doc.basePath;
    expect(await lintRule('ppc-basepath-valid', doc)).toEqual([]);
  });

  it('ppc-schemes-nonempty reports missing, empty and non-array schemes', async () => {
    const doc = validSwagger();
    doc.schemes = [];
    const [empty] = await lintRule('ppc-schemes-nonempty', doc);
    expect(empty).toMatchObject({ code: 'ppc-schemes-nonempty', severity: SEVERITY.error, path: ['schemes'] });
    expect(empty!.message).toMatch(/^schemes is empty; set "schemes": \["https"\]/);
    doc.schemes = 'https';
    expect((await lintRule('ppc-schemes-nonempty', doc))[0]!.message).toContain('"https" is not an array');
    delete doc.schemes;
    const [missing] = await lintRule('ppc-schemes-nonempty', doc);
    expect(missing).toMatchObject({ path: [] });
    expect(missing!.message).toContain('schemes is missing');
  });

  it('ppc-schemes-allowed rejects WebSocket and unknown schemes at the root and on operations', async () => {
    const doc = validSwagger();
    doc.schemes = ['https', 'wss'];
    doc.paths['/tasks'].get.schemes = ['HTTPS'];
    const results = await lintRule('ppc-schemes-allowed', doc);
    expect(results).toHaveLength(2);
    const [root, op] = results.sort((a, b) => a.path.length - b.path.length);
    expect(root).toMatchObject({ severity: SEVERITY.error, path: ['schemes', '1'] });
    expect(root!.message).toBe('Scheme "wss" is a WebSocket scheme, which connectors do not support; use "https" (Microsoft accepts only http and https).');
    expect(op).toMatchObject({ path: ['paths', '/tasks', 'get', 'schemes', '0'] });
    expect(op!.message).toContain('"HTTPS" must be lower case');
    doc.schemes = [null];
    delete doc.paths['/tasks'].get.schemes;
    expect((await lintRule('ppc-schemes-allowed', doc))[0]!.message).toContain('Scheme null is not a string');
  });

  it('ppc-schemes-https-only warns when http is listed', async () => {
    const doc = validSwagger();
    doc.schemes = ['https', 'http'];
    const [finding, ...rest] = await lintRule('ppc-schemes-https-only', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ code: 'ppc-schemes-https-only', severity: SEVERITY.warn, path: ['schemes', '1'] });
    expect(finding!.message).toContain('schemes ["https","http"] includes "http"');
    doc.schemes = { http: true };
    expect(await lintRule('ppc-schemes-https-only', doc)).toEqual([]);
  });
});

import { lintConnector, rulesetFor } from '../../src/lint';
import { FORMAT_NAMES, formatDiagnostics } from '../../src/report';
import { quote } from '../../src/utils/guards';
import { Folders, INJECTION, RAW_CONTROL, TOKENS } from './helpers';

jest.setTimeout(120_000);

const folders = new Folders();
afterAll(() => folders.cleanup());

/** Every place a rule quotes a document value or key, set to `payload`. */
function everywhere(payload: string): (d: Record<string, any>) => void {
  return (d) => {
    d.info.title = payload;
    d.info.description = payload;
    d.info.contact.url = payload;
    d.info.contact.email = payload;
    d.host = payload;
    d.basePath = `/${payload}`;
    d.consumes = [payload];
    d.schemes = [payload];
    d.tags = [{ name: payload }];
    const list = d.paths['/tasks'].get;
    list.summary = payload;
    list.description = payload;
    list.operationId = payload;
    list['x-ms-visibility'] = payload;
    list.parameters[0].name = payload;
    list.parameters[0].default = payload;
    list.parameters[0].enum = [payload, payload];
    list.parameters[0]['x-ms-summary'] = payload;
    list.parameters[0].description = payload;
    list.parameters[0].format = payload;
    list.parameters[0].pattern = payload;
    d.paths[`/tasks/${payload}/{id}`] = { get: { ...list, operationId: 'Other', parameters: [] } };
    d.definitions.Task.properties[payload] = {
      type: payload,
      description: payload,
      'x-ms-summary': payload,
      default: payload,
      example: payload,
    };
    d.definitions[payload] = { type: 'object', properties: { [payload]: { $ref: `#/definitions/${payload}x` } } };
    d.securityDefinitions[payload] = { type: payload, in: payload, name: payload };
    d['x-ms-connector-metadata'][0].propertyValue = payload;
    d['x-ms-connector-metadata'].push({ propertyName: payload, propertyValue: payload });
    d[`x-${payload}`] = payload;
  };
}

describe('messages never print a raw secret, newline or control character', () => {
  it.each([
    ['a GitHub token', TOKENS[0]],
    ['a random API key', TOKENS[1]],
    ['an injection payload with a token', `${INJECTION}${TOKENS[0]}`],
  ])('%s in every quoted place', async (_what, payload) => {
    const dir = folders.swagger(everywhere(payload));
    const { diagnostics } = await lintConnector(dir);
    // The payload really reaches the messages (masked): the test would be empty otherwise.
    expect(
      diagnostics.filter((d) => d.message.includes('masked') || d.message.includes('::error')).length,
    ).toBeGreaterThan(5);
    for (const d of diagnostics) {
      for (const token of TOKENS) expect(d.message).not.toContain(token);
      expect(d.message).not.toMatch(RAW_CONTROL);
      expect(d.message).not.toContain('\n');
    }
    for (const format of FORMAT_NAMES) {
      const out = formatDiagnostics(diagnostics, format, {
        failSeverity: 'error',
        ruleset: rulesetFor('certified'),
        version: '0.0.0',
      });
      for (const token of TOKENS) expect(out).not.toContain(token);
      expect(out).not.toMatch(RAW_CONTROL);
      // No line of any format starts a workflow command the document wrote.
      expect(out.split('\n').some((line) => line.trimStart().startsWith('::error file=/etc/passwd'))).toBe(false);
    }
  });

  it('quote() escapes, masks and truncates', () => {
    expect(quote('a\nb\u001bc\u0000d')).toBe('"a\\nb\\u001bc\\u0000d"');
    expect(quote(`key ${TOKENS[0]}`)).not.toContain(TOKENS[0]);
    expect(quote(`key ${TOKENS[0]}`)).toContain('masked');
    expect(quote('x'.repeat(1_000_000)).length).toBeLessThanOrEqual(62);
    // Ordinary identifiers and URLs are shown as written.
    expect(quote('ListTasksByProject2024')).toBe('"ListTasksByProject2024"');
    expect(quote('https://api.contoso.com/v1/tasks')).toBe('"https://api.contoso.com/v1/tasks"');
    // A documented example key is not a secret.
    expect(quote('AKIAIOSFODNN7EXAMPLE')).toBe('"AKIAIOSFODNN7EXAMPLE"');
  });

  it('the valid connector keeps its messages free of masking', async () => {
    const dir = folders.swagger(() => undefined);
    const { diagnostics } = await lintConnector(dir);
    expect(diagnostics.some((d) => d.message.includes('masked'))).toBe(false);
  });
});

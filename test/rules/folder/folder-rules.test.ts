import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { headingsOf } from '../../../src/rules/readme/headings';
import { operationIdsTested, usings, withoutComments } from '../../../src/rules/script/csharp';
import { VALID_SCRIPT, scriptFor } from '../../../src/rules/script/examples';
import { solidPng } from '../../../src/rules/icon/png';
import { lineOf, lintFolderRule, SEVERITY, VALID_DIR } from '../../helpers/lint';

const props = (extra: Record<string, unknown>, connectionParameters: Record<string, unknown> = { api_key: { type: 'securestring' } }) => ({
  json: { properties: { connectionParameters, iconBrandColor: '#0f6cbd', capabilities: [], publisher: 'Contoso Ltd', stackOwner: 'Contoso Ltd', ...extra } },
});
const validReadme = readFileSync(path.join(VALID_DIR, 'readme.md'), 'utf8');

describe('readme rules', () => {
  it('ppc-readme-title, ppc-readme-publisher, ppc-readme-deployment-instructions, ppc-readme-no-placeholders', async () => {
    expect(await lintFolderRule('ppc-readme-title', { 'readme.md': validReadme.replace('# Contoso Tasks\n', '') })).toHaveLength(1);
    expect(await lintFolderRule('ppc-readme-title', { 'readme.md': validReadme.replace('# Contoso Tasks', '## Contoso Tasks') })).toEqual([]);
    expect(await lintFolderRule('ppc-readme-publisher', { 'readme.md': validReadme.replace('## Publisher: Contoso Ltd', '') })).toHaveLength(1);
    expect(await lintFolderRule('ppc-readme-deployment-instructions', { 'readme.md': validReadme.replace('## Deployment Instructions', '## Misc') })).toHaveLength(1);
    expect(await lintFolderRule('ppc-readme-deployment-instructions', { 'readme.md': validReadme.replace('## Deployment Instructions', '## Misc') }, 'independent-publisher')).toEqual([]);
    const text = validReadme.replace('Contoso Ltd', "Publisher's Name");
    const [p] = await lintFolderRule('ppc-readme-no-placeholders', { 'readme.md': text });
    expect(p!.message).toContain('"Publisher\'s Name"');
    expect(lineOf(p!)).toBe(text.split('\n').findIndex((l) => l.includes("Publisher's Name")) + 1);
    for (const id of ['ppc-readme-title', 'ppc-readme-publisher', 'ppc-readme-deployment-instructions', 'ppc-readme-no-placeholders']) expect(await lintFolderRule(id, {})).toEqual([]);
  });

  it('reads headings outside code fences, with setext underlines', () => {
    const headings = headingsOf('# Title\n```\n## Not a heading\n```\nSection\n---\n## *Known* issues ##\n');
    expect(headings.map((h) => [h.level, h.text])).toEqual([[1, 'Title'], [2, 'Section'], [2, 'Known issues']]);
    expect(headingsOf('')).toEqual([]);
  });
});

describe('script rules', () => {
  it('C# reading: comments blanked, strings kept, usings and operation ids found', () => {
    const code = withoutComments('// using System.Data;\nusing System.Text; /* "x" */\nvar s = "// not a comment";\nif (this.Context.OperationId == "A" || "B" == Context.OperationId) {}\n');
    expect(usings(code).map((u) => u.namespace)).toEqual(['System.Text']);
    expect(code).toContain('"// not a comment"');
    expect(operationIdsTested(code).map((o) => o.id)).toEqual(['A', 'B']);
    expect(operationIdsTested(withoutComments(scriptFor(['X', 'Y']))).map((o) => o.id)).toEqual(['X', 'Y']);
    expect(operationIdsTested('switch (x) { case "NotAnOperation": break; }')).toEqual([]);
  });

  it('ppc-code-class, ppc-code-execute-async and ppc-code-namespaces fire on broken scripts only', async () => {
    expect((await lintFolderRule('ppc-code-class', { 'script.csx': 'public class Helper { }\n' }))[0]!.message).toContain('no "public class Script : ScriptBase"');
    expect(await lintFolderRule('ppc-code-execute-async', { 'script.csx': VALID_SCRIPT.replace('override ', '') })).toHaveLength(1);
    const script = `using System.Net.Http;\nusing System.Data.SqlClient;\n${VALID_SCRIPT}`;
    const [ns] = await lintFolderRule('ppc-code-namespaces', { 'script.csx': script });
    expect(ns!.message).toContain('"System.Data.SqlClient"');
    expect(lineOf(ns!)).toBe(2);
    for (const id of ['ppc-code-class', 'ppc-code-execute-async', 'ppc-code-namespaces', 'ppc-code-sendasync', 'ppc-code-single-file', 'ppc-code-size']) {
      expect(await lintFolderRule(id, { 'script.csx': VALID_SCRIPT })).toEqual([]);
    }
  });

  it('ppc-code-single-file and ppc-code-size', async () => {
    expect(await lintFolderRule('ppc-code-single-file', { 'script.csx': VALID_SCRIPT, 'other.csx': VALID_SCRIPT })).toHaveLength(1);
    const [big] = await lintFolderRule('ppc-code-size', { 'script.csx': VALID_SCRIPT + ' '.repeat(1_048_577) });
    expect(big!.message).toMatch(/1,048,\d{3} bytes/);
  });

  it('ppc-code-operations-declared and ppc-script-operations compare the script, scriptOperations and the definition', async () => {
    const [unknown] = await lintFolderRule('ppc-code-operations-declared', { 'script.csx': scriptFor(['listtasks']) });
    expect(unknown!.message).toContain('did you mean "ListTasks"');
    const [unlisted] = await lintFolderRule('ppc-code-operations-declared', { 'script.csx': scriptFor(['GetTask']), 'apiProperties.json': props({ scriptOperations: ['ListTasks'] }) });
    expect(unlisted!.message).toContain('scriptOperations');
    expect(await lintFolderRule('ppc-code-operations-declared', { 'script.csx': scriptFor(['GetTask']), 'apiProperties.json': props({ scriptOperations: [] }) })).toEqual([]);
    const [so] = await lintFolderRule('ppc-script-operations', { 'apiProperties.json': props({ scriptOperations: ['ListTasks', 'Nope'] }) });
    expect(so!.path).toEqual(['properties', 'scriptOperations', 1]);
    expect(so!.severity).toBe(SEVERITY.error);
    expect(await lintFolderRule('ppc-script-operations', { 'apiProperties.json': props({ scriptOperations: ['ListTasks'] }) })).toEqual([]);
  });
});

describe('settings.json rules', () => {
  it('ppc-settings-keys and ppc-settings-values', async () => {
    const [k] = await lintFolderRule('ppc-settings-keys', { 'settings.json': { json: { connectorid: 'x' } } });
    expect(k!.message).toContain('rename it to "connectorId"');
    expect(await lintFolderRule('ppc-settings-values', { 'settings.json': { json: { environment: 'ABC', flowUrl: 'http://x' } } })).toHaveLength(2);
    expect(await lintFolderRule('ppc-settings-values', { 'settings.json': { json: { environment: '', connectorId: '' } } })).toEqual([]);
  });
});

describe('icon rules', () => {
  it('ppc-icon-png, ppc-icon-dimensions and ppc-icon-background read the PNG', async () => {
    const [png] = await lintFolderRule('ppc-icon-png', { 'icon.png': { base64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(40).fill(0)]).toString('base64') } });
    expect(png!.message).toContain('JPEG');
    expect(await lintFolderRule('ppc-icon-png', { 'icon.png': { base64: solidPng(160, [1, 2, 3]).base64.slice(0, 80) } })).toHaveLength(1);
    const [dim] = await lintFolderRule('ppc-icon-dimensions', { 'icon.png': solidPng(64, [15, 108, 189]) });
    expect(dim!.message).toContain('64×64');
    const [bg] = await lintFolderRule('ppc-icon-background', { 'icon.png': solidPng(160, [0, 126, 229], { inner: [255, 255, 255] }) });
    expect(bg!.message).toContain('#007ee5');
    const good = { 'icon.png': solidPng(160, [15, 108, 189], { inner: [255, 255, 255] }) };
    for (const id of ['ppc-icon-png', 'ppc-icon-dimensions', 'ppc-icon-background', 'ppc-brand-color-matches-icon']) expect(await lintFolderRule(id, good)).toEqual([]);
  });
});

describe('cross-file rules', () => {
  it('never throws on odd apiProperties and definitions', async () => {
    const odd = { json: { properties: { connectionParameters: [1, null], scriptOperations: 'x', policyTemplateInstances: [null, { parameters: [] }] } } };
    const rules = ['ppc-auth-consistency', 'ppc-script-operations', 'ppc-policy-template-operation-exists', 'ppc-pageable-policy', 'ppc-code-operations-declared', 'ppc-code-no-gateway'];
    for (const id of rules) await expect(lintFolderRule(id, { 'apiProperties.json': odd, 'apiDefinition.swagger.json': { json: { paths: [] } }, 'script.csx': 'switch (OperationId) {' })).resolves.toBeDefined();
  });
});

import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { diffConnectors, type DiffResult } from '../../src/diff';
import { SEVERITY_CODE } from '../../src/profiles';

const PAIRS = path.resolve(__dirname, '../../../shared/diff-pairs');
const available = existsSync(PAIRS);
if (!available) console.warn(`Skipping the diff-pairs tests: ${PAIRS} not found.`);
const maybe = available ? describe : describe.skip;

function pairDirs(): string[] {
  return readdirSync(PAIRS)
    .filter((name) => /^\d{3}-/.test(name))
    .sort();
}

const results = new Map<string, DiffResult>();

async function diffPair(name: string): Promise<DiffResult> {
  let result = results.get(name);
  if (!result) {
    result = await diffConnectors(path.join(PAIRS, name, 'old'), path.join(PAIRS, name, 'new'));
    results.set(name, result);
  }
  return result;
}

function finding(result: DiffResult, code: string, operationId?: string, field?: string) {
  return result.diagnostics.find(
    (d) =>
      d.code === code &&
      (operationId === undefined || d.operationId === operationId) &&
      (field === undefined || d.field === field),
  );
}

maybe('real connector updates (../shared/diff-pairs)', () => {
  it('every pair finishes without a crash, with located findings', async () => {
    const names = pairDirs();
    expect(names.length).toBeGreaterThanOrEqual(200);
    let withErrors = 0;
    for (const name of names) {
      const result = await diffPair(name);
      expect(['minor', 'major']).toContain(result.updateClass);
      for (const d of result.diagnostics) {
        expect(d.source).toBeTruthy();
        expect(d.range.start.line).toBeGreaterThanOrEqual(0);
      }
      if (result.diagnostics.some((d) => Number(d.severity) === SEVERITY_CODE.error)) withErrors++;
    }
    // About 45% of merged updates upstream contain a change Microsoft's change validator flags.
    expect(withErrors).toBeGreaterThan(names.length * 0.15);
    expect(withErrors).toBeLessThan(names.length * 0.6);
  }, 600_000);

  // Each case below was checked by hand against the two files.
  it('033-COSMO_Bot: GetAllTopics changed from POST to GET on /get-all-topics', async () => {
    const d = finding(await diffPair('033-COSMO_Bot'), 'ppc-bc-operation-path-or-method-changed', 'GetAllTopics');
    expect(d?.severity).toBe(SEVERITY_CODE.error);
    expect(d?.message).toContain('method POST → GET');
  });

  it('107-OptiAPI: PdfCombinePDF is gone (neither deprecated nor internal before), an error', async () => {
    const d = finding(await diffPair('107-OptiAPI'), 'ppc-bc-operation-removed', 'PdfCombinePDF');
    expect(d?.severity).toBe(SEVERITY_CODE.error);
    expect(d?.source).toMatch(/107-OptiAPI\/old\/apiDefinition\.swagger\.json$/);
  });

  it('099-Office_365_Users: UpdateMyProfile moved from /codeless/v1.0/me to /v1.0/me', async () => {
    const d = finding(
      await diffPair('099-Office_365_Users'),
      'ppc-bc-operation-path-or-method-changed',
      'UpdateMyProfile',
    );
    expect(d?.message).toContain('/codeless/v1.0/me → /v1.0/me');
  });

  it('043-dox42: the "API Key" security definition and the api_key connection parameter were removed', async () => {
    const result = await diffPair('043-dox42');
    expect(finding(result, 'ppc-bc-auth-changed')?.message).toContain('"API Key"');
    expect(finding(result, 'ppc-bc-auth-type-stable', undefined, 'api_key')?.severity).toBe(SEVERITY_CODE.error);
  });

  it('097-NBG_ERP_Solution: the expenses enum of TransfersDuplicate lost "SHA (Shared expenses)"', async () => {
    const d = finding(
      await diffPair('097-NBG_ERP_Solution'),
      'ppc-bc-input-enum-value-removed',
      'TransfersDuplicate',
      'body.payload.expenses',
    );
    expect(d?.message).toContain('"SHA (Shared expenses)"');
  });

  it('012-AzureDigitalTwins: the OAuth identity provider changed from aad to aadcertificate', async () => {
    const d = finding(await diffPair('012-AzureDigitalTwins'), 'ppc-bc-auth-type-stable', undefined, 'token');
    expect(d?.message).toContain('from "aad" to "aadcertificate"');
  });

  it('114-PKIsigning: the body parameter of Actors_Update was renamed from actorModel to actorModelModel', async () => {
    const d = finding(await diffPair('114-PKIsigning'), 'ppc-bc-parameter-removed', 'Actors_Update', 'body');
    expect(d?.severity).toBe(SEVERITY_CODE.error);
    expect(d?.message).toContain('renamed from "actorModel" to "actorModelModel"');
  });

  it('151-Team_Forms: the SubscribeResponse body (only the internal webhook URL) was renamed, a warning', async () => {
    const d = finding(await diffPair('151-Team_Forms'), 'ppc-bc-parameter-removed', 'SubscribeResponse', 'body');
    expect(d?.severity).toBe(SEVERITY_CODE.warn);
    expect(d?.message).toContain('renamed from "body" to "requestBody"');
  });

  it('063-gofileroom: the new apiProperties.json lacks its last brace; compared, with one located warning', async () => {
    const result = await diffPair('063-gofileroom');
    const partial = result.diagnostics.filter((d) => d.code === 'ppc-bc-partial-comparison');
    expect(partial.map((d) => [d.source, d.severity, d.range.start])).toEqual([
      [path.join(PAIRS, '063-gofileroom/new/apiProperties.json'), SEVERITY_CODE.warn, { line: 90, character: 0 }],
    ]);
    expect(partial[0]?.message).toContain('at line 91, column 1: Close brace expected.');
    expect(result.majorReasons.join('\n')).not.toContain('ppc-bc-partial-comparison');
    // Only the pairs with a syntax error that loses data get it (066 has a missing comma on both sides).
    const names = pairDirs();
    const withPartial: string[] = [];
    for (const name of names)
      if ((await diffPair(name)).diagnostics.some((d) => d.code === 'ppc-bc-partial-comparison'))
        withPartial.push(name);
    expect(withPartial).toEqual(['063-gofileroom', '066-HTML_To_PDF_By_Pascalcase']);
  }, 600_000);

  it('134-ServiceObjects: only descriptions changed, a minor update without findings', async () => {
    const result = await diffPair('134-ServiceObjects');
    expect(result.updateClass).toBe('minor');
    expect(result.diagnostics).toEqual([]);
  });
});

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { writeReports } from '../../src/cli/options';
import { FORMAT_NAMES, formatDiagnostics, type FormatName } from '../../src/report';
import * as parallel from '../../src/report/parallel';
import * as reportWrite from '../../src/report/write';
import { useTempDir } from '../helpers/cli';
import { ROOT } from '../helpers/lint';

// Reports rendered on worker threads must be byte for byte the reports this thread renders: the worker gets the
// findings as JSON, so anything JSON changes (undefined fields, fixes, odd text) is covered here.
const SOURCE = path.join(ROOT, 'fixtures/parallel/apiDefinition.swagger.json');
const TOKEN = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
/** A file whose folder name holds a newline, a tab, an ESC and a line separator: sent to the worker as it is. */
const ODD_SOURCE = path.join(ROOT, 'fixtures/parallel/a\n\tb\u001b\u2028c', 'apiDefinition.swagger.json');

function findings(count: number): ISpectralDiagnostic[] {
  return Array.from({ length: count }, (_, i) => {
    const d: ISpectralDiagnostic & { fix?: unknown } = {
      code: i % 7 === 0 ? 'invalid-ref' : `ppc-rule-${i % 13}`,
      message: i % 5 === 0 ? `Bad "value" <b>&</b> | ]]> \u0001\n::error::x ${TOKEN}` : `Finding ${i}`,
      severity: i % 4,
      source:
        i % 11 === 0 ? path.join(ROOT, `fixtures/parallel/other ${i % 3}.json`) : i % 13 === 5 ? ODD_SOURCE : SOURCE,
      path: ['paths', `/items/{id}${i % 3 === 0 ? `/${TOKEN}` : ''}`, 'get', i % 9],
      range: { start: { line: i, character: i % 17 }, end: { line: i + 1, character: 3 } },
      documentationUrl: i % 6 === 0 ? undefined : `https://example.test/rules/ppc-rule-${i % 13}.md`,
    };
    if (i % 10 === 3)
      d.fix = {
        kind: i % 20 === 3 ? 'safe' : 'suggestion',
        description: 'Rename it.',
        edits: [
          {
            offset: i,
            length: 2,
            content: 'x-ms-summary',
            range: { start: { line: i, character: 1 }, end: { line: i, character: 3 } },
          },
        ],
      };
    return d;
  });
}

const { findReportWorkerFile, MIN_FINDINGS_FOR_WORKERS, ordinaryFile, renderInWorkers, shareReports } = parallel;
const workerFile = findReportWorkerFile();
const dir = useTempDir('ppc-parallel-');

describe('shareReports', () => {
  const reports = FORMAT_NAMES.map((format, index) => ({ index, format }));

  it('gives every report to exactly one share, keeping their order within a share', () => {
    for (const threads of [1, 2, 3, 16]) {
      const shares = shareReports(reports, threads);
      expect(shares).toHaveLength(Math.min(threads, reports.length));
      expect(shares.every((s) => s.length > 0)).toBe(true);
      expect(
        shares
          .flat()
          .map((r) => r.index)
          .sort((a, b) => a - b),
      ).toEqual(reports.map((r) => r.index));
      for (const share of shares)
        expect(share.map((r) => r.index)).toEqual([...share.map((r) => r.index)].sort((a, b) => a - b));
    }
  });

  it('keeps the reports it is told to keep in the first share', () => {
    const stays = (r: { format: FormatName }) => r.format === 'stylish' || r.format === 'text';
    const shares = shareReports(reports, 2, stays);
    const [first = [], ...others] = shares;
    expect(first.map((r) => r.format)).toEqual(expect.arrayContaining(['stylish', 'text']));
    expect(others.flat().some(stays)).toBe(false);
    expect(others.flat().length).toBeGreaterThan(0);
    expect(shares.flat()).toHaveLength(reports.length);
  });

  it('balances the costly formats between two shares', () => {
    const [a, b] = shareReports(reports, 2);
    const formats = (s: typeof a): FormatName[] => s.map((r) => r.format);
    // The two costliest formats never land in the same share.
    expect(formats(a).includes('code-climate')).not.toBe(formats(b).includes('code-climate'));
    expect(formats(a).includes('code-climate')).not.toBe(formats(a).includes('sarif'));
    expect(Math.abs(a.length - b.length)).toBeLessThanOrEqual(2);
  });
});

describe('writeReportFile', () => {
  it('writes batch after batch in order, the next rendered while the last is written', async () => {
    const file = path.join(dir(), 'w.txt');
    // About 6 MB in lines of 100 characters: several 1 MB writes.
    const lines = Array.from({ length: 60_000 }, (_, i) => `${String(i).padStart(8, '0')} ${'x'.repeat(90)}\n`);
    expect(await reportWrite.writeReportFile(lines, file)).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(lines.join(''));
  });

  (existsSync('/dev/full') ? it : it.skip)('answers ENOSPC for a full disk, with writes still in flight', async () => {
    const pieces = Array.from({ length: 50 }, () => 'y'.repeat(1 << 20));
    expect(await reportWrite.writeReportFile(pieces, '/dev/full')).toBe('ENOSPC');
  });

  it('answers the error of a render that throws, leaving no write unhandled', async () => {
    function* failing(): Generator<string> {
      yield 'z'.repeat(2 << 20);
      throw Object.assign(new Error('render failed'), { code: 'ERENDER' });
    }
    expect(await reportWrite.writeReportFile(failing(), path.join(dir(), 'fail.txt'))).toBe('ERENDER');
  });
});

describe('ordinaryFile', () => {
  it('lets workers write regular and new files, not devices, pipes or folders', () => {
    const file = path.join(dir(), 'r.json');
    expect(ordinaryFile(file)).toBe(true);
    writeFileSync(file, '');
    expect(ordinaryFile(file)).toBe(true);
    expect(ordinaryFile(dir())).toBe(false);
    expect(ordinaryFile('/dev/null')).toBe(false);
  });
});

const withWorker = workerFile ? describe : describe.skip;
withWorker('rendering on worker threads (dist/report-worker.js)', () => {
  it('writes every format byte for byte as this thread renders it', async () => {
    const diagnostics = findings(400);
    const reports = FORMAT_NAMES.map((format, index) => ({ index, format, file: path.join(dir(), `r.${format}`) }));
    const outcomes = await renderInWorkers(
      diagnostics,
      shareReports(reports, 3),
      { failSeverity: 'warn' },
      workerFile!,
    );
    expect([...outcomes.keys()].sort((a, b) => a - b)).toEqual(reports.map((r) => r.index));
    for (const { format, file, index } of reports) {
      expect(outcomes.get(index)?.error).toBeUndefined();
      expect(readFileSync(file, 'utf8')).toBe(formatDiagnostics(diagnostics, format, { failSeverity: 'warn' }));
    }
    expect(readFileSync(path.join(dir(), 'r.json'), 'utf8')).not.toContain(TOKEN);
    // The worker names the real file too.
    const sources = (JSON.parse(readFileSync(path.join(dir(), 'r.json'), 'utf8')) as Array<{ source: string }>).map(
      (f) => f.source,
    );
    expect(sources).toContain(ODD_SOURCE);
  });

  it('answers with the error code of a file it cannot write', async () => {
    writeFileSync(path.join(dir(), 'blocker'), '');
    const file = path.join(dir(), 'blocker', 'r.sarif');
    const outcomes = await renderInWorkers(
      findings(3),
      [[{ index: 4, format: 'sarif', file }]],
      { failSeverity: 'error' },
      workerFile!,
    );
    expect(outcomes.get(4)).toEqual({ index: 4, error: 'ENOTDIR' });
  });

  it('renders from findings fed while the run lints, in the order given at the end', async () => {
    const all = findings(500);
    const reports = FORMAT_NAMES.map((format, index) => ({ index, format, file: path.join(dir(), `f.${format}`) }));
    const feed = new parallel.ReportFeed(shareReports(reports, 2), workerFile!, 100);
    // Results come in parts; the workers start once 100 findings have come.
    feed.add(all.slice(0, 60));
    expect(feed.started).toBe(false);
    for (let i = 60; i < 450; i += 130) feed.add(all.slice(i, i + 130));
    expect(feed.started).toBe(true);
    // The reports hold another order, some findings left out, and one that was never fed (a stale baseline entry).
    const final = [...all.slice(0, 450)].reverse().filter((_, i) => i % 4 !== 1);
    final.push(all[499]);
    const outcomes = await feed.render(final, { failSeverity: 'warn' });
    expect([...outcomes.keys()].sort((a, b) => a - b)).toEqual(reports.map((r) => r.index));
    for (const { format, file } of reports)
      expect(readFileSync(file, 'utf8')).toBe(formatDiagnostics(final, format, { failSeverity: 'warn' }));
  });

  it('plans workers only for several reports and threads, keeping standard output and devices here', () => {
    const dests = [
      { format: 'stylish' as const },
      { format: 'sarif' as const, file: path.join(dir(), 'p.sarif') },
      { format: 'json' as const, file: '/dev/null' },
      { format: 'junit' as const, file: path.join(dir(), 'p.junit') },
    ];
    expect(parallel.ReportFeed.plan(dests, 1)).toBeUndefined();
    expect(parallel.ReportFeed.plan(dests.slice(1, 2), 2)).toBeUndefined();
    const planned = parallel.ReportFeed.plan(dests, 2);
    expect(planned?.here.map((r) => r.format)).toEqual(expect.arrayContaining(['stylish', 'json']));
    const sent = planned?.feed.shares.flat().map((r) => r.format) ?? [];
    expect(sent.length).toBeGreaterThan(0);
    expect(sent).not.toContain('stylish');
    expect(sent).not.toContain('json');
    expect([...(planned?.here ?? []), ...(planned?.feed.shares.flat() ?? [])]).toHaveLength(dests.length);
    planned?.feed.close();
  });

  it('leaves out the reports of a worker that fails, for the caller to write', async () => {
    const broken = path.join(dir(), 'broken-worker.js');
    writeFileSync(broken, 'throw new Error("cannot start");');
    const outcomes = await renderInWorkers(
      findings(3),
      [[{ index: 0, format: 'json', file: path.join(dir(), 'r.json') }]],
      { failSeverity: 'error' },
      broken,
    );
    expect(outcomes.size).toBe(0);
  });
});

describe('writeReports with several threads', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), isTTY: false },
    };
  };
  const destinations = (sub: string) =>
    FORMAT_NAMES.map((format) => ({
      format,
      file: format === 'stylish' ? undefined : path.join(dir(), sub, `r.${format}`),
    }));

  it('writes the same reports and standard output as one thread, past the size that starts workers', async () => {
    const diagnostics = findings(MIN_FINDINGS_FOR_WORKERS);
    const options = { failSeverity: 'error' as const, version: '9.9.9' };
    const runs = [];
    const spy = jest.spyOn(parallel, 'renderInWorkers');
    for (const threads of [1, 2]) {
      const sub = `t${threads}`;
      mkdirSync(path.join(dir(), sub));
      const { out, io: cliIo } = io();
      const result = await writeReports(diagnostics, destinations(sub), options, cliIo, threads);
      runs.push({
        result,
        out,
        files: FORMAT_NAMES.filter((f) => f !== 'stylish').map((f) =>
          readFileSync(path.join(dir(), sub, `r.${f}`), 'utf8'),
        ),
      });
    }
    const [one, two] = runs;
    // One thread renders everything itself; with two, one worker takes a share.
    expect(spy.mock.calls.map((call) => call[1].length)).toEqual(workerFile ? [1] : []);
    spy.mockRestore();
    expect(two.result.exitCode).toBeUndefined();
    expect(two.result.written).toEqual(one.result.written.map((w) => w.replace('/t1/', '/t2/')));
    expect(two.out.stdout).toBe(one.out.stdout);
    expect(two.out.stdout.length).toBeGreaterThan(1000);
    two.files.forEach((text, i) => expect(text).toBe(one.files[i]));
  }, 120_000);

  it('writes a report to a device itself, never from a worker', async () => {
    const spy = jest.spyOn(parallel, 'renderInWorkers');
    const dests = [
      { format: 'code-climate' as const, file: '/dev/null' },
      { format: 'sarif' as const, file: path.join(dir(), 'r.sarif') },
      { format: 'junit' as const, file: path.join(dir(), 'r.junit') },
    ];
    const { io: cliIo } = io();
    const result = await writeReports(findings(MIN_FINDINGS_FOR_WORKERS), dests, { failSeverity: 'error' }, cliIo, 2);
    expect(result.exitCode).toBeUndefined();
    expect(result.written).toHaveLength(3);
    const sent = spy.mock.calls.flatMap((call) => call[1].flat().map((r) => r.file));
    spy.mockRestore();
    expect(sent).not.toContain('/dev/null');
    if (workerFile) expect(sent.length).toBeGreaterThan(0);
  }, 120_000);

  it('writes every report here when a planned feed never started (a run with few findings)', async () => {
    const sub = 'few';
    mkdirSync(path.join(dir(), sub));
    const dests = destinations(sub);
    const planned = parallel.ReportFeed.plan(dests, 2);
    const few = findings(50);
    planned?.feed.add(few);
    expect(planned?.feed.started).toBe(false);
    const spy = jest.spyOn(parallel, 'renderInWorkers');
    const { out, io: cliIo } = io();
    const result = await writeReports(few, dests, { failSeverity: 'error' }, cliIo, 2, planned);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(result.exitCode).toBeUndefined();
    expect(out.stdout).toBe(formatDiagnostics(few, 'stylish', { failSeverity: 'error' }));
    expect(readFileSync(path.join(dir(), sub, 'r.sarif'), 'utf8')).toBe(
      formatDiagnostics(few, 'sarif', { failSeverity: 'error' }),
    );
  });

  it('stops with exit code 2 and names the first report it could not write', async () => {
    const { out, io: cliIo } = io();
    const dests = [
      { format: 'json' as const, file: path.join(dir(), 'r.json') },
      // A file where its folder should be.
      { format: 'sarif' as const, file: path.join(dir(), 'blocker', 'r.sarif') },
      { format: 'junit' as const, file: path.join(dir(), 'r.junit') },
    ];
    writeFileSync(path.join(dir(), 'blocker'), '');
    const result = await writeReports(findings(MIN_FINDINGS_FOR_WORKERS), dests, { failSeverity: 'error' }, cliIo, 2);
    expect(result.exitCode).toBe(2);
    expect(result.written).toEqual([`json written to ${dests[0].file}`]);
    expect(out.stderr).toBe(`ppc-lint: cannot write ${dests[1].file} (ENOTDIR)\n`);
  }, 120_000);
});

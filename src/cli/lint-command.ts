import { promises as fs } from 'node:fs';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { defaultJobs, expandTargets, lintMany, profileSummary, type ProfileChoice } from '../batch';
import { formatDiagnostics, hasFailures, onlyFailures, summarize, type FormatName } from '../report';
import type { Severity } from '../types';
import type { CliIO } from './run';

export interface LintCommandOptions {
  format: FormatName;
  profile: ProfileChoice;
  failSeverity: Severity;
  displayOnlyFailures?: boolean;
  output?: string;
  jobs?: number;
  /** Seconds. */
  timeout: number;
  maxAnnotations: number;
  quiet?: boolean;
}

/** A one-line progress bar, redrawn in place on a terminal. */
function progressBar(io: CliIO): ((done: number, total: number) => void) & { clear: () => void } {
  let last = 0;
  const draw = (done: number, total: number): void => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} connectors`);
  };
  return Object.assign(draw, { clear: () => io.stderr(`\r${' '.repeat(60)}\r`) });
}

/** `ppc-lint lint`: expand the targets, lint them (in workers when many), print one report; resolves to the exit code. */
export async function runLintCommand(inputs: string[], opts: LintCommandOptions, io: CliIO, version: string): Promise<number> {
  const { targets, missing } = await expandTargets(inputs);
  for (const m of missing) io.stderr(`ppc-lint: ${m}: no such file or folder\n`);
  if (targets.length === 0) return 2;
  const progress = io.isTTY && !opts.quiet && targets.length > 1 ? progressBar(io) : undefined;
  const results = await lintMany(targets, {
    profile: opts.profile,
    jobs: opts.jobs ?? defaultJobs(),
    timeoutMs: opts.timeout * 1000,
    onProgress: progress,
  });
  progress?.clear();

  let inputErrors = missing.length;
  let diagnostics: ISpectralDiagnostic[] = [];
  for (const r of results) {
    if (r.error) {
      inputErrors++;
      io.stderr(`ppc-lint: ${r.error}\n`);
    }
    for (const d of r.diagnostics) diagnostics.push(d);
  }
  const failing = hasFailures(diagnostics, opts.failSeverity);
  if (opts.displayOnlyFailures) diagnostics = onlyFailures(diagnostics, opts.failSeverity);

  const profiles = [...new Set(results.map((r) => r.profile))];
  const output = formatDiagnostics(diagnostics, opts.format, {
    failSeverity: opts.failSeverity,
    version,
    maxAnnotations: opts.maxAnnotations,
    profile: profiles.length === 1 ? profiles[0] : undefined,
  });
  const text = output === '' || output.endsWith('\n') ? output : `${output}\n`;
  if (opts.output) {
    try {
      await fs.writeFile(opts.output, text);
    } catch (e) {
      io.stderr(`ppc-lint: cannot write ${opts.output} (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`);
      return 2;
    }
  } else if (text) {
    io.stdout(text);
  }

  if (!opts.quiet) {
    if (opts.profile === 'auto') for (const line of profileSummary(results)) io.stderr(`ppc-lint: ${line}\n`);
    const which = opts.profile === 'auto' ? 'auto profile' : `${opts.profile} profile`;
    io.stderr(`ppc-lint: ${summarize(diagnostics)} in ${targets.length} connector${targets.length === 1 ? '' : 's'} (${which})${opts.output ? `; ${opts.format} written to ${opts.output}` : ''}\n`);
  }
  if (inputErrors > 0) return 2;
  return failing ? 1 : 0;
}

import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { defaultJobs, expandTargets, lintMany, profileSummary, type ProfileChoice } from '../batch';
import { connectorFoldersFor } from '../changed-files';
import { PpcInputError } from '../connector/errors';
import { configFor, configLookups } from '../config';
import { byLocation } from '../lint';
import { finishRun } from '../workflow';
import { checkRunOutputs, runInputs, runOutputs } from '../run-files';
import { hasFailures, onlyFailures, printable, stderrLine, summarize } from '../report';
import type { Severity } from '../types';
import { ReportFeed } from '../report/parallel';
import { progressBar, reportDestinations, writeReports, type ReportOptions } from './options';
import type { CliIO } from './run';

export interface LintCommandOptions extends ReportOptions {
  profile: ProfileChoice;
  failSeverity: Severity;
  displayOnlyFailures?: boolean;
  jobs?: number;
  /** Seconds. */
  timeout: number;
  maxAnnotations: number;
  quiet?: boolean;
  ruleset?: string;
  baseline?: string;
  writeBaseline?: string;
  newOnly?: boolean;
  base?: string;
  filesFromChanges?: boolean;
}

/**
 * `ppc-lint lint`: expand the targets, lint them (in workers when many), print one report; resolves to the exit code.
 */
export async function runLintCommand(
  inputs: string[],
  opts: LintCommandOptions,
  io: CliIO,
  version: string,
): Promise<number> {
  if (opts.newOnly && !opts.base) throw new PpcInputError('--new-only needs --base <git-ref>');
  if (opts.base && !opts.newOnly) throw new PpcInputError('--base is used with --new-only');
  const destinations = reportDestinations(opts);
  const { targets, missing } = await expandTargets(opts.filesFromChanges ? await connectorFoldersFor(inputs) : inputs);
  for (const m of missing) io.stderr(stderrLine(`${m}: no such file or folder`));
  if (targets.length === 0) {
    // Changed files outside every connector folder: nothing to check, which is a pass (a pre-commit hook's case).
    if (opts.filesFromChanges && missing.length === 0) {
      if (!opts.quiet) io.stderr(stderrLine('no connector folder among the changed files; nothing to lint'));
      const { exitCode } = await writeReports([], destinations, { failSeverity: opts.failSeverity, version }, io);
      return exitCode ?? 0;
    }
    return 2; // nothing to lint: the missing targets were the whole run
  }
  const lookups = configLookups();
  await checkRunOutputs(runOutputs(destinations, opts.writeBaseline), () =>
    runInputs(targets, { rulesetFile: opts.ruleset, others: [opts.baseline], lookups }),
  );
  // Linting is CPU-bound: processes beyond the cores only share them, multiply memory and run into the time budget.
  const jobs = Math.min(opts.jobs ?? defaultJobs(), defaultJobs());
  if (opts.jobs !== undefined && opts.jobs > jobs && !opts.quiet)
    io.stderr(stderrLine(`--jobs ${opts.jobs}: using ${jobs}, one per core`));
  const progress = io.isTTY && !opts.quiet && targets.length > 1 ? progressBar(io) : undefined;
  // With several reports due, the report workers are fed the findings while the run lints.
  const planned = targets.length > 1 ? ReportFeed.plan(destinations, jobs) : undefined;
  try {
    const results = await lintMany(targets, {
      profile: opts.profile,
      jobs,
      timeoutMs: opts.timeout * 1000,
      // A broken config is a usage error for the whole run: report it once, before any folder is linted.
      beforeLint: async () => {
        for (const target of targets) await configFor(target, opts.ruleset, lookups);
      },
      onProgress: progress,
      // The main thread waits on the workers: it makes each finding printable meanwhile, not after the run.
      onResult: (result) => {
        if (planned) planned.feed.add(result.diagnostics);
        else for (const d of result.diagnostics) printable(d);
      },
      target: {
        rulesetFile: opts.ruleset,
        base: opts.newOnly ? opts.base : undefined,
        fingerprints: Boolean(opts.baseline || opts.writeBaseline),
      },
    });
    progress?.clear();

    let inputErrors = missing.length;
    for (const r of results) {
      if (r.error) {
        inputErrors++;
        io.stderr(stderrLine(r.error));
      }
    }
    // Nothing could be linted (an unknown --base, unreadable targets): no report, which would read as a pass.
    if (results.every((r) => r.error)) return 2;
    // Baselines match findings by rule, file, pointer and the fingerprint each worker computed.
    const run = await finishRun(results, { baseline: opts.baseline, writeBaseline: opts.writeBaseline });
    // One order for the whole run (file, line, column, rule), whatever the targets and jobs were.
    let diagnostics: ISpectralDiagnostic[] = [...run.diagnostics].sort(byLocation);
    const failing = hasFailures(diagnostics, opts.failSeverity);
    if (opts.displayOnlyFailures) diagnostics = onlyFailures(diagnostics, opts.failSeverity);

    const profiles = [...new Set(results.map((r) => r.profile))];
    const report = await writeReports(
      diagnostics,
      destinations,
      {
        failSeverity: opts.failSeverity,
        version,
        maxAnnotations: opts.maxAnnotations,
        profile: profiles.length === 1 ? profiles[0] : undefined,
      },
      io,
      jobs,
      planned,
    );
    if (report.exitCode !== undefined) return report.exitCode;

    if (!opts.quiet) {
      for (const note of run.notes) io.stderr(stderrLine(note));
      if (opts.profile === 'auto') for (const line of profileSummary(results)) io.stderr(stderrLine(line));
      const which = profiles.length === 1 ? `${profiles[0]} profile` : 'auto profile';
      io.stderr(
        stderrLine(
          `${summarize(diagnostics)} in ${targets.length} connector${targets.length === 1 ? '' : 's'} (${which})${report.written.map((w) => `; ${w}`).join('')}`,
        ),
      );
    }
    if (inputErrors > 0) return 2;
    return failing ? 1 : 0;
  } finally {
    planned?.feed.close();
  }
}

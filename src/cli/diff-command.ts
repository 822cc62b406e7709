import { Command, Option } from 'commander';
import { PpcInputError } from '../connector/errors';
import { diffConnectors, diffFailures, DIFF_PROFILES, type DiffProfile, type DiffResult } from '../diff';
import { diffAgainstRef } from '../diff/git-baseline';
import { diffRuleset } from '../diff/ruleset';
import { escapedLine, summarize } from '../report';
import { checkRunOutputs, runInputs, runOutputs } from '../run-files';
import type { Severity } from '../types';
import {
  addReportOptions,
  commanderOutput,
  oneOf,
  reportDestinations,
  SEVERITIES,
  writeReports,
  type ReportOptions,
} from './options';
import type { CliIO } from './run';

const CLASS_TEXT = {
  new: 'new connector',
  minor: 'minor update (4–5 weeks of review)',
  major: 'major update (6–10 weeks of review)',
} as const;
const MAX_REASONS_SHOWN = 10;

interface DiffCliOptions extends ReportOptions {
  base?: string;
  profile: DiffProfile;
  ack?: string;
  failSeverity: Severity;
  quiet?: boolean;
}

function summary(result: DiffResult, profile: DiffProfile): string[] {
  const lines = [
    `ppc-lint diff: ${summarize(result.diagnostics)}; ${result.acknowledged.length} acknowledged, ${result.stale.length} stale; ${CLASS_TEXT[result.updateClass]} (${profile} profile)`,
  ];
  if (result.updateClass === 'major') {
    for (const reason of result.majorReasons.slice(0, MAX_REASONS_SHOWN)) lines.push(`  major because: ${reason}`);
    if (result.majorReasons.length > MAX_REASONS_SHOWN)
      lines.push(`  … and ${result.majorReasons.length - MAX_REASONS_SHOWN} more`);
  }
  return lines;
}

/** `ppc-lint diff <old> <new>` and `ppc-lint diff --base <ref> <folder>`: breaking changes between two versions. */
export function diffCommand(io: CliIO, version: string, setExitCode: (code: number) => void): Command {
  const command = new Command('diff')
    .description('Report breaking changes between two versions of a connector (operations matched by operationId).')
    .argument(
      '<old>',
      'the old connector folder or definition file, read as a definition whatever its name; a path that does not exist means a new connector (with --base: the connector folder or definition file to compare)',
    )
    .argument('[new]', 'the new connector folder or definition file')
    .option('-b, --base <ref>', 'compare the folder with its version at this git ref (e.g. origin/dev)');
  return addReportOptions(command)
    .addOption(
      new Option('-p, --profile <profile>', 'severity profile')
        .argParser(oneOf(DIFF_PROFILES, 'profile'))
        .default('default'),
    )
    .option('--ack <file>', 'acknowledgement file (default: .ppc-breaking-changes.yaml in the new folder)')
    .addOption(
      new Option('-F, --fail-severity <severity>', 'lowest severity that fails the run')
        .argParser(oneOf(SEVERITIES, 'severity'))
        .default('error'),
    )
    .option('-q, --quiet', 'print no summary on stderr')
    .exitOverride()
    .configureOutput(commanderOutput(io))
    .action(async (first: string, second: string | undefined, opts: DiffCliOptions) => {
      if (opts.base !== undefined && second !== undefined)
        throw new PpcInputError('diff: give one connector folder with --base, or two versions without it');
      if (opts.base === undefined && second === undefined)
        throw new PpcInputError(
          'diff: give the old and the new version (ppc-lint diff <old> <new>), or --base <git-ref> <folder>',
        );
      const destinations = reportDestinations(opts);
      await checkRunOutputs(runOutputs(destinations), () =>
        runInputs(second === undefined ? [first] : [first, second], { others: [opts.ack] }),
      );
      const options = { profile: opts.profile, ack: opts.ack };
      const result =
        opts.base !== undefined
          ? await diffAgainstRef(first, opts.base, options)
          : await diffConnectors(first, second as string, options);
      const report = await writeReports(
        result.diagnostics,
        destinations,
        { failSeverity: opts.failSeverity, version, ruleset: diffRuleset() },
        io,
      );
      if (report.exitCode !== undefined) return setExitCode(report.exitCode);
      if (result.updateClass === 'new')
        io.stderr(
          escapedLine(
            opts.base !== undefined
              ? `ppc-lint diff: ${first} is a new connector (no old version at ${opts.base}); nothing to compare.`
              : `ppc-lint diff: ${second ?? first} is a new connector (${first} does not exist); nothing to compare.`,
          ),
        );
      // The reasons quote operation ids and paths from the definitions.
      else if (!opts.quiet) for (const line of summary(result, opts.profile)) io.stderr(escapedLine(line));
      setExitCode(diffFailures(result, opts.failSeverity).length > 0 ? 1 : 0);
    });
}

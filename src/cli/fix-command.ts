import { Command, InvalidArgumentError, Option } from 'commander';
import {
  FIX_META,
  findingsAfterFailedFix,
  fixConnector,
  unifiedDiff,
  type FixableDiagnostic,
  type WithheldFix,
} from '../fix';
import { expandTargets, resolveTarget, type ProfileChoice } from '../batch';
import { configFor, configLookups } from '../config';
import { PpcInputError } from '../connector/errors';
import { byLocation, displayPath, rulesetFor } from '../lint';
import { quote } from '../utils/guards';
import { checkRunOutputs, runInputs, runOutputs } from '../run-files';
import { hasFailures, stderrLine, summarize } from '../report';
import { ruleById } from '../report/meta';
import { PROFILES, type Profile, type Severity } from '../types';
import {
  addReportOptions,
  commanderOutput,
  oneOf,
  progressBar,
  reportDestinations,
  SEVERITIES,
  writeReports,
  type ReportOptions,
} from './options';
import type { CliIO } from './run';

/** `--rule` may be repeated; each must name a rule that has a fix. */
function collectRule(value: string, previous: string[] = []): string[] {
  if (!FIX_META.has(value)) {
    const which = ruleById(value) ? `rule "${value}" has no automatic fix` : `unknown rule "${value}"`;
    throw new InvalidArgumentError(`${which}; rules with one: ${[...FIX_META.keys()].sort().join(', ')}.`);
  }
  return [...previous, value];
}

interface FixCliOptions extends ReportOptions {
  profile: ProfileChoice;
  ruleset?: string;
  failSeverity: Severity;
  quiet?: boolean;
  dryRun?: boolean;
  rule?: string[];
  suggestions?: boolean;
  maxPasses: number;
}

/**
 * `ppc-lint fix`: apply the safe fixes in place (suggestions too with --suggestions), then report what remains
 * as `lint` does, with its formats and exit codes. `--dry-run` prints a unified diff and writes nothing.
 */
export function fixCommand(io: CliIO, version: string, setExitCode: (code: number) => void): Command {
  const command = new Command('fix')
    // Settings a subcommand made with `new Command` does not inherit: errors return to runCli, output goes to io.
    .exitOverride()
    .configureOutput(commanderOutput(io))
    .showHelpAfterError('(run ppc-lint fix --help for usage)')
    .description('Apply safe automatic fixes in place (text edits that keep the formatting), then report what remains.')
    .argument('<targets...>', 'connector folders, *.swagger.json files, folders holding connectors, or globs');
  return addReportOptions(command, 'output format for what remains')
    .addOption(
      new Option('-p, --profile <profile>', 'rule profile; auto picks one per folder from its path and apiProperties')
        .argParser(oneOf<ProfileChoice>(['auto', ...PROFILES], 'profile'))
        .default('auto'),
    )
    .option(
      '-r, --ruleset <file>',
      'Spectral ruleset file to apply (default: the nearest .spectral.yaml, .spectral.yml or .spectral.json)',
    )
    .addOption(
      new Option('-F, --fail-severity <severity>', 'lowest severity that fails the run')
        .argParser(oneOf(SEVERITIES, 'severity'))
        .default('error'),
    )
    .option('-q, --quiet', 'print no summary on stderr')
    .option('--dry-run', 'print a unified diff of the fixes and write nothing')
    .option('--rule <id>', 'apply only the fixes of this rule (repeatable)', collectRule)
    .option('--suggestions', 'also apply suggestions (fixes that need a review)')
    .addOption(
      new Option('--max-passes <n>', 'lint and fix rounds at most')
        .argParser((v: string) => {
          const n = Number(v);
          if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${v}" is not a positive whole number.`);
          return n;
        })
        .default(10),
    )
    .action(async (inputs: string[], opts: FixCliOptions) => {
      setExitCode(await runFix(inputs, opts, io, version));
    });
}

/**
 * Fix every connector the targets name (folders, files, trees, globs, as `lint` expands them); resolves to the exit
 * code.
 */
async function runFix(inputs: string[], opts: FixCliOptions, io: CliIO, version: string): Promise<number> {
  const destinations = reportDestinations(opts);
  const { targets, missing } = await expandTargets(inputs);
  for (const m of missing) io.stderr(stderrLine(`${m}: no such file or folder`));
  if (targets.length === 0) return 2;
  // A broken config is a usage error for the whole run: report it once, before any file is written.
  const lookups = configLookups();
  for (const target of targets) await configFor(target, opts.ruleset, lookups);
  await checkRunOutputs(runOutputs(opts.dryRun ? [] : destinations), () =>
    runInputs(targets, { rulesetFile: opts.ruleset, lookups }),
  );
  const remaining: FixableDiagnostic[] = [];
  const diffs: string[] = [];
  const withheld: WithheldFix[] = [];
  const profiles = new Set<Profile>();
  let inputErrors = missing.length;
  let fixes = 0;
  let files = 0;
  const progress = io.isTTY && !opts.quiet && targets.length > 1 ? progressBar(io) : undefined;
  for (const [i, target] of targets.entries()) {
    let resolved: Awaited<ReturnType<typeof resolveTarget>> | undefined;
    try {
      resolved = await resolveTarget(target, opts.profile, opts.ruleset);
      const { profile, config } = resolved;
      profiles.add(profile);
      const result = await fixConnector(target, {
        profile,
        config,
        rules: opts.rule,
        suggestions: opts.suggestions === true,
        dryRun: opts.dryRun === true,
        maxPasses: opts.maxPasses,
      });
      remaining.push(...result.diagnostics);
      withheld.push(...result.withheld);
      for (const file of result.files) {
        files++;
        fixes += file.applied.length;
        if (opts.dryRun) diffs.push(unifiedDiff(file.path, file.before, file.after));
      }
    } catch (error) {
      if (!(error instanceof PpcInputError)) throw error;
      inputErrors++;
      io.stderr(`${progress ? '\n' : ''}${stderrLine(error.message)}`);
      // A file that could not be written keeps its findings: they remain, and the report says so.
      if (resolved && !opts.dryRun) remaining.push(...(await findingsAfterFailedFix(target, resolved)));
    }
    progress?.(i + 1, targets.length);
  }
  progress?.clear();
  remaining.sort(byLocation);
  const which = profiles.size === 1 ? `${[...profiles][0]} profile` : 'auto profile';
  if (opts.dryRun) {
    // The diff alone on stdout, so it can be piped to `git apply`; what would remain is counted on stderr.
    if (diffs.length > 0) io.stdout(diffs.join(''));
  } else {
    const only = profiles.size === 1 ? [...profiles][0] : undefined;
    const report = await writeReports(
      remaining,
      destinations,
      { failSeverity: opts.failSeverity, version, ruleset: rulesetFor(only ?? 'certified'), profile: only },
      io,
    );
    if (report.exitCode !== undefined) return report.exitCode;
  }
  if (!opts.quiet) {
    const verb = opts.dryRun ? 'would apply' : 'applied';
    const left = opts.dryRun ? 'would remain' : 'remain';
    const where = targets.length === 1 ? '' : ` in ${targets.length} connectors`;
    io.stderr(
      stderrLine(
        `${verb} ${fixes} fix${fixes === 1 ? '' : 'es'} in ${files} file${files === 1 ? '' : 's'}; ${summarize(remaining)} ${left}${where} (${which})`,
      ),
    );
    for (const w of withheld) io.stderr(stderrLine(withheldLine(w)));
  }
  if (inputErrors > 0) return 2;
  return hasFailures(remaining, opts.failSeverity) ? 1 : 0;
}

/** Why a fix was not applied, and what to do instead (for {@link stderrLine}). */
export function withheldLine(w: WithheldFix): string {
  const where = w.path.length > 0 ? ` at ${quote(w.path.map(String).join('.'), 120)}` : '';
  return `did not apply the ${w.code} fix${where} in ${displayPath(w.source)} (${w.description.replace(/\.$/, '')}): it makes ${w.caused.join(', ')} appear; fix that finding by hand.`;
}

import { Command, InvalidArgumentError, Option } from 'commander';
import { FIX_META, fixConnector, unifiedDiff, type FixableDiagnostic, type WithheldFix } from '../fix';
import { displayPath, rulesetFor } from '../lint';
import { quote } from '../utils/guards';
import { hasFailures, summarize } from '../report';
import { PROFILES, type Profile, type Severity } from '../types';
import { addReportOptions, oneOf, reportDestinations, SEVERITIES, writeReports, type ReportOptions } from './options';
import type { CliIO } from './run';

/** `--rule` may be repeated; each must name a rule that has a fix. */
function collectRule(value: string, previous: string[] = []): string[] {
  if (!FIX_META.has(value)) {
    throw new InvalidArgumentError(`rule "${value}" has no automatic fix; rules with one: ${[...FIX_META.keys()].sort().join(', ')}.`);
  }
  return [...previous, value];
}

interface FixCliOptions extends ReportOptions {
  profile: Profile;
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
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run ppc-lint fix --help for usage)')
    .description('Apply safe automatic fixes in place (text edits that keep the formatting), then report what remains.')
    .argument('<targets...>', 'connector folders or apiDefinition.swagger.json files');
  return addReportOptions(command, 'output format for what remains')
    .addOption(new Option('-p, --profile <profile>', 'rule profile').argParser(oneOf(PROFILES, 'profile')).default('certified'))
    .addOption(new Option('-F, --fail-severity <severity>', 'lowest severity that fails the run').argParser(oneOf(SEVERITIES, 'severity')).default('error'))
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
    .action(async (targets: string[], opts: FixCliOptions) => {
      const destinations = reportDestinations(opts);
      const remaining: FixableDiagnostic[] = [];
      const diffs: string[] = [];
      const withheld: WithheldFix[] = [];
      let fixes = 0;
      let files = 0;
      for (const target of targets) {
        const result = await fixConnector(target, {
          profile: opts.profile,
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
      }
      if (opts.dryRun) {
        // The diff alone on stdout, so it can be piped to `git apply`; what would remain is counted on stderr.
        if (diffs.length > 0) io.stdout(diffs.join(''));
      } else {
        const report = await writeReports(remaining, destinations, { failSeverity: opts.failSeverity, version, ruleset: rulesetFor(opts.profile) }, io);
        if (report.exitCode !== undefined) return setExitCode(report.exitCode);
      }
      if (!opts.quiet) {
        const verb = opts.dryRun ? 'would apply' : 'applied';
        const left = opts.dryRun ? 'would remain' : 'remain';
        io.stderr(`ppc-lint: ${verb} ${fixes} fix${fixes === 1 ? '' : 'es'} in ${files} file${files === 1 ? '' : 's'}; ${summarize(remaining)} ${left} (${opts.profile} profile)\n`);
        for (const w of withheld) io.stderr(`${withheldLine(w)}\n`);
      }
      setExitCode(hasFailures(remaining, opts.failSeverity) ? 1 : 0);
    });
}

/** Why a fix was not applied, and what to do instead. */
export function withheldLine(w: WithheldFix): string {
  const where = w.path.length > 0 ? ` at ${quote(w.path.map(String).join('.'), 120)}` : '';
  return `ppc-lint: did not apply the ${w.code} fix${where} in ${displayPath(w.source)} (${w.description.replace(/\.$/, '')}): it makes ${w.caused.join(', ')} appear; fix that finding by hand.`;
}

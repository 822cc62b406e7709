import { Command, Option } from 'commander';
import { MAX_TIMEOUT_MS, type ProfileChoice } from '../batch';
import { PpcInputError } from '../connector/errors';
import { formatRuleList, listRules, ruleDocPage, similarRuleIds } from '../report/rule-list';
import { escapedLine, stderrLine } from '../report';
import { PROFILES, type Profile } from '../types';
import { runLintCommand, type LintCommandOptions } from './lint-command';
import { diffCommand } from './diff-command';
import { fixCommand } from './fix-command';
import {
  addReportOptions,
  commanderOutput,
  integer,
  oneOf,
  refuseOptionsAsFiles,
  refuseEmptyArguments,
  rewriteDottedOutputs,
  SEVERITIES,
} from './options';

/** The longest --timeout in whole seconds that the library's timer can hold. */
const MAX_TIMEOUT_S = Math.floor(MAX_TIMEOUT_MS / 1000);

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: show a progress bar on long runs. */
  isTTY?: boolean;
  /** Why writing to standard output failed (EPIPE, ENOSPC…), once what was written has been flushed. */
  stdoutFailure?: () => Promise<string | undefined>;
  /** The same for standard error. */
  stderrFailure?: () => Promise<string | undefined>;
}

/** A reader that stopped early (`ppc-lint rules | head`) closed the pipe: it had all it wanted, not an error. */
export const READER_GONE = 'EPIPE';

/** The message for a standard output that cannot be written, or undefined when it was written (or its reader left). */
export async function stdoutProblem(io: CliIO): Promise<string | undefined> {
  const code = await io.stdoutFailure?.();
  return code === undefined || code === READER_GONE ? undefined : stderrLine(`cannot write standard output (${code})`);
}

/**
 * Run the CLI with argv (without node and script); resolves to the exit code. Never throws. Output that could not
 * be written is exit 2, except a pipe its reader closed early.
 */
export async function runCli(argv: string[], io: CliIO, version: string): Promise<number> {
  let code = await runCommand(argv, io, version);
  const problem = await stdoutProblem(io);
  // An exit code of 2 already said what was unusable (writeReports checks standard output itself).
  if (problem !== undefined && code !== 2) {
    io.stderr(problem);
    code = 2;
  }
  const stderr = await io.stderrFailure?.();
  return stderr === undefined || stderr === READER_GONE ? code : 2;
}

async function runCommand(argv: string[], io: CliIO, version: string): Promise<number> {
  let exitCode = 0;
  const program = new Command('ppc-lint')
    .description('Offline certification linter for Microsoft Power Platform connectors.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput(commanderOutput(io))
    .showHelpAfterError('(run ppc-lint --help for usage)');

  const lint = program
    .command('lint')
    .description('Lint connector folders, definition files, trees of connectors or globs.')
    .argument(
      '<targets...>',
      'connector folders, *.swagger.json files, folders holding connectors (e.g. certified-connectors), or globs',
    );
  addReportOptions(lint)
    .addOption(
      new Option('-p, --profile <profile>', 'rule profile; auto picks one per folder from its path and apiProperties')
        .argParser(oneOf<ProfileChoice>(['auto', ...PROFILES], 'profile'))
        .default('auto'),
    )
    .addOption(
      new Option('-F, --fail-severity <severity>', 'lowest severity that fails the run')
        .argParser(oneOf(SEVERITIES, 'severity'))
        .default('error'),
    )
    .option('-D, --display-only-failures', 'report only findings at or above the fail severity')
    .addOption(
      new Option(
        '-j, --jobs <n>',
        'lint processes, and threads writing several large reports at once (default and most: one per core; 1 does all in one thread)',
      ).argParser(integer(1, '--jobs')),
    )
    .addOption(
      new Option(
        '--timeout <seconds>',
        `time budget per connector, at most ${MAX_TIMEOUT_S} (about 24 days); 0 for none`,
      )
        .argParser(integer(0, '--timeout', MAX_TIMEOUT_S))
        .default(60),
    )
    .addOption(
      new Option('--max-annotations <n>', 'github-actions: most annotations printed')
        .argParser(integer(0, '--max-annotations'))
        .default(50),
    )
    .option('-q, --quiet', 'print no progress and no summary on stderr')
    .option(
      '-r, --ruleset <file>',
      'Spectral ruleset file to apply (default: the nearest .spectral.yaml, .spectral.yml or .spectral.json)',
    )
    .option('--baseline <file>', 'report only findings that are not in this baseline file')
    .option('--write-baseline <file>', 'write the findings to a baseline file')
    .option('--new-only', 'report only findings introduced since --base')
    .option('--base <ref>', 'git ref to compare with for --new-only')
    .option(
      '--files-from-changes',
      'treat the targets as changed files and lint each connector folder they belong to once',
    )
    .action(async (targets: string[], opts: LintCommandOptions) => {
      if (opts.filesFromChanges) await refuseOptionsAsFiles(targets, lint);
      exitCode = await runLintCommand(targets, opts, io, version);
    });

  program.addCommand(diffCommand(io, version, (code) => (exitCode = code)));
  program.addCommand(fixCommand(io, version, (code) => (exitCode = code)));

  program
    .command('rules')
    .description(
      'List the rules: id, severity per profile, description and documentation URL; the ppc-lint diff rules last.',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(
      new Option('-p, --profile <profile>', 'only the rules of this profile').argParser(oneOf(PROFILES, 'profile')),
    )
    .action((opts: { format: 'text' | 'json'; profile?: Profile }) => {
      const entries = listRules(opts.profile);
      io.stdout(
        opts.format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : formatRuleList(entries, opts.profile),
      );
    });

  program
    .command('explain')
    .description(
      "Print the documentation (Markdown) of a rule or another code a report shows: a diff rule, one of the tool's own (ppc-lint-timeout) or Spectral's (oas2-schema).",
    )
    .argument('<rule>', 'rule id or code, e.g. ppc-title-no-api-connector')
    .action((id: string) => {
      const page = ruleDocPage(id) ?? ruleDocPage(`ppc-${id}`);
      if (page) {
        io.stdout(page.endsWith('\n') ? page : `${page}\n`);
        return;
      }
      const similar = similarRuleIds(id);
      io.stderr(
        stderrLine(
          `unknown rule "${id}"; ${similar.length > 0 ? `did you mean ${similar.join(', ')}?` : 'run ppc-lint rules to list them.'}`,
        ),
      );
      exitCode = 2;
    });

  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return 2;
  }
  try {
    refuseEmptyArguments(argv);
    await program.parseAsync(rewriteDottedOutputs(argv), { from: 'user' });
    return exitCode;
  } catch (error) {
    const e = error as { code?: string; exitCode?: number; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (e.code?.startsWith('commander.')) return 2; // commander already printed the usage error
    if (error instanceof PpcInputError) {
      io.stderr(stderrLine(error.message));
      return 2;
    }
    io.stderr(stderrLine(`internal error: ${e.message ?? String(error)}`));
    // The stack keeps its lines; each is escaped on its own (a message in it may quote a path).
    if (process.env.PPC_DEBUG)
      for (const line of ((error as Error).stack ?? '').split('\n')) io.stderr(escapedLine(line));
    return 2;
  }
}

import { Command, InvalidArgumentError, Option } from 'commander';
import { PpcInputError } from '../connector/errors';
import { lintConnector } from '../lint';
import { fixCommand } from './fix-command';
import { FORMAT_NAMES, formatDiagnostics, hasFailures, summarize, type FormatName } from '../report';
import { PROFILES, type Profile, type Severity } from '../types';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const SEVERITIES: Severity[] = ['error', 'warn', 'info', 'hint'];

function oneOf<T extends string>(values: readonly T[], what: string) {
  return (value: string): T => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`unknown ${what} "${value}"; use one of: ${values.join(', ')}.`);
  };
}

/** Run the CLI with argv (without node and script); resolves to the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIO, version: string): Promise<number> {
  let exitCode = 0;
  const program = new Command('ppc-lint')
    .description('Offline certification linter for Microsoft Power Platform connectors.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run ppc-lint --help for usage)');

  program
    .command('lint')
    .description('Lint connector folders or definition files.')
    .argument('<targets...>', 'connector folders or apiDefinition.swagger.json files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .addOption(new Option('-p, --profile <profile>', 'rule profile').argParser(oneOf(PROFILES, 'profile')).default('certified'))
    .addOption(new Option('-F, --fail-severity <severity>', 'lowest severity that fails the run').argParser(oneOf(SEVERITIES, 'severity')).default('error'))
    .option('-q, --quiet', 'print no summary on stderr')
    .action(async (targets: string[], opts: { format: FormatName; profile: Profile; failSeverity: Severity; quiet?: boolean }) => {
      const diagnostics = [];
      for (const target of targets) diagnostics.push(...(await lintConnector(target, { profile: opts.profile })).diagnostics);
      const output = formatDiagnostics(diagnostics, opts.format, { failSeverity: opts.failSeverity, version });
      if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
      if (!opts.quiet) io.stderr(`ppc-lint: ${summarize(diagnostics)} (${opts.profile} profile)\n`);
      exitCode = hasFailures(diagnostics, opts.failSeverity) ? 1 : 0;
    });

  program.addCommand(fixCommand(io, version, (code) => (exitCode = code)));

  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    const e = error as { code?: string; exitCode?: number; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (e.code?.startsWith('commander.')) return 2; // commander already printed the usage error
    if (error instanceof PpcInputError) {
      io.stderr(`ppc-lint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`ppc-lint: internal error: ${e.message ?? String(error)}\n`);
    if (process.env.PPC_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}

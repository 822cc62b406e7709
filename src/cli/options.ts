import * as path from 'node:path';
import type { ISpectralDiagnostic } from '@stoplight/spectral-core';
import { type Command, InvalidArgumentError, Option, type OutputConfiguration } from 'commander';
import { PpcInputError } from '../connector/errors';
import { escapedCommanderError, FORMAT_NAMES, stderrLine, type FormatName, type FormatOptions } from '../report';
import type { PlannedReports } from '../report/parallel';
import { renderReports, type ReportDestination } from '../report/write';
import type { Severity } from '../types';
import { quote } from '../utils/guards';
import { present } from '../utils/present';
import { stdoutProblem, type CliIO } from './run';

export const SEVERITIES: readonly Severity[] = ['error', 'warn', 'info', 'hint'];

/** An argument parser that accepts one of `values`. */
export function oneOf<T extends string>(values: readonly T[], what: string) {
  return (value: string): T => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`unknown ${what} "${value}"; use one of: ${values.join(', ')}.`);
  };
}

/** An argument parser for whole numbers of at least `min` (and at most `max`, when given). */
export function integer(min: number, what: string, max?: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || (max !== undefined && n > max))
      throw new InvalidArgumentError(
        max === undefined
          ? `${what} must be a whole number of at least ${min}, not "${value}".`
          : `${what} must be a whole number from ${min} to ${max}, not "${value}".`,
      );
    return n;
  };
}

export interface ReportOptions {
  /** Every requested format, in order (the option repeats). */
  format: FormatName[];
  /** `-o`: the file for the one format that has no `--output.<format>`. */
  output?: string;
  /** `--output.<format> <file>` pairs, as `format=file`. */
  outputFor?: string[];
}

const OUTPUT_FOR = '--output-for';

/**
 * Spectral-cli writes several reports in one run with `--output.<format> <file>`; commander has no dotted
 * options, so those become `--output-for <format>=<file>` before parsing.
 */
export function rewriteDottedOutputs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const m = /^--output\.([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!m) {
      out.push(arg);
      continue;
    }
    const file = m[2] ?? argv[++i];
    if (file === undefined) throw new PpcInputError(`${arg} needs a file name`);
    out.push(OUTPUT_FOR, `${m[1]}=${file}`);
  }
  return out;
}

/**
 * Refuse an empty argument: every operand and option value is a path or a value, and an empty one would otherwise
 * mean the current folder (`lint ''`) or be dropped without a word (`--ruleset ''`).
 */
export function refuseEmptyArguments(argv: readonly string[]): void {
  argv.forEach((arg, i) => {
    const emptyValue = /^(--[^=]+)=$/s.exec(arg)?.[1];
    if (emptyValue !== undefined) throw new PpcInputError(`${emptyValue} was given an empty value; give it a value`);
    if (arg !== '') return;
    const previous = argv[i - 1];
    throw new PpcInputError(
      `an empty argument ("") was given${previous?.startsWith('-') ? ` after ${previous}` : ''}; give a value or name a connector folder or file`,
    );
  });
}

/**
 * Refuse an operand that is one of `command`'s options and no file. With --files-from-changes a missing name is
 * skipped (a deleted file), so an option written after `--` would be dropped without a word: pre-commit appends a
 * hook's `args` after its entry, which ends with `--`.
 */
export async function refuseOptionsAsFiles(operands: readonly string[], command: Command): Promise<void> {
  const names = new Set(command.options.flatMap((o) => [o.short, o.long]));
  for (const operand of operands) {
    const name = operand.split('=')[0];
    if ((names.has(name) || name.startsWith('--output.')) && !(await present(path.resolve(operand))))
      throw new PpcInputError(
        `${quote(operand)} follows "--", so it is read as a changed file, and there is no such file; put options before "--" (for the pre-commit hook: in its entry, not in args)`,
      );
  }
}

function collectFormat(value: string, previous: FormatName[] | undefined): FormatName[] {
  const format = oneOf(FORMAT_NAMES, 'format')(value);
  // The default is replaced by the first explicit format, not added to.
  return previous === DEFAULT_FORMATS ? [format] : [...(previous ?? []), format];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

const DEFAULT_FORMATS: FormatName[] = ['stylish'];

/** Where commander writes (for every command): its errors, which quote what the user typed, escaped. */
export function commanderOutput(io: CliIO): OutputConfiguration {
  return {
    writeOut: io.stdout,
    writeErr: io.stderr,
    outputError: (text, write) => write(escapedCommanderError(text)),
  };
}

/** `-f` (repeatable), `-o` and `--output.<format>`: the report options every command shares. */
export function addReportOptions(command: Command, what = 'output format'): Command {
  return command
    .addOption(
      new Option(
        '-f, --format <format>',
        `${what}: ${FORMAT_NAMES.join(', ')}; repeat it for several reports in one run`,
      )
        .argParser(collectFormat)
        .default(DEFAULT_FORMATS, 'stylish'),
    )
    .option(
      '-o, --output <file>',
      'write the report to a file instead of standard output; with several formats, give each its file with --output.<format> <file>',
    )
    .addOption(new Option(`${OUTPUT_FOR} <format=file>`).argParser(collect).hideHelp());
}

/** Where each requested report goes; at most one goes to standard output. */
export function reportDestinations(opts: ReportOptions): ReportDestination[] {
  const files = new Map<FormatName, string>();
  for (const pair of opts.outputFor ?? []) {
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    if (!(FORMAT_NAMES as readonly string[]).includes(name))
      throw new PpcInputError(`unknown format in --output.<format> "${name}"; use one of: ${FORMAT_NAMES.join(', ')}`);
    files.set(name as FormatName, pair.slice(at + 1));
  }
  const formats = [...new Set(opts.format)];
  for (const format of files.keys()) if (!formats.includes(format)) formats.push(format);
  const destinations = formats.map((format) => ({ format, file: files.get(format) }));
  const unassigned = destinations.filter((d) => d.file === undefined);
  if (opts.output !== undefined) {
    if (unassigned.length !== 1)
      throw new PpcInputError(
        `-o names one file but ${unassigned.length} formats have no file of their own; use --output.<format> <file> for each`,
      );
    unassigned[0].file = opts.output;
  } else if (unassigned.length > 1) {
    throw new PpcInputError(
      `formats ${unassigned.map((d) => d.format).join(' and ')} would both go to standard output; send all but one to files with --output.<format> <file>`,
    );
  }
  // Reports may be written at the same time: two of them in one file would overwrite each other.
  const byFile = new Map<string, FormatName>();
  for (const { format, file } of destinations) {
    if (file === undefined) continue;
    const other = byFile.get(path.resolve(file));
    if (other !== undefined)
      throw new PpcInputError(
        `formats ${other} and ${format} would both be written to ${file}; give each its own file`,
      );
    byFile.set(path.resolve(file), format);
  }
  return destinations;
}

/**
 * Render and write every requested report (`renderReports`; with `threads` above 1, several at once). Returns the
 * files written, or an exit code of 2 when one could not be written (said on stderr).
 */
export async function writeReports(
  diagnostics: readonly ISpectralDiagnostic[],
  destinations: readonly ReportDestination[],
  formatOptions: FormatOptions,
  io: CliIO,
  threads = 1,
  planned?: PlannedReports,
): Promise<{ written: string[]; exitCode?: number }> {
  const errors = await renderReports(diagnostics, destinations, formatOptions, io.stdout, threads, planned);
  // Said before the summary, as a report file that cannot be written is.
  const problem = destinations.some((d) => d.file === undefined) ? await stdoutProblem(io) : undefined;
  if (problem !== undefined) {
    io.stderr(problem);
    return { written: [], exitCode: 2 };
  }
  const written: string[] = [];
  for (const [index, { format, file }] of destinations.entries()) {
    if (file === undefined) continue;
    const error = errors[index];
    if (error !== undefined) {
      io.stderr(stderrLine(`cannot write ${file} (${error})`));
      return { written, exitCode: 2 };
    }
    written.push(`${format} written to ${file}`);
  }
  return { written };
}

/** A one-line progress bar, redrawn in place on a terminal. */
export function progressBar(io: CliIO): ((done: number, total: number) => void) & { clear: () => void } {
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

import { constants, promises as fs, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { findConfigFile, type ConfigLookups } from './config';
import { PpcInputError } from './connector/errors';
import { listConnectorFiles } from './connector/files';
import type { ReportDestination } from './report/write';

/** A file a run writes, and what it is (`the json report`, `the baseline`), for messages. */
export interface RunOutput {
  what: string;
  file: string;
}

/** A file a run reads: a connector file it lints, or a file it only reads (a ruleset, a baseline). */
export interface RunInput {
  file: string;
  lints: boolean;
}

/** The report files of `destinations` and any other files a run writes (`--write-baseline`). */
export function runOutputs(destinations: readonly ReportDestination[], baseline?: string): RunOutput[] {
  const outputs: RunOutput[] = [];
  for (const { format, file } of destinations)
    if (file !== undefined) outputs.push({ what: `the ${format} report`, file });
  if (baseline !== undefined) outputs.push({ what: 'the baseline', file: baseline });
  return outputs;
}

/**
 * The files a run over `targets` reads: each target's connector files (definition, apiProperties.json, readme,
 * scripts, settings.json, icon), the ruleset each uses (`rulesetFile`, else the nearest config) and `others`.
 */
export async function runInputs(
  targets: readonly string[],
  options: { rulesetFile?: string; others?: ReadonlyArray<string | undefined>; lookups?: ConfigLookups } = {},
): Promise<RunInput[]> {
  const inputs: RunInput[] = [];
  for (const target of targets) {
    try {
      const { files } = await listConnectorFiles(target);
      for (const f of files) if (f.kind !== 'other') inputs.push({ file: f.path, lints: true });
    } catch {
      // A target that cannot be listed is reported by the run itself.
    }
    if (options.rulesetFile === undefined) {
      const config = await findConfigFile(target, options.lookups);
      if (config !== undefined) inputs.push({ file: config, lints: false });
    }
  }
  for (const file of [options.rulesetFile, ...(options.others ?? [])])
    if (file !== undefined) inputs.push({ file, lints: false });
  return inputs;
}

/** The file itself, whatever names it (a symbolic link, `./`, another case on a case-insensitive file system). */
async function identity(file: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(file);
    // Some file systems report no inode numbers: fall back to the resolved path.
    return stat.ino !== 0 ? `${stat.dev}:${stat.ino}` : `path:${realpathSync.native(file)}`;
  } catch {
    return undefined; // a file that does not exist yet is no input
  }
}

/**
 * Refuse an output whose folder could not be made: the nearest folder on its path that exists must be a folder this
 * process may write in. The missing folders below it are made when the file is written (`writeReportFile`), as
 * ESLint's `-o` does, so a report can go to `reports/ppc.sarif` in a fresh checkout.
 */
async function refuseUnwritableOutput({ what, file }: RunOutput): Promise<void> {
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    let isFolder: boolean;
    try {
      isFolder = (await fs.stat(dir)).isDirectory();
    } catch (e) {
      // Missing, or below a file: the folder above says whether it can be made.
      const code = (e as NodeJS.ErrnoException).code;
      if ((code === 'ENOENT' || code === 'ENOTDIR') && path.dirname(dir) !== dir) continue;
      throw new PpcInputError(`cannot write ${what} to ${file}: ${dir} cannot be read (${code ?? 'error'})`);
    }
    if (!isFolder) throw new PpcInputError(`cannot write ${what} to ${file}: ${dir} is a file, not a folder`);
    try {
      await fs.access(dir, constants.W_OK);
    } catch {
      throw new PpcInputError(`cannot write ${what} to ${file}: no permission to write in ${dir}`);
    }
    return;
  }
}

/**
 * Refuse, before any work, a run whose output could not be written (`refuseUnwritableOutput`) or would replace one
 * of its inputs (a report written over the connector's definition). A `PpcInputError` names the output, the file
 * and what to do.
 */
export async function checkRunOutputs(
  outputs: readonly RunOutput[],
  listInputs: () => Promise<readonly RunInput[]>,
): Promise<void> {
  for (const output of outputs) await refuseUnwritableOutput(output);
  const existing: Array<{ output: RunOutput; id: string }> = [];
  for (const output of outputs) {
    const id = await identity(output.file);
    if (id !== undefined) existing.push({ output, id });
  }
  // Outputs that do not exist yet overwrite nothing: the inputs (every target's files) need not be listed.
  if (existing.length === 0) return;
  const read = new Map<string, RunInput>();
  for (const input of await listInputs()) {
    const id = await identity(input.file);
    // A file that is linted says so, even when it is also read as something else.
    if (id !== undefined && (!read.has(id) || input.lints)) read.set(id, input);
  }
  for (const { output, id } of existing) {
    const input = read.get(id);
    if (input)
      throw new PpcInputError(
        `${output.what} would overwrite ${output.file}, a file this run ${input.lints ? 'lints' : 'reads'}; write it elsewhere`,
      );
  }
}

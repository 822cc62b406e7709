import { createRequire } from 'node:module';

/**
 * Spectral validates examples and documents with Ajv, which turns each schema into code, then runs an optimising
 * pass over that code before compiling it. On the corpus's schemas that pass is about 40% of the time to compile
 * one, and an example's validator runs a few times at most. Ajv's `code.optimize: false` skips the pass and
 * validates alike; Spectral creates its Ajv instances itself, so `ppc-lint` turns the pass off where the
 * instances' code generator lives.
 *
 * Only the `ppc-lint` command and its workers call this, not the library: it changes Ajv for the whole process.
 */

interface CodeGenModule {
  CodeGen?: { prototype: { optimize?: (passes?: number) => void } };
}

let installed = false;

/** The code generator of each Ajv that Spectral's schema functions use, whatever the layout of node_modules. */
function codeGenerators(): Set<CodeGenModule> {
  const found = new Set<CodeGenModule>();
  const fromFunctions = createRequire(require.resolve('@stoplight/spectral-functions'));
  const owners = [fromFunctions];
  try {
    owners.push(createRequire(fromFunctions.resolve('ajv-draft-04')));
  } catch {
    // Spectral without the draft-04 flavour: its main Ajv is all there is.
  }
  for (const owner of owners) {
    try {
      found.add(owner('ajv/dist/compile/codegen') as CodeGenModule);
    } catch {
      // An Ajv laid out differently: leave it as it is.
    }
  }
  return found;
}

/** Compile schemas without Ajv's optimising pass in this process. Leaves Ajv unchanged if it cannot be found. */
export function skipSchemaCodeOptimization(): void {
  if (installed) return;
  installed = true;
  let generators: Set<CodeGenModule>;
  try {
    generators = codeGenerators();
  } catch {
    return;
  }
  for (const generator of generators) {
    const prototype = generator.CodeGen?.prototype;
    if (prototype && typeof prototype.optimize === 'function') prototype.optimize = function optimize(): void {};
  }
}

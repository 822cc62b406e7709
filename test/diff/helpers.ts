import type { DiffExampleSide } from '../../src/diff/types';
import { diffConnectors, type DiffOptions, type DiffResult, type TextFile } from '../../src/diff';

/** A connector version given as text, as the diff reads it from git. */
export function textTarget(side: DiffExampleSide, dir: string): { files: TextFile[] } {
  const files: TextFile[] = [
    {
      name: 'apiDefinition.swagger.json',
      text: `${JSON.stringify(side.swagger, null, 2)}\n`,
      source: `/virtual/${dir}/apiDefinition.swagger.json`,
    },
  ];
  if (side.apiProperties !== undefined || side.apiPropertiesText !== undefined)
    files.push({
      name: 'apiProperties.json',
      text: side.apiPropertiesText ?? `${JSON.stringify(side.apiProperties, null, 2)}\n`,
      source: `/virtual/${dir}/apiProperties.json`,
    });
  return { files };
}

export function diffDocs(
  oldSide: DiffExampleSide,
  newSide: DiffExampleSide,
  options: DiffOptions = {},
): Promise<DiffResult> {
  return diffConnectors(textTarget(oldSide, 'old'), textTarget(newSide, 'new'), options);
}

export function codes(result: DiffResult): string[] {
  return result.diagnostics.map((d) => String(d.code));
}

import { defineFolderRule } from '../../types';
import { iconOf, solidPng } from './png';

export default defineFolderRule('ppc-icon-dimensions', {
  description: 'The icon is square, between 100×100 and 230×230 pixels.',
  severity: 'error',
  check(connector) {
    const read = iconOf(connector);
    if (!read?.ok || !connector.icon) return [];
    const { width, height } = read.image;
    const problems: string[] = [];
    if (width !== height) problems.push('not square');
    if (Math.min(width, height) < 100 || Math.max(width, height) > 230) problems.push('outside 100 to 230 pixels');
    if (problems.length === 0) return [];
    return [
      {
        source: connector.icon.file.path,
        message: `${connector.icon.file.name} is ${width}×${height} pixels (${problems.join(', ')}); make it square, between 100×100 and 230×230 (about 160 px of logo on a 230 px square).`,
      },
    ];
  },
  'x-ppc': {
    requirements: ['icon-dimensions'],
    section: '14',
    sources: ['CHK connector-validate-iconsize', 'L-CS'],
    specLevel: 'E',
    examples: {
      invalid: [
        { description: 'A 256×256 icon.', files: { 'icon.png': solidPng(256, [15, 108, 189]) } },
        { description: 'A wide icon.', files: { 'icon.png': solidPng(200, [15, 108, 189], { height: 150 }) } },
      ],
      valid: [{ description: 'A 230×230 icon.', files: { 'icon.png': solidPng(230, [15, 108, 189]) } }],
    },
  },
});

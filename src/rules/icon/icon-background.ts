import { defineFolderRule } from '../../types';
import { backgroundOf, hex, iconOf, solidPng } from './png';

const FORBIDDEN: Array<[string, [number, number, number]]> = [
  ['white', [255, 255, 255]],
  ['the default #007ee5', [0, 126, 229]],
];

export default defineFolderRule('ppc-icon-background', {
  description: 'The icon has an opaque, uniform background colour that is neither white nor the default `#007ee5`.',
  severity: 'warn',
  check(connector) {
    const read = iconOf(connector);
    if (!read?.ok || !connector.icon) return [];
    const bg = backgroundOf(read.image);
    if (!bg) return [];
    const name = connector.icon.file.name;
    const source = connector.icon.file.path;
    if (bg.transparent > 0.5)
      return [
        {
          source,
          message: `${name} has a transparent background; fill the square with your brand colour (the icon background must be opaque and equal iconBrandColor).`,
        },
      ];
    const forbidden = FORBIDDEN.find(([, rgb]) => rgb.every((c, i) => Math.abs(c - bg.rgb[i]) <= 4));
    if (forbidden)
      return [
        {
          source,
          message: `${name} has a ${forbidden[0]} background (${hex(bg.rgb)}); use your brand colour as the background (Microsoft rejects white and the default blue).`,
        },
      ];
    if (bg.uniformity < 0.9)
      return [
        {
          source,
          message: `${name} has no uniform background (only ${Math.round(bg.uniformity * 100)}% of its edge is ${hex(bg.rgb)}); put the logo on a solid square of the brand colour.`,
        },
      ];
    return [];
  },
  'x-ppc': {
    requirements: ['icon-background'],
    section: '14',
    sources: ['L-CS', 'CHK connector-validate-backgroundwithbrandiconcolor'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A white background.',
          files: { 'icon.png': solidPng(160, [255, 255, 255], { inner: [15, 108, 189] }) },
        },
        {
          description: 'A transparent background.',
          files: { 'icon.png': solidPng(160, [15, 108, 189], { alpha: 0 }) },
        },
      ],
      valid: [
        {
          description: 'A brand-coloured background.',
          files: { 'icon.png': solidPng(160, [15, 108, 189], { inner: [255, 255, 255] }) },
        },
      ],
    },
  },
});

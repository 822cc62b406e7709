import { findingAt } from '../files/connector-files';
import { defineFolderRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { rgbOf } from '../api-properties/brand-color';
import { backgroundOf, closeColours, hex, iconOf, solidPng } from './png';

export default defineFolderRule('ppc-brand-color-matches-icon', {
  description: "When the folder has `icon.png`, `iconBrandColor` equals the icon's background colour.",
  severity: 'warn',
  check(connector) {
    const read = iconOf(connector);
    const file = connector.apiProperties;
    const doc = file?.document?.data;
    if (!read?.ok || !file || !isObject(doc) || !isObject(doc.properties)) return [];
    const color = doc.properties.iconBrandColor;
    const rgb = rgbOf(color);
    const bg = backgroundOf(read.image);
    if (!rgb || !bg || bg.transparent > 0.5 || bg.uniformity < 0.9 || closeColours(rgb, bg.rgb, 8)) return [];
    const at = ['properties', 'iconBrandColor'];
    return [
      findingAt(
        file,
        at,
        `iconBrandColor is ${quote(color)} but the icon's background is ${hex(bg.rgb)}; set iconBrandColor to "${hex(bg.rgb)}" (or recolour the icon) so they match.`,
      ),
    ];
  },
  'x-ppc': {
    requirements: ['brand-color-matches-icon'],
    section: '10',
    sources: ['L-CS', 'CHK connector-validate-backgroundwithbrandiconcolor'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A red icon with a blue brand colour.',
          files: { 'icon.png': solidPng(160, [200, 30, 40], { inner: [255, 255, 255] }) },
        },
      ],
      valid: [
        {
          description: 'An icon on #0f6cbd.',
          files: { 'icon.png': solidPng(160, [15, 108, 189], { inner: [255, 255, 255] }) },
        },
      ],
    },
  },
});

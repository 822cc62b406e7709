import { defineFolderRule } from '../../types';
import { iconOf, solidPng } from './png';

export default defineFolderRule('ppc-icon-png', {
  description: 'When the folder has `icon.png`, it is a valid PNG image.',
  severity: 'error',
  check(connector) {
    const read = iconOf(connector);
    if (!read || read.ok || !connector.icon) return [];
    return [
      {
        source: connector.icon.file.path,
        message: `${connector.icon.file.name} is not a valid PNG: ${read.reason}; export the icon as PNG (Microsoft's checker rejects other formats).`,
      },
    ];
  },
  'x-ppc': {
    requirements: ['icon-png'],
    section: '14',
    sources: ['L-CS', 'CHK connector-validate-pngiconimage'],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'An SVG saved as icon.png.',
          files: { 'icon.png': '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160"></svg>\n' },
        },
      ],
      valid: [
        {
          description: 'A PNG icon.',
          files: { 'icon.png': solidPng(160, [15, 108, 189], { inner: [255, 255, 255] }) },
        },
      ],
    },
  },
});

import { defineFolderRule } from '../../types';
import { solidPng } from './png';

export default defineFolderRule('ppc-icon-ip-none', {
  description:
    'Independent-publisher connectors have no icon: Microsoft applies the generic independent-publisher icon.',
  severity: 'warn',
  check(connector) {
    if (!connector.icon) return [];
    return [
      {
        source: connector.icon.file.path,
        message: `${connector.icon.file.name} is in an independent-publisher connector; remove it (independent publishers get the generic icon and iconBrandColor "#da3b01").`,
      },
    ];
  },
  'x-ppc': {
    requirements: ['icon-ip-none'],
    section: '14',
    sources: ['L-CS', 'L-IP', 'R-PRT'],
    specLevel: 'E',
    profiles: { certified: false },
    examples: {
      invalid: [
        {
          description: 'An icon in an independent-publisher folder.',
          files: { 'icon.png': solidPng(160, [218, 59, 1]) },
        },
      ],
      valid: [{ description: 'No icon.', files: {} }],
    },
  },
});

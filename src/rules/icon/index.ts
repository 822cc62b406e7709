import type { FolderRule } from '../../types';
import brandColorMatchesIcon from './brand-color-matches-icon';
import iconBackground from './icon-background';
import iconDimensions from './icon-dimensions';
import iconIpNone from './icon-ip-none';
import iconPng from './icon-png';

/** Section 14 (icon, when the folder has one) and the brand colour check against it. */
export const iconRules: FolderRule[] = [iconIpNone, iconPng, iconDimensions, iconBackground, brandColorMatchesIcon];

import type { FolderRule } from '../../types';
import settingsFileRefs from './settings-file-refs';
import settingsKeys from './settings-keys';
import settingsValues from './settings-values';

/** Section 12 (settings.json, when the folder has one). */
export const settingsRules: FolderRule[] = [settingsKeys, settingsValues, settingsFileRefs];

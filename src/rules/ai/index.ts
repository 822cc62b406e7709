import type { PpcRule } from '../../types';
import aiExtensionValueType from './ai-extension-value-type';
import aiManifestShape from './ai-manifest-shape';
import aiOpenaiDataShape from './ai-openai-data-shape';

export const aiRules: PpcRule[] = [aiManifestShape, aiOpenaiDataShape, aiExtensionValueType];

import type { FolderRule } from '../../types';
import readmeDeploymentInstructions from './readme-deployment-instructions';
import readmeNoPlaceholders from './readme-no-placeholders';
import readmeOauthSteps from './readme-oauth-steps';
import readmeOperationsMatch from './readme-operations-match';
import readmePresent from './readme-present';
import readmePublisher from './readme-publisher';
import readmeRequiredSections from './readme-required-sections';
import readmeTitle from './readme-title';

/** Section 13 (readme.md), in catalog order. */
export const readmeRules: FolderRule[] = [
  readmePresent,
  readmeTitle,
  readmePublisher,
  readmeRequiredSections,
  readmeDeploymentInstructions,
  readmeNoPlaceholders,
  readmeOauthSteps,
  readmeOperationsMatch,
];

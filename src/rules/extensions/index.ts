import type { PpcRule } from '../../types';
import testConnectionOperation from './test-connection-operation';
import xMsAutorestIgnored from './x-ms-autorest-ignored';
import xMsCapabilitiesOperation from './x-ms-capabilities-operation';
import xMsLocalizeDefaultValueType from './x-ms-localize-default-value-type';
import xMsMediaKindValue from './x-ms-media-kind-value';
import xMsMisplaced from './x-ms-misplaced';
import xMsSummaryType from './x-ms-summary-type';
import xMsTriggerHintType from './x-ms-trigger-hint-type';
import xMsUnknown from './x-ms-unknown';
import xMsVisibilityValue from './x-ms-visibility-value';

/** Section 9 rows in catalog order, then the document-wide key checks. */
export const extensionsRules: PpcRule[] = [
  xMsSummaryType,
  xMsVisibilityValue,
  xMsCapabilitiesOperation,
  testConnectionOperation,
  xMsTriggerHintType,
  xMsLocalizeDefaultValueType,
  xMsMediaKindValue,
  xMsAutorestIgnored,
  xMsUnknown,
  xMsMisplaced,
];

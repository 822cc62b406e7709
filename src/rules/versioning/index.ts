import type { PpcRule } from '../../types';
import annotationShape from './annotation-shape';
import deprecatedBool from './deprecated-bool';
import deprecatedLabel from './deprecated-label';
import familyMaxActive from './family-max-active';
import familyRevisionRequired from './family-revision-required';
import familyUniqueRevisions from './family-unique-revisions';
import replacementComplete from './replacement-complete';
import replacementOnlyDeprecated from './replacement-only-deprecated';
import revisionSuffix from './revision-suffix';
import visibilityCasing from './visibility-casing';

/** Section 4 (versioning and deprecation), in catalog order. */
export const versioningRules: PpcRule[] = [
  annotationShape,
  replacementOnlyDeprecated,
  replacementComplete,
  familyRevisionRequired,
  familyUniqueRevisions,
  familyMaxActive,
  revisionSuffix,
  deprecatedBool,
  deprecatedLabel,
  visibilityCasing,
];

export { expandTargets, type ExpandedTargets } from './targets';
export { detectProfile, type DetectedProfile } from './profile';
export { lintTarget, compactDiagnostic, type ProfileChoice, type TargetResult } from './job';
export { lintMany, defaultJobs, findWorkerFile, type LintManyOptions } from './pool';
export { profileSummary } from './summary';

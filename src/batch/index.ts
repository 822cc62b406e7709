export { expandTargets, type ExpandedTargets } from './targets';
export { detectProfile, type DetectedProfile } from './profile';
export { lintTarget, resolveTarget, compactDiagnostic, type ProfileChoice, type TargetResult } from './job';
export { lintMany, defaultJobs, findWorkerFile, MAX_TIMEOUT_MS, type LintManyOptions } from './pool';
export { profileSummary } from './summary';

// The retagging feature as other features may use it (issue 12): its public module.
export { startRetagJob } from './retag-job.ts';

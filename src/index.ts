export { build, checkData, type BuildResult, type CheckResult } from './build.js';
export { main } from './cli/main.js';
export * from './errors.js';
export type * from './model/index.js';
export type { Problem } from './problem.js';

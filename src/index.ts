export { build, checkData, type BuildResult, type CheckResult } from './build.js';
export { main } from './cli/main.js';
export { compareModels, comparisonJson, isUnchanged, type Comparison } from './compare/index.js';
export * from './errors.js';
export { formatMessage, type Lang, type Message } from './messages/index.js';
export type * from './model/index.js';
export type { Problem } from './problem.js';

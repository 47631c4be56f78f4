export { compareModels, isUnchanged } from './compare-models.js';
export { comparisonJson } from './to-json.js';
export type { Comparison, Edition, ItemChange, MemberKey, ProjectAspect, ProjectChange, Renumbering, Subject, VisionKey } from './types.js';

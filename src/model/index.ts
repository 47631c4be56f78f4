export { buildModel } from './build-model.js';
export type * from './types.js';
export { planFigures, type PlanFigures } from './figures.js';

export { buildModel } from './build-model.js';
export type * from './types.js';

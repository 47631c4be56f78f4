import { CLI } from './sections/cli.js';
import { COMMON } from './sections/common.js';
import { COMPARE } from './sections/compare.js';
import { IMPORT } from './sections/import.js';
import { LOAD } from './sections/load.js';
import { OUTPUT } from './sections/output.js';
import { RULES } from './sections/rules.js';
import { SHAPE } from './sections/shape.js';

/** Every message the CLI prints, by key; one section per stage, so each stage's words sit together. */
export const CATALOGUE = { ...COMMON, ...LOAD, ...SHAPE, ...RULES, ...OUTPUT, ...COMPARE, ...IMPORT, ...CLI } as const;

export type MessageKey = keyof typeof CATALOGUE;

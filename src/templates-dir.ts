import { fileURLToPath } from 'node:url';

/** The templates shipped with the program: the same folder seen from src/ and from dist/. */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../templates', import.meta.url));

import { LIMITS } from '../limits.js';

/** Case-insensitive: a file saved as .YAML on Windows must not be passed over. */
export const DATA_EXTENSIONS = /\.ya?ml$/i;

/** Which files of the data folder are read, and how deep. */
export const DATA_FILES = { matches: (name: string) => DATA_EXTENSIONS.test(name), depth: LIMITS.folderDepth, maxFiles: LIMITS.files } as const;

/** Which files of the templates folder are read: the YAML files at its top. */
export const TEMPLATE_FILES = { matches: (name: string) => /^[^/]+\.yaml$/.test(name), depth: LIMITS.folderDepth, maxFiles: LIMITS.files } as const;

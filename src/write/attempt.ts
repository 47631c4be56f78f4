import { OutputWriteError } from '../errors.js';

/** Runs one file-system step; its failure becomes an OutputWriteError naming `target`. */
export async function attempt<T>(target: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (cause) {
    throw new OutputWriteError(target, { cause });
  }
}

/** A rejection handler turning the one expected error code (ENOENT, EEXIST…) into `value`. */
export function onCode<T>(code: string, value: T): (error: unknown) => T {
  return (error) => {
    if ((error as NodeJS.ErrnoException).code === code) return value;
    throw error;
  };
}

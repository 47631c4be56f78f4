import type { Problem } from './problem.js';

/** The command line was used wrongly (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The data (or templates) did not pass validation; carries every problem found (exit 1). */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  constructor(readonly problems: readonly Problem[]) {
    super(`${problems.filter((p) => p.severity === 'error').length} problem(s) in the input`);
  }
}

function reason(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** A template failed while a document was being rendered (a helper given the wrong value); names the template. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(readonly template: { readonly file: string; readonly key: string; readonly line: number; readonly column: number }, options: { cause: unknown }) {
    super(`template "${template.key}": ${reason(options.cause)}`, options);
  }
}

/** A document that must fit on `maxPages` pages (the one-page chart) does not. */
export class TooManyPagesError extends Error {
  override readonly name = 'TooManyPagesError';
  constructor(readonly pages: number, readonly maxPages: number) {
    super(`it takes ${pages} pages but must fit on ${maxPages}: shorten long names, or move projects out of the largest field`);
  }
}

/** A renderer failed to produce an output; names the output (exit 1). */
export class RenderError extends Error {
  override readonly name = 'RenderError';
  constructor(readonly output: string, options: { cause: unknown }) {
    super(`could not render ${output}: ${reason(options.cause)}`, options);
  }
}

/** Writing the output folder failed (exit 1). */
export class OutputWriteError extends Error {
  override readonly name = 'OutputWriteError';
  constructor(readonly target: string, options: { cause: unknown }) {
    super(`could not write ${target}: ${reason(options.cause)}`, options);
  }
}

/** Another build held the output folder's lock longer than this build would wait; names its pid (exit 1). */
export class OutputLockedError extends Error {
  override readonly name = 'OutputLockedError';
  constructor(readonly folder: string, readonly pid: number, readonly lockFile: string, readonly waitedMs: number) {
    super(`output folder ${folder} is in use by another build (pid ${pid}), which did not finish within ${waitedMs / 1000} s; run again when it has, or, if process ${pid} is not a build, delete ${lockFile}`);
  }
}

/** The base of a comparison could not be read at all: not a folder, not a git repository, no such revision (exit 1). */
export class BaseUnreadableError extends Error {
  override readonly name = 'BaseUnreadableError';
  constructor(readonly base: string, reasonText: string, options?: { cause: unknown }) {
    super(`base ${base}: ${reasonText}`, options);
  }
}

/** The base of a comparison was read but is not valid data; carries its problems, their files named as the base's (exit 1). */
export class InvalidBaseError extends Error {
  override readonly name = 'InvalidBaseError';
  constructor(readonly base: string, readonly problems: readonly Problem[]) {
    super(`the base ${base} is not valid: ${problems.filter((p) => p.severity === 'error').length} problem(s)`);
  }
}

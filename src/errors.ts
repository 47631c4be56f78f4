import { formatMessage, msg, type Message } from './messages/index.js';
import type { Problem } from './problem.js';

/**
 * A failure the user is told about in words from the catalogue: `detail` is what the CLI
 * prints, in the user's language; `message` is the same in English, for logs and stack traces.
 */
export abstract class ExplainedError extends Error {
  constructor(readonly detail: Message, options?: { cause: unknown }) {
    super(formatMessage(detail, 'en'), options);
  }
}

/** The command line was used wrongly (exit 2). */
export class UsageError extends ExplainedError {
  override readonly name = 'UsageError';
}

/** The data (or templates) did not pass validation; carries every problem found (exit 1). */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  constructor(readonly problems: readonly Problem[]) {
    super(`${problems.filter((p) => p.severity === 'error').length} problem(s) in the input`);
  }
}

/** What a library or the system said, as it said it: it has no words in the catalogue. */
export function reason(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** A template failed while a document was being rendered (a helper given the wrong value); names the template. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(readonly template: { readonly file: string; readonly key: string; readonly line: number; readonly column: number }, options: { cause: unknown }) {
    super(`template "${template.key}": ${reason(options.cause)}`, options);
  }
}

/** A renderer failed to produce an output; names the output (exit 1). */
export class RenderError extends ExplainedError {
  override readonly name = 'RenderError';
  constructor(readonly output: string, options: { cause: unknown }) {
    super(options.cause instanceof ExplainedError ? msg('output.renderFailedBecause', { output, because: options.cause.detail }) : msg('output.renderFailed', { output, error: reason(options.cause) }), options);
  }
}

/** Writing the output folder failed (exit 1); `why` when we know it in words, else the system's own text. */
export class OutputWriteError extends ExplainedError {
  override readonly name = 'OutputWriteError';
  constructor(readonly target: string, options: { cause: unknown; why?: Message }) {
    super(options.why ? msg('output.writeRefused', { target, why: options.why }) : msg('output.writeFailed', { target, error: reason(options.cause) }), options);
  }
}

/** Another build held the output folder's lock longer than this build would wait; names its pid (exit 1). */
export class OutputLockedError extends ExplainedError {
  override readonly name = 'OutputLockedError';
  constructor(readonly folder: string, readonly pid: number, readonly lockFile: string, readonly waitedMs: number) {
    super(msg('output.locked', { folder, pid, lockFile, seconds: waitedMs / 1000 }));
  }
}

/** The base of a comparison could not be read at all: not a folder, not a git repository, no such revision (exit 1). */
export class BaseUnreadableError extends ExplainedError {
  override readonly name = 'BaseUnreadableError';
  constructor(readonly base: string, why: Message, options?: { cause: unknown }) {
    super(msg('compare.baseUnreadable', { base, why }), options);
  }
}

/** The base of a comparison was read but is not valid data; carries its problems, their files named as the base's (exit 1). */
export class InvalidBaseError extends Error {
  override readonly name = 'InvalidBaseError';
  constructor(readonly base: string, readonly problems: readonly Problem[]) {
    super(`the base ${base} is not valid: ${problems.filter((p) => p.severity === 'error').length} problem(s)`);
  }
}

/**
 * A failure in a worker thread, told in the words it had there: only plain data crosses
 * between threads, so the worker's error arrives as its detail (or its text) and its stack.
 */
export class WorkerFailedError extends ExplainedError {
  override readonly name = 'WorkerFailedError';
  constructor(detail: Message, readonly workerStack: string) {
    super(detail);
  }
}

/** The templates on disk are not those the build checked: they were edited while it ran. */
export class TemplatesChangedError extends ExplainedError {
  override readonly name = 'TemplatesChangedError';
  constructor() {
    super(msg('output.templatesChanged'));
  }
}

/** A data file changed on disk between being read and being replaced by an import (exit 1): nothing was written. */
export class DataChangedError extends ExplainedError {
  override readonly name = 'DataChangedError';
  constructor(readonly file: string) {
    super(msg('import.dataChanged', { file }));
  }
}

import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { LIMITS } from '../limits.js';
import { msg, type Message } from '../messages/index.js';
import type { Problem } from '../problem.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Keeps a byte order mark, so what it decodes re-encodes to the same bytes. */
const LENIENT_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** Encodings a Japanese office's tools save in, tried only to name the one a bad file is in. */
const LIKELY_ENCODINGS = [
  { label: 'shift_jis', name: 'Shift_JIS' },
  { label: 'euc-jp', name: 'EUC-JP' },
] as const;

export type TextResult = { readonly text: string; readonly problem?: undefined } | { readonly text?: undefined; readonly problem: Problem };

/**
 * Reads one input file as UTF-8 text. Only a regular file is read (never through a symbolic
 * link, never a device or a pipe, which could block or echo anything), and only up to the
 * size limit, checked on the open file before reading. The text comes back with its byte
 * order mark removed and line ends made LF, so a file saved on Windows hashes and builds the
 * same as on any other machine.
 */
export async function readInputText(absolute: string, shown: string): Promise<TextResult> {
  const fail = (message: Message, hint: Message): TextResult => ({ problem: { severity: 'error', file: shown, path: '', message, hint } });
  let handle;
  try {
    // O_NONBLOCK: opening a named pipe must not wait for a writer; O_NOFOLLOW: a link swapped in
    // after the folder was listed is still refused.
    handle = await open(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return fail(msg('load.link'), msg('load.copyFile'));
    return fail(msg('load.unreadable', { code: code ?? 'error' }), msg('load.checkFile'));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail(msg('load.notRegularFile'), msg('load.onlyYamlFiles'));
    if (info.size > LIMITS.fileBytes) return fail(msg('load.fileTooBig', { size: megabytes(info.size), max: megabytes(LIMITS.fileBytes) }), msg('load.splitFile'));
    // One byte more than the size, to notice a file that changes while it is read.
    const buffer = Buffer.alloc(info.size + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled !== info.size) return fail(msg('load.changedWhileRead'), msg('load.runAgain'));
    return decode(buffer.subarray(0, filled), shown);
  } finally {
    await handle.close();
  }
}

/** Strict UTF-8: an invalid byte is an error at its line, naming the encoding the file seems to be in. */
export function decode(bytes: Uint8Array, shown: string): TextResult {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const lines = LENIENT_UTF8.decode(bytes.subarray(0, offset)).replace(/^\ufeff/, '').split(/\r\n?|\n/);
    const line = lines.length;
    const column = lines.at(-1)!.length + 1;
    const encoding = guessEncoding(bytes);
    return {
      problem: {
        severity: 'error',
        file: shown,
        line,
        column,
        path: '',
        message: encoding ? msg('load.notUtf8', { encoding }) : msg('load.badByte', { byte: bytes[offset]!.toString(16).padStart(2, '0') }),
        hint: msg('load.saveAsUtf8'),
      },
    };
  }
  return { text: text.replace(/\r\n?/g, '\n') };
}

/** The valid prefix re-encodes to the same bytes, so the first byte that differs is where decoding failed. */
function firstInvalidByte(bytes: Uint8Array): number {
  const again = Buffer.from(LENIENT_UTF8.decode(bytes), 'utf8');
  let i = 0;
  while (i < bytes.length && bytes[i] === again[i]) i++;
  return i;
}

function guessEncoding(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  for (const { label, name } of LIKELY_ENCODINGS) {
    try {
      new TextDecoder(label, { fatal: true }).decode(bytes);
      return name;
    } catch {
      // not this one either
    }
  }
  return undefined;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

import type { MessageKey } from './catalogue.js';

/**
 * Something to tell the user, not yet in words: a catalogue key and the values it names. Stages
 * return these; only the edge turns them into Japanese or English (src/messages/format.ts), so
 * one problem reads the same wherever it is printed.
 */
export interface Message {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, MessageParam>>;
}

/** A value a message names; a nested message is put in words in the same language. */
export type MessageParam = string | number | Message | readonly string[];

export function msg(key: MessageKey, params: Readonly<Record<string, MessageParam>> = {}): Message {
  return { key, params };
}

export function isMessage(value: unknown): value is Message {
  return value !== null && typeof value === 'object' && 'key' in value && 'params' in value;
}

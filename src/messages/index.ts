export type { MessageKey } from './catalogue.js';
export { formatMessage } from './format.js';
export { resolveLang, type Lang } from './lang.js';
export { isMessage, msg, type Message, type MessageParam } from './message.js';

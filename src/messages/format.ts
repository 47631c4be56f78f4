import Handlebars from 'handlebars';
import { CATALOGUE } from './catalogue.js';
import type { Lang } from './lang.js';
import { isMessage, type Message, type MessageParam } from './message.js';

const handlebars = Handlebars.create();
const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** How a list reads in each language: 札幌市、小樽市 / sapporo, otaru. */
const LIST_SEPARATOR: Record<Lang, string> = { ja: '、', en: ', ' };

/** The one formatter: a message in the user's language, its values (and nested messages) filled in. */
export function formatMessage(message: Message, lang: Lang): string {
  const entry = CATALOGUE[message.key];
  const source = entry[lang];
  const id = `${lang}:${message.key}`;
  let template = compiled.get(id);
  if (!template) {
    template = handlebars.compile(source, { strict: true, noEscape: true });
    compiled.set(id, template);
  }
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) params[name] = paramText(value, lang);
  return template(params);
}

function paramText(value: MessageParam, lang: Lang): string | number {
  if (isMessage(value)) return formatMessage(value, lang);
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR[lang]);
  return value as string | number;
}

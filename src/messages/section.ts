/**
 * One part of the catalogue: message keys with their Japanese and English wording, Handlebars
 * templates (`{{name}}` fills a value; strict, so a missing value is an error, not a blank).
 * Japanese comes first: it is what the users read; English is for `--lang en`.
 */
export type Section = Readonly<Record<string, { readonly ja: string; readonly en: string }>>;

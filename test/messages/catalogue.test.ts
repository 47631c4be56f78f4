import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/messages/catalogue.js';
import { formatMessage, msg, type MessageKey } from '../../src/messages/index.js';

/** The names a template fills, read from its parse tree. */
function names(template: string): string[] {
  const out = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; original?: string; head?: { original?: string } };
    if (n.type === 'PathExpression' && typeof n.original === 'string') out.add(n.original);
    for (const value of Object.values(node)) visit(value);
  };
  visit(Handlebars.parse(template));
  return [...out].sort();
}

describe('the message catalogue', () => {
  const entries = Object.entries(CATALOGUE) as [MessageKey, { ja: string; en: string }][];

  it.each(entries)('%s: the Japanese names every value the English does, and is Japanese', (_, { ja, en }) => {
    // Japanese may say more (the group to write, say), never less; but a library's own English
    // (`detail`, `error`) may be replaced by a Japanese explanation of it.
    expect(names(ja)).toEqual(expect.arrayContaining(names(en).filter((n) => n !== 'detail' && n !== 'error')));
    // Where the English has words (not only values, NO or punctuation), the Japanese has kana or kanji.
    if (/[a-z]{3,}/i.test(en.replace(/{{[^}]*}}/g, ''))) expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('fills values, nested messages and lists in the language asked for', () => {
    const nested = msg('common.didYouMean', { close: 'otaru', label: msg('cli.plain', { text: 'municipalities' }), choices: ['sapporo', 'otaru'] });
    expect(formatMessage(nested, 'ja')).toBe('「otaru」の誤りではありませんか。municipalities：sapporo、otaru');
    expect(formatMessage(nested, 'en')).toBe('did you mean "otaru"? municipalities: sapporo, otaru');
  });

  it('refuses a message whose value is missing rather than printing a blank', () => {
    expect(() => formatMessage(msg('cli.unknownCommand'), 'ja')).toThrow(/"command" not defined/);
  });
});

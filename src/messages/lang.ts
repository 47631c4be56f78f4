export type Lang = 'ja' | 'en';

/**
 * Japanese unless asked otherwise: `--lang en`, or a locale variable naming English (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX orders them). `C` and `POSIX` name no language, so they leave
 * Japanese in place: the people who run this are Japanese planning officers.
 */
export function resolveLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag === 'ja' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'ja';
}

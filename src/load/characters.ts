/**
 * Characters no input text may hold: those XML 1.0 forbids (they corrupt a workbook's shared
 * strings, and LibreOffice then shows every later string blank), unpaired surrogates, and the
 * other control characters (DEL, C1), which no document prints and which only arrive by
 * accident.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** The first forbidden character, by its code point index, or undefined when the text is clean. */
export function forbiddenCharacter(text: string): { readonly name: string; readonly index: number } | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  return { name: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, index: [...text.slice(0, match.index)].length };
}

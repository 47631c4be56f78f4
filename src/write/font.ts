import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The typeface every PDF embeds (BIZ UDPGothic, from npm), one file per weight. */
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf'),
} as const;

let characters: ReadonlySet<number> | undefined;

/**
 * The code points both weights of the typeface have a glyph for. A character outside it would
 * print as a blank box, silently changing the text, so validation refuses it. Read once per
 * process, with the font library pdfmake itself uses.
 */
export function fontCharacters(): ReadonlySet<number> {
  if (characters) return characters;
  const fontkit = require('fontkit') as { openSync(file: string): { characterSet: number[] } };
  const [regular, bold] = [fontkit.openSync(FONT_FILES.regular), fontkit.openSync(FONT_FILES.bold)];
  const inBold = new Set(bold.characterSet);
  characters = new Set(regular.characterSet.filter((c) => inBold.has(c)));
  return characters;
}

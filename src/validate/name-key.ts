/**
 * What makes two names the same name to a reader: compared after NFKC (full-width letters,
 * digits and spaces become their plain forms), with invisible characters (zero-width spaces,
 * joiners, variation selectors) removed and white space collapsed and trimmed. 「札幌市」 and
 * 「札幌市\u200b」 or 「札幌市　」 are one name.
 */
export function nameKey(text: string): string {
  return text.normalize('NFKC').replace(/\p{Default_Ignorable_Code_Point}/gu, '').replace(/\s+/gu, ' ').trim();
}

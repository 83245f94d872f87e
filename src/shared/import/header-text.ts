const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  aring: 'å',
  Aring: 'Å',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
};

/** Tags a survey tool puts into question texts; only these are stripped, so "a <b" or "<5 years" survive. */
const TAG =
  /<\/?(?:br|p|div|span|strong|b|i|em|u|font|sup|sub|li|ul|ol|h[1-6]|a|img|table|tr|td|th|tbody|thead|center|small|big|label)\b[^<>]*\/?>/gi;
const BLOCK = /^<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|table)\b/i;

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : whole;
    }
    return NAMED[e] ?? whole;
  });
}

/**
 * A header as people should read it: HTML the survey tool left in the question text (SurveyMonkey's
 * `situations: <br>In Lottery A…`, `&amp;`, `&nbsp;`) stripped and decoded, spacing collapsed. For
 * display and text matching only: the file's bytes and the header as stored stay as they were.
 */
export function headerText(raw: string): string {
  if (!raw.includes('<') && !raw.includes('&')) return raw.replace(/\s+/g, ' ').trim();
  const noTags = raw.replace(TAG, (tag) => (BLOCK.test(tag) ? ' ' : ''));
  return decodeEntities(noTags).replace(/\s+/g, ' ').trim();
}

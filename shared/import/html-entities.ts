// HTML character references to text: numeric (&#3585; &#xE01;) and the named ones news pages use (&nbsp; &amp; &ldquo; ...).

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwsp: '\u200B', zwnj: '\u200C', zwj: '\u200D', lrm: '\u200E', rlm: '\u200F', shy: '\u00AD',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00B7', prime: '\u2032', Prime: '\u2033',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201A', ldquo: '\u201C', rdquo: '\u201D', bdquo: '\u201E',
  laquo: '\u00AB', raquo: '\u00BB', lsaquo: '\u2039', rsaquo: '\u203A',
  copy: '\u00A9', reg: '\u00AE', trade: '\u2122', deg: '\u00B0', plusmn: '\u00B1', times: '\u00D7', divide: '\u00F7',
  micro: '\u00B5', para: '\u00B6', sect: '\u00A7', iexcl: '\u00A1', iquest: '\u00BF', ordf: '\u00AA', ordm: '\u00BA',
  frac12: '\u00BD', frac14: '\u00BC', frac34: '\u00BE', sup1: '\u00B9', sup2: '\u00B2', sup3: '\u00B3', permil: '\u2030',
  euro: '\u20AC', pound: '\u00A3', yen: '\u00A5', cent: '\u00A2', curren: '\u00A4', dollar: '$',
  larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193', harr: '\u2194', minus: '\u2212', le: '\u2264', ge: '\u2265', ne: '\u2260',
  asymp: '\u2248', infin: '\u221E', hyphen: '\u2010', dash: '\u2010', colon: ':', semi: ';', comma: ',', period: '.', excl: '!',
  quest: '?', num: '#', percnt: '%', lpar: '(', rpar: ')', ast: '*', plus: '+', sol: '/', bsol: '\\', lowbar: '_', verbar: '|',
  lsqb: '[', rsqb: ']', lcub: '{', rcub: '}', commat: '@', grave: '`', Hat: '^', tilde: '\u02DC', circ: '\u02C6', equals: '=',
  Agrave: '\u00C0', Aacute: '\u00C1', Acirc: '\u00C2', Atilde: '\u00C3', Auml: '\u00C4', Aring: '\u00C5', AElig: '\u00C6', Ccedil: '\u00C7',
  Egrave: '\u00C8', Eacute: '\u00C9', Ecirc: '\u00CA', Euml: '\u00CB', Iacute: '\u00CD', Ntilde: '\u00D1', Oacute: '\u00D3', Ouml: '\u00D6',
  Uacute: '\u00DA', Uuml: '\u00DC', szlig: '\u00DF', agrave: '\u00E0', aacute: '\u00E1', acirc: '\u00E2', atilde: '\u00E3', auml: '\u00E4',
  aring: '\u00E5', aelig: '\u00E6', ccedil: '\u00E7', egrave: '\u00E8', eacute: '\u00E9', ecirc: '\u00EA', euml: '\u00EB', igrave: '\u00EC',
  iacute: '\u00ED', icirc: '\u00EE', iuml: '\u00EF', ntilde: '\u00F1', ograve: '\u00F2', oacute: '\u00F3', ocirc: '\u00F4', otilde: '\u00F5',
  ouml: '\u00F6', oslash: '\u00F8', ugrave: '\u00F9', uacute: '\u00FA', ucirc: '\u00FB', uuml: '\u00FC', yacute: '\u00FD', yuml: '\u00FF',
};

/** The legacy names the HTML standard accepts without a semicolon (`&nbsp`, `&amp`). */
const WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', 'AMP', 'LT', 'GT', 'QUOT']);

/** Numeric references 0x80-0x9F mean the Windows-1252 character, as browsers read them. */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030,
  0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function fromCodePoint(n: number): string {
  if (WINDOWS_1252[n]) return String.fromCodePoint(WINDOWS_1252[n]);
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(n);
}

const REFERENCE = /&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31})(;?))/g;

/** Replaces character references in text or an attribute value; unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(REFERENCE, (all, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string) => {
    if (dec !== undefined) return fromCodePoint(parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    const key = name as string;
    const value = NAMED[key] ?? NAMED[key.toLowerCase()];
    if (value === undefined) return all;
    if (semi !== ';' && !WITHOUT_SEMICOLON.has(key)) return all;
    return value;
  });
}

// Validators for holdout33, written apart from its generator: each reads only the final text of a span.
import { isIP } from 'node:net';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export const REGIONS: Record<string, CountryCode[]> = {
  en: ['PK', 'BD', 'LK', 'MY', 'HK', 'GB', 'US', 'AU', 'CA', 'KE', 'TT'],
  de: ['DE', 'AT'], nl: ['NL'], sv: ['SE'], fi: ['FI'], es: ['ES', 'CL', 'PE', 'CO'], fr: ['FR'], it: ['IT'], pl: ['PL'], cs: ['CZ'],
  pt: ['BR'], et: ['EE'], hr: ['HR'], sr: ['RS'], mt: ['MT'], uk: ['UA'], ro: ['RO'],
};

export function luhn(d: string): boolean {
  let s = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    s += x;
  }
  return s % 10 === 0;
}

/** Known IIN ranges and their lengths. */
export function iinOk(d: string): boolean {
  const n = (k: number) => Number(d.slice(0, k));
  const len = d.length;
  if (d.startsWith('4')) return [13, 16, 19].includes(len);
  if ((n(2) >= 51 && n(2) <= 55) || (n(4) >= 2221 && n(4) <= 2720)) return len === 16;
  if (n(2) === 34 || n(2) === 37) return len === 15;
  if (d.startsWith('6011') || d.startsWith('65') || (n(3) >= 644 && n(3) <= 649)) return len >= 16 && len <= 19;
  if (n(4) >= 3528 && n(4) <= 3589) return len >= 16 && len <= 19;
  if (n(2) === 36 || n(2) === 38 || (n(3) >= 300 && n(3) <= 305)) return len >= 14 && len <= 19;
  if (d.startsWith('62')) return len >= 16 && len <= 19;
  return false;
}

export function cardOk(s: string): boolean {
  if (!/^\d[\d -]*\d$/.test(s)) return false;
  const d = s.replace(/[ -]/g, '');
  return iinOk(d) && luhn(d);
}

export const IBAN_LEN: Record<string, number> = {
  DE: 22, AT: 20, NL: 18, SE: 24, FI: 18, ES: 24, FR: 27, IT: 27, PL: 28, CZ: 24, BR: 29, EE: 20, HR: 21, RS: 22, MT: 31, UA: 29, RO: 24, GB: 22, PK: 24,
};
export function ibanMod97(s: string): number {
  const r = s.slice(4) + s.slice(0, 4);
  let m = 0;
  for (const ch of r) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) m = (m * 10 + Number(c)) % 97;
  }
  return m;
}
/** 'ok' | 'bad-check' | 'no' (not IBAN-shaped for a known country). */
export function ibanState(s: string): 'ok' | 'bad-check' | 'no' {
  const grouped = /^[A-Z]{2}\d{2}( [A-Z0-9]{4})*( [A-Z0-9]{1,4})?$/.test(s);
  const compact = /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s);
  if (!grouped && !compact) return 'no';
  const c = s.replace(/ /g, '');
  if (IBAN_LEN[c.slice(0, 2)] !== c.length) return 'no';
  return ibanMod97(c) === 1 ? 'ok' : 'bad-check';
}

export function ssnParts(s: string): [number, number, number] | undefined {
  const m = /^(\d{3})([- ])(\d{2})\2(\d{4})$/.exec(s);
  return m ? [Number(m[1]), Number(m[3]), Number(m[4])] : undefined;
}
export function ssnOk(s: string): boolean {
  const p = ssnParts(s);
  if (!p) return false;
  const [a, g, n] = p;
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && n !== 0;
}

const NINO_BAD = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'];
export function ninoShape(s: string): string | undefined {
  const m = /^([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])$/.exec(s);
  return m ? m[1] : undefined;
}
export function ninoOk(s: string): boolean {
  const pre = ninoShape(s);
  if (!pre) return false;
  const [a, b] = [pre[0] as string, pre[1] as string];
  return !'DFIQUV'.includes(a) && !'DFIOQUV'.includes(b) && !NINO_BAD.includes(pre);
}

export const ipOk = (s: string) => isIP(s) !== 0;
export const emailOk = (s: string) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(s);

const WORDS: Record<string, string> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
/** Spoken digits ("plus four four, double oh seven ...") to a dialable string, or undefined. */
export function spokenToDigits(s: string): string | undefined {
  const toks = s.toLowerCase().replace(/[,.…]/g, ' ').split(/\s+/).filter(Boolean);
  let out = '';
  let mult = 1;
  for (const t of toks) {
    if (t === 'plus' && out === '') out = '+';
    else if (t === 'double') mult = 2;
    else if (t === 'triple') mult = 3;
    else if (WORDS[t] !== undefined) { out += (WORDS[t] as string).repeat(mult); mult = 1; }
    else return undefined;
  }
  return mult === 1 ? out : undefined;
}

export function phoneValidIn(s: string, regions: readonly CountryCode[]): boolean {
  const dial = /[a-z]/i.test(s) ? spokenToDigits(s) : s;
  if (!dial) return false;
  return regions.some((r) => parsePhoneNumberFromString(dial, r)?.isValid() === true);
}

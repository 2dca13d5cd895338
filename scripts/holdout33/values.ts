// Labeled values (cards, IBANs, SSNs, NINOs, IPs, emails) and their near-miss lookalikes.
import { fill, type Rng } from './prng.ts';

export function luhnOk(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}
function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c);
  throw new Error('luhn');
}

const CARD_PREFIXES: [string, number][] = [
  ['4', 16], ['51', 16], ['53', 16], ['55', 16], ['2221', 16], ['2720', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16],
  ['3530', 16], ['3589', 16], ['36', 14], ['62', 16], ['4', 16], ['4', 16],
];

function groupCard(rng: Rng, d: string): string {
  const sep = rng.pick([' ', ' ', '-', '']);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return (d.match(/.{1,4}/g) as string[]).join(sep);
}

export function card(rng: Rng): string {
  const [pre, len] = rng.pick(CARD_PREFIXES);
  const body = pre + rng.digits(len - pre.length - 1);
  return groupCard(rng, body + luhnDigit(body));
}
/** 16 digits with a real IIN that fail Luhn. */
export function badCard(rng: Rng): string {
  const pre = rng.pick(['4', '51', '55', '6011', '3530', '4']);
  const body = pre + rng.digits(15 - pre.length);
  const good = Number(luhnDigit(body));
  return groupCard(rng, body + String((good + rng.int(1, 9)) % 10));
}

const IBAN_BBAN: Record<string, string[]> = {
  DE: ['########' + '##########'], AT: ['################'], NL: ['ABNA##########', 'RABO##########', 'INGB##########'],
  SE: ['####################'], FI: ['##############'], ES: ['####################'], FR: ['#######################'],
  IT: ['@######################'], PL: ['########################'], CZ: ['####################'],
  BR: ['#######################@?'], EE: ['################'], HR: ['#################'], RS: ['##################'],
  MT: ['MALT#######################', 'VALL#######################'], UA: ['#########################'],
  RO: ['BTRL################', 'RNCB################'], GB: ['NWBK##############', 'BARC##############'],
  PK: ['HABB################', 'MEZN################'],
};

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}
export function ibanOk(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}
function groupIban(rng: Rng, s: string): string {
  return rng.chance(0.6) ? (s.match(/.{1,4}/g) as string[]).join(' ') : s;
}
export function iban(rng: Rng, country: string, wrong = false): string {
  const pats = IBAN_BBAN[country];
  if (!pats) throw new Error(`no IBAN for ${country}`);
  const bban = fill(rng, rng.pick(pats));
  const check = 98 - mod97(bban + country + '00');
  let cd = check;
  if (wrong) cd = ((check + rng.int(1, 90) - 2) % 97) + 2;
  if (wrong && cd === check) cd = check === 2 ? 3 : check - 1;
  return groupIban(rng, country + String(cd).padStart(2, '0') + bban);
}

export function ssn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const s = `${String(area).padStart(3, '0')}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
  return rng.chance(0.2) ? s.replace(/-/g, ' ') : s;
}
export function badSsn(rng: Rng): string {
  const k = rng.int(0, 4);
  const area = k === 0 ? '000' : k === 1 ? '666' : k === 2 ? String(rng.int(900, 999)) : String(rng.int(100, 665));
  const group = k === 3 ? '00' : String(rng.int(10, 99));
  const serial = k === 4 ? '0000' : String(rng.int(1000, 9999));
  return `${area}-${group}-${serial}`;
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NINO_BAD_PREFIX = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'];
export function nino(rng: Rng): string {
  let pre = '';
  do pre = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND]);
  while (NINO_BAD_PREFIX.includes(pre));
  const d = rng.digits(6);
  const suf = rng.pick(['A', 'B', 'C', 'D']);
  return rng.chance(0.6) ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`;
}
export function badNino(rng: Rng): string {
  const pre = rng.pick(['QQ', 'DA', 'FY', 'BG', 'GB', 'ZZ', 'TN', 'AO', 'IV', 'UK']);
  const d = rng.digits(6);
  return `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${rng.pick(['A', 'B', 'C', 'D'])}`;
}

export function ip(rng: Rng): string {
  if (rng.chance(0.25)) {
    const h = () => rng.int(0, 0xffff).toString(16);
    return `2a02:${h()}:${h()}:${h()}::${h()}`;
  }
  const first = rng.pick([31, 37, 62, 78, 81, 86, 92, 109, 151, 176, 185, 203, 212]);
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

const TRANSLIT: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', å: 'a', ł: 'l', đ: 'dj', ı: 'i', ħ: 'h' };
export function asciiName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæøåłđıħ]/g, (c) => TRANSLIT[c] ?? '')
    .replace(/[^a-z]/g, '');
}
export function email(rng: Rng, given: string, family: string, domains: readonly string[]): string {
  const g = asciiName(given) || 'info';
  const f = asciiName(family) || 'mail';
  const local = rng.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}_${f}${rng.int(1, 99)}`, `${f}.${g}`, `${g}${rng.int(70, 99)}`]);
  return `${local}@${rng.pick(domains)}`;
}

// Lookalike generators: business numbers, dates, times, timestamps, amounts, versions, MACs, lab values, plates.
import { fill, type Rng } from './prng.ts';
import type { Locale } from './locales.ts';

export type Biz = 'isp' | 'car' | 'charity' | 'clinic';
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Phone-shaped on purpose (checked not to be a valid phone in the language's regions by the caller). */
const PHONE_SHAPED = ['0### ### ####', '0###-#######', '(0##) ### ####', '#### ### ###', '0## #### ####', '## ## ## ## ##', '0#### ######'];

const BIZ_NUM: Record<Biz, [string[], string[], string[], string[]]> = {
  isp: [['ACC-####-###-##', 'K#########', '#### #### ####'], ['ORD ########', 'SO-####-#####', '########'], ['LN-0###-###-###', 'FTTH-####-####', 'VDSL/##/#####'], ['SN ####@@#####', 'RT#########', '????-????-????']],
  car: [['M-#####-@@', 'MBR########', '#### #### ###'], ['CS-2025-####-####', 'SES########', '#########'], ['CP-####-#', 'EVSE-####-##', 'HPC###'], ['PLATE', 'PLATE', 'PLATE']],
  charity: [['D#######', 'DN-###-####', '### ### ####'], ['GA/2025/######', 'GAD-######', 'REF #### ####'], ['REG-#####', 'EV25-####', 'T-####'], ['SH-##@', 'ROTA-##-##', 'S###']],
  clinic: [['RAD########', 'ACC2025-#######', 'A## #### ####'], ['REF-##-####-##', 'RF########', '## ### ## ##'], ['############', 'LAB-########', 'BC ##########'], ['SLOT-###', 'R#-####', 'MRI-##-###']],
};

const PLATES: Record<string, string[]> = {
  de: ['@-@@ ####E', '@@-@ ###'], at: ['W-#####@', 'G-###@@'], nl: ['@@-###-@', '##-@@@-#'], se: ['@@@ ##@', '@@@ ###'],
  fi: ['@@@-###'], es: ['#### @@@'], cl: ['@@@@##'], pe: ['@@@-###'], co: ['@@@###'], fr: ['@@-###-@@'], it: ['@@ ###@@'],
  pl: ['@@ #####', '@@@ #@@#'], cz: ['#@# ####'], br: ['@@@#@##'], ee: ['### @@@'], hr: ['ZG ####-@@'], rs: ['BG ###-@@'],
  mt: ['@@@ ###'], ua: ['@@ ####@@'], ro: ['B ### @@@', 'CJ ## @@@'], wales: ['@@## @@@'], ni: ['@@@ ####'],
};

export function bizNumber(rng: Rng, biz: Biz, idx: number, loc: Locale): { value: string; phoneShaped: boolean } {
  const pats = BIZ_NUM[biz][idx] as string[];
  if (rng.chance(0.3) && idx !== 3) return { value: fill(rng, rng.pick(PHONE_SHAPED)), phoneShaped: true };
  let p = rng.pick(pats);
  if (p === 'PLATE') p = rng.pick(PLATES[loc.id] ?? ['@@@ ####', '@@## @@@']);
  return { value: fill(rng, p), phoneShaped: false };
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function date(rng: Rng, loc: Locale): string {
  const y = rng.int(2024, 2026);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  if (loc.lang === 'en' && rng.chance(0.35)) {
    const mn = rng.chance(0.5) ? 'May' : (EN_MONTHS[m - 1] as string);
    return loc.date === 'mdy/' ? `${mn} ${d}, ${y}` : `${d} ${mn} ${y}`;
  }
  switch (loc.date) {
    case 'dmy.': return `${pad(d)}.${pad(m)}.${y}`;
    case 'dmy/': return `${pad(d)}/${pad(m)}/${y}`;
    case 'dmy-': return `${pad(d)}-${pad(m)}-${y}`;
    case 'ymd': return `${y}-${pad(m)}-${pad(d)}`;
    case 'mdy/': return `${pad(m)}/${pad(d)}/${y}`;
  }
}

export function time(rng: Rng, loc: Locale): string {
  const h = rng.int(7, 19);
  const mi = rng.pick([0, 10, 15, 20, 30, 40, 45]);
  if (loc.lang === 'en' && ['hawaii', 'alaska', 'prairies', 'tt', 'ke'].includes(loc.id) && rng.chance(0.6)) {
    return `${h > 12 ? h - 12 : h}:${pad(mi)} ${h >= 12 ? 'pm' : 'am'}`;
  }
  if (loc.lang === 'fi') return `${h}.${pad(mi)}`;
  return `${pad(h)}:${pad(mi)}`;
}

export function timestamp(rng: Rng): string {
  return `2025-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}T${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}${rng.pick(['Z', '+01:00', '.412Z', '+02:00'])}`;
}

const SYMBOL: Record<string, [string, boolean, boolean]> = {
  // currency: [symbol, symbol after, decimal comma]
  PKR: ['Rs.', false, false], BDT: ['৳', false, false], LKR: ['LKR', false, false], MYR: ['RM', false, false], HKD: ['HK$', false, false],
  GBP: ['£', false, false], USD: ['$', false, false], AUD: ['A$', false, false], CAD: ['C$', false, false], KES: ['KSh', false, false],
  TTD: ['TT$', false, false], EUR: ['€', true, true], SEK: ['kr', true, true], CLP: ['$', false, true], PEN: ['S/', false, false],
  COP: ['COP', false, true], PLN: ['zł', true, true], CZK: ['Kč', true, true], BRL: ['R$', false, true], RSD: ['RSD', true, true],
  UAH: ['грн', true, true], RON: ['lei', true, true],
};

export function amount(rng: Rng, loc: Locale): string {
  const [sym, after, comma] = SYMBOL[loc.currency] ?? ['', false, false];
  const big = ['PKR', 'LKR', 'CLP', 'COP', 'KES', 'BDT'].includes(loc.currency);
  const whole = big ? rng.int(800, 95000) : rng.int(5, 480);
  const cents = big ? '' : `${comma ? ',' : '.'}${pad(rng.int(0, 99))}`;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, comma ? '.' : ',');
  const n = `${grouped}${cents}`;
  return after ? `${n} ${sym}` : `${sym}${sym.length > 1 && !sym.endsWith('$') ? ' ' : ''}${n}`;
}

export function version(rng: Rng): string {
  return rng.pick([`v${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 9)}`, `${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)}.${rng.int(300, 9999)}`, `${rng.int(2, 7)}.${rng.int(0, 9)}.${rng.int(256, 999)}.${rng.int(0, 99)}`]);
}

export function mac(rng: Rng): string {
  const b = () => rng.int(0, 255).toString(16).padStart(2, '0');
  const bytes = [b(), b(), b(), b(), b(), b()];
  const up = rng.chance(0.6);
  const s = rng.chance(0.7) ? bytes.join(rng.pick([':', '-'])) : `${bytes[0]}${bytes[1]}.${bytes[2]}${bytes[3]}.${bytes[4]}${bytes[5]}`;
  return up ? s.toUpperCase() : s;
}

const LABS: [string, number, number, number, string][] = [
  ['HbA1c', 4, 9, 1, '%'], ['CRP', 0, 40, 1, 'mg/L'], ['TSH', 0, 6, 2, 'mIU/L'], ['Kalium', 3, 6, 1, 'mmol/L'],
  ['eGFR', 40, 120, 0, 'mL/min'], ['Hb', 10, 17, 1, 'g/dL'], ['Ferritin', 10, 300, 0, 'µg/L'], ['PSA', 0, 8, 2, 'ng/mL'],
];
export function labValue(rng: Rng, loc: Locale): [string, string] {
  const [name, lo, hi, dec, unit] = rng.pick(LABS);
  const v = (lo + rng.next() * (hi - lo)).toFixed(dec);
  const comma = loc.lang !== 'en';
  return [name === 'Kalium' && loc.lang === 'en' ? 'Potassium' : name, `${comma ? v.replace('.', ',') : v} ${unit}`];
}

export function energy(rng: Rng, loc: Locale): string {
  const v = (rng.int(40, 780) / 10).toFixed(1);
  return `${loc.lang === 'en' ? v : v.replace('.', ',')} kWh`;
}

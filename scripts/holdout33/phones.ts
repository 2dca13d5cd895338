// Valid phones of each region and the forms people write them in; every form is parsed back before use.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { fill, type Rng } from './prng.ts';
import type { Locale } from './locales.ts';

export interface Phone {
  e164: string;
  region: CountryCode;
  national: string; // libphonenumber national format
  intl: string;
}

/** A valid number (mobile or landline) of the locale's region. */
export function makePhone(rng: Rng, loc: Locale, mobile = rng.chance(0.7)): Phone {
  for (let i = 0; i < 200; i++) {
    const nsn = fill(rng, rng.pick(mobile ? loc.mobile : loc.fixed));
    const p = parsePhoneNumberFromString(nsn, loc.region);
    const q = p && parsePhoneNumberFromString(p.number, loc.region);
    if (!p || !q || !p.isValid() || !q.isValid() || p.number !== q.number) continue;
    if (loc.region === 'GB' || loc.region === 'US' || loc.region === 'CA' || loc.region === 'AU') {
      if (!mobile && p.getType() === 'MOBILE') continue;
    }
    if (/555\d{4}$/.test(p.number) && (loc.region === 'US' || loc.region === 'CA')) continue;
    return { e164: p.number, region: loc.region, national: p.formatNational(), intl: p.formatInternational() };
  }
  throw new Error(`no valid phone for ${loc.id}`);
}

function parsesBack(form: string, ph: Phone): boolean {
  const p = parsePhoneNumberFromString(form, ph.region);
  return !!p && p.isValid() && p.number === ph.e164;
}

function regroup(rng: Rng, digits: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < digits.length) {
    const n = Math.min(digits.length - i, rng.int(2, 4));
    out.push(digits.slice(i, i + n));
    i += n;
  }
  return out.join(rng.pick([' ', ' ', '-', '.']));
}

/** Region-typical written forms. */
function localForms(ph: Phone): string[] {
  const nd = ph.national.replace(/\D/g, '');
  const cc = ph.intl.split(' ')[0] as string;
  const nsn = ph.e164.slice(cc.length);
  const f: string[] = [];
  switch (ph.region) {
    case 'PK': f.push(`${nd.slice(0, 4)}-${nd.slice(4)}`, `+92-${nsn.slice(0, 3)}-${nsn.slice(3)}`); break;
    case 'BD': f.push(`${nd.slice(0, 5)}-${nd.slice(5)}`, `+880 ${nsn.slice(0, 4)}-${nsn.slice(4)}`); break;
    case 'LK': f.push(`${nd.slice(0, 3)} ${nd.slice(3, 6)} ${nd.slice(6)}`, `+94 ${nsn.slice(0, 2)} ${nsn.slice(2, 5)} ${nsn.slice(5)}`); break;
    case 'MY': f.push(`${nd.slice(0, 3)}-${nd.slice(3, nd.length - 4)} ${nd.slice(-4)}`, `+6${nd.slice(0, 3)}-${nd.slice(3)}`); break;
    case 'HK': f.push(`${nsn.slice(0, 4)} ${nsn.slice(4)}`, `+852-${nsn}`, `(852) ${nsn.slice(0, 4)} ${nsn.slice(4)}`); break;
    case 'CL': f.push(`+56 ${nsn.slice(0, 1)} ${nsn.slice(1, 5)} ${nsn.slice(5)}`, `${nsn.slice(0, 1)} ${nsn.slice(1, 5)} ${nsn.slice(5)}`); break;
    case 'PE': f.push(`${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`, `+51 ${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`); break;
    case 'CO': f.push(`${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`, `+57 ${nsn.slice(0, 3)} ${nsn.slice(3)}`); break;
    case 'MT': f.push(`${nsn.slice(0, 4)} ${nsn.slice(4)}`, nsn, `+356 ${nsn}`); break;
    case 'KE': f.push(`${nd.slice(0, 4)} ${nd.slice(4, 7)} ${nd.slice(7)}`, `+254 ${nsn.slice(0, 3)} ${nsn.slice(3)}`); break;
    case 'TT': case 'US': case 'CA':
      f.push(`(${nsn.slice(0, 3)}) ${nsn.slice(3, 6)}-${nsn.slice(6)}`, `${nsn.slice(0, 3)}-${nsn.slice(3, 6)}-${nsn.slice(6)}`, `1-${nsn.slice(0, 3)}-${nsn.slice(3, 6)}-${nsn.slice(6)}`, `${nsn.slice(0, 3)}.${nsn.slice(3, 6)}.${nsn.slice(6)}`);
      break;
    case 'DE': case 'AT': f.push(`${nd.slice(0, 4)}/${nd.slice(4)}`, `+${cc.slice(1)} (0)${nsn.slice(0, 3)} ${nsn.slice(3)}`, `(${nd.slice(0, 4)}) ${nd.slice(4)}`); break;
    case 'NL': f.push(`06-${nd.slice(2)}`, `+31 (0)${nsn.slice(0, 1)} ${nsn.slice(1)}`, `0${nsn.slice(0, 2)}-${nsn.slice(2)}`); break;
    case 'GB': f.push(`+44 (0)${nsn.slice(0, 4)} ${nsn.slice(4)}`, `(${nd.slice(0, 5)}) ${nd.slice(5)}`); break;
    case 'FR': f.push(nd.replace(/(\d\d)(?=\d)/g, '$1.'), `+33 (0)${nsn.slice(0, 1)} ${nsn.slice(1).replace(/(\d\d)(?=\d)/g, '$1 ')}`); break;
    case 'BR': f.push(`(${nsn.slice(0, 2)}) ${nsn.slice(2, nsn.length - 4)}-${nsn.slice(-4)}`, `+55 ${nsn.slice(0, 2)} ${nsn.slice(2, nsn.length - 4)}-${nsn.slice(-4)}`); break;
    case 'SE': f.push(`${nd.slice(0, 3)}-${nd.slice(3, 6)} ${nd.slice(6, 8)} ${nd.slice(8)}`); break;
    case 'UA': f.push(`(${nd.slice(0, 3)}) ${nd.slice(3, 6)}-${nd.slice(6, 8)}-${nd.slice(8)}`, `+38 ${nd}`); break;
    case 'AU': f.push(`(${nd.slice(0, 2)}) ${nd.slice(2, 6)} ${nd.slice(6)}`); break;
    default: break;
  }
  return f;
}

/** A written form of the phone, parsed back to the same number. */
export function phoneForm(rng: Rng, ph: Phone): string {
  const nd = ph.national.replace(/\D/g, '');
  const cc = ph.intl.split(' ')[0] as string;
  const generic = [
    ph.intl, ph.national, ph.e164, nd, `00${ph.intl.slice(1)}`, `${cc} ${regroup(rng, ph.e164.slice(cc.length))}`, regroup(rng, nd),
  ];
  if (!ph.national.includes('(')) generic.push(ph.national.replace(/ /g, '-'), ph.national.replace(/ /g, '.'));
  const local = localForms(ph);
  const pool = rng.chance(0.55) && local.length > 0 ? local : generic;
  for (let i = 0; i < 20; i++) {
    const f = rng.pick(pool);
    if (parsesBack(f, ph)) return f;
  }
  return ph.intl;
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Spoken digits for English transcripts: "oh seven seven, double two ...". Starts and ends on a digit word. */
export function spoken(rng: Rng, ph: Phone): string {
  const nd = rng.chance(0.2) ? ph.e164.slice(1) : ph.national.replace(/\D/g, '');
  const plus = nd === ph.e164.slice(1) ? 'plus ' : '';
  const words: string[] = [];
  let i = 0;
  while (i < nd.length) {
    const d = nd[i] as string;
    let run = 1;
    while (nd[i + run] === d && run < 3) run++;
    const w = d === '0' && rng.chance(0.6) ? 'oh' : (DIGIT_WORDS[Number(d)] as string);
    if (run === 3 && rng.chance(0.8)) words.push(`triple ${w}`);
    else if (run >= 2 && rng.chance(0.8)) { run = 2; words.push(`double ${w}`); }
    else { run = 1; words.push(w); }
    i += run;
    if (i < nd.length && rng.chance(0.22)) words[words.length - 1] += rng.pick([',', '...', ' ...']);
  }
  return plus + words.join(' ');
}

// Holdout 8 corpus: the hard negatives of airlines, shops and utilities, per locale.
import type { Piece, Rng, Slots } from './core.ts'
import { badCard, failLuhn, ibanPiece } from './values.ts'

export type LocaleId = 'enUS' | 'enGB' | 'sv' | 'da' | 'nb' | 'fi' | 'es' | 'ptBR' | 'ptPT'

const n = (v: string, neg: string): Piece => ({ v, neg })
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  fi: ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
}

function date(r: Rng, loc: LocaleId): string {
  const y = r.pick([2025, 2026, 2026]), m = r.int(1, 12), d = r.int(1, 28)
  const dd = String(d).padStart(2, '0'), mm = String(m).padStart(2, '0')
  const lang = loc.startsWith('en') ? 'en' : loc.startsWith('pt') ? 'pt' : loc
  const mon = (MONTHS[lang] as string[])[m - 1] as string
  const iso = `${y}-${mm}-${dd}`
  const forms: Record<LocaleId, string[]> = {
    enUS: [`${m}/${d}/${y}`, `${mon} ${d}, ${y}`, `${mm}/${dd}/${String(y).slice(2)}`, iso],
    enGB: [`${dd}/${mm}/${y}`, `${d} ${mon} ${y}`, `${d} ${mon.slice(0, 3)}`, iso],
    sv: [iso, `${d} ${mon}`, `${d}/${m}`, `${d} ${mon} ${y}`],
    da: [`${dd}.${mm}.${y}`, `${d}. ${mon} ${y}`, `${d}/${m}-${y}`, iso],
    nb: [`${dd}.${mm}.${y}`, `${d}. ${mon}`, `${d}.${m}.${String(y).slice(2)}`, iso],
    fi: [`${d}.${m}.${y}`, `${d}. ${mon}`, `${dd}.${mm}.`, iso],
    es: [`${dd}/${mm}/${y}`, `${d} de ${mon} de ${y}`, `${d}-${m}-${y}`, iso],
    ptBR: [`${dd}/${mm}/${y}`, `${d} de ${mon}`, `${dd}/${mm}`, iso],
    ptPT: [`${dd}-${mm}-${y}`, `${d} de ${mon} de ${y}`, `${dd}/${mm}/${y}`, iso],
  }
  return r.pick(forms[loc])
}

function time(r: Rng, loc: LocaleId): string {
  const h = r.int(6, 22), mi = String(r.int(0, 59)).padStart(2, '0')
  if (loc === 'enUS') return r.pick([`${h > 12 ? h - 12 : h}:${mi} ${h >= 12 ? 'PM' : 'AM'}`, `${h > 12 ? h - 12 : h}:${mi}pm`])
  if (loc === 'fi' || loc === 'da' || loc === 'nb' || loc === 'sv') return r.pick([`${h}.${mi}`, `${h}:${mi}`, `kl. ${h}.${mi}`])
  return r.pick([`${h}:${mi}`, `${String(h).padStart(2, '0')}:${mi}:${String(r.int(0, 59)).padStart(2, '0')}`, `${h}h${mi}`])
}

function amount(r: Rng, loc: LocaleId): string {
  const whole = r.pick([r.int(5, 99), r.int(100, 999), r.int(1000, 24999)])
  const c = String(r.int(0, 99)).padStart(2, '0')
  const dot = whole >= 1000 ? `${Math.floor(whole / 1000)}.${String(whole % 1000).padStart(3, '0')}` : String(whole)
  const sp = whole >= 1000 ? `${Math.floor(whole / 1000)} ${String(whole % 1000).padStart(3, '0')}` : String(whole)
  const comma = whole >= 1000 ? `${Math.floor(whole / 1000)},${String(whole % 1000).padStart(3, '0')}` : String(whole)
  const forms: Record<LocaleId, string[]> = {
    enUS: [`$${comma}.${c}`, `$${whole}`, `USD ${comma}.${c}`],
    enGB: [`£${comma}.${c}`, `£${whole}`, `GBP ${whole}.${c}`],
    sv: [`${sp} kr`, `${sp},${c} kr`, `SEK ${whole}`],
    da: [`${dot},${c} kr.`, `DKK ${dot},${c}`, `${whole},- kr`],
    nb: [`kr ${sp},${c}`, `${sp} kr`, `NOK ${whole},-`],
    fi: [`${sp},${c} €`, `${whole} €`, `EUR ${whole},${c}`],
    es: [`${dot},${c} €`, `${whole} €`, `${whole},${c}€`],
    ptBR: [`R$ ${dot},${c}`, `R$${whole},${c}`, `BRL ${whole}`],
    ptPT: [`${dot},${c} €`, `€${whole},${c}`, `${whole} euros`],
  }
  return r.pick(forms[loc])
}

function postcode(r: Rng, loc: LocaleId): string {
  const forms: Record<LocaleId, () => string> = {
    enUS: () => (r.chance(0.5) ? r.digits(5) : `${r.digits(5)}-${r.digits(4)}`),
    enGB: () => `${r.pick(['SW1A', 'M14', 'LS6', 'EH3', 'B15', 'CF10', 'BS8', 'N16'])} ${r.int(1, 9)}${r.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
    sv: () => `${r.int(100, 984)} ${r.digits(2)}`,
    da: () => String(r.int(1000, 9990)),
    nb: () => String(r.int(1, 9990)).padStart(4, '0'),
    fi: () => `${r.pick(['00', '02', '20', '33', '90'])}${r.digits(3)}`,
    es: () => `${String(r.int(1, 52)).padStart(2, '0')}${r.digits(3)}`,
    ptBR: () => `${r.digits(5)}-${r.digits(3)}`,
    ptPT: () => `${r.int(1000, 9999)}-${r.digits(3)}`,
  }
  return forms[loc]()
}

const SUPPLY: Record<LocaleId, (r: Rng) => [string, string]> = {
  enUS: (r) => ['account-number', `${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`],
  enGB: (r) => (r.chance(0.5) ? ['mpan', failLuhn(r.pick(['10', '12', '14', '16', '19', '23']) + r.digits(11))] : ['mprn', r.digits(r.int(6, 10))]),
  sv: (r) => ['supply-number', '735999' + r.digits(12)],
  da: (r) => ['supply-number', '571313' + r.digits(12)],
  nb: (r) => ['supply-number', '707057500' + r.digits(9)],
  fi: (r) => ['supply-number', '643007' + r.digits(12)],
  es: (r) => ['supply-number', `ES00${r.pick(['21', '31', '22'])}${r.digits(14)}${r.letters(2)}`],
  ptBR: (r) => ['supply-number', r.digits(10)],
  ptPT: (r) => ['supply-number', `PT0002${r.digits(12)}${r.letters(2)}`],
}
const AIRLINES = ['SK', 'DY', 'AY', 'IB', 'TP', 'LA', 'G3', 'BA', 'AA', 'UA', 'FR', 'U2', 'D8', 'VY']
const TICKET = ['117', '125', '074', '220', '105', '075', '047', '957', '001', '016']
const IBAN_HOME: Record<LocaleId, string> = { enUS: 'GB', enGB: 'GB', sv: 'SE', da: 'DK', nb: 'NO', fi: 'FI', es: 'ES', ptBR: 'BR', ptPT: 'PT' }
const NAME_WORDS = ['May', 'Will', 'will', 'Bill', 'bill', 'Mark', 'mark', 'Rose', 'rose', 'Grace', 'Sunny', 'sunny', 'Hope', 'hope', 'Jack', 'jack', 'Summer', 'summer', 'Brook', 'Dawn', 'dawn', 'per', 'Per', 'bo', 'rosa', 'Rosa', 'luz', 'sol', 'Sol', 'Mercedes', 'Pilar', 'Graça', 'Dolores', 'dolores']

function ticket(r: Rng): string {
  const t = r.pick(TICKET) + r.digits(10)
  const u = failLuhn(t)
  return r.pick([`${u.slice(0, 3)}-${u.slice(3)}`, u, `${u.slice(0, 3)} ${u.slice(3)}`])
}

function tracking(r: Rng): string {
  return r.pick([
    () => `1Z${r.letters(6, ALNUM)}${r.digits(2)}${r.digits(8)}`,
    () => failLuhn('00370' + r.digits(15)),
    () => `${r.letters(2)}${r.digits(9)}${r.pick(['SE', 'DK', 'NO', 'FI', 'ES', 'PT', 'BR', 'GB', 'US'])}`,
    () => r.digits(10),
    () => failLuhn(r.pick(['9400', '9205', '7']) + r.digits(18)),
    () => failLuhn('1' + r.digits(r.int(11, 21))),
  ])()
}

/** Every lookalike slot a template may use, fresh values each text. */
export function lookalikes(r: Rng, loc: LocaleId): Slots {
  const al = r.pick(AIRLINES)
  const [supKind, sup] = SUPPLY[loc](r)
  const s: Slots = {
    ref: n(r.letters(6, ALNUM), 'booking-ref'),
    tkt: n(ticket(r), 'e-ticket'),
    flight: n(`${al}${r.pick(['', ' ', ''])}${r.int(11, 2999)}`, 'flight-number'),
    seat: n(`${r.int(1, 38)}${r.pick(['A', 'B', 'C', 'D', 'E', 'F'])}`, 'seat'),
    bag: n(r.chance(0.5) ? `${al}${r.digits(6)}` : `0${r.pick(TICKET)}${r.digits(6)}`, 'baggage-tag'),
    order: n(r.pick([`#${r.digits(7)}`, `ORD-${r.digits(6)}`, r.digits(9), `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`, `W${r.digits(8)}`]), 'order-number'),
    track: n(tracking(r), 'tracking-number'),
    meter: n(r.pick([`E17UP${r.digits(5)}`, `${r.digits(2)}L${r.digits(7)}`, `K${r.digits(8)}`, r.digits(8)]), 'meter-serial'),
    supply: n(sup, supKind),
    acct: n(r.pick([`KD-${r.digits(7)}`, r.digits(8), `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `CX${r.digits(6)}`]), 'account-number'),
    voucher: n(r.pick([`${r.letters(4)}-${r.letters(4, ALNUM)}-${r.letters(4, ALNUM)}`, `SUMMER${r.int(10, 30)}`, `GC${r.digits(12)}`, r.letters(10, ALNUM)]), 'voucher-code'),
    postcode: n(postcode(r, loc), 'postcode'),
    amount: n(amount(r, loc), 'amount'),
    amount2: n(amount(r, loc), 'amount'),
    kwh: n(`${r.pick([String(r.int(1000, 9999)), `${r.int(10, 99)} ${r.digits(3)}`, `${r.int(1, 9)}.${r.digits(3)},${r.digits(1)}`])} kWh`, 'kwh-reading'),
    kwh2: n(`${r.int(100, 99999)}`, 'meter-reading'),
    date: n(date(r, loc), 'date'),
    date2: n(date(r, loc), 'date'),
    time: n(time(r, loc), 'time'),
    ts: n(`2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}Z`, 'date'),
    dur: n(r.pick([`${r.int(2, 59)} min`, `00:${String(r.int(1, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`, `${r.int(1, 5)} h ${r.int(1, 59)} min`, `${r.int(30, 900)}s`]), 'duration'),
    badcard: badCard(r),
    badiban: ibanPiece(r, IBAN_HOME[loc], false),
  }
  for (const w of NAME_WORDS) s[w] = n(w, 'name-word')
  return s
}

// The per-text context (language, region, business, the people in the text with their numbers and addresses) and
// the helpers every skeleton writes with: a person's name, phone and address, a lookalike, an emoji.
import { Doc } from './render.ts'
import type { Rng } from './prng.ts'
import { drawPhone, writePhone, type Phone, type Style } from './phones.ts'
import { drawPerson, emailOf, surnameFor, NAME_WORD_GIVEN, type Person } from './names.ts'
import { PHR, type Biz, type Phr } from './phrases.ts'
import { BIZ, BIZ_OF, NATIONAL, NATIONAL_OF } from './ids.ts'
import { amount, date, time, NAME_WORD_SENTENCES } from './locales.ts'
import * as V from './values.ts'

export interface P extends Person { phone: Phone; phone2: Phone; email: string }
export interface Ctx {
  r: Rng; d: Doc; lang: string; loc: string; biz: Biz; P: Phr; A: P; B: P; C: P; F: P
  lower: boolean; spoken: boolean; people: P[]; cc: string
}
export const CC_OF: Record<string, string> = {
  'en-in': 'IN', 'en-ph': 'PH', 'en-au': 'AU', 'en-ca': 'CA', 'en-ie': 'IE', 'en-us': 'US', de: 'DE', fr: 'FR', es: 'MX', it: 'IT',
  nl: 'NL', pt: 'BR', pl: 'PL', sv: 'SE', fi: 'FI', ro: 'RO', bg: 'BG', el: 'GR',
}
const FOREIGN = ['US', 'GB', 'DE', 'FR', 'IN', 'AU', 'IE', 'PH', 'IT', 'PL', 'BR', 'MX']
const DOMAINS: Record<string, string[]> = {
  en: ['mailbox.example', 'inbox.example.com', 'post.example.net'], de: ['web.example.de', 'post.example.de'], fr: ['courriel.example.fr', 'boite.example.fr'],
  es: ['correo.example.mx'], it: ['posta.example.it'], nl: ['mail.example.nl'], pt: ['correio.example.com.br'], pl: ['poczta.example.pl'], sv: ['post.example.se'],
  fi: ['posti.example.fi'], ro: ['posta.example.ro'], bg: ['poshta.example.bg'], el: ['mail.example.gr'],
}
export const BIZ_NAME: Record<Biz, string> = { cowork: 'Hatchery Cowork', florist: 'Petal & Post', library: 'Civic Library & Museum', driving: 'ClearRoad Driving School' }
export const BIZ_MAIL: Record<Biz, string> = { cowork: 'desk@hatchery-cowork.example', florist: 'orders@petalpost.example', library: 'members@civic-library.example', driving: 'lessons@clearroad.example' }

/** nameWord: the n-th text of its language whose main person carries a name-word given name, or -1 */
export function makeCtx(r: Rng, lang: string, loc: string, biz: Biz, nfd: boolean, bgLatin: boolean, nameWord: number): Ctx {
  const region = lang === 'en' ? loc : bgLatin ? 'bgl' : lang
  const cc = CC_OF[lang === 'en' ? loc : lang]!
  const taken = new Set<string>()
  const mk = (foreign = false): P => {
    const p = drawPerson(r, region, taken, foreign)
    const home = foreign ? r.pick(FOREIGN.filter((x) => x !== cc)) : cc
    return { ...p, phone: drawPhone(r, home), phone2: drawPhone(r, home), email: emailOf(r, p, DOMAINS[lang]!) }
  }
  const A = mk()
  if (nameWord >= 0) {
    // the text's main person carries a given name that is also a word of the language (the Philippines: Jun-Jun too), in turn
    const list = region === 'en-ph' ? ['Jun-Jun', 'Joy', 'Grace', 'Hope'] : bgLatin ? ['Roza'] : NAME_WORD_GIVEN[lang]!
    const w = list[nameWord % list.length]!
    if (!taken.has(w)) { taken.add(w); A.given = w; A.surname = surnameFor(r, A, w); A.full = `${w} ${A.surname}`; A.email = emailOf(r, A, DOMAINS[lang]!) }
  }
  const B = mk(), C = mk(), F = mk(true)
  return { r, d: new Doc(nfd), lang, loc: bgLatin ? 'bg-latn' : loc, biz, P: PHR[bgLatin ? 'bgl' : lang]!, A, B, C, F, lower: false, spoken: false, people: [A, B, C, F], cc }
}

const low = (c: Ctx, s: string) => (c.lower ? s.toLowerCase() : s)
const spk = (c: Ctx, s: string) => (c.spoken ? s.toLowerCase() : s)
/** literals; a full stop after a value that already ends in one (\`20 февруари 2026 г.\`) is not written twice */
export function lit(c: Ctx, ...s: string[]): void { for (const x of s) c.d.t(low(c, /^\.( |$)/.test(x) && c.d.text.endsWith('.') ? x.slice(1) : x)) }
export type NameForm = 'full' | 'given' | 'surname' | 'caps' | 'lower'
export function nm(c: Ctx, p: P, form: NameForm = 'full'): void {
  const v = form === 'given' ? p.given : form === 'surname' ? p.surname : form === 'caps' ? `${p.surname.toUpperCase()} ${p.given}` : form === 'lower' ? p.full.toLowerCase() : p.full
  c.d.e('PERSON', low(c, v))
}
const W: [Style, number][] = [['intl', 3], ['e164', 1], ['intl-dash', 1], ['intl-dot', 0.5], ['00', 1.2], ['trunk0', 1], ['nat', 4], ['nat-compact', 1.5], ['nat-dash', 1.2], ['nat-dot', 1], ['nat-slash', 1], ['nat-bracket', 1.2]]
export function style(c: Ctx): Style {
  if (c.spoken) return c.lang === 'en' && c.r.chance(0.6) ? 'words' : 'odd'
  let x = c.r.next() * W.reduce((a, [, w]) => a + w, 0)
  for (const [s, w] of W) { x -= w; if (x < 0) return s }
  return 'nat'
}
/** a person's phone (the second one with two = true); foreign people always with + or 00 */
export function tel(c: Ctx, p: P, two = false, st?: Style): void {
  let s = st ?? style(c)
  if (p === c.F && !['intl', 'e164', '00', 'intl-dash', 'odd', 'words'].includes(s)) s = c.r.pick(['intl', 'e164', '00'] as Style[])
  if (p === c.F && (s === 'odd' || s === 'words')) s = 'intl'
  c.d.e('PHONE', writePhone(two ? p.phone2 : p.phone, s, c.r))
}
export function mail(c: Ctx, p: P): void { c.d.e('EMAIL', p.email) }
export function bizMail(c: Ctx): void { c.d.e('EMAIL', BIZ_MAIL[c.biz]) }
export function emo(c: Ctx, p = 0.5): void {
  if (!c.r.chance(p)) return
  const flags: Record<string, string> = { IN: '🇮🇳', PH: '🇵🇭', AU: '🇦🇺', CA: '🇨🇦', IE: '🇮🇪', US: '🇺🇸', DE: '🇩🇪', FR: '🇫🇷', MX: '🇲🇽', IT: '🇮🇹', NL: '🇳🇱', BR: '🇧🇷', PL: '🇵🇱', SE: '🇸🇪', FI: '🇫🇮', RO: '🇷🇴', BG: '🇧🇬', GR: '🇬🇷' }
  c.d.t(`${c.r.pick([flags[c.cc]!, '💐', '🌹', '🌷', '🚗', '📚', '🏛️', '🔑', '☕', '👍🏽', '🙏🏾', '👩🏻‍💼', '🧑🏾‍🏫', '👨‍👩‍👧', '✅', '⚠️', '🗓️', '🚦', '🙂', '😊'])} `)
}
export function bizNeg(c: Ctx, kind?: string): void {
  const k = kind ?? c.r.pick(BIZ_OF[c.biz]!)
  // a door PIN and an ISBN say what they are; the other codes speak for themselves
  if (k === 'door-pin') lit(c, c.r.pick(['PIN ', 'door PIN ', 'PIN: ']))
  if (k === 'isbn') lit(c, 'ISBN ')
  c.d.n(k, spk(c, BIZ[k]!(c.r)))
}
export function nat(c: Ctx): void { const k = c.r.pick(NATIONAL_OF[c.lang === 'en' ? c.loc.slice(3) : c.lang]!); c.d.n(k, spk(c, NATIONAL[k]!(c.r))) }
export function dt(c: Ctx): void { c.d.n('date', spk(c, date(c.r, c.loc))) }
export function tm(c: Ctx): void { c.d.n('time', time(c.r, c.loc)) }
export function amt(c: Ctx): void { c.d.n('amount', amount(c.r, c.loc)) }
export function ts(c: Ctx): void { c.d.n('timestamp', V.timestamp(c.r)) }
export function ver(c: Ctx): void { c.d.n('version', V.version(c.r)) }
export function nameWord(c: Ctx): void {
  const [a, w, b] = c.r.pick(NAME_WORD_SENTENCES[c.loc] ?? NAME_WORD_SENTENCES[c.lang]!)
  lit(c, a); c.d.n('name-word', low(c, w)); lit(c, b)
}
export function ibanCc(c: Ctx): string { return c.lang === 'en' ? (c.loc === 'en-ie' ? 'IE' : 'GB') : ({ es: 'ES', pt: 'BR' } as Record<string, string>)[c.lang] ?? c.cc }

// The assembly: which language, region, business and genre each text gets, drawing each text from its template, and a
// check of every label (again, with the generator's own validators) before anything is written.
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'
import { isIP } from 'node:net'
import { Rng } from './prng.ts'
import { resetFeatured } from './names.ts'
import { BIZ, Ctx, EN_LOCALES, INTL_LOCALES, type Locale } from './ctx.ts'
import { EN, EN_NEG } from './en.ts'
import { INTL, INTL_NEG } from './intl.ts'
import { HOME } from './phones.ts'
import { luhnOk, mod97, IBAN_LEN, EMAIL_RE } from './values.ts'
import type { Entity, Negative } from './render.ts'

export interface Line { id: string; lang: string; kind: string; text: string; entities: Entity[]; negatives: Negative[] }
export interface Meta { region: string; biz: string }

const EN_KINDS: [string, number][] = [['form', 18], ['sms', 22], ['chat', 15], ['summary', 15], ['note', 19], ['email', 20], ['csv', 13], ['json', 13], ['transcript', 16], ['voicemail', 15], ['ticket', 14], ['log', 14], ['table', 12]]
const EN_NEG_KIND = ['sms', 'log', 'sms', 'table', 'note']
const INTL_PLAN: [string, number][] = [['form', 0], ['sms', 0], ['sms', 1], ['chat', 0], ['summary', 0], ['note', 0], ['note', 1], ['email', 0], ['csv', 0], ['json', 0], ['transcript', 0], ['voicemail', 0], ['ticket', 0], ['log', 0], ['table', 0]]
const INTL_NEG_KIND = ['note', 'log']
export const LANGS = ['en', 'de', 'nl', 'pt', 'cs', 'hu', 'hr', 'sl', 'lt', 'lv', 'et', 'tr', 'da', 'no']

function opts(rng: Rng, kind: string) {
  return { lower: kind === 'transcript', nfd: ['form', 'email', 'summary'].includes(kind) && rng.chance(0.3) }
}

export function generate(seed = 27027): { lines: Line[]; meta: Meta[] } {
  const rng = new Rng(seed)
  resetFeatured()
  const lines: Line[] = []
  const meta: Meta[] = []
  const counter = new Map<string, number>()
  const push = (loc: Locale, biz: string, kind: string, c: Ctx) => {
    const n = (counter.get(loc.lang) ?? 0) + 1
    counter.set(loc.lang, n)
    lines.push({ id: `${loc.lang}-${kind}-${String(n).padStart(4, '0')}`, lang: loc.lang, kind, text: c.r.text, entities: c.r.entities, negatives: c.r.negatives })
    meta.push({ region: loc.lang === 'en' ? `en-${loc.region}` : `${loc.lang}-${loc.region}`, biz })
  }
  // English: 196 texts with entities and 34 with lookalikes only, regions and businesses in turn
  const kinds = rng.shuffle(EN_KINDS.flatMap(([k, n]) => Array<string>(n).fill(k)))
  const negAt = new Set(rng.shuffle([...Array(230).keys()]).slice(0, 34))
  let ki = 0, ni = 0
  for (let i = 0; i < 230; i++) {
    const loc = EN_LOCALES[i % EN_LOCALES.length]!
    const biz = BIZ[i % 4]!
    if (negAt.has(i)) {
      const t = ni++ % EN_NEG.length
      const kind = EN_NEG_KIND[t]!
      const c = new Ctx(rng, loc, biz, kind, opts(rng, kind))
      EN_NEG[t]!(c)
      push(loc, biz, kind, c)
    } else {
      const kind = kinds[ki++]!
      const c = new Ctx(rng, loc, biz, kind, opts(rng, kind))
      rng.pick(EN[kind]!)(c)
      push(loc, biz, kind, c)
    }
  }
  // the other languages: 15 texts with entities and 2 with lookalikes only each
  for (const lang of LANGS.slice(1)) {
    const locs = INTL_LOCALES[lang]!
    const order = rng.shuffle([...INTL_PLAN.map((p) => ({ p, neg: -1 })), { p: ['', 0] as [string, number], neg: 0 }, { p: ['', 0] as [string, number], neg: 1 }])
    order.forEach((o, j) => {
      const loc = locs.length > 1 && j >= 9 ? locs[1]! : locs[0]!
      const biz = BIZ[(j + LANGS.indexOf(lang)) % 4]!
      const kind = o.neg >= 0 ? INTL_NEG_KIND[o.neg]! : o.p[0]
      const c = new Ctx(rng, loc, biz, kind, opts(rng, kind))
      if (o.neg >= 0) INTL_NEG[o.neg]!(c)
      else INTL[kind]![o.p[1]]!(c)
      push(loc, biz, kind, c)
    })
  }
  for (const l of lines) check(l)
  return { lines, meta }
}

// the generator's own check of each label in the finished text
function phoneOk(v: string): boolean {
  const t = v.startsWith('00') ? `+${v.slice(2)}` : v.replace(' (0)', ' ')
  if (/^[a-z]/.test(v)) return true // spoken numbers were validated as digits when made
  const tryIn = (r?: string) => { try { return parsePhoneNumber(t, r as CountryCode).isValid() } catch { return false } }
  return t.startsWith('+') ? tryIn() : HOME.some((r) => tryIn(r))
}
function check(l: Line) {
  const all = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
  all.forEach((s, i) => {
    const v = l.text.slice(s.start, s.end)
    const fail = (why: string) => { throw new Error(`${l.id}: ${why} «${v}» in ${JSON.stringify(l.text)}`) }
    if (i > 0 && all[i - 1]!.end > s.start) fail('overlap')
    if (v !== v.trim() || !v) fail('untrimmed/empty')
    const before = l.text.slice(0, s.start).slice(-1)
    const after = l.text.slice(s.end, s.end + 1)
    const w = /[\p{L}\p{N}\p{M}]/u
    if ((w.test(before) && !('type' in s && s.type === 'PHONE')) || w.test(after)) fail('boundary')
    if (!('type' in s)) return
    const n = v.normalize('NFC')
    const ok = s.type === 'PHONE' ? phoneOk(v) : s.type === 'EMAIL' ? EMAIL_RE.test(v) : s.type === 'CARD' ? luhnOk(v.replace(/\D/g, ''))
      : s.type === 'IBAN' ? mod97(v.replace(/ /g, '')) === 1 && IBAN_LEN[v.slice(0, 2)] === v.replace(/ /g, '').length
        : s.type === 'IP_ADDRESS' ? isIP(v) > 0 : s.type === 'PERSON' ? /^\p{L}[\p{L}\p{M}' \/-]*\p{L}\p{M}*$/u.test(n) : true
    if (!ok) fail(`bad ${s.type}`)
  })
  if (l.kind === 'json') JSON.parse(l.text)
}

export function serialize(lines: Line[]): string {
  return lines.map((l) => JSON.stringify({ id: l.id, lang: l.lang, kind: l.kind, text: l.text, entities: l.entities.map((e) => ({ type: e.type, start: e.start, end: e.end })), negatives: l.negatives.map((n) => ({ kind: n.kind, start: n.start, end: n.end })) })).join('\n') + '\n'
}

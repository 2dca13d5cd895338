// The assembly: which language, region, business and genre each text gets, and a second check of every label
// (bounds, order, no overlap, the value's own validator) before a line is written.
import { Rng } from './prng.ts'
import { makeCtx, type Ctx } from './ctx.ts'
import { SKELETONS, negOnly } from './skeletons.ts'
import type { Biz } from './phrases.ts'
import type { Span } from './render.ts'
import * as V from './values.ts'
import { readsBack, wordsToDigits } from './phones.ts'
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max'

export interface Line { id: string; lang: string; kind: string; text: string; entities: Span[]; negatives: Span[] }
export interface Built { line: Line; region: string; biz: Biz; names: string[] }

const GENRES = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log', 'table']
const NEG_KINDS = ['sms', 'note', 'log', 'email', 'ticket', 'chat']
const BIZS: Biz[] = ['cowork', 'florist', 'library', 'driving']
const EN_REGIONS = ['en-in', 'en-ph', 'en-au', 'en-ca', 'en-ie', 'en-us']
export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'fi', 'ro', 'bg', 'el']
const PARTICLES = new Set(['van', 'der', 'den', 'de', 'la', 'del', 'dela', 'dos', 'da', 'di', 'lo', 'le', 'ní', 'nic', 'ó', 'mac', 'ter', "'t", 'te'])

function check(l: Line): void {
  const all = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
  all.forEach((s, i) => {
    if (s.start < 0 || s.end > l.text.length || s.start >= s.end) throw new Error(`${l.id}: span out of bounds`)
    if (i > 0 && all[i - 1]!.end > s.start) throw new Error(`${l.id}: overlap at ${s.start}`)
  })
  for (const e of l.entities) {
    const v = l.text.slice(e.start, e.end).normalize('NFC')
    let ok = true
    if (e.type === 'PHONE') ok = /^[a-z]/.test(v) ? /^(oh|zero|one|two|three|four|five|six|seven|eight|nine|double)( |$)/.test(v) && phoneAny(wordsToDigits(v)) : phoneAny(v)
    else if (e.type === 'CARD') ok = V.luhnOk(v.replace(/\D/g, ''))
    else if (e.type === 'IBAN') ok = V.ibanMod(v.replace(/ /g, '')) === 1
    else if (e.type === 'PERSON') ok = /^(\p{L}|'t )[\p{L}\p{M}' -]*\p{L}\p{M}*$/u.test(v)
    if (!ok) throw new Error(`${l.id}: ${e.type} ${v} fails its check`)
  }
}
const REGIONS: CountryCode[] = ['IN', 'PH', 'AU', 'CA', 'IE', 'US', 'DE', 'FR', 'MX', 'IT', 'NL', 'BR', 'PL', 'SE', 'FI', 'RO', 'BG', 'GR']
function phoneAny(v: string): boolean {
  const t = v.replace(' (0)', ' ').replace(/^00/, '+')
  return REGIONS.some((cc) => { try { const p = parsePhoneNumber(t, cc); return p.isValid() && readsBack({ e164: p.number, cc, national: '', intl: '' }, v) } catch { return false } })
}

export function buildAll(): Built[] {
  const r = new Rng(0x28c0de)
  const out: Built[] = []
  LANGS.forEach((lang, li) => {
    const n = lang === 'en' ? 232 : 19
    const negEvery = lang === 'en' ? new Set(Array.from({ length: 30 }, (_, i) => 3 + Math.floor((i * 232) / 30))) : new Set(li % 2 ? [5, 12, 17] : [7, 15])
    let g = li
    let nwCount = 0
    for (let i = 0; i < n; i++) {
      const region = lang === 'en' ? EN_REGIONS[i % 6]! : lang
      const biz = BIZS[(i + li) % 4]!
      const only = negEvery.has(i)
      const kind = only ? NEG_KINDS[(i + li) % NEG_KINDS.length]! : GENRES[g++ % GENRES.length]!
      const nfd = ['form', 'email', 'summary', 'chat', 'ticket'].includes(kind) && r.chance(0.4)
      const nw = !only && r.chance(0.35) ? nwCount++ : -1
      const c: Ctx = makeCtx(r, lang, region, biz, nfd, lang === 'bg' && r.chance(0.35), nw)
      if (!['json', 'csv', 'log', 'table', 'transcript'].includes(kind) && r.chance(0.45)) c.d.t(`${r.pick(['💐', '🌹', '📚', '🚗', '🔑', '👋🏽', '🧑🏽‍💼', '👩‍👧', '🏛️', '☎️', '📞', '🗓️', '🇪🇺'])} `)
      if (only) negOnly(c, kind); else SKELETONS[kind]!(c)
      const id = `${lang}-${kind}-${String(i + 1).padStart(4, '0')}`
      const line: Line = { id, lang, kind, text: c.d.text, entities: c.d.entities, negatives: c.d.negatives }
      check(line)
      const names = new Set<string>()
      for (const p of c.people) {
        names.add(p.full)
        for (const part of p.full.split(' ')) if (part.length >= 3 && !PARTICLES.has(part.toLowerCase())) names.add(part)
      }
      out.push({ line, region, biz, names: [...names] })
    }
  })
  return out
}

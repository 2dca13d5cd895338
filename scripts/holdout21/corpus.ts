// The assembly: each language has its own seed; its texts cycle through its templates in order with
// fresh values each time. Every labeled value is checked again here before a line is written.
import { isIP } from 'node:net'
import { Ctx, type Lang, type Region } from './ctx.ts'
import { EN } from './en.ts'
import { intlTemplates } from './intl.ts'
import { Rng } from './prng.ts'
import { render, type Label } from './render.ts'
import type { Tpl } from './tpl.ts'
import * as V from './values.ts'

export interface Line {
  id: string
  lang: Lang
  kind: string
  text: string
  entities: Label[]
  negatives: Label[]
}
export interface Meta {
  region: Region
}

export const LANGS: Lang[] = ['en', 'es', 'el', 'lv', 'et', 'sl', 'is', 'pt', 'de', 'it']
const EN_REGIONS: Region[] = ['mw', 'tx', 'ne', 'in', 'za', 'jm']
export const EN_COUNT = 240
export const INTL_COUNT = 26

const WORDS = ['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'double']
function checkEntity(type: string, v: string, cc: V.PhoneCC): boolean {
  switch (type) {
    case 'EMAIL': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(v)
    case 'PHONE':
      if (/^[a-z]/.test(v)) return v.split(/,? /).every((w) => WORDS.includes(w))
      if (v.startsWith('+')) return V.phoneValid(v)
      if (v.startsWith('00')) return V.phoneValid(`+${v.slice(2)}`)
      return V.phoneValid(v, cc)
    case 'CARD': return V.cardOk(v)
    case 'IBAN': return V.ibanOk(v)
    case 'US_SSN': return V.ssnOk(v)
    case 'UK_NINO': return /^[A-Z]{2}( ?\d{2}){3} ?[A-D]$/.test(v)
    case 'IP_ADDRESS': return isIP(v) !== 0
    case 'PERSON': return /^\p{L}[\p{L}\p{M}' -]*\p{L}\p{M}*$/u.test(v)
  }
  return false
}

export function regionOf(lang: Lang, i: number, tpl: Tpl, n: number): Region {
  if (lang === 'en') return tpl.region ?? EN_REGIONS[Math.floor(i / n) % EN_REGIONS.length]!
  if (lang === 'es') return i < n ? 'ar' : 'co'
  return lang as Region
}

export function build(): { lines: Line[]; meta: Meta[] } {
  const lines: Line[] = []
  const meta: Meta[] = []
  for (const lang of LANGS) {
    const rng = new Rng(`holdout21-${lang}`)
    const tpls = lang === 'en' ? EN : intlTemplates(lang)
    const count = lang === 'en' ? EN_COUNT : INTL_COUNT
    for (let i = 0; i < count; i++) {
      const tpl = tpls[i % tpls.length]!
      const region = regionOf(lang, i, tpl, tpls.length)
      const c = new Ctx(rng, lang, region)
      const nfd = typeof tpl.nfd === 'function' ? tpl.nfd(region) : !!tpl.nfd
      const out = render(tpl.f(c), { nfd, lower: tpl.kind === 'transcript' })
      const id = `${lang}-${tpl.kind}-${String(i + 1).padStart(4, '0')}`
      for (const e of out.entities) {
        const v = out.text.slice(e.start, e.end)
        if (!checkEntity(e.type!, v, c.L.cc)) throw new Error(`${id}: ${e.type} ${JSON.stringify(v)} fails its check`)
      }
      lines.push({ id, lang, kind: tpl.kind, text: out.text, entities: out.entities, negatives: out.negatives })
      meta.push({ region })
    }
  }
  return { lines, meta }
}

export function serialize(lines: Line[]): string {
  return lines.map((l) => JSON.stringify({ id: l.id, lang: l.lang, kind: l.kind, text: l.text, entities: l.entities, negatives: l.negatives })).join('\n') + '\n'
}

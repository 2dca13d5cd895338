// Assembly: English cycles its templates through the eight regions; each other language runs the fourteen
// skeletons twice (French: France first, then Belgium). Every line is checked again before it is written.
import { rng } from './prng.ts'
import { Ctx, LOCALES } from './ctx.ts'
import { render, type Label } from './render.ts'
import { EN } from './en.ts'
import { SKELS } from './intl.ts'
import { BOOKS } from './phrases.ts'
import * as V from './values.ts'

export interface Line { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }
export interface Meta { line: Line; region: string }
export const EN_KEYS = ['cy', 'ni', 'ie', 'ke', 'gh', 'sg', 'nz', 'mt'] as const
export const EN_COUNT = 240
export const INTL: [string, string[]][] = [['fr', ['fr', 'be']], ['nl', ['nl']], ['no', ['no']], ['cs', ['cs']], ['pl', ['pl']], ['lt', ['lt']], ['lb', ['lu']], ['es', ['es']]]

const PERSON_RE = /^('[tT] )?\p{L}[\p{L}\p{M}' -]*\p{L}\p{M}*$/u
function recheck(l: Line): void {
  const all = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
  all.forEach((s, i) => {
    if (i && all[i - 1]!.end > s.start) throw new Error(`${l.id}: overlap at ${s.start}`)
  })
  for (const e of l.entities) {
    const v = l.text.slice(e.start, e.end)
    const n = v.normalize('NFC')
    const ok =
      e.type === 'PERSON' ? PERSON_RE.test(v) :
      e.type === 'EMAIL' ? /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v) :
      e.type === 'CARD' ? V.luhnOk(V.digitsOf(v)) && V.cardBrandOk(V.digitsOf(v)) :
      e.type === 'IBAN' ? V.ibanMod(v.replace(/ /g, '')) === 1 :
      e.type === 'US_SSN' ? V.ssnOk(v) :
      e.type === 'UK_NINO' ? V.ninoOk(v) :
      e.type === 'IP_ADDRESS' ? /[.:]/.test(v) :
      e.type === 'PHONE' ? /\d$|[a-z]$/.test(n) : false
    if (!ok) throw new Error(`${l.id}: bad ${e.type} ${v}`)
  }
}

export function buildMeta(): Meta[] {
  const out: Meta[] = []
  {
    const r = rng('holdout22-en')
    const counts = new Map<string, number>()
    const n = new Map<string, number>()
    for (let i = 0; i < EN_COUNT; i++) {
      const ti = i % EN.length
      const t = EN[ti]!
      const round = Math.floor(i / EN.length)
      const key = t.regions ? t.regions[round % t.regions.length]! : EN_KEYS[(ti + round) % EN_KEYS.length]!
      const c = new Ctx(r, LOCALES[key]!)
      const res = render(t.make(c), { nfd: t.nfd?.includes(key), lower: t.lower })
      const k = (counts.get('en') ?? 0) + 1
      counts.set('en', k)
      n.set(key, (n.get(key) ?? 0) + 1)
      const line: Line = { id: `en-${t.kind}-${String(k).padStart(4, '0')}`, lang: 'en', kind: t.kind, ...res }
      recheck(line)
      out.push({ line, region: LOCALES[key]!.region })
    }
  }
  for (const [lang, keys] of INTL) {
    const r = rng(`holdout22-${lang}`)
    const book = BOOKS[lang]!
    let k = 0
    for (let round = 0; round < 2; round++)
      for (let si = 0; si < SKELS.length; si++) {
        const key = keys[round % keys.length]!
        const sk = SKELS[si]!
        const c = new Ctx(r, LOCALES[key]!)
        const vals = sk.vals(c, book.w)
        const res = render(book.s[si]!(vals, key), { nfd: sk.nfd?.includes(key), lower: sk.lower })
        k++
        const line: Line = { id: `${lang}-${sk.kind}-${String(k).padStart(4, '0')}`, lang, kind: sk.kind, ...res }
        recheck(line)
        out.push({ line, region: LOCALES[key]!.region })
      }
  }
  return out
}
export function buildCorpus(): string {
  return buildMeta().map((m) => JSON.stringify({ id: m.line.id, lang: m.line.lang, kind: m.line.kind, text: m.line.text, entities: m.line.entities, negatives: m.line.negatives }) + '\n').join('')
}

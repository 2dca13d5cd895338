// Assembly: each language has its own seed; its texts cycle through its templates, domains and regions in order.
import { Rng } from './prng.ts'
import { B, type Item } from './render.ts'
import { Ctx, LOCALES } from './ctx.ts'
import { DOMAINS, EN, EN_NEG, type Tpl } from './en.ts'
import { INTL, INTL_NEG } from './intl.ts'

interface Plan { lang: string; regions: [string, number][]; ent: Tpl[]; neg: Tpl[]; nEnt: number; nNeg: number }
const EN_REGIONS: [string, number][] = [['en-ie', 0], ['en-sct', 0], ['en-us', 0], ['en-ng', 0], ['en-ph', 0], ['en-nz', 0]]
const one = (r: string, n: number): [string, number][] => [[r, n]]
export const PLANS: Plan[] = [
  { lang: 'en', regions: EN_REGIONS, ent: EN, neg: EN_NEG, nEnt: 200, nNeg: 30 },
  { lang: 'fr', regions: [['fr-fr', 11], ['fr-ca', 11]], ent: INTL, neg: INTL_NEG, nEnt: 19, nNeg: 3 },
  { lang: 'de', regions: one('de-de', 22), ent: INTL, neg: INTL_NEG, nEnt: 19, nNeg: 3 },
  { lang: 'es', regions: [['es-es', 8], ['es-ar', 7], ['es-cl', 7]], ent: INTL, neg: INTL_NEG, nEnt: 19, nNeg: 3 },
  { lang: 'it', regions: one('it-it', 22), ent: INTL, neg: INTL_NEG, nEnt: 19, nNeg: 3 },
  { lang: 'pl', regions: one('pl-pl', 22), ent: INTL, neg: INTL_NEG, nEnt: 19, nNeg: 3 },
  { lang: 'sv', regions: one('sv-se', 22), ent: INTL, neg: INTL_NEG, nEnt: 19, nNeg: 3 },
  { lang: 'fi', regions: one('fi-fi', 22), ent: INTL, neg: INTL_NEG, nEnt: 19, nNeg: 3 },
  { lang: 'el', regions: one('el-gr', 22), ent: INTL, neg: INTL_NEG, nEnt: 19, nNeg: 3 },
  { lang: 'ro', regions: one('ro-ro', 22), ent: INTL, neg: INTL_NEG, nEnt: 19, nNeg: 3 },
]

export function buildItems(): Item[] {
  const out: Item[] = []
  for (const p of PLANS) {
    const r = new Rng(`holdout24-${p.lang}`)
    const total = p.nEnt + p.nNeg
    // a negatives-only text every total/nNeg slots
    const every = Math.floor(total / p.nNeg)
    const regionAt = (i: number): string => {
      if (p.lang === 'en') return p.regions[i % p.regions.length]![0]
      let k = i
      for (const [reg, n] of p.regions) { if (k < n) return reg; k -= n }
      return p.regions[p.regions.length - 1]![0]
    }
    let e = 0, n = 0
    const seq = new Map<string, number>()
    for (let i = 0; i < total; i++) {
      const isNeg = n < p.nNeg && (i % every === every - 1 || total - i <= p.nNeg - n)
      const tpl = isNeg ? p.neg[n++ % p.neg.length]! : p.ent[e++ % p.ent.length]!
      const region = regionAt(i)
      const loc = LOCALES[region]!
      const dom = DOMAINS[(isNeg ? n : e + Math.floor(e / p.ent.length)) % DOMAINS.length]!
      const b = new B(tpl.lower ?? false, tpl.nfd ?? false)
      tpl.run(new Ctx(r, loc, b), dom)
      const k = (seq.get(p.lang) ?? 0) + 1
      seq.set(p.lang, k)
      out.push({ id: `${p.lang}-${tpl.kind}-${String(k).padStart(4, '0')}`, lang: p.lang, kind: tpl.kind, region, text: b.text, entities: b.entities, negatives: b.negatives })
    }
  }
  return out
}

export function buildCorpus(): string {
  return buildItems().map((x) => JSON.stringify({ id: x.id, lang: x.lang, kind: x.kind, text: x.text, entities: x.entities, negatives: x.negatives })).join('\n') + '\n'
}

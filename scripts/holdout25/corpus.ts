// Assembly: English rotates its six regions text by text, every language has its own seed per text, a negatives-only
// text every seventh English text and at three fixed places in each other language.
import { Ctx, LOCALES } from './ctx.ts'
import { EN, EN_NEG, type Draft } from './en.ts'
import { intlDraft } from './intl.ts'
import type { Domain } from './lookalikes.ts'
import { render, type Rendered } from './render.ts'

export const DOMAINS: Domain[] = ['pension', 'furniture', 'visa', 'cruise']
export const EN_REGIONS = ['en-wls', 'en-ca', 'en-ke', 'en-sg', 'en-jm', 'en-za']
export const INTL_LANGS: [string, string[]][] = [
  ['nl', ['nl']], ['pt', ['pt']], ['cs', ['cs']], ['hu', ['hu']], ['no', ['no']], ['tr', ['tr']], ['hr', ['hr']],
  ['es', ['es-co', 'es-pe']], ['fr', ['fr-ch', 'fr-lu']],
]
export const EN_COUNT = 232
export const INTL_COUNT = 24
const INTL_NEG_AT = [3, 11, 19]

export interface Built extends Rendered { id: string; lang: string; kind: string; region: string; domain: Domain }

export function buildLines(): Built[] {
  const out: Built[] = []
  const push = (lang: string, region: string, domain: Domain, n: number, d: Draft) => {
    const r = render(d.parts, d.nfd)
    out.push({ id: `${lang}-${d.kind}-${String(n).padStart(4, '0')}`, lang, kind: d.kind, region, domain, ...r })
  }
  let k = 0
  let kn = 0
  for (let i = 0; i < EN_COUNT; i++) {
    const region = EN_REGIONS[i % EN_REGIONS.length]!
    const domain = DOMAINS[(i + Math.floor(i / 12)) % 4]!
    const c = new Ctx(LOCALES[region]!, domain, `holdout25-en-${i}`)
    const neg = i % 7 === 3
    push('en', region, domain, i + 1, neg ? EN_NEG[kn++ % EN_NEG.length]!(c) : EN[k++ % EN.length]!(c))
  }
  for (const [lang, regions] of INTL_LANGS) {
    let ke = 0
    let kg = 0
    for (let i = 0; i < INTL_COUNT; i++) {
      const region = regions[Math.floor((i * regions.length) / INTL_COUNT)]!
      const domain = DOMAINS[i % 4]!
      const c = new Ctx(LOCALES[region]!, domain, `holdout25-${lang}-${i}`)
      const neg = INTL_NEG_AT.includes(i)
      push(lang, region, domain, i + 1, intlDraft(c, lang, neg ? kg++ : ke++, neg))
    }
  }
  return out
}

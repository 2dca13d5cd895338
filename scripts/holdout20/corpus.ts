// Assembles the corpus: each language cycles through its templates in order with fresh values from
// its own seed (holdout20-<lang>), so editing one language leaves the others' lines unchanged.
import { Rng } from './prng.ts'
import { render, type Span } from './render.ts'
import { Ctx, LOCALES } from './ctx.ts'
import { EN, type Tpl } from './en.ts'
import { SV, DA, FI } from './nordic.ts'
import { RO, HU, SK, HR } from './east.ts'
import { DE, FR } from './west.ts'
import type { Origin } from './names.ts'

export interface Line { id: string; lang: string; kind: string; text: string; entities: Span[]; negatives: Span[] }
export const EN_REGIONS: Origin[] = ['au', 'nz', 'ng', 'sco', 'ph', 'ca']
export const LANGS: { lang: string; count: number; tpls: Tpl[]; origin?: Origin }[] = [
  { lang: 'en', count: 232, tpls: EN },
  { lang: 'sv', count: 26, tpls: SV, origin: 'sv' },
  { lang: 'da', count: 26, tpls: DA, origin: 'da' },
  { lang: 'fi', count: 26, tpls: FI, origin: 'fi' },
  { lang: 'ro', count: 26, tpls: RO, origin: 'ro' },
  { lang: 'hu', count: 26, tpls: HU, origin: 'hu' },
  { lang: 'sk', count: 26, tpls: SK, origin: 'sk' },
  { lang: 'hr', count: 26, tpls: HR, origin: 'hr' },
  { lang: 'de', count: 26, tpls: DE, origin: 'de' },
  { lang: 'fr', count: 26, tpls: FR, origin: 'fr' },
]

// the origin of each line, for the stats (English regions rotate)
export const origins: string[] = []

export function buildLines(): Line[] {
  const out: Line[] = []
  origins.length = 0
  for (const { lang, count, tpls, origin } of LANGS) {
    const r = new Rng(`holdout20-${lang}`)
    for (let i = 0; i < count; i++) {
      const j = i % tpls.length
      const k = Math.floor(i / tpls.length)
      const tpl = tpls[j]!
      const o: Origin = tpl.region ?? origin ?? EN_REGIONS[(j + k) % EN_REGIONS.length]!
      const lower = tpl.kind === 'transcript'
      const ctx = new Ctx(r, LOCALES[o], lower)
      const doc = render(tpl.fn(ctx), { lower, nfd: tpl.nfd })
      const id = `${lang}-${tpl.kind}-${String(i + 1).padStart(4, '0')}`
      out.push({ id, lang, kind: tpl.kind, text: doc.text, entities: doc.entities, negatives: doc.negatives })
      origins.push(o)
    }
  }
  return out
}

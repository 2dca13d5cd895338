// Builds test/fixtures/pii-holdout15/corpus.jsonl: a vet chain with pet
// insurance, a funeral director and a home-energy installer, in six languages.
// Seeded and deterministic: `bun scripts/gen-holdout15.ts` rewrites the same bytes.
import { writeFileSync } from 'node:fs'
import { DE, FR } from './holdout15/de-fr'
import { DE_MORE, FR_MORE } from './holdout15/de-fr-more'
import { EL, LV, SL } from './holdout15/el-lv-sl'
import { EL_MORE, LV_MORE, SL_MORE } from './holdout15/el-lv-sl-more'
import { EN_ENERGY } from './holdout15/en-energy'
import { EN_EXTRA } from './holdout15/en-extra'
import { EN_FUNERAL } from './holdout15/en-funeral'
import { EN_VET } from './holdout15/en-vet'
import { createKit } from './holdout15/kit'
import { createDoc, type Rendered } from './holdout15/render'
import { createRng, seedOf } from './holdout15/rng'
import type { Template } from './holdout15/template'

interface Plan { lang: string; count: number; homes: string[]; templates: Template[] }

const PLANS: Plan[] = [
  { lang: 'en', count: 256, homes: ['GB', 'GB', 'US', 'ZA'], templates: [...EN_VET, ...EN_FUNERAL, ...EN_ENERGY, ...EN_EXTRA] },
  { lang: 'de', count: 50, homes: ['AT'], templates: [...DE, ...DE_MORE] },
  { lang: 'fr', count: 50, homes: ['CH', 'LU'], templates: [...FR, ...FR_MORE] },
  { lang: 'el', count: 45, homes: ['GR'], templates: [...EL, ...EL_MORE] },
  { lang: 'lv', count: 48, homes: ['LV'], templates: [...LV, ...LV_MORE] },
  { lang: 'sl', count: 48, homes: ['SI'], templates: [...SL, ...SL_MORE] },
]

export const CORPUS_PATH = 'test/fixtures/pii-holdout15/corpus.jsonl'

function check(r: Rendered, id: string): void {
  const spans = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start)
  for (let i = 1; i < spans.length; i++) {
    if ((spans[i]?.start ?? 0) < (spans[i - 1]?.end ?? 0)) throw new Error(`${id}: overlapping spans`)
  }
}

export function buildCorpus(): string {
  const lines: string[] = []
  for (const plan of PLANS) {
    const rng = createRng(seedOf(`holdout15-${plan.lang}`))
    const perGenre = new Map<string, number>()
    const n = plan.templates.length
    for (let i = 0; i < plan.count; i++) {
      const template = plan.templates[i % n] as Template
      const home = plan.homes[Math.floor(i / n) % plan.homes.length] as string
      const doc = createDoc()
      template.write(doc, createKit(rng, plan.lang, home))
      const r = doc.done()
      const no = (perGenre.get(template.genre) ?? 0) + 1
      perGenre.set(template.genre, no)
      const id = `${plan.lang}-${template.genre}-${String(no).padStart(4, '0')}`
      check(r, id)
      lines.push(JSON.stringify({ id, lang: plan.lang, kind: template.genre, text: r.text, entities: r.entities, negatives: r.negatives }))
    }
  }
  return lines.join('\n') + '\n'
}

if (import.meta.main) {
  writeFileSync(CORPUS_PATH, buildCorpus())
}

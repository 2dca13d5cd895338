// Assembles the corpus: per language, texts cycle through its templates, the
// market rotating across rounds so every template meets every market. Each
// text has its own seed, so editing one template leaves other texts' values alone.
import { type Ctx, createCtx } from "./ctx.ts"
import { EN_CLINICS } from "./en-clinics.ts"
import { EN_GYM } from "./en-gym.ts"
import { EN_REFS } from "./en-refs.ts"
import { EN_IDS } from "./en-ids.ts"
import { EN_MARKETS } from "./en-markets.ts"
import { EN_UNI } from "./en-uni.ts"
import { ES, ES_REFS } from "./es.ts"
import { IT, IT_REFS } from "./it.ts"
import { type Lang, LOCALES } from "./locales.ts"
import { PT, PT_REFS } from "./pt.ts"
import { type Label, type Negative, type Template, createRng, render } from "./render.ts"

export type Row = { id: string; lang: Lang; kind: string; text: string; entities: Label[]; negatives: Negative[] }
export type Meta = { id: string; locale: string; biz: string }

const PLAN: { lang: Lang; seed: number; count: number; templates: Template<Ctx>[] }[] = [
  { lang: "en", seed: 110_001, count: 344, templates: [...EN_CLINICS, ...EN_GYM, ...EN_UNI, ...EN_REFS, ...EN_IDS, ...EN_MARKETS] },
  { lang: "es", seed: 110_002, count: 77, templates: [...ES, ...ES_REFS] },
  { lang: "it", seed: 110_003, count: 40, templates: [...IT, ...IT_REFS] },
  { lang: "pt", seed: 110_004, count: 40, templates: [...PT, ...PT_REFS] },
]

export function buildRows(): { rows: Row[]; meta: Meta[] } {
  const rows: Row[] = []
  const meta: Meta[] = []
  for (const { lang, seed, count, templates } of PLAN) {
    const locales = LOCALES.filter((l) => l.lang === lang)
    for (let i = 0; i < count; i++) {
      const t = templates[i % templates.length]!
      const rotated = locales[(i % templates.length + Math.floor(i / templates.length)) % locales.length]!
      const loc = t.market ? LOCALES.find((l) => l.id === t.market)! : rotated
      const rng = createRng(seed * 1009 + i * 7919)
      const { text, entities, negatives } = render(t.make(createCtx(rng, loc)))
      const id = `${lang}-${t.kind}-${String(i + 1).padStart(4, "0")}`
      rows.push({ id, lang, kind: t.kind, text, entities, negatives })
      meta.push({ id, locale: loc.id, biz: t.biz })
    }
  }
  return { rows, meta }
}

/** The file's bytes: one JSON object per line, keys in the documented order. */
export function buildCorpus(): string {
  return buildRows().rows.map((r) => JSON.stringify({ id: r.id, lang: r.lang, kind: r.kind, text: r.text, entities: r.entities, negatives: r.negatives })).join("\n") + "\n"
}

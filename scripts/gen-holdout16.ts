// Builds test/fixtures/pii-holdout16/corpus.jsonl: a labeled PII corpus from a
// mobile-game and subscription desk, a ticketing company, a car dealership with
// its leasing arm and a municipal parking operator, in eight languages.
// Seeded and deterministic: `bun scripts/gen-holdout16.ts` rewrites the file
// byte for byte; buildCorpus() returns the same text for the test.
import { writeFileSync } from "node:fs"
import { createCtx } from "./holdout16/ctx.ts"
import { CS } from "./holdout16/cs.ts"
import { EN_A } from "./holdout16/en-a.ts"
import { EN_B } from "./holdout16/en-b.ts"
import { ES } from "./holdout16/es.ts"
import { ET } from "./holdout16/et.ts"
import { FI } from "./holdout16/fi.ts"
import { IT } from "./holdout16/it.ts"
import { PL } from "./holdout16/pl.ts"
import { PT } from "./holdout16/pt.ts"
import { type Part, type Rendered, render } from "./holdout16/render.ts"
import { createRng } from "./holdout16/rng.ts"
import type { Template } from "./holdout16/template.ts"

export const CORPUS_PATH = "test/fixtures/pii-holdout16/corpus.jsonl"

type Lang = { lang: string; seed: number; count: number; templates: Template[] }
export const LANGS: Lang[] = [
  { lang: "en", seed: 16_001, count: 220, templates: [...EN_A, ...EN_B] },
  { lang: "es", seed: 16_002, count: 32, templates: ES },
  { lang: "pt", seed: 16_003, count: 32, templates: PT },
  { lang: "it", seed: 16_004, count: 32, templates: IT },
  { lang: "pl", seed: 16_005, count: 32, templates: PL },
  { lang: "cs", seed: 16_006, count: 32, templates: CS },
  { lang: "fi", seed: 16_007, count: 32, templates: FI },
  { lang: "et", seed: 16_008, count: 32, templates: ET },
]

// Lead-ins with astral emoji, ZWJ sequences, flags, skin tones and NFD
// combining marks, so every later offset depends on UTF-16 counting.
const LEADS = ["🇨🇦 ", "🇳🇿 ", "👍🏽 ", "👨‍👩‍👧 ", "Cre\u0300me bru\u0302le\u0301e 🍮 ", "⚠️ ", "🅿️ ", "nai\u0308ve q: ", "🏎️💨 ", "Ś\u0301ciągnięte ✔️ "]

export type Line = { id: string; lang: string; kind: string; domain: string } & Rendered

function checkSpans(r: Rendered, id: string): void {
  const all = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start)
  for (let i = 1; i < all.length; i++) {
    if ((all[i] as { start: number }).start < (all[i - 1] as { end: number }).end) throw new Error(`${id}: overlapping spans`)
  }
  for (const s of all) if (!(s.start >= 0 && s.start < s.end && s.end <= r.text.length)) throw new Error(`${id}: span out of bounds`)
}

export function buildLines(): Line[] {
  const lines: Line[] = []
  for (const { lang, seed, count, templates } of LANGS) {
    const r = createRng(seed)
    const c = createCtx(r, lang)
    for (let i = 0; i < count; i++) {
      const tp = templates[i % templates.length] as Template
      const parts: Part[] = tp.make(c)
      const lead = tp.kind !== "csv" && tp.kind !== "json" && r.chance(0.3) ? r.pick(LEADS) : ""
      const rendered = render([lead, ...parts])
      const id = `${lang}-${tp.kind}-${String(i + 1).padStart(4, "0")}`
      checkSpans(rendered, id)
      lines.push({ id, lang, kind: tp.kind, domain: tp.domain, ...rendered })
    }
  }
  return lines
}

export function buildCorpus(): string {
  return buildLines()
    .map((l) => JSON.stringify({ id: l.id, lang: l.lang, kind: l.kind, text: l.text, entities: l.entities, negatives: l.negatives }))
    .join("\n") + "\n"
}

if (import.meta.main) {
  const text = buildCorpus()
  writeFileSync(CORPUS_PATH, text)
  console.log(`wrote ${text.split("\n").length - 1} texts to ${CORPUS_PATH}`)
}

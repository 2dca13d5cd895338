// Builds test/fixtures/pii-holdout17/corpus.jsonl: university admissions and student finance, an online
// pharmacy, and a removals and storage company, in English, Dutch, Swedish, Danish, Norwegian, Romanian,
// Hungarian and Croatian. Seeded per language, so the same code writes the same bytes.
// Run: bun scripts/gen-holdout17.ts
import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { createCtx } from "./holdout17/ctx.ts"
import { LANGS } from "./holdout17/langs.ts"
import { render, type Entity, type Negative } from "./holdout17/render.ts"
import { createRng, seedOf } from "./holdout17/rng.ts"

export interface Row { id: string; lang: string; kind: string; text: string; entities: Entity[]; negatives: Negative[] }

export const CORPUS_PATH = resolve(import.meta.dirname, "../test/fixtures/pii-holdout17/corpus.jsonl")

export function buildRows(): Row[] {
  const rows: Row[] = []
  for (const L of LANGS) {
    const rng = createRng(seedOf(`holdout17:${L.lang}`))
    const perKind = new Map<string, number>()
    for (let i = 0; i < L.count; i++) {
      const tpl = L.templates[i % L.templates.length]!
      const ctx = createCtx(rng, L.lang, L.origins, L.regions, L.ibans)
      const out = render(tpl.make(ctx))
      const n = (perKind.get(tpl.kind) ?? 0) + 1
      perKind.set(tpl.kind, n)
      rows.push({ id: `${L.lang}-${tpl.kind}-${String(n).padStart(4, "0")}`, lang: L.lang, kind: tpl.kind, ...out })
    }
  }
  return rows
}

export function buildCorpus(): string {
  return buildRows().map((r) => JSON.stringify(r)).join("\n") + "\n"
}

if (import.meta.main) {
  const text = buildCorpus()
  writeFileSync(CORPUS_PATH, text)
  console.log(`wrote ${text.split("\n").length - 1} texts to ${CORPUS_PATH}`)
}

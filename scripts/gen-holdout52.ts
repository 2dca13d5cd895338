// Writes test/fixtures/pii-holdout52/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout52.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { BIZ } from "./holdout52/biz.ts"
import { Draft, keeps } from "./holdout52/draft.ts"
import { LOCALES } from "./holdout52/locales.ts"
import { KINDS, type Kind } from "./holdout52/pack.ts"
import { PACKS } from "./holdout52/packs.ts"
import { render } from "./holdout52/render.ts"
import { seeded, type Rng } from "./holdout52/rng.ts"
import { Scene } from "./holdout52/scene.ts"
import { stats, type Built } from "./holdout52/stats.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout52/corpus.jsonl", import.meta.url))
export { KINDS, LOCALES }
const SEED = 0x52b1_7d0e
/** Every tenth text carries lookalikes but no personal data at all. */
export const isBare = (i: number) => i % 10 === 9

/** In the US and Britain, most texts (70 in 100) come from templates that ask for the SSN or the NI number. */
function withIds(pool: string[], cc: string, r: Rng): string[] {
  const slot = cc === "US" ? "{ssn}" : cc === "GB" ? "{nino}" : undefined
  const ids = slot ? pool.filter((t) => t.includes(slot)) : []
  return ids.length > 0 && r.chance(0.7) ? ids : pool
}

/** Templates are used in turn within a language and kind (`occ` counts the earlier texts of that language and kind). */
function buildOne(i: number, li: number, k: number, occ: number): Built {
  const loc = LOCALES[li]!
  const kind: Kind = KINDS[(k + li * 3) % KINDS.length]!
  const biz = BIZ[(k + li) % BIZ.length]!
  const pack = PACKS[loc.lang]!
  const bare = isBare(i)
  const pool = (bare ? pack.bare[kind] : pack.templates[kind]).filter((t) => !t.includes(`{!${biz.key}}`))
  for (let attempt = 0; attempt < 400; attempt++) {
    const r = seeded(SEED ^ Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt + 1, 0x85ebca77))
    const from = withIds(pool, loc.cc, r)
    const template = from[(occ + attempt) % from.length]!
    const scene = new Scene(r, loc, biz, pack, kind, template)
    const d = new Draft()
    d.addAll(render(template, scene))
    d.text = d.text.trimEnd()
    d.parts = scene.parts()
    if (!keeps(d) || (bare ? d.entities.length > 0 : d.entities.length === 0)) continue
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: loc.tag, kind, text: d.text, entities: d.entities, negatives: d.negatives })
    return { line, bare, biz: biz.key, redraws: attempt, parts: d.parts }
  }
  throw new Error(`holdout52: text ${i + 1} (${loc.tag} ${kind} ${biz.key}) failed its checks 400 times`)
}

export function buildAll(): Built[] {
  const slots = LOCALES.flatMap((loc, li) => Array.from({ length: loc.per }, (_, k) => ({ li, k })))
  const seen = new Map<string, number>()
  return slots.map(({ li, k }, i) => {
    const key = `${LOCALES[li]!.lang} ${KINDS[(k + li * 3) % KINDS.length]} ${isBare(i)}`
    seen.set(key, (seen.get(key) ?? -1) + 1)
    return buildOne(i, li, k, seen.get(key)!)
  })
}

export const buildCorpus = () => buildAll().map((b) => b.line).join("\n") + "\n"

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) console.log(stats(built))
  else writeFileSync(CORPUS_PATH, built.map((b) => b.line).join("\n") + "\n")
}

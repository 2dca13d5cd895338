// Writes test/fixtures/pii-holdout56/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout56.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { BIZ } from "./holdout56/biz.ts"
import { assemble, keeps } from "./holdout56/draft.ts"
import { Picker } from "./holdout56/frames.ts"
import { FRAMES } from "./holdout56/kinds.ts"
import { LOCALES } from "./holdout56/locales.ts"
import { KINDS, type Kind } from "./holdout56/pack.ts"
import { PACKS } from "./holdout56/packs.ts"
import { seeded } from "./holdout56/rng.ts"
import { Scene } from "./holdout56/scene.ts"
import { stats, type Built } from "./holdout56/stats.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout56/corpus.jsonl", import.meta.url))
export { KINDS, LOCALES }
const SEED = 0x56d1_4e2b
/** Every tenth text carries lookalikes but no personal data at all. */
export const isBare = (i: number) => i % 10 === 9
/** Kinds turn with the text's number, shifted by one every forty texts so the bare ones fall on every kind. */
export const kindOf = (i: number): Kind => KINDS[(i + Math.floor(i / 40)) % KINDS.length]!
/** Businesses turn every six texts, shifted by one every 120, so each locale meets several. */
const bizOf = (i: number) => BIZ[(Math.floor(i / 6) + Math.floor(i / 120)) % BIZ.length]!

function buildOne(i: number, li: number, counters: Map<string, number>): Built {
  const loc = LOCALES[li]!
  const kind = kindOf(i)
  const biz = bizOf(i)
  const pack = PACKS[loc.lang]!
  const bare = isBare(i)
  for (let attempt = 0; attempt < 400; attempt++) {
    const r = seeded(SEED ^ Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt + 1, 0x85ebca77))
    const s = new Scene(r, loc, biz, pack, kind)
    const f = FRAMES[kind]({ s, p: new Picker(counters, s), pk: pack, bare })
    const o = assemble(s.render(f.template), f.lower)
    const parts = s.parts()
    if (!keeps(o, parts) || (bare ? o.entities.length > 0 : o.entities.length === 0)) continue
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: loc.tag, kind, text: o.text, entities: o.entities, negatives: o.negatives })
    return { line, bare, biz: biz.key, redraws: attempt, parts }
  }
  throw new Error(`holdout56: text ${i + 1} (${loc.tag} ${kind} ${biz.key}) failed its checks 400 times`)
}

export function buildAll(): Built[] {
  const slots = LOCALES.flatMap((loc, li) => Array.from({ length: loc.per }, () => li))
  const counters = new Map<string, number>()
  return slots.map((li, i) => buildOne(i, li, counters))
}

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) console.log(stats(built))
  else writeFileSync(CORPUS_PATH, built.map((b) => b.line).join("\n") + "\n")
}

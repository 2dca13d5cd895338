// Writes test/fixtures/pii-holdout51/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout51.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { BIZ } from "./holdout51/biz.ts"
import { Draft, keeps } from "./holdout51/draft.ts"
import { LOCALES } from "./holdout51/locales.ts"
import { KINDS, type Kind } from "./holdout51/pack.ts"
import { PACKS, templatesOf } from "./holdout51/packs.ts"
import { render } from "./holdout51/render.ts"
import { seeded, type Rng } from "./holdout51/rng.ts"
import { Scene } from "./holdout51/scene.ts"
import { stats, type Built } from "./holdout51/stats.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout51/corpus.jsonl", import.meta.url))
export { KINDS, LOCALES }
const SEED = 0x51a7_c0de
/** Every tenth text carries lookalikes but no personal data at all. */
export const isBare = (i: number) => i % 10 === 9

/** In the US and Britain, two texts in three come from templates that ask for the SSN or the NI number. */
function withIds(pool: string[], tag: string, r: Rng): string[] {
  const ids = pool.filter((t) => /\{\??(id|sid|idor)\}/.test(t))
  return (tag === "en-US" || tag === "en-GB") && ids.length > 0 && r.chance(0.67) ? ids : pool
}

function buildOne(i: number, li: number, k: number): Built {
  const loc = LOCALES[li]!
  const kind: Kind = KINDS[(k + li * 2) % KINDS.length]!
  const biz = BIZ[(k + li) % BIZ.length]!
  const pack = PACKS[loc.lang]!
  const bare = isBare(i)
  const pool = templatesOf(pack, kind, bare)
  for (let attempt = 0; attempt < 400; attempt++) {
    const r = seeded(SEED ^ Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt + 1, 0x85ebca77))
    const scene = new Scene(r, loc, biz, pack)
    const d = new Draft()
    d.addAll(render(r.pick(withIds(pool, loc.tag, r)), scene))
    d.trimEnd()
    d.parts = scene.parts()
    if (!keeps(d) || (bare ? d.entities.length > 0 : d.entities.length === 0)) continue
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: loc.tag, kind, text: d.text, entities: d.entities, negatives: d.negatives })
    return { line, negOnly: bare, biz: biz.key, redraws: attempt, parts: d.parts }
  }
  throw new Error(`holdout51: text ${i + 1} (${loc.tag} ${kind} ${biz.key}) failed its checks 400 times`)
}

export function buildAll(): Built[] {
  const slots = LOCALES.flatMap((loc, li) => Array.from({ length: loc.per }, (_, k) => ({ li, k })))
  return slots.map(({ li, k }, i) => buildOne(i, li, k))
}

export const buildCorpus = () => buildAll().map((b) => b.line).join("\n") + "\n"

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) console.log(stats(built))
  else writeFileSync(CORPUS_PATH, built.map((b) => b.line).join("\n") + "\n")
}

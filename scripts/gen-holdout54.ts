// Writes test/fixtures/pii-holdout54/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout54.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { BIZ } from "./holdout54/biz.ts"
import { assemble, keeps } from "./holdout54/draft.ts"
import { Picker, frame } from "./holdout54/frames.ts"
import { LOCALES } from "./holdout54/locales.ts"
import { KINDS, type Kind } from "./holdout54/pack.ts"
import { PACKS } from "./holdout54/packs.ts"
import { render } from "./holdout54/render.ts"
import { seeded } from "./holdout54/rng.ts"
import { Scene } from "./holdout54/scene.ts"
import { stats, type Built } from "./holdout54/stats.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout54/corpus.jsonl", import.meta.url))
export { KINDS, LOCALES }
const SEED = 0x54b7_2e91
/** Every tenth text carries lookalikes but no personal data at all. */
export const isBare = (i: number) => i % 10 === 9

/** Kinds turn with the text's number (shifted by one every forty texts, so the bare ones fall on every kind). */
export const kindOf = (i: number): Kind => KINDS[(i + Math.floor(i / 40)) % KINDS.length]!
/** Businesses turn every eight texts, shifted by one every 32 texts, so each locale meets more than one. */
const bizOf = (i: number) => BIZ[(Math.floor(i / 8) + Math.floor(i / 96)) % BIZ.length]!

function buildOne(i: number, li: number, occ: number): Built {
  const loc = LOCALES[li]!
  const kind = kindOf(i)
  const biz = bizOf(i)
  const pack = PACKS[loc.lang]!
  const bare = isBare(i)
  for (let attempt = 0; attempt < 400; attempt++) {
    const r = seeded(SEED ^ Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt + 1, 0x85ebca77))
    const scene = new Scene(r, loc, biz, pack, kind)
    const f = frame(kind, new Picker(scene, bare, occ + attempt), pack, loc, r, bare)
    const o = assemble(render(f.template, scene), f.lower)
    const parts = scene.parts()
    if (!keeps(o, parts) || (bare ? o.entities.length > 0 : o.entities.length === 0)) continue
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: loc.tag, kind, text: o.text, entities: o.entities, negatives: o.negatives })
    return { line, bare, biz: biz.key, redraws: attempt, parts }
  }
  throw new Error(`holdout54: text ${i + 1} (${loc.tag} ${kind} ${biz.key}) failed its checks 400 times`)
}

export function buildAll(): Built[] {
  const slots = LOCALES.flatMap((loc, li) => Array.from({ length: loc.per }, () => li))
  const seen = new Map<string, number>()
  return slots.map((li, i) => {
    const key = `${LOCALES[li]!.lang} ${kindOf(i)} ${isBare(i)}`
    seen.set(key, (seen.get(key) ?? -1) + 1)
    return buildOne(i, li, seen.get(key)!)
  })
}

export const buildCorpus = () => buildAll().map((b) => b.line).join("\n") + "\n"

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) console.log(stats(built))
  else writeFileSync(CORPUS_PATH, built.map((b) => b.line).join("\n") + "\n")
}

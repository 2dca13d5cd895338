// Writes test/fixtures/pii-holdout58/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout58.ts` writes it; `--stats` prints its counts; `--why` why texts were drawn again.
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { BIZ } from "./holdout58/biz.ts"
import { assemble, flaw } from "./holdout58/draft.ts"
import { FRAMES, KINDS } from "./holdout58/kinds.ts"
import { LOCALES } from "./holdout58/locales.ts"
import { Picker } from "./holdout58/pack.ts"
import { PACKS } from "./holdout58/packs.ts"
import { seeded } from "./holdout58/rng.ts"
import { Scene, type Kind } from "./holdout58/scene.ts"
import { stats, type Built } from "./holdout58/stats.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout58/corpus.jsonl", import.meta.url))
export { KINDS, LOCALES }
const SEED = 0x58c0_ffee
/** Every tenth text carries lookalikes but no personal data at all. */
export const isBare = (i: number) => i % 10 === 9
/** Kinds turn with the text's number, shifted by one every forty texts so the bare ones fall on every kind. */
export const kindOf = (i: number): Kind => KINDS[(i + Math.floor(i / 40)) % KINDS.length]!
/** Businesses turn every six texts, shifted by one every 120, so each locale meets several. */
const bizOf = (i: number) => BIZ[(Math.floor(i / 6) + Math.floor(i / 120)) % BIZ.length]!

function buildOne(i: number, li: number, counters: Map<string, number>, why: Map<string, number>): Built {
  const loc = LOCALES[li]!
  const kind = kindOf(i)
  const biz = bizOf(i)
  const pack = PACKS[loc.lang]!
  const bare = isBare(i)
  for (let attempt = 0; attempt < 400; attempt++) {
    const r = seeded(SEED ^ Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt + 1, 0x85ebca77))
    const s = new Scene(r, loc, biz, pack, kind)
    const f = FRAMES[kind]({ s, p: new Picker(counters, s), pk: pack, bare })
    const o = assemble(f.segs, f.lower)
    const parts = s.parts()
    const bad = flaw(o, parts) ?? (bare ? (o.entities.length ? "bare text with labels" : undefined) : o.entities.length ? undefined : "no labels")
    if (bad) {
      const k = bad.replace(/ ".*$/, "")
      why.set(k, (why.get(k) ?? 0) + 1)
      continue
    }
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const rec = { id, lang: loc.tag, kind, text: o.text, entities: o.entities, negatives: o.negatives }
    return { line: JSON.stringify(rec), rec, bare, biz: biz.key, redraws: attempt, parts }
  }
  throw new Error(`holdout58: text ${i + 1} (${loc.tag} ${kind} ${biz.key}) failed its checks 400 times`)
}

export function buildAll(why = new Map<string, number>()): Built[] {
  const slots = LOCALES.flatMap((loc, li) => Array.from({ length: loc.per }, () => li))
  const counters = new Map<string, number>()
  return slots.map((li, i) => buildOne(i, li, counters, why))
}

if (import.meta.main) {
  const why = new Map<string, number>()
  const built = buildAll(why)
  if (process.argv.includes("--stats")) console.log(stats(built))
  else if (process.argv.includes("--why")) console.log([...why].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} ${k}`).join("\n"))
  else {
    mkdirSync(dirname(CORPUS_PATH), { recursive: true })
    writeFileSync(CORPUS_PATH, built.map((b) => b.line).join("\n") + "\n")
  }
}

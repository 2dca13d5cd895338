// Writes test/fixtures/pii-holdout41/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout41.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { keeps } from "./holdout41/check.ts"
import { Draft } from "./holdout41/draft.ts"
import { scene, type Scene } from "./holdout41/fill.ts"
import { csv, form, jobsheet, log, note, plain, ticket } from "./holdout41/kinds-rows.ts"
import { chat, email, fwd, sms, summary, voicemail } from "./holdout41/kinds-talk.ts"
import { EN_LOCALES } from "./holdout41/locales-en.ts"
import { NORTH } from "./holdout41/locales-north.ts"
import { SOUTH } from "./holdout41/locales-south.ts"
import { WEST } from "./holdout41/locales-west.ts"
import { seeded } from "./holdout41/rng.ts"
import { stats, type Built } from "./holdout41/stats.ts"
import { DOMAINS, type Locale } from "./holdout41/types.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout41/corpus.jsonl", import.meta.url))
const WRITERS: Record<string, (s: Scene, d: Draft) => void> = { chat, note, email, summary, sms, csv, log, form, voicemail, ticket, fwd, jobsheet }
export const KINDS = Object.keys(WRITERS)
export const LOCALES: Locale[] = [...EN_LOCALES, ...NORTH, ...SOUTH, ...WEST]
const SEED = 0x41b0_17e5
export const PER_LOCALE = 18

function buildOne(i: number, loc: Locale, k: number, li: number): Built {
  const kind = KINDS[(k + li * 5) % KINDS.length]!
  const domain = DOMAINS[(k + li) % DOMAINS.length]!
  const negOnly = k % 9 === 4
  for (let attempt = 0; attempt < 400; attempt++) {
    const r = seeded(SEED ^ Math.imul(i + 1, 0x2c1b3c6d) ^ Math.imul(attempt + 1, 0x297a2d39))
    const s = scene(r, loc, domain, kind, negOnly)
    const d = new Draft()
    ;(negOnly ? plain : WRITERS[kind]!)(s, d)
    d.text = d.text.replace(/\s+$/, "")
    if (!keeps(d) || (negOnly && d.entities.length > 0)) continue
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: loc.tag, kind, text: d.text, entities: d.entities, negatives: d.negatives })
    return { line, negOnly, domain, redraws: attempt, parts: negOnly ? [] : d.parts }
  }
  throw new Error(`holdout41: text ${i + 1} (${loc.tag} ${kind}) failed its checks 400 times`)
}

export function buildAll(): Built[] {
  const jobs = LOCALES.flatMap((loc, li) => Array.from({ length: PER_LOCALE }, (_, k) => ({ loc, k, li })))
  return jobs.map(({ loc, k, li }, i) => buildOne(i, loc, k, li))
}

export const buildCorpus = () => buildAll().map((b) => b.line).join("\n") + "\n"

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) console.log(stats(built))
  else writeFileSync(CORPUS_PATH, built.map((b) => b.line).join("\n") + "\n")
}

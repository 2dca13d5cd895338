// Writes test/fixtures/pii-holdout39/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout39.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { passes } from "./holdout39/check.ts"
import type { Scene } from "./holdout39/fills.ts"
import { chat, email, sms, summary, voicemail } from "./holdout39/kinds-talk.ts"
import { csv, form, log, note, ticket } from "./holdout39/kinds-rows.ts"
import { EN } from "./holdout39/locales-en.ts"
import { NORTH } from "./holdout39/locales-north.ts"
import { SOUTH } from "./holdout39/locales-south.ts"
import { WEST } from "./holdout39/locales-west.ts"
import { drawPlan } from "./holdout39/plan.ts"
import { seeded } from "./holdout39/rng.ts"
import { stats, type Built } from "./holdout39/stats.ts"
import { Draft } from "./holdout39/text.ts"
import { DOMAINS, type Locale } from "./holdout39/types.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout39/corpus.jsonl", import.meta.url))
const WRITERS: Record<string, (s: Scene, t: Draft) => void> = { chat, note, email, summary, sms, csv, log, form, voicemail, ticket }
export const KINDS = Object.keys(WRITERS)
export const LOCALES: Locale[] = [...EN, ...NORTH, ...SOUTH, ...WEST]
const SEED = 0x39c0_ffee
/** Texts per locale: 21 for each English, 20 for each other language. */
const perLocale = (loc: Locale) => (loc.tag.startsWith("en") ? 21 : 20)

function buildOne(i: number, loc: Locale, k: number, li: number): Built {
  const kind = KINDS[(k + li * 3) % KINDS.length]!
  const domain = DOMAINS[(k + li + Math.floor(k / KINDS.length)) % DOMAINS.length]!
  const negOnly = k % 10 === 7
  for (let attempt = 0; attempt < 400; attempt++) {
    const rng = seeded(SEED + i * 104729 + attempt * 7919)
    const s: Scene = { rng, loc, domain, kind, plan: drawPlan(rng, loc, domain, kind, negOnly) }
    const t = new Draft()
    WRITERS[kind]!(s, t)
    t.body = t.body.replace(/\n+$/, "")
    if (!passes(t) || (negOnly && t.entities.length > 0)) continue
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: loc.tag, kind, text: t.body, entities: t.entities, negatives: t.negatives })
    return { line, negOnly, domain, redraws: attempt, parts: t.parts }
  }
  throw new Error(`holdout39: text ${i + 1} (${loc.tag} ${kind}) failed its checks 400 times`)
}

export function buildAll(): Built[] {
  const jobs = LOCALES.flatMap((loc, li) => Array.from({ length: perLocale(loc) }, (_, k) => ({ loc, k, li })))
  return jobs.map(({ loc, k, li }, i) => buildOne(i, loc, k, li))
}

export const buildCorpus = () => buildAll().map((b) => b.line).join("\n") + "\n"

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) console.log(stats(built))
  else writeFileSync(CORPUS_PATH, built.map((b) => b.line).join("\n") + "\n")
}

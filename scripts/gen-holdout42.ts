// Writes test/fixtures/pii-holdout42/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout42.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { keeps } from "./holdout42/check.ts"
import { Draft } from "./holdout42/draft.ts"
import { scene, type Scene } from "./holdout42/fill.ts"
import { email, fwd } from "./holdout42/kinds-mail.ts"
import { csv, driver, form, invoice, log, note, ticket } from "./holdout42/kinds-rows.ts"
import { chat, sms, subtitle, summary, voicemail } from "./holdout42/kinds-talk.ts"
import { EN_LOCALES } from "./holdout42/locales-en.ts"
import { NORTH } from "./holdout42/locales-north.ts"
import { SOUTH } from "./holdout42/locales-south.ts"
import { plain } from "./holdout42/plain.ts"
import { seeded } from "./holdout42/rng.ts"
import { stats, type Built } from "./holdout42/stats.ts"
import { DOMAINS, type Locale } from "./holdout42/types.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout42/corpus.jsonl", import.meta.url))
const WRITERS: Record<string, (s: Scene, d: Draft) => void> = { chat, note, email, summary, sms, csv, log, form, voicemail, subtitle, ticket, fwd, driver, invoice }
export const KINDS = Object.keys(WRITERS)
export const LOCALES: Locale[] = [...EN_LOCALES, ...NORTH, ...SOUTH]
const SEED = 0x42c0_a5e7
export const PER_LOCALE = 16

function buildOne(i: number, loc: Locale, k: number, li: number): Built {
  const kind = KINDS[(k + li * 3) % KINDS.length]!
  const domain = DOMAINS[(k + li) % DOMAINS.length]!
  const negOnly = k % 8 === 5
  for (let attempt = 0; attempt < 400; attempt++) {
    const r = seeded(SEED ^ Math.imul(i + 1, 0x2c1b3c6d) ^ Math.imul(attempt + 1, 0x297a2d39))
    const s = scene(r, loc, domain, kind, negOnly, i)
    const d = new Draft()
    ;(negOnly ? plain : WRITERS[kind]!)(s, d)
    d.text = d.text.replace(/\s+$/, "")
    if (!keeps(d) || (negOnly && d.entities.length > 0)) continue
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: loc.tag, kind, text: d.text, entities: d.entities, negatives: d.negatives })
    return { line, negOnly, domain, redraws: attempt, parts: negOnly ? [] : d.parts }
  }
  throw new Error(`holdout42: text ${i + 1} (${loc.tag} ${kind}) failed its checks 400 times`)
}

export function buildAll(): Built[] {
  const jobs = LOCALES.flatMap((loc, li) => Array.from({ length: PER_LOCALE }, (_, k) => ({ loc, k, li })))
  return jobs.map(({ loc, k, li }, i) => buildOne(i, loc, k, li))
}

export const buildCorpus = () => buildAll().map((b) => b.line).join("\n") + "\n"

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) console.log(stats(built))
  else writeFileSync(CORPUS_PATH, buildCorpus())
}

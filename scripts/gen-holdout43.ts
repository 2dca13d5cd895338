// Writes test/fixtures/pii-holdout43/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout43.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { keeps } from "./holdout43/check.ts"
import { DOMAINS } from "./holdout43/domains.ts"
import { Draft } from "./holdout43/draft.ts"
import { email, fwd, letter, receipt } from "./holdout43/kinds-mail.ts"
import { csv, form, log, ticket } from "./holdout43/kinds-rows.ts"
import { chat, note, sms, stt, summary, voicemail } from "./holdout43/kinds-talk.ts"
import { LOCALES } from "./holdout43/locales.ts"
import { plain } from "./holdout43/plain.ts"
import { seeded } from "./holdout43/rng.ts"
import { Scene } from "./holdout43/scene.ts"
import { stats, type Built } from "./holdout43/stats.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout43/corpus.jsonl", import.meta.url))
const WRITERS: Record<string, (s: Scene) => void> = { chat, note, email, summary, sms, csv, log, form, voicemail, stt, ticket, fwd, letter, receipt }
export const KINDS = Object.keys(WRITERS)
export { LOCALES }
const SEED = 0x43d1_7e55
export const PER_LOCALE = 16

function buildOne(i: number, li: number, k: number): Built {
  const loc = LOCALES[li]!
  const kind = KINDS[(k + li * 5) % KINDS.length]!
  const domain = DOMAINS[(k + li) % DOMAINS.length]!
  const negOnly = k % 8 === 3
  for (let attempt = 0; attempt < 400; attempt++) {
    const r = seeded(SEED ^ Math.imul(i + 1, 0x2c1b3c6d) ^ Math.imul(attempt + 1, 0x297a2d39))
    const d = new Draft()
    const s = new Scene(r, loc, domain, d)
    ;(negOnly ? plain : WRITERS[kind]!)(s)
    d.text = d.text.replace(/\s+$/, "")
    if (!keeps(d) || (negOnly && d.entities.length > 0)) continue
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: loc.tag, kind, text: d.text, entities: d.entities, negatives: d.negatives })
    return { line, negOnly, domain, redraws: attempt, parts: negOnly ? [] : d.parts }
  }
  throw new Error(`holdout43: text ${i + 1} (${loc.tag} ${kind}) failed its checks 400 times`)
}

export function buildAll(): Built[] {
  return LOCALES.flatMap((_, li) => Array.from({ length: PER_LOCALE }, (_, k) => ({ li, k }))).map(({ li, k }, i) => buildOne(i, li, k))
}

export const buildCorpus = () => buildAll().map((b) => b.line).join("\n") + "\n"

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) console.log(stats(built))
  else writeFileSync(CORPUS_PATH, buildCorpus())
}

// Writes test/fixtures/pii-holdout44/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout44.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { keeps } from "./holdout44/check.ts"
import { DOMAINS } from "./holdout44/domains.ts"
import { Draft } from "./holdout44/draft.ts"
import { email, invite, letter } from "./holdout44/kinds-mail.ts"
import { note, receipt, summary } from "./holdout44/kinds-misc.ts"
import { csv, form, log, ticket } from "./holdout44/kinds-rows.ts"
import { chat, sms, stt, voicemail } from "./holdout44/kinds-talk.ts"
import { LOCALES } from "./holdout44/locales.ts"
import { plain } from "./holdout44/plain.ts"
import { seeded } from "./holdout44/rng.ts"
import { Scene } from "./holdout44/scene.ts"
import { stats, type Built } from "./holdout44/stats.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout44/corpus.jsonl", import.meta.url))
const WRITERS: Record<string, (s: Scene) => void> = { chat, note, email, summary, sms, csv, log, form, voicemail, stt, ticket, letter, receipt, invite }
export const KINDS = Object.keys(WRITERS)
export { LOCALES }
const SEED = 0x44c0_ffe1
export const PER_LOCALE = 16

function buildOne(i: number, li: number, k: number): Built {
  const loc = LOCALES[li]!
  const kind = KINDS[(k + li * 3) % KINDS.length]!
  const domain = DOMAINS[(k + li) % DOMAINS.length]!
  const negOnly = k % 8 === 5
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
  throw new Error(`holdout44: text ${i + 1} (${loc.tag} ${kind}) failed its checks 400 times`)
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

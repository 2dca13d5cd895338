// Writes test/fixtures/pii-holdout46/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout46.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { keeps } from "./holdout46/check.ts"
import { Draft } from "./holdout46/draft.ts"
import { ical, vcard } from "./holdout46/kinds-cards.ts"
import { ivr, tsv } from "./holdout46/kinds-logs.ts"
import { forward, signature, thread } from "./holdout46/kinds-mail.ts"
import { letter, note, notice, summary } from "./holdout46/kinds-plain.ts"
import { chat, sms, stt, voicemail } from "./holdout46/kinds-talk.ts"
import { LOCALES } from "./holdout46/locales.ts"
import { seeded } from "./holdout46/rng.ts"
import { Scene, type Biz } from "./holdout46/scene.ts"
import { stats, type Built } from "./holdout46/stats.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout46/corpus.jsonl", import.meta.url))
/** Text as agents copy it between systems (half the corpus). */
const COPIED: Record<string, (s: Scene) => void> = { thread, forward, signature, vcard, ical, stt, ivr, tsv, sms }
/** Plain text, with the notices that hold no personal data. */
const PLAIN: Record<string, (s: Scene) => void> = { chat, note, summary, letter, voicemail, notice }
const WRITERS = { ...COPIED, ...PLAIN }
export const KINDS = Object.keys(WRITERS)
export { LOCALES }
export const TOTAL = 480
const SEED = 0x46c0_ffe5

/** Which business and kind each text gets: 120 per business, 240 copied texts, every eighth text a notice. */
function plan(): Array<{ domain: Biz; kind: string }> {
  const r = seeded(SEED)
  const domains = r.shuffle((["air", "water", "uni", "pharm"] as const).flatMap((b) => Array<Biz>(TOTAL / 4).fill(b)))
  const copied = Object.keys(COPIED)
  const plain = Object.keys(PLAIN).filter((k) => k !== "notice")
  const kinds = r.shuffle([...Array.from({ length: 240 }, (_, i) => copied[i % copied.length]!), ...Array.from({ length: 180 }, (_, i) => plain[i % plain.length]!)])
  let k = 0
  return domains.map((domain, i) => ({ domain, kind: i % 8 === 7 ? "notice" : kinds[k++]! }))
}

function buildOne(i: number, domain: Biz, kind: string): Built {
  const loc = LOCALES[i % LOCALES.length]!
  const negOnly = kind === "notice"
  for (let attempt = 0; attempt < 400; attempt++) {
    const r = seeded(SEED ^ Math.imul(i + 1, 0x2c1b3c6d) ^ Math.imul(attempt + 1, 0x297a2d39))
    const d = new Draft()
    WRITERS[kind]!(new Scene(r, loc, domain, d))
    d.text = d.text.replace(/\s+$/, "")
    if (!keeps(d) || (negOnly && d.entities.length > 0)) continue
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: loc.tag, kind, text: d.text, entities: d.entities, negatives: d.negatives })
    return { line, negOnly, domain, redraws: attempt, parts: negOnly ? [] : d.parts }
  }
  throw new Error(`holdout46: text ${i + 1} (${loc.tag} ${kind}) failed its checks 400 times`)
}

export function buildAll(): Built[] {
  return plan().map(({ domain, kind }, i) => buildOne(i, domain, kind))
}

export const buildCorpus = () => buildAll().map((b) => b.line).join("\n") + "\n"

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) console.log(stats(built))
  else writeFileSync(CORPUS_PATH, buildCorpus())
}

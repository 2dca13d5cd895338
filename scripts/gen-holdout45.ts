// Writes test/fixtures/pii-holdout45/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout45.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { BUSINESSES } from "./holdout45/businesses.ts"
import { keeps } from "./holdout45/check.ts"
import type { Draft } from "./holdout45/draft.ts"
import { csv, form, json } from "./holdout45/kinds-data.ts"
import { markdown, rtf } from "./holdout45/kinds-doc.ts"
import { html, qp } from "./holdout45/kinds-mail.ts"
import { chat, letter, note, sms, stt, summary, voicemail } from "./holdout45/kinds-plain.ts"
import { LOCALES } from "./holdout45/locales.ts"
import { seeded } from "./holdout45/rng.ts"
import { Scene } from "./holdout45/scene.ts"
import { stats, type Built } from "./holdout45/stats.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout45/corpus.jsonl", import.meta.url))
/** Half the corpus arrives with markup or encodings left in, half as plain text. */
const ENCODED: Record<string, (s: Scene) => Draft> = { html, qp, form, json, markdown, rtf, csv }
const PLAIN: Record<string, (s: Scene) => Draft> = { chat, note, summary, sms, stt, voicemail, letter }
export const KINDS = [...Object.keys(ENCODED), ...Object.keys(PLAIN)]
export { LOCALES }
const SEED = 0x45c0_de45
export const PER_LOCALE = 20

function buildOne(i: number, li: number, k: number): Built {
  const loc = LOCALES[li]!
  const table = i % 2 === 0 ? ENCODED : PLAIN
  const names = Object.keys(table)
  const kind = names[((k >> 1) + li) % names.length]!
  const biz = BUSINESSES[(k + li) % BUSINESSES.length]!
  const negOnly = i % 8 === 5
  for (let attempt = 0; attempt < 400; attempt++) {
    const r = seeded(SEED ^ Math.imul(i + 1, 0x2c1b3c6d) ^ Math.imul(attempt + 1, 0x297a2d39))
    const s = new Scene(r, loc, biz, kind, negOnly)
    const d = table[kind]!(s)
    d.text = d.text.replace(/\s+$/, "")
    if (!keeps(d) || (negOnly && d.entities.length > 0)) continue
    d.entities.sort((a, b) => a.start - b.start)
    d.negatives.sort((a, b) => a.start - b.start)
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: loc.tag, kind, text: d.text, entities: d.entities, negatives: d.negatives })
    return { line, negOnly, domain: biz.key, kind, lang: loc.tag, redraws: attempt, draft: d, parts: negOnly ? [] : d.parts }
  }
  throw new Error(`holdout45: text ${i + 1} (${loc.tag} ${kind}) failed its checks 400 times`)
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

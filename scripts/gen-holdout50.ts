// Writes test/fixtures/pii-holdout50/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout50.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Draft, keeps } from "./holdout50/draft.ts"
import { chat, letter, note, notice, summary, voicemail } from "./holdout50/kinds-plain.ts"
import { diarized, mbox, patch } from "./holdout50/kinds-tools.ts"
import { jira, sql, stacktrace } from "./holdout50/kinds-tools2.ts"
import { curl, exif, sip } from "./holdout50/kinds-tools3.ts"
import { LOCALES } from "./holdout50/locales.ts"
import { seeded } from "./holdout50/rng.ts"
import { BIZ, Scene } from "./holdout50/scene.ts"
import { stats, type Built } from "./holdout50/stats.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout50/corpus.jsonl", import.meta.url))
/** Half the corpus as tools emit it, half plain; `notice` is every eighth text, with no personal data at all. */
const COPIED: Record<string, (s: Scene) => void> = { patch, diarized, mbox, sql, jira, stacktrace, curl, sip, exif }
const PLAIN: Record<string, (s: Scene) => void> = { chat, note, summary, letter, voicemail }
export const KINDS = [...Object.keys(COPIED), ...Object.keys(PLAIN), "notice"]
export { LOCALES }
const SEED = 0x50d1_3b2f
export const PER_LOCALE = 20

function kindOf(i: number, li: number, k: number): string {
  if (i % 8 === 7) return "notice"
  const copied = Object.keys(COPIED)
  const plain = Object.keys(PLAIN)
  return k % 2 === 0 ? copied[(k / 2 + li * 4) % copied.length]! : plain[((k - 1) / 2 + li * 3) % plain.length]!
}

function buildOne(i: number, li: number, k: number): Built {
  const loc = LOCALES[li]!
  const kind = kindOf(i, li, k)
  const biz = BIZ[(k + li) % BIZ.length]!
  const negOnly = kind === "notice"
  const write = COPIED[kind] ?? PLAIN[kind] ?? notice
  for (let attempt = 0; attempt < 400; attempt++) {
    const r = seeded(SEED ^ Math.imul(i + 1, 0x3c6ef372) ^ Math.imul(attempt + 1, 0x1b873593))
    const d = new Draft()
    write(new Scene(r, loc, biz, d))
    d.text = d.text.replace(/\s+$/, "")
    if (!keeps(d) || (negOnly && d.entities.length > 0)) continue
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: loc.tag, kind, text: d.text, entities: d.entities, negatives: d.negatives })
    return { line, negOnly, biz: biz.key, redraws: attempt, parts: negOnly ? [] : d.parts }
  }
  throw new Error(`holdout50: text ${i + 1} (${loc.tag} ${kind}) failed its checks 400 times`)
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

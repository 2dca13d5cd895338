// Writes test/fixtures/pii-holdout47/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout47.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { BIZ } from "./holdout47/business.ts"
import { Draft, keeps } from "./holdout47/draft.ts"
import { bot, ocr, slack, whatsapp } from "./holdout47/kinds-chat.ts"
import { csv, html, json, mdtable, yaml } from "./holdout47/kinds-crm.ts"
import { chat, letter, note, notice, summary, voicemail } from "./holdout47/kinds-plain.ts"
import { LOCALES } from "./holdout47/locales.ts"
import { seeded } from "./holdout47/rng.ts"
import { Scene } from "./holdout47/scene.ts"
import { stats, type Built } from "./holdout47/stats.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout47/corpus.jsonl", import.meta.url))
/** Half the corpus as tools emit it, half plain; `notice` is every eighth text, with no PII at all. */
const COPIED: Record<string, (s: Scene) => void> = { csv, json, yaml, mdtable, html, ocr, whatsapp, slack, bot }
const PLAIN: Record<string, (s: Scene) => void> = { chat, note, summary, letter, voicemail }
export const KINDS = [...Object.keys(COPIED), ...Object.keys(PLAIN), "notice"]
export { LOCALES }
const SEED = 0x47c0_ffe7
export const PER_LOCALE = 20

function kindOf(i: number, li: number, k: number): string {
  if (i % 8 === 7) return "notice"
  const copied = Object.keys(COPIED)
  const plain = Object.keys(PLAIN)
  return k % 2 === 0 ? copied[(k / 2 + li) % copied.length]! : plain[((k - 1) / 2 + li) % plain.length]!
}

function buildOne(i: number, li: number, k: number): Built {
  const loc = LOCALES[li]!
  const kind = kindOf(i, li, k)
  const biz = BIZ[(k + li) % BIZ.length]!
  const negOnly = kind === "notice"
  const write = COPIED[kind] ?? PLAIN[kind] ?? notice
  for (let attempt = 0; attempt < 400; attempt++) {
    const r = seeded(SEED ^ Math.imul(i + 1, 0x2c1b3c6d) ^ Math.imul(attempt + 1, 0x297a2d39))
    const d = new Draft()
    write(new Scene(r, loc, biz, d))
    d.text = d.text.replace(/\s+$/, "")
    if (!keeps(d) || (negOnly && d.entities.length > 0)) continue
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: loc.tag, kind, text: d.text, entities: d.entities, negatives: d.negatives })
    return { line, negOnly, biz, redraws: attempt, parts: negOnly ? [] : d.parts }
  }
  throw new Error(`holdout47: text ${i + 1} (${loc.tag} ${kind}) failed its checks 400 times`)
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

// holdout36: a blind labeled PII corpus (home care, lost baggage, solar installs, gym desks).
// `bun scripts/gen-holdout36.ts` writes test/fixtures/pii-holdout36/corpus.jsonl; `--stats` prints counts.
import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { BIZES } from "./holdout36/biz.ts"
import { LANG_KEYS } from "./holdout36/lexicon.ts"
import { buildText, type Spec } from "./holdout36/text.ts"
import { createRng } from "./holdout36/rng.ts"
import { stats } from "./holdout36/stats.ts"

export const CORPUS_PATH = resolve(import.meta.dirname, "../test/fixtures/pii-holdout36/corpus.jsonl")

const KINDS = ["form", "sms", "chat", "summary", "note", "email", "csv", "json", "transcript", "voicemail", "ticket", "log", "table", "yaml"]
const NFD_LANGS = new Set(["sk", "hu", "sl", "lt", "lv", "pt", "es", "fr", "de", "it", "ca", "sq", "mt", "da", "nb"])
const FREE = new Set(["sms", "chat", "note", "transcript"])
const PEOPLE_KINDS = new Set(["sms", "chat", "transcript", "voicemail", "email"])

/** Regions a language's phones may belong to, as libphonenumber country codes. */
export const regionsOf = (lang: string) => LANG_KEYS[lang]!.map((k) => (k === "FR_CA" ? "CA" : k))

export function plan(): Spec[] {
  const rng = createRng(36)
  const langs = [...Array(226).fill("en"), ...Object.keys(LANG_KEYS).filter((l) => l !== "en").flatMap((l) => Array(14).fill(l))] as string[]
  return langs.map((lang, n) => {
    const negOnly = n % 8 === 3
    const planned = KINDS[(n * 5 + Math.floor(n / 14)) % 14]!
    // A text without people has no one to greet, sign or speak, so it is never a chat, sms or mail.
    const kind = negOnly && PEOPLE_KINDS.has(planned) ? ["note", "ticket", "log", "summary", "form"][n % 5]! : planned
    const keys = LANG_KEYS[lang]!
    return {
      n,
      lang,
      region: keys[n % keys.length]!,
      regions: regionsOf(lang),
      kind,
      biz: BIZES[(n + Math.floor(n / 4)) % 4]!,
      negOnly,
      nfd: NFD_LANGS.has(lang) && n % 2 === 0,
      emoji: rng.chance(kind === "csv" || kind === "json" || kind === "yaml" || kind === "log" ? 0.05 : 0.4),
      lower: FREE.has(kind) && rng.chance(0.35),
    }
  })
}

export interface Built { line: string; nameParts: string[]; negativesOnly: boolean; spec: Spec; tries: number }

export function buildAll(): Built[] {
  return plan().map((s) => {
    const { doc, tries } = buildText(s)
    const id = `${s.lang}-${s.kind}-${String(s.n + 1).padStart(4, "0")}`
    const line = JSON.stringify({ id, lang: s.lang, kind: s.kind, text: doc.text, entities: doc.entities, negatives: doc.negatives })
    return { line, nameParts: doc.nameParts, negativesOnly: doc.entities.length === 0 && doc.negatives.length > 0, spec: s, tries }
  })
}

export const buildCorpus = () => buildAll().map((b) => b.line).join("\n") + "\n"

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) console.log(stats(built))
  else {
    writeFileSync(CORPUS_PATH, built.map((b) => b.line).join("\n") + "\n")
    console.log(`wrote ${built.length} texts to ${CORPUS_PATH}`)
  }
}

// Builds test/fixtures/pii-holdout4/corpus.jsonl: a labeled free-text PII corpus in genres
// (SMS, WhatsApp, voicemail/IVR transcripts, tickets, e-mail chains, QA forms, CRM/CSV/JSON
// dumps, logs, agent shorthand) written without looking at the recognizers.
// `bun scripts/gen-holdout4.ts` rewrites the file; the same code gives the same bytes.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Doc, type Line } from "./holdout4/doc.ts"
import { EMOJI, shorthand, sms, whatsapp } from "./holdout4/genre-chat.ts"
import { crm, json, log, table } from "./holdout4/genre-data.ts"
import { emailChain, qaForm, ticket } from "./holdout4/genre-docs.ts"
import { quiet } from "./holdout4/genre-quiet.ts"
import { ivr, voicemail } from "./holdout4/genre-speech.ts"
import { Kit } from "./holdout4/kit.ts"
import type { Lang } from "./holdout4/lang.ts"
import { EN_GB, EN_US } from "./holdout4/lang-en.ts"
import { EU_LANGS } from "./holdout4/lang-eu.ts"
import { createRng, seedOf } from "./holdout4/rng.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout4/corpus.jsonl", import.meta.url))

const GENRES: Record<string, (d: Doc, k: Kit) => void> = {
  sms, whatsapp, shorthand, voicemail, ivr, ticket, email: emailChain, qa: qaForm, crm, csv: table, json, log,
}

// Accented, combining and astral text a line may open with, so later offsets count UTF-16 units.
const OPENERS = ["", "", "", "📞 ", "⚠️ Priorität: hoch — ", "Re\u0301sume\u0301 : ", "👩🏾‍💼 ", "🇵🇱🇸🇪 ", "Zoë’s café ☕ — ", "𝐔𝐫𝐠𝐞𝐧𝐭 "]

const PLAN: ReadonlyArray<readonly [Lang, number]> = [[EN_US, 13], [EN_GB, 12], ...EU_LANGS.map((l) => [l, 3] as const)]

export function buildCorpus(): Line[] {
  const lines: Line[] = []
  const counters = new Map<string, number>()
  for (const [lang, perGenre] of PLAN) {
    for (const [genre, write] of Object.entries(GENRES)) {
      const r = createRng(seedOf(`holdout4/${lang.variant}/${genre}`))
      for (let i = 0; i < perGenre; i++) {
        const d = new Doc()
        const opener = r.pick(OPENERS)
        d.t(opener === "" && ["sms", "whatsapp"].includes(genre) ? `${r.pick(EMOJI)} ` : opener)
        const k = new Kit(r, lang)
        if (r.chance(0.22)) quiet(d, k, genre)
        else write(d, k)
        const key = `${lang.code}-${genre}`
        const n = (counters.get(key) ?? 0) + 1
        counters.set(key, n)
        lines.push(d.finish(`${key}-${String(n).padStart(4, "0")}`, lang.code, genre))
      }
    }
  }
  return lines
}

export function renderCorpus(lines: readonly Line[]): string {
  return lines.map((l) => JSON.stringify(l)).join("\n") + "\n"
}

if (import.meta.main) {
  const lines = buildCorpus()
  writeFileSync(CORPUS_PATH, renderCorpus(lines))
  console.log(`wrote ${lines.length} texts to ${CORPUS_PATH}`)
}

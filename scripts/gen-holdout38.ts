// Writes test/fixtures/pii-holdout38/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout38.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { selfCheck } from "./holdout38/check.ts"
import type { Ctx } from "./holdout38/ctx.ts"
import { ROWS } from "./holdout38/kinds-rows.ts"
import { PROSE } from "./holdout38/kinds-prose.ts"
import { FORMATS } from "./holdout38/local-formats.ts"
import { DOMAINS, keysOf, type Locale } from "./holdout38/locale-types.ts"
import { CENTRAL } from "./holdout38/locales-central.ts"
import { EN } from "./holdout38/locales-en.ts"
import { ES } from "./holdout38/locales-es.ts"
import { FR_DE } from "./holdout38/locales-fr-de.ts"
import { NORTH } from "./holdout38/locales-north.ts"
import { SOUTH } from "./holdout38/locales-south.ts"
import { drawPlan } from "./holdout38/plan.ts"
import { createRng } from "./holdout38/prng.ts"
import { printStats } from "./holdout38/stats.ts"
import { Text } from "./holdout38/text.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout38/corpus.jsonl", import.meta.url))
export const KINDS = ["chat", "note", "email", "summary", "sms", "csv", "log", "form"]
export const LOCALES: Locale[] = [...EN, ...NORTH, ...CENTRAL, ...SOUTH, ...FR_DE, ...ES]
const SEED = 0x38d0_0d1e
/** Texts per locale: more from Northern England (the NINOs), 18 for each language but English. */
const PER_LOCALE: Record<string, number> = { "en-IE": 24, "en-GB": 36, "en-CA": 24, "en-NZ": 22, "en-IN": 24, "en-PH": 22, "en-GH": 22 }

export interface Built { id: string; line: string; nameParts: string[]; negativesOnly: boolean; domain: string; redraws: number }

function schedule(): Array<{ loc: Locale; k: number; li: number }> {
  return LOCALES.flatMap((loc, li) => Array.from({ length: PER_LOCALE[loc.tag] ?? 18 }, (_, k) => ({ loc, k, li })))
}

function buildOne(i: number, loc: Locale, k: number, li: number): Built {
  const kind = KINDS[(k + li * 3) % KINDS.length]!
  const domain = DOMAINS[(k * 3 + li + Math.floor(k / 8)) % DOMAINS.length]!
  const negOnly = k % 9 === 4
  for (let attempt = 0; ; attempt++) {
    const rng = createRng(SEED + i * 7907 + attempt * 15485863)
    const base = { rng, loc, keys: keysOf(loc.w), f: FORMATS[loc.tag]!, domain, kind }
    const c: Ctx = { ...base, plan: drawPlan(base, negOnly) }
    const t = new Text(loc.nfd && k % 3 === 1)
    ;(ROWS[kind] ?? PROSE[kind]!)(c, t)
    if (!selfCheck(t) || (negOnly && t.entities.length > 0)) continue
    const id = `${loc.tag}-${kind}-${String(i + 1).padStart(4, "0")}`
    const rec = { id, lang: loc.tag, kind, text: t.body.replace(/\n+$/, ""), entities: t.entities, negatives: t.negatives }
    return { id, line: JSON.stringify(rec), nameParts: t.nameParts, negativesOnly: negOnly, domain, redraws: attempt }
  }
}

export const buildAll = (): Built[] => schedule().map(({ loc, k, li }, i) => buildOne(i, loc, k, li))
export const buildCorpus = () => buildAll().map((b) => b.line).join("\n") + "\n"

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) printStats(built)
  else writeFileSync(CORPUS_PATH, built.map((b) => b.line).join("\n") + "\n")
}

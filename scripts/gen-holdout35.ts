// holdout35: a blind labeled PII corpus (dental practices, car rental and
// roadside assistance, removals and self-storage, phone repair) in 17 languages.
// `bun scripts/gen-holdout35.ts` writes test/fixtures/pii-holdout35/corpus.jsonl;
// `--stats` prints its counts instead.
import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { BIZ } from "./holdout35/bizids.ts"
import { KIND_WRITERS, negOnlyText, type Plan } from "./holdout35/kinds.ts"
import { LANGS } from "./holdout35/langs.ts"
import { type Rng, chance, createRng, pick } from "./holdout35/rng.ts"
import { Writer } from "./holdout35/writer.ts"
import { sane, stats } from "./holdout35/stats.ts"

export const CORPUS_PATH = resolve(import.meta.dirname, "../test/fixtures/pii-holdout35/corpus.jsonl")
export const KINDS = ["form", "sms", "chat", "summary", "note", "email", "csv", "json", "transcript", "voicemail", "ticket", "log", "table", "yaml"]
const COUNT = 476
const EN = LANGS[0]!
const OTHERS = LANGS.slice(1)

export interface Built { line: string; nameParts: string[]; negativesOnly: boolean; nfd: boolean }

const weighted = (r: Rng, xs: Array<[string | undefined, number]>) => {
  let x = r() * xs.reduce((s, [, p]) => s + p, 0)
  for (const [v, p] of xs) if ((x -= p) < 0) return v
  return undefined
}

function plan(r: Rng, en: boolean, kind: string): Plan {
  const extras: Array<[string | undefined, number]> = en
    ? [["EMAIL", 0.3], ["CARD", 0.14], ["IBAN", 0.08], ["IP_ADDRESS", 0.08], ["US_SSN", 0.1], ["UK_NINO", 0.1], [undefined, 0.2]]
    : [["EMAIL", 0.35], ["CARD", 0.15], ["IBAN", 0.25], ["IP_ADDRESS", 0.08], [undefined, 0.17]]
  const looks = en ? ["card-luhn-fail", "iban-bad-check", "ssn-invalid", "nino-invalid", "mac"] : ["card-luhn-fail", "iban-bad-check", "mac"]
  return {
    extra: kind === "log" && chance(r, 0.6) ? "IP_ADDRESS" : weighted(r, extras),
    look: chance(r, 0.45) ? pick(r, looks) : undefined,
    rel: chance(r, 0.5), staff: chance(r, 0.7), or: chance(r, 0.11), glued: chance(r, 0.12), say: en && chance(r, 0.7), date: chance(r, 0.3),
  }
}

function buildOne(i: number): Built {
  const half = i >> 1
  const L = i % 2 === 0 ? EN : OTHERS[half % OTHERS.length]!
  const kind = KINDS[(half + (i % 2) * 5) % KINDS.length]!
  const biz = BIZ[half % 4]!
  const negativesOnly = i % 8 === 5
  const nfd = L.code !== "en" && half % 3 !== 0
  const lowerOk = ["sms", "chat", "note", "transcript"].includes(kind)
  for (let attempt = 0; attempt < 80; attempt++) {
    const r = createRng(35_000 + i * 7919 + attempt * 104_729)
    const w = new Writer(r, L, biz, kind, nfd, negativesOnly, lowerOk)
    if (negativesOnly) negOnlyText(w, chance(r, 0.6) ? pick(r, ["card-luhn-fail", "iban-bad-check", "mac"]) : undefined)
    else KIND_WRITERS[kind]!(w, plan(r, L.code === "en", kind))
    const d = w.d
    if (!d.covered() || !sane(d.text, d.entities, d.negatives)) continue
    const rec = { id: `${L.code}-${kind}-${String(i + 1).padStart(4, "0")}`, lang: L.code, kind, text: d.text, entities: d.entities, negatives: d.negatives }
    return { line: JSON.stringify(rec), nameParts: [...d.nameParts], negativesOnly, nfd }
  }
  throw new Error(`record ${i} (${L.code} ${kind} ${biz}) never passed its own checks`)
}

export const buildAll = (): Built[] => Array.from({ length: COUNT }, (_, i) => buildOne(i))
export const buildCorpus = (): string => `${buildAll().map((b) => b.line).join("\n")}\n`

if (import.meta.main) {
  if (process.argv.includes("--stats")) console.log(stats(buildAll().map((b) => JSON.parse(b.line))))
  else {
    writeFileSync(CORPUS_PATH, buildCorpus())
    console.log(`wrote ${COUNT} texts to ${CORPUS_PATH}`)
  }
}

// Writes test/fixtures/pii-holdout37/corpus.jsonl, a blind labeled PII corpus (see its README).
// `bun scripts/gen-holdout37.ts` writes it; `--stats` prints its counts.
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { CountryCode } from "libphonenumber-js/max"
import { BUSINESSES } from "./holdout37/business.ts"
import { selfCheck } from "./holdout37/check.ts"
import type { Ctx } from "./holdout37/ctx.ts"
import { Doc } from "./holdout37/doc.ts"
import { STRUCTURED } from "./holdout37/kinds-structured.ts"
import { PROSE, negativesOnly } from "./holdout37/kinds-prose.ts"
import type { Lang, Region } from "./holdout37/lang-types.ts"
import { EN } from "./holdout37/langs-en.ts"
import { OTHERS } from "./holdout37/langs-other.ts"
import { drawPlan, type Extra } from "./holdout37/plan.ts"
import { createRng, type Rng } from "./holdout37/prng.ts"
import { printStats } from "./holdout37/stats.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout37/corpus.jsonl", import.meta.url))
export const KINDS = ["form", "sms", "chat", "summary", "note", "email", "csv", "json", "transcript", "voicemail", "ticket", "log", "table", "yaml"]
const SEED = 0x37c0ffee

export interface Built { line: string; nameParts: string[]; negativesOnly: boolean; business: string; redraws: number }

/** Which language and region each text is in: 232 English (more from the US South for SSNs), 14 per other language. */
function schedule(): Array<{ lang: Lang; region: Region }> {
  const out: Array<{ lang: Lang; region: Region }> = []
  const enWeights = [34, 20, 20, 16, 16, 16, 16, 16, 16, 16, 16, 16, 14]
  EN.regions.forEach((region, i) => { for (let n = 0; n < enWeights[i]!; n++) out.push({ lang: EN, region }) })
  for (const lang of OTHERS) {
    const n = lang.code === "sr" ? 7 : 14
    for (let k = 0; k < n; k++) out.push({ lang, region: lang.regions[k % lang.regions.length]! })
  }
  return out
}

export const langRegions = (lang: Lang): CountryCode[] => [...new Set([...(lang.code === "sr" ? OTHERS.filter((l) => l.code === "sr") : [lang]).flatMap((l) => l.regions.map((r) => r.cc))])]

function extrasFor(rng: Rng, lang: Lang, region: Region, kind: string, negOnly: boolean): Extra[] {
  const x: Extra[] = []
  if (!negOnly && region.cc === "US" && rng.chance(0.8)) x.push("ssn")
  if (region.cc === "US" && rng.chance(0.15)) x.push("ssn-bad")
  if (!negOnly && region.cc === "GB" && rng.chance(0.75)) x.push("nino")
  if (region.cc === "GB" && rng.chance(0.2)) x.push("nino-bad")
  if (!negOnly && (kind === "log" || (kind === "json" && rng.chance(0.4)))) x.push("ip")
  if (!negOnly && rng.chance(0.08)) x.push("card")
  if (rng.chance(0.08)) x.push("card-bad")
  // English texts carry an IBAN only in Scotland and Wales: the other regions have none.
  if (!negOnly && rng.chance(lang.code === "en" ? (region.cc === "GB" ? 0.25 : 0) : 0.2)) x.push("iban")
  if (rng.chance(lang.code === "en" ? (region.cc === "GB" ? 0.15 : 0) : 0.1)) x.push("iban-bad")
  return x
}

function buildOne(i: number, lang: Lang, region: Region): Built & { id: string } {
  const kind = KINDS[(i * 5 + Math.floor(i / 14)) % KINDS.length]!
  const biz = BUSINESSES[i % 4]!
  const negOnly = i % 8 === 3
  for (let attempt = 0; ; attempt++) {
    const rng = createRng(SEED + i * 7919 + attempt * 104729)
    const c: Ctx = { rng, lang, region, regions: langRegions(lang), biz, kind }
    const d = new Doc(lang.nfd && i % 2 === 1)
    const plan = drawPlan(c, negOnly, extrasFor(rng, lang, region, kind, negOnly))
    if (negOnly && !STRUCTURED[kind]) negativesOnly(c, d, plan)
    else (STRUCTURED[kind] ?? PROSE[kind]!)(c, d, plan)
    if (!selfCheck(d) || (negOnly && d.entities.length > 0)) continue
    const id = `${lang.code}-${kind}-${String(i + 1).padStart(4, "0")}`
    const rec = { id, lang: lang.code, kind, text: d.text.replace(/\n+$/, ""), entities: d.entities, negatives: d.negatives }
    return { id, line: JSON.stringify(rec), nameParts: d.nameParts, negativesOnly: negOnly, business: biz.key, redraws: attempt }
  }
}

export function buildAll(): Built[] {
  return schedule().map(({ lang, region }, i) => buildOne(i, lang, region))
}

export const buildCorpus = () => buildAll().map((b) => b.line).join("\n") + "\n"

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) printStats(built)
  else writeFileSync(CORPUS_PATH, built.map((b) => b.line).join("\n") + "\n")
}

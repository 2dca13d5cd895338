// One text of the corpus: draw the facts, lay them out, and let the guard send it back if needed.
import { Doc } from "./doc.ts"
import { createRng } from "./rng.ts"
import type { Biz } from "./biz.ts"
import { bizItem, dateItem, emailItem, emailOf, idItem, lookItem, mainItems, namedOf, nameOf, relItems, wordItem, type Ctx, type Item } from "./compose.ts"
import { LEX, ORGS, PLACES } from "./lexicon.ts"
import { label } from "./labels.ts"
import { render, type Frame } from "./render.ts"
import { fault } from "./guard.ts"
import type { NameStyle } from "./names.ts"

export interface Spec { n: number; lang: string; region: string; regions: string[]; kind: string; biz: Biz; negOnly: boolean; nfd: boolean; emoji: boolean; lower: boolean }

const STRUCTURED = new Set(["form", "csv", "json", "yaml", "table", "log"])
const UK = new Set(["GB", "GI", "IE"])

function extras(c: Ctx, s: Spec): Item[] {
  const r = c.rng
  const out: Item[] = []
  if (r.chance(s.biz === "gym" || s.biz === "air" ? 0.12 : 0.04)) out.push(idItem(c, "CARD"))
  if (r.chance(s.biz === "gym" || s.biz === "solar" ? 0.12 : 0.05)) out.push(idItem(c, "IBAN"))
  if (s.lang === "en" && r.chance(UK.has(s.region) ? 0.4 : 0.06)) out.push(idItem(c, "UK_NINO"))
  if (s.lang === "en" && r.chance(["CA", "BM", "BB", "PH"].includes(s.region) ? 0.35 : 0.05)) out.push(idItem(c, "US_SSN"))
  if (r.chance(s.kind === "log" || s.kind === "json" ? 0.5 : 0.04)) out.push(idItem(c, "IP_ADDRESS"))
  return out
}

function lookalikes(c: Ctx, s: Spec): Item[] {
  const r = c.rng
  if (!r.chance(s.negOnly ? 0.7 : 0.25)) return []
  const kinds = ["card-luhn-fail", "iban-bad-check", "iban-bad-check", "card-luhn-fail"]
  if (s.lang === "en") kinds.push("ssn-invalid", "nino-invalid")
  if (s.kind === "log") kinds.push("mac", "mac")
  if (s.biz === "care" || s.biz === "air") kinds.push("microchip", "microchip")
  return [lookItem(c, r.pick(kinds))]
}

function draw(s: Spec, seed: number, nfd: boolean): Doc {
  const rng = createRng(seed)
  const org = rng.pick(ORGS[s.biz]!)
  const c: Ctx = { rng, lang: s.lang, region: s.region, lex: LEX[s.lang]!, biz: s.biz, org, kind: s.kind, emoji: s.emoji, lower: s.lower, structured: STRUCTURED.has(s.kind) }
  const doc = new Doc(nfd)
  const items: Item[] = []
  const style = (): NameStyle => (s.lang === "ru" || s.lang === "bg") && rng.chance(0.4) ? "formal" : c.structured && rng.chance(0.2) ? "caps-first" : rng.chance(0.2) ? "given" : "full"
  const main = nameOf(c, style())
  const staff = nameOf(c, "full")
  if (rng.chance(0.4)) items.push(dateItem(c))
  if (!s.negOnly) {
    items.push(...mainItems(c, main))
    if (rng.chance(0.6)) items.push(...relItems(c, namedOf(c, style()), s.biz === "care" ? "next_of_kin" : s.biz === "gym" ? "emergency_contact" : "contact"))
    if (s.biz === "care" && rng.chance(0.6)) {
      const carer = nameOf(c, rng.chance(0.5) ? "given" : "full")
      const l = label(s.lang, "carer")
      items.push({ key: "carer", label: l, value: [{ P: carer }], sentence: [s.lang === "en" ? "Carer " : `${l}: `, { P: carer }, "."] })
    }
    if (rng.chance(0.5)) items.push(emailItem(c, main))
    items.push(...extras(c, s))
  }
  items.push(bizItem(c), bizItem(c))
  if (rng.chance(0.4)) items.push(bizItem(c, true))
  items.push(...lookalikes(c, s))
  const w = rng.chance(0.3) ? wordItem(c) : undefined
  if (w) items.push(w)
  const seen = new Map<string, number>()
  for (const it of items) {
    const k = (seen.get(it.key) ?? 0) + 1
    seen.set(it.key, k)
    if (k > 1) it.key = `${it.key}_${k}`
  }
  const keep = items.slice(0, 1)
  const rest = rng.shuffle(items.slice(1))
  const place = rng.pick(PLACES[s.region]!)
  const f: Frame = {
    staff,
    staffGiven: staff.split(" ")[0]!,
    place,
    stamp: `2026-${String(rng.int(1, 11)).padStart(2, "0")}-${String(rng.int(10, 28))} ${String(rng.int(10, 19))}:${String(rng.int(10, 59))}:${String(rng.int(10, 59))}`,
    cc: rng.chance(0.5) ? nameOf(c, "full") : undefined,
    mail: emailOf(c, staff),
  }
  if (s.kind === "note" && !s.negOnly && rng.chance(0.6)) f.heading = [`${place} — `, { P: main }]
  render(c, doc, [...keep, ...rest], f, main)
  return doc
}

/** The text of one spec, drawn again (up to 400 times) until the guard passes. */
export function buildText(s: Spec): { doc: Doc; tries: number } {
  for (let a = 0; a < 400; a++) {
    const doc = draw(s, 36036 + s.n * 7919 + a * 104729, s.nfd && a < 300)
    if (!fault(doc, s.regions)) return { doc, tries: a }
  }
  const last = draw(s, 36036 + s.n * 7919, s.nfd)
  throw new Error(`text ${s.n} (${s.lang} ${s.kind}) keeps failing: ${fault(last, s.regions)}`)
}

// The facts of one text (people, phones, business numbers, lookalikes) as items that
// every kind can render: a key, a label, a value, and a sentence for free text.
import type { Rng } from "./rng.ts"
import type { Biz } from "./biz.ts"
import { bizNeg, reading } from "./biz.ts"
import { card, iban, ip, mac, microchip, nino, ssn } from "./ids.ts"
import type { Lex } from "./lexicon.ts"
import { POOLS, personName, type NameStyle } from "./names.ts"
import { makePhone, spoken, type PhoneStyle } from "./phones.ts"
import { label as word } from "./labels.ts"

export type Seg = string | { P: string } | { E: string; v: string } | { N: string; v: string }
export interface Item { key: string; label: string; value: Seg[]; sentence: Seg[] }

export interface Ctx {
  rng: Rng
  lang: string
  region: string
  lex: Lex
  biz: Biz
  org: string
  kind: string
  emoji: boolean
  lower: boolean
  structured: boolean
}

const IBAN_CC: Record<string, string> = { IE: "IE", GB: "GB", GI: "GI", CY: "CY", DK: "DK", NO: "NO", SK: "SK", HU: "HU", SI: "SI", BG: "BG", LT: "LT", LV: "LV", PT: "PT", BE: "BE", CH: "CH", ES: "ES", AL: "AL", MT: "MT" }
const EMO_PHONE = ["📞 ", "📱", "☎️ ", "📲 "]
const MAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com"]

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const plain = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]+/g, ".").replace(/^\.|\.$/g, "")
const TRANSLIT: Record<string, string> = { а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh", щ: "sht", ъ: "a", ь: "", ю: "yu", я: "ya", ы: "y", э: "e", ё: "yo" }
const latin = (s: string) => [...s.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join("")

export function namedOf(c: Ctx, style: NameStyle): { name: string; fem: boolean } {
  const n = personName(c.rng, POOLS[c.lang === "en" ? c.region : c.lang]!, style)
  return { name: c.lower ? n.name.toLowerCase() : n.name, fem: n.fem }
}

export const nameOf = (c: Ctx, style: NameStyle) => namedOf(c, style).name

export function emailOf(c: Ctx, name: string): string {
  const local = plain(latin(name)) || "guest"
  const d = c.rng.int(0, 3)
  return [`${local}@${c.rng.pick(MAIL)}`, `${local.replace(/\./g, "")}${c.rng.int(1, 99)}@${c.rng.pick(MAIL)}`, `${local.split(".")[0]}@${c.org.toLowerCase().replace(/[^a-z]+/g, "")}.com`, `desk@${c.org.toLowerCase().replace(/[^a-z]+/g, "-")}.com`][d]!
}

/** Phone segments: one number, two joined by "or", with an extension, a time after, or glued to a label. */
export function phoneSegs(c: Ctx, label: string): { segs: Seg[]; glued: boolean } {
  const r = c.rng
  const styles: PhoneStyle[] = ["national", "national", "national", "intl", "00", "e164", "compact", "dashes", "dots", "(0)"]
  const one = () => makePhone(r, c.region, r.pick(styles))
  const emo: Seg[] = c.emoji && r.chance(0.6) ? [r.pick(EMO_PHONE)] : []
  const x = r.int(0, 9)
  if (c.lang === "en" && c.kind === "transcript" && r.chance(0.6)) return { segs: [{ E: "PHONE", v: spoken(makePhone(r, c.region).national, r) }], glued: false }
  if (x === 0) return { segs: [...emo, { E: "PHONE", v: one().written }, ` ${c.lex.or} `, { E: "PHONE", v: one().written }], glued: false }
  if (x === 1 && c.lang === "en") return { segs: [...emo, { E: "PHONE", v: makePhone(r, c.region).written }, " ext. ", { N: "extension", v: String(r.int(10, 299)) }], glued: false }
  if (x === 2) return { segs: [...emo, { E: "PHONE", v: one().written }, c.lang === "en" && !c.structured ? r.pick([" after ", " before ", " "]) : " ", { N: "time", v: `${r.int(8, 19)}:${r.pick(["00", "15", "30", "45"])}` }], glued: false }
  if (x === 3 && !c.structured) {
    const glue = r.pick([`${label}:`, c.lang === "en" ? "Mob" : `${label}`, "tel:"])
    return { segs: [glue, { E: "PHONE", v: makePhone(r, c.region, r.pick(["compact", "e164"])).written }], glued: true }
  }
  return { segs: [...emo, { E: "PHONE", v: one().written }], glued: false }
}

const P = (c: Ctx, name: string): Seg[] => [...(c.emoji && c.rng.chance(0.25) ? ["👤 "] : []), { P: name }]

/** A business number opening the sentence, so the person's phone comes after a business noun. */
const OWNED = new Set(["client-number", "care-plan", "key-safe", "nhs-number", "pnr", "bag-tag", "file-ref", "mpan", "mprn", "panel-serial", "job-number", "grant-ref", "member-number", "barcode", "locker", "dd-mandate"])

function bizLead(c: Ctx): Seg[] {
  let n = bizNeg(c.rng, c.biz)
  while (!OWNED.has(n.kind)) n = bizNeg(c.rng, c.biz)
  return [word(c.lang, n.label), " ", { N: n.kind, v: n.value }, " belongs to "]
}

/** The main person with their phone. */
export function mainItems(c: Ctx, name: string): Item[] {
  const r = c.rng
  const { segs, glued } = phoneSegs(c, c.lex.mobile)
  const lead: Seg[] = glued ? [" "] : [c.lang === "en" ? " on " : c.lex.call[1]]
  const en: Seg[][] = [
    ["Please call ", ...P(c, name), ...lead, ...segs, "."],
    [...P(c, name), " can be reached", ...(glued ? [" at "] : [" on "]), ...segs, "."],
    ["Best number for ", ...P(c, name), " is ", ...segs, "."],
    [...bizLead(c), ...P(c, name), "; best number ", ...segs, "."],
  ]
  const sentence = c.lang === "en" ? r.pick(en) : [c.lex.call[0], ...P(c, name), ...lead, ...segs, "."]
  return [
    { key: "name", label: c.lex.name, value: P(c, name), sentence: [] },
    { key: "phone", label: c.lex.mobile, value: segs, sentence },
  ]
}

/** A relative or neighbour giving a number, or a carer named only by its key. */
export function relItems(c: Ctx, who: { name: string; fem: boolean }, key: string): Item[] {
  const r = c.rng
  const name = who.name
  const rel = r.chance(0.3) ? c.lex.rel[2] : who.fem ? c.lex.rel[0] : c.lex.rel[1]
  const { segs } = phoneSegs(c, c.lex.phone)
  const en: Seg[][] = [
    [r.pick(["Her ", "His ", "Their "]), rel, " ", { P: name }, " gave ", ...segs, " as a backup."],
    [cap(rel), " ", { P: name }, " (", ...segs, ") has a spare key."],
    ["If no answer try ", { P: name }, ", the ", rel, ", on ", ...segs, "."],
  ]
  const sentence = c.lang === "en" ? r.pick(en) : [cap(rel), ": ", { P: name }, `, ${c.lex.phone} `, ...segs, "."]
  return [
    { key, label: cap(rel), value: [{ P: name }], sentence: [] },
    { key: `${key}_phone`, label: c.lex.phone, value: segs, sentence },
  ]
}

export function emailItem(c: Ctx, name: string): Item {
  const v = emailOf(c, name)
  const emo: Seg[] = c.emoji && c.rng.chance(0.4) ? ["✉️ "] : []
  const sentence: Seg[] = c.lang === "en" ? c.rng.pick([["Send the form to ", ...emo, { E: "EMAIL", v }, "."], ["Email: ", ...emo, { E: "EMAIL", v }]] as Seg[][]) : [`${c.lex.email}: `, ...emo, { E: "EMAIL", v }, "."]
  return { key: "email", label: c.lex.email, value: [...emo, { E: "EMAIL", v }], sentence }
}

export function bizItem(c: Ctx, readingToo = false): Item {
  const n = readingToo ? reading(c.rng, c.biz) : bizNeg(c.rng, c.biz)
  if (n.kind === "nhs-number" && c.lang !== "en") n.label = "health no."
  const key = n.label.replace(/[^a-z]+/gi, "_").replace(/_$/, "").toLowerCase()
  const l = word(c.lang, n.label)
  return { key, label: l, value: [{ N: n.kind, v: n.value }], sentence: [l, " ", { N: n.kind, v: n.value }, "."] }
}

/** A labeled id of another type: card, IBAN, US SSN, NI number or IP address. */
export function idItem(c: Ctx, type: string): Item {
  const r = c.rng
  const cc = IBAN_CC[c.region] ?? r.pick(["IE", "GB", "ES", "PT", "BE"])
  const v = type === "CARD" ? card(r) : type === "IBAN" ? iban(r, cc) : type === "US_SSN" ? ssn(r) : type === "UK_NINO" ? nino(r) : ip(r)
  const label = { CARD: word(c.lang, "card"), IBAN: "IBAN", US_SSN: "US SSN", UK_NINO: "NI number", IP_ADDRESS: "IP" }[type]!
  return { key: type === "CARD" ? "card" : label.toLowerCase().replace(/ /g, "_"), label, value: [{ E: type, v }], sentence: [`${label} `, { E: type, v }, "."] }
}

/** A lookalike of a labeled type that fails its check. */
export function lookItem(c: Ctx, kind: string): Item {
  const r = c.rng
  const v = kind === "card-luhn-fail" ? card(r, true) : kind === "iban-bad-check" ? iban(r, IBAN_CC[c.region] ?? "ES", true) : kind === "ssn-invalid" ? ssn(r, true) : kind === "nino-invalid" ? nino(r, true) : kind === "mac" ? mac(r) : microchip(r)
  const en = c.lang === "en"
  const label = { "card-luhn-fail": en ? "Old card (declined)" : `${word(c.lang, "card")} ✗`, "iban-bad-check": en ? "IBAN (rejected)" : "IBAN ✗", "ssn-invalid": "SSN as typed (invalid)", "nino-invalid": "NI no. as typed (invalid)", mac: en ? "Device MAC" : "MAC", microchip: en ? "Pet microchip" : "Chip" }[kind]!
  const key = { "card-luhn-fail": "old_card", "iban-bad-check": "iban_rejected", "ssn-invalid": "ssn_as_typed", "nino-invalid": "ni_as_typed", mac: "mac", microchip: "chip" }[kind]!
  return { key, label, value: [{ N: kind, v }], sentence: [`${label}: `, { N: kind, v }, "."] }
}

export function wordItem(c: Ctx): Item | undefined {
  if (!c.lex.words.length) return undefined
  const [a, w, b] = c.rng.pick(c.lex.words)
  const s: Seg[] = [a, { N: "name-word", v: w }, b]
  return { key: "remark", label: word(c.lang, "note"), value: s, sentence: s }
}

export function dateItem(c: Ctx): Item {
  const r = c.rng
  const [y, m, d] = [2026, r.int(1, 12), r.int(1, 28)]
  const v = c.structured ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` : r.pick([`${d}/${m}/${y}`, `${d}.${m}.${y}`, `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`])
  return { key: "date", label: word(c.lang, "date"), value: [{ N: "date", v }], sentence: c.lang === "en" ? ["Logged ", { N: "date", v }, "."] : [`${word(c.lang, "date")}: `, { N: "date", v }, "."] }
}

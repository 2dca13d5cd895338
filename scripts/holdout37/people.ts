// People and their phones, written the way each region writes them.
import type { CountryCode } from "libphonenumber-js/max"
import type { Ctx } from "./ctx.ts"
import type { Doc } from "./doc.ts"
import { emailOf } from "./ids.ts"
import { partsOf, splitMark } from "./lang-types.ts"
import { drawPhone, spoken, writePhone, type PhoneForm } from "./phones.ts"

export interface Person { given: string; family: string; parts: string[] }

export function drawPerson(c: Ctx, wordName?: string): Person {
  const [given, g] = splitMark(wordName ?? c.rng.pick(c.region.given))
  const fams = c.region.family.filter((x) => { const m = splitMark(x)[1]; return !m || !g || m === g })
  const [family] = splitMark(c.rng.pick(fams))
  return { given, family, parts: partsOf(given, family) }
}

export type NameStyle = "full" | "given" | "FAMILY given" | "lower" | "lower given" | "family given"

/** A name as written in a style; Malay patronymics (bin/binti) are never put first. */
export function written(p: Person, style: NameStyle): string {
  const particle = /^(bin|binti) /.test(p.family)
  switch (style) {
    case "full": return `${p.given} ${p.family}`
    case "given": return p.given
    case "FAMILY given": return particle ? `${p.given} ${p.family}` : `${p.family.toLocaleUpperCase()} ${p.given}`
    case "lower": return `${p.given} ${p.family}`.toLocaleLowerCase()
    case "lower given": return p.given.toLocaleLowerCase()
    case "family given": return particle ? `${p.given} ${p.family}` : `${p.family} ${p.given}`
  }
}

export const putName = (d: Doc, p: Person, style: NameStyle) => d.person(written(p, style), style.includes("given") && !style.includes("FAMILY") && !style.includes("family") ? [p.given] : p.parts)

export function putEmail(c: Ctx, d: Doc, p?: Person): void {
  if (p) d.ent("EMAIL", emailOf(c.rng, p.given, p.family, c.region.domains, c.lang.code))
  else d.ent("EMAIL", `${c.rng.pick(["info", "help", "bookings", "accounts", "support"])}@${c.biz.key}${c.rng.pick(["desk", "care", "line"])}.${c.rng.pick(["com", "net", "org"])}`)
}

const FORMS_BY_KIND: Record<string, PhoneForm[]> = {
  sms: ["national", "compact", "compact", "dashes", "intl"], chat: ["national", "compact", "dots", "intl", "e164"],
  log: ["e164", "e164", "intl"], json: ["e164", "intl", "national"], csv: ["e164", "national", "compact", "00"],
  form: ["national", "intl", "bracket", "(0)", "00"], email: ["intl", "national", "(0)", "dots", "00"],
}
const ALL_FORMS: PhoneForm[] = ["national", "intl", "e164", "00", "dots", "dashes", "compact", "(0)", "bracket"]

/** The country a phone is from: the text's own; in Dutch and Spanish sometimes another of the language's. */
const phoneCountry = (c: Ctx): CountryCode => (c.lang.code === "en" || c.rng.chance(0.8) ? c.region.cc : c.rng.pick(c.regions))

/** One phone; in English transcripts and voicemails sometimes read aloud. */
export function putPhone(c: Ctx, d: Doc): void {
  const p = drawPhone(c.rng, phoneCountry(c))
  if (c.lang.code === "en" && (c.kind === "transcript" || c.kind === "voicemail") && c.rng.chance(0.7)) {
    d.ent("PHONE", spoken(p, c.rng))
    return
  }
  d.ent("PHONE", writePhone(p, c.rng.pick(FORMS_BY_KIND[c.kind] ?? ALL_FORMS)))
}

/** One or two phones ("... or ..."), an extension after the first, kept outside its span. */
export function putPhones(c: Ctx, d: Doc, two: boolean, ext: boolean): void {
  putPhone(c, d)
  if (ext) d.add(` ${c.lang.w.ext} `).neg("extension", String(c.rng.int(10, 899)))
  if (two) { d.add(` ${c.lang.w.or} `); putPhone(c, d) }
}

// Numbering plans (mobiles, landlines, toll-free ranges) per locale and the ways each country writes a number. A number
// is kept only when libphonenumber-js/max calls it valid in that very country and of the drawn type, and every written
// form is parsed back in the country to the same number before it is used.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export type PhoneType = "mobile" | "fixed" | "toll"
type Plan = Record<PhoneType, string[]>
const US_AREAS = "212 312 415 503 617 713 206 404 612 720 808 504 337 818 929 267 215 702"
const PLANS: Record<string, Plan> = {
  "en-US": { mobile: US_AREAS.split(" ").map((a) => `${a}Nxxxxxx`), fixed: ["504Nxxxxxx", "337Nxxxxxx", "212Nxxxxxx"], toll: ["8[04-8][04-8]Nxxxxxx"] },
  "en-GB": { mobile: ["07[1-57-9]xxxxxxxx"], fixed: ["020[378]xxxxxxx", "0161xxxxxxx", "0113xxxxxxx", "0131xxxxxxx", "0141xxxxxxx"], toll: ["0800xxxxxxx", "0808xxxxxxx"] },
  "cy-GB": { mobile: ["07[1-57-9]xxxxxxxx"], fixed: ["029[2]xxxxxxx", "01248xxxxxx", "01970xxxxxx", "01286xxxxxx", "01267xxxxxx"], toll: ["0800xxxxxxx"] },
  "en-TZ": { mobile: ["07[1-8]xxxxxxx", "06[2-9]xxxxxxx"], fixed: ["0222xxxxxx", "0272xxxxxx"], toll: ["08007xxxxx"] },
  "en-MU": { mobile: ["5[2-9]xxxxxx"], fixed: ["2[0-9]xxxxx", "4xxxxxx", "6xxxxxx"], toll: ["800xxxx"] },
  "en-GY": { mobile: ["6xxxxxx"], fixed: ["22xxxxx", "23xxxxx"], toll: ["289xxxx"] },
  "en-GI": { mobile: ["5[4-8]xxxxxx"], fixed: ["200xxxxx"], toll: ["200[6-7]xxxx"] },
  "sv-FI": { mobile: ["04[0-6]xxxxxxx", "050xxxxxxx"], fixed: ["09xxxxxxx", "06xxxxxxx", "02xxxxxxx"], toll: ["0800xxxxxx"] },
  "nn-NO": { mobile: ["4[0-8]xxxxxx", "9xxxxxxx"], fixed: ["55xxxxxx", "57xxxxxx", "70xxxxxx", "53xxxxxx"], toll: ["800xxxxx"] },
  "fr-MC": { mobile: ["6xxxxxxxx", "4xxxxxxx"], fixed: ["9[2-9]xxxxxx"], toll: ["80xxxxxx"] },
  "it-SM": { mobile: ["66xxxxxx"], fixed: ["0549xxxxxx"], toll: ["0549xxxxxx"] },
  "de-LI": { mobile: ["7[3-9]xxxxx", "6[5-7]xxxxxxx"], fixed: ["2[3-9]xxxxx", "3xxxxxx"], toll: ["0800xxxxxx"] },
  "ro-MD": { mobile: ["06[0-9]xxxxxx", "07[6-9]xxxxxx"], fixed: ["022xxxxxx", "0231xxxxx"], toll: ["0800xxxxx"] },
  "el-CY": { mobile: ["9[4-9]xxxxxx"], fixed: ["22xxxxxx", "25xxxxxx", "24xxxxxx", "26xxxxxx"], toll: ["8000xxxx"] },
  "sr-RS": { mobile: ["06[0-6]xxxxxxx", "06[0-6]xxxxxx"], fixed: ["011xxxxxxx", "021xxxxxxx", "018xxxxxx"], toll: ["0800xxxxxx"] },
  "gl-ES": { mobile: ["6xxxxxxxx", "7[1-4]xxxxxxx"], fixed: ["981xxxxxx", "986xxxxxx", "988xxxxxx", "982xxxxxx"], toll: ["900xxxxxx"] },
  "sq-AL": { mobile: ["06[7-9]xxxxxxx"], fixed: ["042xxxxxx", "052xxxxxx"], toll: ["0800xxxx"] },
  "mk-MK": { mobile: ["07[0-8]xxxxxx"], fixed: ["023xxxxxx", "046xxxxxx", "031xxxxxx"], toll: ["0800xxxxx"] },
}
const TYPES: Record<PhoneType, string[]> = { mobile: ["MOBILE", "FIXED_LINE_OR_MOBILE"], fixed: ["FIXED_LINE", "FIXED_LINE_OR_MOBILE"], toll: ["TOLL_FREE", "FIXED_LINE"] }

function fill(r: Rng, pattern: string): string {
  return pattern.replace(/\[([^\]]+)\]|x|N/g, (m, cls: string | undefined) => {
    if (m === "x") return String(r.int(10))
    if (m === "N") return String(r.range(2, 9))
    const opts: string[] = []
    for (const part of cls!.match(/\d-\d|\d/g)!) {
      if (part.length === 1) opts.push(part)
      else for (let d = Number(part[0]); d <= Number(part[2]); d++) opts.push(String(d))
    }
    return r.pick(opts)
  })
}

/** A number of the locale's plan, valid in its country and of the drawn type (North American: no 555, no N11). */
export function drawPhone(r: Rng, tag: string, cc: CountryCode, type: PhoneType): PhoneNumber {
  for (let i = 0; i < 500; i++) {
    const d = fill(r, r.pick(PLANS[tag]![type]))
    if (cc === "US" && (/^\d{3}555/.test(d) || /^\d11|^\d{4}11/.test(d))) continue
    const p = parsePhoneNumberFromString(d, cc)
    if (p?.isValid() && p.country === cc && TYPES[type].includes(p.getType() ?? "")) return p
  }
  throw new Error(`holdout57: no ${type} phone for ${tag}`)
}

const groups = (s: string) => s.split(/[^\d]+/).filter(Boolean)
const pairs = (d: string) => (d.length % 2 ? [d.slice(0, 3), ...(d.slice(3).match(/\d\d/g) ?? [])] : d.match(/\d\d/g)!)
/** Written forms by name: national, international, E.164 and the shapes countries use. */
const FORMS: Record<string, (p: PhoneNumber) => string | undefined> = {
  nat: (p) => p.formatNational(),
  intl: (p) => p.formatInternational(),
  e164: (p) => p.number,
  compact: (p) => p.formatNational().replace(/\D/g, ""),
  dash: (p) => groups(p.formatNational()).join("-"),
  dot: (p) => groups(p.formatNational()).join("."),
  "00": (p) => `00${p.formatInternational().slice(1)}`,
  trunk0: (p) => (p.formatNational().startsWith("0") ? `+${p.countryCallingCode} (0)${p.formatInternational().split(" ").slice(1).join(" ")}` : undefined),
  area: (p) => {
    const g = groups(p.formatNational())
    return g[0]!.startsWith("0") && g.length > 1 ? `(${g[0]}) ${g.slice(1).join(" ")}` : undefined
  },
  slash: (p) => {
    const g = groups(p.formatNational())
    return g.length > 1 ? `${g[0]}/${g.slice(1).join(" ")}` : undefined
  },
  slashdash: (p) => {
    const g = groups(p.formatNational())
    return g.length > 1 ? `${g[0]}/${g.slice(1).join("-")}` : undefined
  },
  firstdash: (p) => {
    const g = groups(p.formatNational())
    return g.length > 1 ? `${g[0]}-${g.slice(1).join(" ")}` : undefined
  },
  pairs: (p) => pairs(p.formatNational().replace(/\D/g, "")).join(" "),
  pairdots: (p) => pairs(p.formatNational().replace(/\D/g, "")).join("."),
  intlpairs: (p) => `+${p.countryCallingCode} ${pairs(p.nationalNumber).join(" ")}`,
  intldash: (p) => groups(p.formatInternational()).join("-").replace(/^/, "+"),
  intlcompact: (p) => `+${p.countryCallingCode} ${p.nationalNumber}`,
  threes: (p) => {
    const d = p.formatNational().replace(/\D/g, "")
    return d.length === 9 ? d.match(/\d{3}/g)!.join(" ") : undefined
  },
  us1: (p) => `1-${groups(p.formatNational()).join("-")}`,
  usplus: (p) => `+1 (${p.nationalNumber.slice(0, 3)}) ${p.nationalNumber.slice(3, 6)}-${p.nationalNumber.slice(6)}`,
  fours: (p) => (p.nationalNumber.length === 8 ? `${p.nationalNumber.slice(0, 4)} ${p.nationalNumber.slice(4)}` : undefined),
  tz433: (p) => (p.formatNational().replace(/\D/g, "").length === 10 ? p.formatNational().replace(/\D/g, "").replace(/^(\d{4})(\d{3})(\d{3})$/, "$1-$2$3") : undefined),
}
/** Each locale's shapes; `:m` only for mobiles, `:f` only for landlines. */
const FORMS_OF: Record<string, string[]> = {
  "en-US": ["nat", "nat", "dash", "dot", "intl", "us1", "usplus", "e164"],
  "en-GB": ["nat", "nat", "intl", "trunk0", "compact", "00", "area:f", "e164"],
  "cy-GB": ["nat", "nat", "intl", "trunk0", "compact", "area:f", "00"],
  "en-TZ": ["nat", "nat", "intl", "compact", "tz433:m", "e164", "intlcompact", "00"],
  "en-MU": ["nat", "nat", "fours:m", "intl", "intldash", "e164", "00"],
  "en-GY": ["nat", "dash", "dash", "intl", "intldash", "e164"],
  "en-GI": ["nat", "fours", "intl", "00", "e164", "intlcompact"],
  "sv-FI": ["nat", "firstdash", "firstdash", "intl", "compact:m", "trunk0", "e164", "area:f"],
  "nn-NO": ["nat", "pairs", "pairs", "intl", "intlpairs", "compact:m", "00"],
  "fr-MC": ["pairs", "pairs", "pairdots", "intl", "intlpairs", "00", "e164"],
  "it-SM": ["nat", "nat", "intl", "compact", "00", "e164", "pairs:m"],
  "de-LI": ["nat", "nat", "intl", "00", "compact", "e164"],
  "ro-MD": ["nat", "compact:m", "threes:m", "intl", "area:f", "dash:f", "e164"],
  "el-CY": ["nat", "nat", "firstdash", "compact", "intl", "00", "intldash"],
  "sr-RS": ["nat", "slash", "slashdash", "intl", "compact:m", "trunk0", "e164"],
  "gl-ES": ["nat", "threes", "pairs:f", "intl", "compact:m", "dash:m", "e164"],
  "sq-AL": ["nat", "nat", "intl", "compact:m", "slash:f", "00", "e164"],
  "mk-MK": ["nat", "slashdash", "intl", "compact:m", "area:f", "trunk0", "e164"],
}

/** Parsed back in the country to the same number. */
export function readsBack(v: string, p: PhoneNumber, cc: CountryCode): boolean {
  const q = parsePhoneNumberFromString(v, cc)
  return !!q && q.isValid() && q.number === p.number && (q.country === cc || /^(\+|00)/.test(v))
}

/** One written form of the number, of the locale's shapes, that reads back; `form` asks for a named one first. */
export function writePhone(r: Rng, tag: string, cc: CountryCode, p: PhoneNumber, type: PhoneType, form?: string): string {
  const fits = (n: string) => !n.includes(":") || n.endsWith(`:${type[0]}`)
  const names = [...(form ? [form] : []), ...r.shuffle(FORMS_OF[tag]!.filter(fits))]
  for (const name of names) {
    const v = FORMS[name.split(":")[0]!]!(p)
    if (v && readsBack(v, p, cc)) return v
  }
  return p.formatNational()
}
/** The national significant digits with the trunk prefix where the country dials one, and the national groups. */
export function nationalDigits(p: PhoneNumber): { digits: string; groups: string[] } {
  const g = groups(p.formatNational())
  return { digits: g.join(""), groups: g }
}

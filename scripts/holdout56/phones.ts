// Numbering plans by country and the ways people of each country write a phone number. Every drawn number is kept
// only when libphonenumber-js/max calls it valid in that very country and of the drawn type, and every written form
// is parsed back in that country to the same number before it is used.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export type PhoneType = "mobile" | "fixed" | "free"
export interface Phone { cc: CountryCode; e164: string; nat: string; groups: string[]; intlGroups: string[]; code: string; type: PhoneType }

type Plan = Record<PhoneType, Array<[string, number]>>
const P = (prefixes: string, len: number): Array<[string, number]> => prefixes.split(" ").map((p) => [p, len])
const US_AREAS = "212 312 415 512 617 702 206 303 404 503 612 713 215 919 614 520"
const BR_AREAS = "11 21 31 41 51 61 71 81 85 19 48 27"
const PLANS: Record<string, Plan> = {
  US: { mobile: P(US_AREAS, 10), fixed: P(US_AREAS, 10), free: P("800 888 877 866 855", 10) },
  JM: { mobile: P("876 658", 10), fixed: P("876", 10), free: P("876", 10) },
  GB: { mobile: P("71 73 74 75 77 78 79", 10), fixed: [...P("20 113 114 116 117 121 131 141 151 161 191", 10), ...P("1224 1382 1603 1865 2890 2920", 10)], free: P("800", 10) },
  GH: { mobile: P("24 54 55 59 20 50 27 57 26 56", 9), fixed: P("302 303 322 312", 9), free: P("800", 8) },
  KE: { mobile: P("70 71 72 79 74 11", 9), fixed: P("20", 9), free: P("800", 9) },
  HK: { mobile: P("5 6 9", 8), fixed: P("2 3", 8), free: P("800", 9) },
  BR: { mobile: BR_AREAS.split(" ").flatMap((a) => P(`${a}96 ${a}97 ${a}98 ${a}99`, 11)), fixed: BR_AREAS.split(" ").flatMap((a) => P(`${a}2 ${a}3 ${a}4`, 10)), free: P("800", 10) },
  CO: { mobile: P("300 301 310 311 312 313 314 315 316 317 318 320 321 350", 10), fixed: P("601 602 604 605 607", 10), free: P("18000", 11) },
  AT: { mobile: P("650 660 664 676 680 681 699", 10), fixed: [...P("1", 8), ...P("316 512 662 732", 9)], free: P("800", 9) },
  BE: { mobile: P("47 48 49", 9), fixed: [...P("2 3 9", 8), ...P("81 10 50 65", 8)], free: P("800", 8) },
  NL: { mobile: P("61 62 63 64 65", 9), fixed: P("20 10 70 30 40 50", 9), free: [...P("800", 7), ...P("800", 10)] },
  DK: { mobile: P("2 30 31 40 41 42 50 51 52 53 60 61 71 81 91", 8), fixed: P("3 4 7 8 9", 8), free: P("80", 8) },
  CZ: { mobile: P("60 72 73 77 79", 9), fixed: P("2 5", 9), free: P("800", 9) },
  IT: { mobile: P("320 328 329 333 338 339 340 345 347 348 349 351 366 371 380 388 392 393", 10), fixed: [...P("02 06", 10), ...P("011 055 081 051 041 010", 10)], free: P("800", 9) },
  IS: { mobile: P("6 7 8", 7), fixed: P("5 4", 7), free: P("800", 7) },
  EE: { mobile: P("5", 8), fixed: P("6 7", 7), free: P("800", 7) },
  ES: { mobile: P("6 7", 9), fixed: P("93 972 973 977", 9), free: P("900", 9) },
  LV: { mobile: P("2", 8), fixed: P("67 63 65", 8), free: P("80", 8) },
}
const TYPES: Record<PhoneType, string[]> = {
  mobile: ["MOBILE", "FIXED_LINE_OR_MOBILE"], fixed: ["FIXED_LINE", "FIXED_LINE_OR_MOBILE"], free: ["TOLL_FREE"],
}
/** Countries whose national form has a trunk 0 that drops after the country code. */
const TRUNK0 = new Set(["GB", "GH", "KE", "AT", "BE", "NL", "BR", "CO"])

const split = (s: string) => s.split(/[^0-9]+/).filter(Boolean)
function toPhone(p: PhoneNumber, cc: CountryCode, type: PhoneType): Phone {
  const natFmt = p.formatNational()
  return { cc, e164: p.number, nat: split(natFmt).join(""), groups: split(natFmt), intlGroups: split(p.formatInternational()).slice(1), code: p.countryCallingCode, type }
}

function usable(cc: string, nsn: string): boolean {
  if (cc !== "US" && cc !== "JM") return true
  const exch = nsn.slice(3, 6)
  return exch !== "555" && !/^\d11$/.test(exch) && !/^[01]/.test(exch)
}

/** A number of this country and type, valid and of that type in libphonenumber-js/max. */
export function drawPhone(r: Rng, cc: CountryCode, type: PhoneType): Phone {
  const plan = PLANS[cc]![type]
  for (let i = 0; i < 500; i++) {
    const [prefix, len] = r.pick(plan)
    const nsn = prefix + r.digits(len - prefix.length)
    if (!usable(cc, nsn)) continue
    const p = parsePhoneNumberFromString(`+${codeOf(cc)}${nsn}`)
    if (!p?.isValid() || p.country !== cc || !TYPES[type].includes(p.getType() ?? "")) continue
    return toPhone(p, cc, type)
  }
  throw new Error(`no ${type} number drawn for ${cc}`)
}
const CODES: Record<string, string> = {
  US: "1", JM: "1", GB: "44", GH: "233", KE: "254", HK: "852", BR: "55", CO: "57", AT: "43", BE: "32", NL: "31", DK: "45", CZ: "420", IT: "39",
  IS: "354", EE: "372", ES: "34", LV: "371",
}
export const codeOf = (cc: string) => CODES[cc]!

const regroup = (d: string, sizes: number[]) => {
  const out: string[] = []
  let at = 0
  for (const s of sizes) if (at < d.length) out.push(d.slice(at, (at += s)))
  if (at < d.length) out.push(d.slice(at))
  return out
}
type Form = (x: Phone) => string | undefined
/** Colombia's toll-free numbers as Colombians write them: `01 8000 455 863`. */
const coFree = (x: Phone) => (x.type === "free" ? `01 8000 ${x.nat.slice(6, 9)} ${x.nat.slice(9)}` : undefined)
/** Austrian subscriber numbers as people group them after the area code: `123 45 67`, `656 167`. */
const atGroups = (x: Phone, sep: string) => {
  const [area, rest] = x.groups
  if (x.groups.length !== 2 || !rest) return undefined
  const sizes = rest.length === 7 ? [3, 2, 2] : rest.length === 6 ? [3, 3] : rest.length === 8 ? [2, 3, 3] : [rest.length]
  return `${area}${sep}${regroup(rest, sizes).join(" ")}`
}
const nat: Form = (x) => parsePhoneNumberFromString(x.e164)!.formatNational()
const intl: Form = (x) => parsePhoneNumberFromString(x.e164)!.formatInternational()
const e164: Form = (x) => x.e164
const compact: Form = (x) => x.nat
const join = (sep: string): Form => (x) => x.groups.join(sep)
const slash = (rest = " "): Form => (x) => `${x.groups[0]}/${x.groups.slice(1).join(rest)}`
const brk: Form = (x) => (x.groups.length > 1 ? `(${x.groups[0]}) ${x.groups.slice(1).join(" ")}` : undefined)
const zz: Form = (x) => `00${x.code} ${x.intlGroups.join(" ")}`
const zzc: Form = (x) => `00${x.code}${x.e164.slice(1 + x.code.length)}`
const plus0: Form = (x) => (x.nat.startsWith("0") ? `+${x.code} (0)${x.nat.slice(1, 1 + x.intlGroups[0]!.length)} ${x.intlGroups.slice(1).join(" ")}` : undefined)
const intlJoin = (sep: string): Form => (x) => `+${x.code}${sep}${x.intlGroups.join(sep)}`
const sized = (sizes: number[], sep = " ", pre = ""): Form => (x) => pre + regroup(x.nat, sizes).join(sep)
const intlSized = (sizes: number[], sep = " "): Form => (x) => `+${x.code} ${regroup(x.e164.slice(1 + x.code.length), sizes).join(sep)}`
const nanp: Form[] = [nat, join("-"), join("."), intl, intlJoin("-"), (x) => `1-${x.groups.join("-")}`, (x) => `+1 (${x.groups[0]}) ${x.groups[1]}-${x.groups[2]}`, e164, compact]

/** The written forms of each country, as its people write them. */
const FORMS: Record<string, Form[]> = {
  US: nanp, JM: nanp,
  GB: [nat, nat, intl, plus0, e164, compact, brk, zz, (x) => (x.nat.startsWith("07") ? sized([5, 3, 3])(x) : undefined)],
  GH: [nat, sized([4, 3, 3]), intl, plus0, compact, join("-"), zz, e164],
  KE: [nat, sized([4, 3, 3]), compact, intl, intlSized([3, 3, 3], "-"), e164, zz],
  HK: [nat, nat, intl, (x) => `(+852) ${x.groups.join(" ")}`, join("-"), compact, e164],
  BR: [nat, nat, (x) => x.groups.length === 3 ? `${x.groups[0]} ${x.groups[1]}-${x.groups[2]}` : undefined, (x) => `+55 ${x.intlGroups[0]} ${x.intlGroups.slice(1).join("-")}`, (x) => `+55 (${x.intlGroups[0]}) ${x.intlGroups.slice(1).join("-")}`, compact, e164],
  CO: [nat, (x) => coFree(x) ?? sized([3, 3, 4])(x), (x) => coFree(x) ?? sized([3, 3, 4], "-")(x), intlSized([3, 3, 4]), intl, compact, e164, (x) => (x.type === "fixed" ? `(${x.nat.slice(0, 3)}) ${x.nat.slice(3, 6)} ${x.nat.slice(6)}` : undefined)],
  AT: [nat, slash(), (x) => atGroups(x, "/"), (x) => atGroups(x, " "), intl, plus0, zz, e164],
  BE: [nat, nat, (x) => `${x.groups[0]}/${x.groups.slice(1).join(".")}`, slash(), join("."), intl, plus0, zz, e164],
  NL: [(x) => `${x.groups[0]}-${x.groups.slice(1).join("")}`, (x) => `${x.groups[0]}-${x.groups.slice(1).join("")}`, nat, (x) => (x.nat.startsWith("06") ? `06 ${regroup(x.nat.slice(2), [4, 4]).join(" ")}` : undefined), (x) => (x.nat.startsWith("06") ? `06 ${regroup(x.nat.slice(2), [2, 2, 2, 2]).join(" ")}` : undefined), intl, plus0, zz, e164],
  DK: [nat, nat, sized([4, 4]), compact, intl, intlSized([4, 4]), zzc, e164],
  CZ: [nat, nat, intl, compact, zz, e164, (x) => `+420${x.nat}`],
  IT: [nat, (x) => (x.nat.startsWith("3") ? sized([3, 7])(x) : /^0[26]/.test(x.nat) ? sized([2, 8])(x) : undefined), (x) => (x.nat.startsWith("3") ? sized([3, 3, 4], ".")(x) : undefined), intl, (x) => `+39 ${x.nat}`, zz, (x) => (x.nat.startsWith("0") ? `${x.groups[0]}/${x.groups.slice(1).join("")}` : undefined), e164],
  IS: [nat, nat, join("-"), compact, intl, zz, e164],
  EE: [nat, nat, compact, intl, zz, e164],
  ES: [nat, sized([3, 3, 3]), compact, intl, intlSized([3, 3, 3]), zzc, (x) => (x.nat.startsWith("93") ? sized([2, 3, 2, 2])(x) : undefined), e164],
  LV: [nat, sized([4, 4]), compact, intl, (x) => `+371 ${x.nat}`, zz, e164],
}

/** Does this written form parse back, in its own country, to the same number? */
export function parsesBack(v: string, x: Phone): boolean {
  const p = parsePhoneNumberFromString(v, x.cc)
  return !!p && p.isValid() && p.number === x.e164 && (/^(\+|00|\(\+)/.test(v) || p.country === x.cc)
}
/** The number written one of its country's ways (`intlOnly` keeps to + and 00 forms). */
export function writePhone(r: Rng, x: Phone, intlOnly = false): string {
  const forms = FORMS[x.cc]!
  const natOnly = !intlOnly && r.chance(0.5)
  for (let i = 0; i < 60; i++) {
    const v = r.pick(forms)(x)
    if (!v || (intlOnly && !/^(\+|00)/.test(v)) || (natOnly && i < 40 && /^(\+|00|\(\+)/.test(v))) continue
    if (parsesBack(v, x)) return v.replace(/[\u00a0\u202f]/g, " ")
  }
  const v = nat(x)!
  if (!parsesBack(v, x)) throw new Error(`${x.e164}: no written form parses back`)
  return v
}
export const nationalForm = (x: Phone) => nat(x)!
export const hasTrunk0 = (cc: string) => TRUNK0.has(cc)

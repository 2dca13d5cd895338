// Phone numbers drawn from each country's numbering plan, kept only when libphonenumber-js/max calls them valid
// there, and written in the forms that country's people and systems use. Every written form parses back to the number.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export type Line = "mobile" | "fixed" | "free"
type Plan = Record<Line, ReadonlyArray<readonly [string, number]>>

const p = (spec: string) => spec.split(" ").map((x) => { const [pre, len] = x.split(":"); return [pre!, Number(len)] as const })

// Prefix of the national significant number and its full length.
const PLANS: Record<string, Plan> = {
  IE: { mobile: p("83:9 85:9 86:9 87:9 89:9"), fixed: p("1:8 21:9 91:9 61:9 51:9"), free: p("1800:10") },
  IN: { mobile: p("98:10 97:10 99:10 90:10 70:10 81:10 88:10"), fixed: p("222:10 112:10 802:10 442:10 402:10 204:10"), free: p("1800:11") },
  CA: { mobile: p("416:10 604:10 514:10 403:10 613:10 902:10"), fixed: p("416:10 902:10 403:10 613:10 780:10"), free: p("416:10 613:10") },
  PH: { mobile: p("917:10 918:10 927:10 995:10 905:10 926:10 977:10"), fixed: p("28:9 32:9 82:9"), free: p("1800:11") },
  NZ: { mobile: p("21:9 22:9 27:9"), fixed: p("9:8 4:8 3:8 7:8"), free: p("800:9") },
  US: { mobile: p("615:10 404:10 205:10 504:10 901:10 312:10 614:10 317:10 414:10 515:10"), fixed: p("615:10 205:10 901:10 614:10 515:10 816:10 612:10"), free: p("800:10 888:10 877:10") },
  NL: { mobile: p("61:9 62:9 63:9 64:9 65:9"), fixed: p("20:9 10:9 30:9 70:9 33:9 38:9"), free: p("800:9") },
  BE: { mobile: p("47:9 48:9 49:9"), fixed: p("2:8 3:8 9:8 16:8 50:8"), free: p("800:8") },
  DK: { mobile: p("2:8 30:8 31:8 40:8 41:8 42:8 50:8 51:8 52:8 53:8 60:8 61:8"), fixed: p("33:8 35:8 86:8 87:8 98:8 66:8"), free: p("80:8 70:8") },
  NO: { mobile: p("4:8 9:8"), fixed: p("22:8 23:8 55:8 73:8 51:8"), free: p("800:8") },
  HU: { mobile: p("20:9 30:9 70:9"), fixed: p("1:8 52:8 62:8 96:8 72:8"), free: p("80:8") },
  SK: { mobile: p("903:9 905:9 908:9 910:9 911:9 915:9 917:9 940:9 944:9 948:9"), fixed: p("2:9 55:9 41:9 37:9"), free: p("800:9") },
  SI: { mobile: p("31:8 40:8 41:8 51:8 64:8 70:8"), fixed: p("1:8 2:8 3:8 5:8"), free: p("80:8") },
  LT: { mobile: p("6:8"), fixed: p("5:8 37:8 46:8 41:8"), free: p("800:8") },
  LV: { mobile: p("2:8"), fixed: p("67:8 63:8 65:8"), free: p("80:8") },
  BG: { mobile: p("87:9 88:9 89:9"), fixed: p("2:8 52:8 32:8 56:8"), free: p("800:8") },
  UA: { mobile: p("50:9 66:9 67:9 68:9 93:9 95:9 97:9 98:9 63:9 73:9"), fixed: p("44:9 32:9 57:9 48:9"), free: p("800:9") },
  RS: { mobile: p("60:9 61:9 62:9 63:9 64:9 65:9 66:9 69:9"), fixed: p("11:9 21:9 18:8 34:8"), free: p("800:9") },
  ES: { mobile: p("6:9 7:9"), fixed: p("93:9 91:9 972:9 973:9 977:9"), free: p("900:9") },
  MX: { mobile: p("55:10 33:10 81:10 222:10 442:10"), fixed: p("55:10 33:10 81:10 222:10 442:10"), free: p("800:10") },
  AR: { mobile: p("911:11 9351:11 9341:11 9261:11"), fixed: p("11:10 351:10 341:10 261:10"), free: p("800:10") },
  CH: { mobile: p("76:9 77:9 78:9 79:9"), fixed: p("44:9 31:9 22:9 21:9 61:9 41:9"), free: p("800:9") },
  LU: { mobile: p("621:9 661:9 691:9"), fixed: p("2:8"), free: p("800:8") },
}

export interface Phone { e164: string; cc: CountryCode; line: Line; num: PhoneNumber }

export function drawPhone(r: Rng, cc: CountryCode, line: Line): Phone {
  for (let i = 0; i < 500; i++) {
    const [pre, len] = r.pick(PLANS[cc]![line])
    const nsn = pre + r.digits(len - pre.length)
    const num = parsePhoneNumberFromString(`+${callingCode(cc)}${nsn}`)
    if (num?.isValid() && num.country === cc && !((cc === "US" || cc === "CA") && nsn.slice(3, 6) === "555")) return { e164: num.number, cc, line, num }
  }
  throw new Error(`holdout46: no valid ${line} number for ${cc}`)
}

const CODES: Record<string, string> = {
  IE: "353", IN: "91", CA: "1", PH: "63", NZ: "64", US: "1", NL: "31", BE: "32", DK: "45", NO: "47", HU: "36", SK: "421", SI: "386", LT: "370",
  LV: "371", BG: "359", UA: "380", RS: "381", ES: "34", MX: "52", AR: "54", CH: "41", LU: "352",
}
export const callingCode = (cc: string) => CODES[cc]!
export const CORPUS_COUNTRIES = Object.keys(CODES) as CountryCode[]

/** True when the string parses back, in the country, to the same number. */
export function parsesTo(v: string, cc: CountryCode, e164: string): boolean {
  const n = parsePhoneNumberFromString(v, cc)
  return !!n && n.number === e164
}

const TRUNK_ZERO = new Set(["IE", "NL", "BE", "SI", "RS", "CH"])

/** Written forms of a number; only those that parse back are offered. */
export function phoneForms(ph: Phone): string[] {
  const { num, cc } = ph
  const nat = num.formatNational()
  const intl = num.formatInternational()
  const rest = intl.slice(callingCode(cc).length + 2)
  const bareNat = nat.replace(/[()]/g, "")
  const d = num.nationalNumber
  const forms = [nat, nat, intl, intl, num.number, `00${intl.slice(1)}`, bareNat.replace(/[\s-]/g, "")]
  if (!["LT", "AR"].includes(cc)) forms.push(bareNat.replace(/ /g, "-"), bareNat.replace(/[ -]/g, "."))
  if (TRUNK_ZERO.has(cc)) forms.push(`+${callingCode(cc)} (0)${rest}`)
  if (["CH", "BE", "HU", "RS", "SK", "LU", "UA"].includes(cc)) forms.push(bareNat.replace(" ", "/"))
  if (cc === "US" || cc === "CA") forms.push(`${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, `1-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, `+1 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`)
  if (cc === "UA" && ph.line === "mobile") forms.push(`(0${d.slice(0, 2)}) ${d.slice(2, 5)}-${d.slice(5, 7)}-${d.slice(7)}`, `+380 (${d.slice(0, 2)}) ${d.slice(2, 5)}-${d.slice(5, 7)}-${d.slice(7)}`)
  if (cc === "HU" && !d.startsWith("1")) forms.push(`+36 ${d.slice(0, 2)}/${d.slice(2, 5)}-${d.slice(5)}`, `${d.slice(0, 2)}/${d.slice(2, 5)}-${d.slice(5)}`)
  if (cc === "MX" && /^(55|33|81)/.test(d)) forms.push(`(${d.slice(0, 2)}) ${d.slice(2, 6)}-${d.slice(6)}`, `${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}`)
  if (cc === "LT") forms.push(`8 ${rest}`, `8-${rest.replace(/ /g, "-")}`, `0${rest}`)
  // A dotted number that reads as an IPv4 address would be a different question; it is not written.
  return forms.filter((f) => parsesTo(f, cc, num.number) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(f))
}

export const writePhone = (r: Rng, ph: Phone) => r.pick(phoneForms(ph))

/** True when some country of the corpus calls these digits a valid number (business numbers must not be). */
export function phoneAnywhere(v: string): boolean {
  const d = v.replace(/\D/g, "")
  return CORPUS_COUNTRIES.some((cc) => [v, d, `+${d}`].some((x) => parsePhoneNumberFromString(x, cc)?.isValid() ?? false))
}

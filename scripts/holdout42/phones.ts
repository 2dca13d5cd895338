// Phone numbers drawn from each country's numbering plan (mobile and fixed line), kept only when libphonenumber-js/max
// calls them valid there, then written the ways people in that country write them; every written form must parse
// back to the same number.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

// '#' any digit, '%' 2-9; the national form with its trunk prefix.
const PLANS: Record<string, string[]> = {
  IE: ["08[35679]#######", "01%######", "021%######", "091%######"], GB: ["07[789]########", "028 9%######", "028 7%######"],
  CA: ["416%######", "604%######", "204%######", "306%######", "902%######"], US: ["312%######", "614%######", "317%######", "414%######", "612%######", "816%######", "515%######"],
  IN: ["9[6789]########", "8[0-9]########", "080 2#######", "022 2#######"], PH: ["0917#######", "0927#######", "0998#######", "02 8#######"],
  GH: ["024#######", "054#######", "020#######", "030 2######"], JM: ["876%######"], NZ: ["021#######", "022#######", "027#######", "09 %######", "04 %######"],
  MT: ["79######", "99######", "21######"], NO: ["4#######", "9#######", "22######"], DK: ["2#######", "3#######", "4#######", "6#######"],
  IS: ["6######", "7######", "8######", "5######"], LT: ["86#######", "85#######", "837######"], LV: ["2#######", "67######"],
  SK: ["09[0-4]#######", "02 %#######"], SI: ["031######", "041######", "051######", "070######", "01 %######"],
  HU: ["06 20#######", "06 30#######", "06 70#######", "06 1 %######"], BG: ["08[789]#######", "02 %######"],
  UA: ["050#######", "067#######", "097#######", "093#######", "044 %######"], RS: ["06[0-4]#######", "011 %######"],
  PT: ["91#######", "93#######", "96#######", "21#######", "22#######"], ES: ["6########", "93#######", "94#######"],
  BE: ["047#######", "048#######", "049#######", "02 %######", "09 %######"], LU: ["621######", "661######", "691######", "2#######"],
  MX: ["55 %#######", "33 %#######", "81 %#######"], AR: ["011 15%#######", "011 4#######", "0351 4######"],
  NL: ["06%#######", "020 %######", "030 %######"], DE: ["015[12]########", "017[0-9]#######", "030 %#######", "089 %#######"],
}

function draw(plan: string, r: Rng): string {
  return plan.replace(/\[([^\]]+)\]|#|%/g, (m, set: string | undefined) => {
    if (m === "#") return String(r.int(10))
    if (m === "%") return String(2 + r.int(8))
    const opts = set!.includes("-") ? Array.from({ length: Number(set![2]) - Number(set![0]) + 1 }, (_, i) => String(Number(set![0]) + i)) : set!.split("")
    return r.pick(opts)
  })
}

export function phoneNumber(cc: string, r: Rng): PhoneNumber {
  for (let i = 0; i < 200; i++) {
    const p = parsePhoneNumberFromString(draw(r.pick(PLANS[cc]!), r), cc as CountryCode)
    if (p?.isValid() && p.country === cc) return p
  }
  throw new Error(`holdout42: no valid ${cc} number`)
}

const parsesTo = (form: string, p: PhoneNumber, cc: string) => parsePhoneNumberFromString(form.replace(/\n/g, " "), cc as CountryCode)?.number === p.number

export type PhoneStyle = "national" | "intl" | "00" | "e164" | "compact" | "dots" | "dashes" | "slash" | "trunk0" | "bracket" | "mixed"

/** The number written in one style, or in the national form when that style does not parse back. */
export function writePhone(p: PhoneNumber, cc: string, style: PhoneStyle): string {
  const nat = p.formatNational()
  const intl = p.formatInternational()
  const nanp = p.countryCallingCode === "1"
  const forms: Record<PhoneStyle, string> = {
    national: nat,
    intl,
    "00": "00" + intl.slice(1),
    e164: p.number,
    compact: nat.replace(/[^\d]/g, ""),
    dots: nanp ? nat.replace(/[()]/g, "").replace(/[ -]/g, ".") : nat.replace(/[ -]/g, "."),
    dashes: nanp ? nat.replace(/[()]/g, "").replace(/ /g, "-") : nat.replace(/ /g, "-"),
    slash: nanp ? nat.replace(/[()]/g, "").replace(" ", "/") : nat.replace(" ", "/"),
    trunk0: nat.startsWith("0") ? intl.replace(" ", " (0)") : intl,
    bracket: nat.startsWith("0") && nat.includes(" ") ? `(${nat.slice(0, nat.indexOf(" "))})${nat.slice(nat.indexOf(" "))}` : nanp ? `+1 ${nat}` : intl,
    mixed: intl.replace(/ (\d+)$/, "-$1"),
  }
  const f = forms[style]
  return parsesTo(f, p, cc) ? f : nat
}

const STYLES: PhoneStyle[] = ["national", "national", "intl", "intl", "00", "e164", "compact", "dots", "dashes", "slash", "trunk0", "bracket", "mixed"]
const LOCAL_STYLES: Record<string, PhoneStyle[]> = {
  DE: ["slash", "trunk0", "national"], HU: ["slash", "dashes"], SK: ["slash"], BE: ["dots", "slash"], LU: ["national"], GB: ["trunk0", "bracket"],
  IE: ["bracket", "trunk0"], US: ["dots", "dashes", "bracket"], CA: ["dots", "dashes"], JM: ["dashes", "bracket"], NL: ["dashes", "bracket"], DK: ["national"], NO: ["national"],
}

export function phoneIn(cc: string, r: Rng): { p: PhoneNumber; v: string } {
  const p = phoneNumber(cc, r)
  const style = r.chance(0.35) && LOCAL_STYLES[cc] ? r.pick(LOCAL_STYLES[cc]!) : r.pick(STYLES)
  return { p, v: writePhone(p, cc, style) }
}

/** Is a string (digits and separators only) a valid phone number in any of these countries? */
export const validAnywhere = (v: string, ccs: readonly string[]) =>
  ccs.some((cc) => { const p = parsePhoneNumberFromString(v, cc as CountryCode); return p?.isValid() ?? false })

export const COUNTRIES = Object.keys(PLANS)

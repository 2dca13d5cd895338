// Phones valid per libphonenumber-js/max, written the way each country
// writes them. A number is drawn from real prefixes, kept only if valid, then
// formatted; the written form is parsed back and must give the same number.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import { digits } from "./values.ts"
import type { Rng } from "./render.ts"

export type PhoneCountry = "US" | "CA" | "GB" | "AU" | "NZ" | "ZA" | "IN" | "MX" | "ES" | "IT" | "PT" | "BR" | "DE" | "FR" | "IE" | "SG" | "AE" | "JP" | "NG" | "PH" | "CN"

// [national prefix, national significant length]
const PLAN: Record<PhoneCountry, [string, number][]> = {
  US: [["212", 10], ["415", 10], ["312", 10], ["617", 10], ["713", 10], ["303", 10], ["206", 10], ["404", 10]],
  CA: [["416", 10], ["604", 10], ["514", 10], ["403", 10], ["613", 10]],
  GB: [["74", 10], ["77", 10], ["79", 10], ["207", 10], ["208", 10], ["161", 10], ["131", 10], ["117", 10]],
  AU: [["41", 9], ["42", 9], ["43", 9], ["29", 9], ["39", 9], ["73", 9], ["89", 9]],
  NZ: [["21", 9], ["22", 9], ["27", 9], ["93", 8], ["44", 8], ["33", 8]],
  ZA: [["82", 9], ["83", 9], ["72", 9], ["71", 9], ["21", 9], ["11", 9], ["31", 9]],
  IN: [["98", 10], ["97", 10], ["88", 10], ["70", 10], ["2261", 10], ["1141", 10], ["8041", 10]],
  MX: [["55", 10], ["33", 10], ["81", 10], ["222", 10]],
  ES: [["6", 9], ["7", 9], ["91", 9], ["93", 9], ["96", 9]],
  IT: [["32", 10], ["33", 10], ["34", 10], ["02", 10], ["06", 10], ["011", 10]],
  PT: [["91", 9], ["92", 9], ["93", 9], ["96", 9], ["21", 9], ["22", 9]],
  BR: [["119", 11], ["219", 11], ["319", 11], ["1130", 10]],
  DE: [["30", 10], ["89", 10], ["151", 11], ["170", 11]],
  FR: [["6", 9], ["7", 9], ["1", 9]],
  IE: [["85", 9], ["87", 9], ["1", 8]],
  SG: [["8", 8], ["9", 8], ["6", 8]],
  AE: [["50", 9], ["55", 9], ["4", 8]],
  JP: [["90", 10], ["80", 10], ["3", 10]],
  NG: [["803", 10], ["806", 10], ["701", 10]],
  PH: [["917", 10], ["918", 10], ["2", 9]],
  CN: [["138", 11], ["139", 11], ["186", 11]],
}

function validNumber(rng: Rng, cc: PhoneCountry) {
  for (let tries = 0; tries < 500; tries++) {
    const [prefix, len] = rng.pick(PLAN[cc])
    const nsn = prefix + digits(rng, len - prefix.length)
    const pn = parsePhoneNumberFromString(nsn, { defaultCountry: cc as CountryCode, defaultCallingCode: undefined })
    // Fiction ranges (555-01xx) are not valid numbers and isValid() drops them too.
    if (pn?.isValid() && pn.country === cc) return pn
  }
  throw new Error(`no valid ${cc} number after 500 tries`)
}

const EU = new Set(["GB", "ES", "IT", "PT", "DE", "FR", "IE"])

function variants(rng: Rng, cc: PhoneCountry, intl: boolean, pn: NonNullable<ReturnType<typeof parsePhoneNumberFromString>>): string[] {
  const nat = pn.formatNational()
  const int = pn.formatInternational()
  if (intl) {
    const out = [int, int, pn.number, int.replace(/ /g, "-")]
    if (EU.has(cc)) out.push(`00${int.slice(1)}`)
    if (cc === "GB") out.push(int.replace(/^\+44 /, "+44 (0)"))
    if (cc === "AU" || cc === "NZ") out.push(int.replace(/ /g, ""))
    return out
  }
  const out = [nat, nat]
  if (!nat.includes("(")) out.push(nat.replace(/ /g, rng.pick(["-", "."])), nat.replace(/ /g, ""))
  if (cc === "US" || cc === "CA") out.push(nat.replace(/^\((\d{3})\) /, "$1-").replace(/ /g, "-"), nat.replace(/^\((\d{3})\) /, "$1.").replace(/-/g, "."))
  return out
}

/** A valid phone of `cc`, written nationally or internationally, checked to parse back to the same number. */
export function phone(rng: Rng, cc: PhoneCountry, intl = rng.chance(0.4)): string {
  const pn = validNumber(rng, cc)
  const written = rng.pick(variants(rng, cc, intl, pn))
  const back = parsePhoneNumberFromString(written, cc as CountryCode)
  if (back?.isValid() && back.number === pn.number) return written
  return intl ? pn.formatInternational() : pn.formatNational()
}

export const FOREIGN: PhoneCountry[] = ["DE", "FR", "IE", "SG", "AE", "JP", "NG", "PH", "CN", "BR", "US", "GB", "IN"]

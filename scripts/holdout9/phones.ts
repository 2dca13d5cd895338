// Phone numbers made valid with libphonenumber-js/max, written in a national
// or an international style. The span is the number as written.
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max"
import type { Rng } from "./rng"

/** Per region: national significant number prefixes and lengths. */
const PLANS: Record<string, [string, number][]> = {
  US: [["212", 10], ["415", 10], ["617", 10], ["312", 10], ["206", 10], ["512", 10], ["404", 10], ["702", 10]],
  CA: [["416", 10], ["604", 10], ["514", 10], ["403", 10], ["613", 10]],
  GB: [["74", 10], ["75", 10], ["77", 10], ["79", 10], ["207", 10], ["161", 10], ["131", 10], ["117", 10]],
  IE: [["83", 9], ["85", 9], ["86", 9], ["87", 9], ["1", 8], ["21", 9], ["91", 9]],
  RO: [["72", 9], ["74", 9], ["75", 9], ["76", 9], ["21", 9], ["264", 9]],
  HU: [["20", 9], ["30", 9], ["70", 9], ["1", 8], ["52", 8]],
  HR: [["91", 9], ["95", 9], ["98", 9], ["99", 9], ["1", 8], ["21", 8]],
  SK: [["90", 9], ["91", 9], ["94", 9], ["2", 9], ["55", 9]],
  SI: [["31", 8], ["40", 8], ["41", 8], ["51", 8], ["1", 8], ["2", 8]],
  LT: [["6", 8], ["5", 8], ["37", 8]],
  EE: [["5", 8], ["5", 7], ["6", 7]],
  DE: [["151", 11], ["160", 10], ["176", 11], ["30", 10]],
  FR: [["6", 9], ["7", 9], ["1", 9]],
  PL: [["50", 9], ["60", 9], ["69", 9], ["79", 9]],
  IN: [["98", 10], ["99", 10], ["70", 10]],
  AU: [["4", 9]],
  BR: [["119", 11], ["219", 11]],
  ZA: [["82", 9], ["83", 9]],
  JP: [["90", 10], ["80", 10]],
  AE: [["50", 9], ["55", 9]],
  MX: [["55", 10], ["33", 10]],
  TR: [["53", 10], ["54", 10]],
}

export const FOREIGN = ["DE", "FR", "PL", "IN", "AU", "BR", "ZA", "JP", "AE", "MX", "TR"]

export type PhoneStyle = "national" | "intl" | "any"

function validNumber(r: Rng, region: string) {
  for (let i = 0; i < 500; i++) {
    const [prefix, len] = r.pick(PLANS[region]!)
    const nsn = prefix + r.digits(len - prefix.length)
    if (/555(01|$)/.test(nsn.slice(3, 6)) || nsn.slice(3, 6) === "555") continue
    const p = parsePhoneNumberFromString(nsn, region as CountryCode)
    if (p?.isValid() && p.country === region) return p
  }
  throw new Error(`no valid number for ${region}`)
}

/** A valid number of `region`, written in one of the ways people write it. */
export function phone(r: Rng, region: string, style: PhoneStyle = "any"): string {
  const p = validNumber(r, region)
  const intl = p.formatInternational()
  const nat = p.formatNational()
  const nanp = region === "US" || region === "CA"
  const national = nanp
    ? [nat, nat, nat.replace(/[()]/g, "").replace(" ", "-"), nat.replace(/[()]/g, "").replace(/[ -]/g, ".")]
    : nat.includes("(")
      ? [nat]
      : [nat, nat, nat.replace(/ /g, "-"), nat.replace(/ /g, "."), nat.replace(/ /g, "")]
  const international = [
    intl,
    intl,
    intl.replace(/ /g, "-"),
    p.number,
    nanp ? intl.replace("+1 ", "+1 (").replace(/^(\+1 \(\d{3}) /, "$1) ") : intl.replace(/^\+/, "00"),
  ]
  if (style === "national") return r.pick(national)
  if (style === "intl") return r.pick(international.slice(0, 4))
  return r.chance(0.5) ? r.pick(national) : r.pick(international)
}

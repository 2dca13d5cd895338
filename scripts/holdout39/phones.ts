// Phone numbers each country's people write, kept only when libphonenumber-js/max calls them
// valid there and the written form parses back to the same number.
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

/** National significant numbers: a leading part and how many random digits follow. */
const PLAN: Record<string, Array<[string, number]>> = {
  GB: [["7700", 6], ["7712", 6], ["7831", 6], ["7946", 6], ["131", 7], ["141", 7], ["1224", 6], ["2920", 6], ["1792", 6], ["1248", 6]],
  ZA: [["82", 7], ["72", 7], ["83", 7], ["61", 7], ["11", 7], ["21", 7], ["31", 7]],
  AU: [["4", 8], ["4", 8], ["2", 8], ["3", 8], ["7", 8], ["8", 8]],
  NG: [["803", 7], ["806", 7], ["813", 7], ["703", 7], ["905", 7], ["802", 7]],
  KE: [["7", 8], ["11", 7], ["20", 7]],
  SG: [["9", 7], ["8", 7], ["6", 7]],
  US: [["404", 7], ["205", 7], ["504", 7], ["601", 7], ["615", 7], ["901", 7], ["713", 7], ["803", 7], ["843", 7], ["912", 7]],
  BE: [["47", 7], ["48", 7], ["49", 7], ["3", 7], ["9", 7], ["2", 7]],
  SE: [["70", 7], ["72", 7], ["73", 7], ["8", 7], ["31", 6], ["40", 6]],
  FI: [["40", 7], ["50", 7], ["44", 7], ["9", 7]],
  EE: [["5", 7], ["6", 6], ["5", 6]],
  PL: [["5", 8], ["6", 8], ["7", 8], ["22", 7], ["12", 7]],
  CZ: [["6", 8], ["7", 8], ["2", 8]],
  RO: [["7", 8], ["21", 7], ["264", 6]],
  HR: [["9", 8], ["1", 7], ["21", 6]],
  GR: [["69", 8], ["21", 8], ["231", 7]],
  TR: [["5", 9], ["212", 7], ["216", 7], ["312", 7]],
  CH: [["7", 8], ["91", 7], ["44", 7]],
  AT: [["664", 7], ["660", 7], ["699", 8], ["1", 7], ["316", 6]],
  BR: [["119", 8], ["219", 8], ["11", 8], ["319", 8], ["613", 7]],
  CL: [["9", 8], ["22", 7]],
  CO: [["3", 9], ["601", 7], ["604", 7]],
}

export const COUNTRIES = Object.keys(PLAN) as CountryCode[]

const validIn = (v: string, cc: CountryCode) => parsePhoneNumberFromString(v, cc)?.isValid() === true

/** True when the digits can be read as a valid phone number in no country of the corpus. */
export const noPhoneAnywhere = (v: string) => COUNTRIES.every((cc) => !validIn(v, cc))

function nsn(rng: Rng, cc: CountryCode): string {
  for (let i = 0; i < 400; i++) {
    const [lead, n] = rng.pick(PLAN[cc]!)
    const d = lead + rng.digits(n)
    if (parsePhoneNumberFromString(`+${callingCode(cc)}${d}`)?.isValid()) return d
  }
  throw new Error(`holdout39: no valid ${cc} number drawn`)
}

const callingCode = (cc: CountryCode) => getCountryCallingCode(cc)

/** A number in one of the forms people of the country write, with the written form checked. */
export function phone(rng: Rng, cc: CountryCode, form?: string): string {
  for (let i = 0; i < 50; i++) {
    const d = nsn(rng, cc)
    const p = parsePhoneNumberFromString(`+${callingCode(cc)}${d}`)!
    const nat = p.formatNational()
    const intl = p.formatInternational()
    const f = form ?? rng.pick(["nat", "nat", "nat", "intl", "intl", "e164", "00", "dash", "dot", "compact"])
    const v = f === "intl" ? (cc === "GB" && rng.chance(0.4) ? intl.replace(/^\+44 /, "+44 (0)") : intl)
      : f === "e164" ? p.number
      : f === "00" ? intl.replace(/^\+/, "00")
      : f === "dash" ? nat.replace(/[()]/g, "").trim().replace(/[\s.-]+/g, "-")
      : f === "dot" ? nat.replace(/[()]/g, "").trim().replace(/[\s.-]+/g, ".")
      : f === "compact" ? nat.replace(/\D/g, "")
      : nat
    const back = parsePhoneNumberFromString(v, cc)
    if (back?.isValid() && back.number === p.number && /^(\+|\(|\d)/.test(v) && /\d$/.test(v)) return v
  }
  return parsePhoneNumberFromString(`+${callingCode(cc)}${nsn(rng, cc)}`)!.formatNational()
}

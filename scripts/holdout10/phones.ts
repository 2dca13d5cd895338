// Phone numbers made valid by libphonenumber-js/max and written the way people
// write them. The span is the number as written, without an extension.
import { type CountryCode, isValidPhoneNumber, parsePhoneNumberWithError } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

// National significant number: a first part and how many random digits follow.
const PLANS: Record<string, [string[], number][]> = {
  US: [[["212", "312", "415", "617", "713", "305", "602", "404", "206", "503", "720", "915", "787", "210"], 7]],
  CA: [[["416", "514", "604", "613", "403", "780", "902", "418", "819", "450", "506", "204", "306"], 7]],
  CH: [[["21", "22", "26", "31", "32", "41", "43", "44", "52", "61", "71", "91"], 7], [["76", "77", "78", "79"], 7]],
  GB: [[["20"], 8], [["161", "131", "113"], 7], [["7700", "7911", "7466"], 6]],
  MX: [[["55", "33", "81"], 8]],
  PH: [[["917", "918", "927"], 7]],
  IN: [[["98", "99", "97"], 8]],
  CO: [[["310", "315", "320"], 7]],
  SV: [[["7"], 7]],
  GT: [[["5"], 7]],
  DO: [[["809"], 7]],
  NG: [[["803", "806", "813"], 7]],
  FR: [[["6", "7"], 8]],
  DE: [[["30", "89"], 8], [["151", "160", "176"], 8]],
  ES: [[["6"], 8]],
  CN: [[["138", "139", "186"], 8]],
  VN: [[["90", "91", "98"], 7]],
  PL: [[["50", "60", "69"], 7]],
}

export function nationalNumber(r: Rng, region: string): string {
  const plans = PLANS[region]
  if (!plans) throw new Error(`no phone plan for ${region}`)
  for (let i = 0; i < 500; i++) {
    const [firsts, n] = r.pick(plans)
    let rest = r.digits(n)
    if (region === "US" || region === "CA") rest = String(r.int(2, 9)) + rest.slice(1)
    const nsn = r.pick(firsts) + rest
    if (rest.startsWith("555")) continue
    if (isValidPhoneNumber(nsn, region as CountryCode)) return nsn
  }
  throw new Error(`no valid number found for ${region}`)
}

export type PhoneStyle = "national" | "international" | "intl00"

function national(region: string, nsn: string, r: Rng): string {
  const fmt = parsePhoneNumberWithError(nsn, region as CountryCode).formatNational()
  if (region === "US" || region === "CA") {
    const [a, b, c] = [nsn.slice(0, 3), nsn.slice(3, 6), nsn.slice(6)]
    return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`, fmt])
  }
  if (region === "CH") return r.pick([fmt, fmt, fmt.replace(/ /g, ".")])
  return fmt
}

function international(region: string, nsn: string, r: Rng, style: PhoneStyle): string {
  const fmt = parsePhoneNumberWithError(nsn, region as CountryCode).formatInternational()
  const variant = r.pick([fmt, fmt, fmt.replace(/ /g, "-"), fmt.replace(/ /g, ".")])
  if (style === "intl00" && !fmt.startsWith("+1 ")) return variant.replace(/^\+/, "00")
  return variant
}

/** A number of `region` as written, national or international (`+` or `00`). */
export function phone(r: Rng, region: string, style: PhoneStyle): string {
  const nsn = nationalNumber(r, region)
  const out = style === "national" ? national(region, nsn, r) : international(region, nsn, r, style)
  const check = out.startsWith("00") ? `+${out.slice(2)}` : out
  if (!isValidPhoneNumber(check, region as CountryCode)) throw new Error(`generator wrote an invalid ${region} number`)
  return out
}

/** A toll-free line written with all its digits. */
export function tollFree(r: Rng): string {
  for (let i = 0; i < 200; i++) {
    const nsn = r.pick(["800", "888", "877", "866"]) + String(r.int(2, 9)) + r.digits(6)
    if (!isValidPhoneNumber(nsn, "US")) continue
    return r.pick([`1-${nsn.slice(0, 3)}-${nsn.slice(3, 6)}-${nsn.slice(6)}`, `(${nsn.slice(0, 3)}) ${nsn.slice(3, 6)}-${nsn.slice(6)}`])
  }
  throw new Error("no valid toll-free number")
}

const VANITY = ["FLOWERS", "GO-FEDEX", "MEDS-NOW", "DMV-HELP", "RX-REFILL", "CITY-311", "HYDRO-11"]

/** A vanity number with letters: not a PHONE label. */
export function vanity(r: Rng): string {
  return `1-${r.pick(["800", "888", "877"])}-${r.pick(VANITY)}`
}

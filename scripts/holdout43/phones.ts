// Phone numbers from each country's numbering plan (mobile and fixed line), kept only when libphonenumber-js/max
// calls them valid there, then written the ways people write them; every written form must parse back.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

// National significant numbers; x is a random digit.
const PLAN: Record<string, string[]> = {
  GB: ["7400xxxxxx", "77xxxxxxxx", "79xxxxxxxx", "131xxxxxxx", "141xxxxxxx", "2920xxxxxx", "1224xxxxxx"],
  AU: ["4xxxxxxxx", "29xxxxxxx", "39xxxxxxx", "73xxxxxxx"],
  ZA: ["82xxxxxxx", "72xxxxxxx", "11xxxxxxx", "21xxxxxxx"],
  KE: ["71xxxxxxx", "72xxxxxxx", "20xxxxxxx"],
  NG: ["803xxxxxxx", "806xxxxxxx", "812xxxxxxx", "9xxxxxxx"],
  SG: ["8xxxxxxx", "9xxxxxxx", "6xxxxxxx"],
  HK: ["9xxxxxxx", "6xxxxxxx", "2xxxxxxx", "3xxxxxxx"],
  US: ["512xxxxxxx", "713xxxxxxx", "214xxxxxxx", "504xxxxxxx", "225xxxxxxx", "337xxxxxxx"],
  SE: ["70xxxxxxx", "73xxxxxxx", "8xxxxxxx", "31xxxxxxx"],
  FI: ["40xxxxxxx", "50xxxxxxx", "9xxxxxxx"],
  EE: ["5xxxxxxx", "6xxxxxx"],
  PL: ["50xxxxxxx", "60xxxxxxx", "22xxxxxxx", "12xxxxxxx"],
  CZ: ["60xxxxxxx", "73xxxxxxx", "2xxxxxxxx"],
  RO: ["72xxxxxxx", "74xxxxxxx", "21xxxxxxx", "264xxxxxx"],
  HR: ["91xxxxxxx", "98xxxxxxx", "1xxxxxxx", "21xxxxxx"],
  GR: ["69xxxxxxxx", "21xxxxxxxx", "2310xxxxxx"],
  RU: ["91xxxxxxxx", "98xxxxxxxx", "495xxxxxxx", "812xxxxxxx"],
  TR: ["53xxxxxxxx", "54xxxxxxxx", "212xxxxxxx", "312xxxxxxx"],
  BE: ["47xxxxxxx", "49xxxxxxx", "3xxxxxxx", "9xxxxxxx"],
  CH: ["79xxxxxxx", "76xxxxxxx", "44xxxxxxx", "31xxxxxxx"],
  AT: ["664xxxxxxx", "676xxxxxxx", "1xxxxxxx", "316xxxxxx"],
  IT: ["34xxxxxxxx", "33xxxxxxxx", "06xxxxxxxx", "02xxxxxxxx"],
  ES: ["6xxxxxxxx", "981xxxxxx", "986xxxxxx"],
  CL: ["9xxxxxxxx", "22xxxxxxx"],
  CO: ["31xxxxxxxx", "30xxxxxxxx", "601xxxxxxx", "604xxxxxxx"],
  BR: ["119xxxxxxxx", "219xxxxxxxx", "113xxxxxxx", "313xxxxxxx"],
  FR: ["6xxxxxxxx", "7xxxxxxxx", "1xxxxxxxx", "4xxxxxxxx"],
  CA: ["514xxxxxxx", "438xxxxxxx", "418xxxxxxx", "819xxxxxxx"],
}
export const PHONE_COUNTRIES = Object.keys(PLAN) as CountryCode[]

export interface Phone { e164: string; national: string; intl: string; cc: CountryCode; mobile: boolean }

export function drawPhone(r: Rng, cc: CountryCode): Phone {
  for (;;) {
    const pat = r.pick(PLAN[cc]!)
    const nsn = pat.replace(/x/g, () => String(r.int(10)))
    const p = parsePhoneNumberFromString(`+${codeOf(cc)}${nsn}`)
    if (!p?.isValid() || p.country !== cc) continue
    const type = p.getType()
    return { e164: p.number, national: p.formatNational(), intl: p.formatInternational(), cc, mobile: type === "MOBILE" || type === "FIXED_LINE_OR_MOBILE" }
  }
}

const CODES: Record<string, string> = { GB: "44", AU: "61", ZA: "27", KE: "254", NG: "234", SG: "65", HK: "852", US: "1", SE: "46", FI: "358", EE: "372", PL: "48", CZ: "420", RO: "40", HR: "385", GR: "30", RU: "7", TR: "90", BE: "32", CH: "41", AT: "43", IT: "39", ES: "34", CL: "56", CO: "57", BR: "55", FR: "33", CA: "1" }
export const codeOf = (cc: string) => CODES[cc]!

const TRUNK0 = new Set(["GB", "AU", "ZA", "KE", "NG", "SE", "FI", "TR", "BE", "CH", "AT", "FR", "RO", "HR", "NG"])

/** The ways a number is written, each checked to parse back to the same number in its country. */
export function writePhone(r: Rng, ph: Phone, style?: string): string {
  const { national: nat, intl, cc } = ph
  const cands: Record<string, () => string> = {
    national: () => nat,
    intl: () => intl,
    e164: () => ph.e164,
    "00": () => intl.replace("+", "00"),
    dots: () => nat.replace(/[ -]/g, ".").replace(/[()]/g, ""),
    dashes: () => nat.replace(/[()]/g, "").trim().replace(/ +/g, "-"),
    compact: () => nat.replace(/\D/g, ""),
    slash: () => { const [a, ...b] = nat.replace(/[()]/g, "").split(" "); return `${a}/${b.join(" ")}` },
    trunk: () => TRUNK0.has(cc) && nat.startsWith("0") ? intl.replace(/^(\+\d+) /, "$1 (0)") : intl,
    bracket: () => { const [a, ...b] = nat.split(" "); return a!.startsWith("(") ? nat : `(${a}) ${b.join(" ")}` },
    intlDashes: () => intl.replace(/ /g, "-").replace(/^(\+\d+)-/, "$1 "),
  }
  const names = Object.keys(cands)
  for (let i = 0; i < 12; i++) {
    const s = style && i === 0 ? style : r.pick(names)
    const w = cands[s]!()
    const back = parsePhoneNumberFromString(w, cc)
    if (back?.number === ph.e164 && back.isValid()) return w
  }
  return intl
}

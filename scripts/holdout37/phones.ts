// Phones drawn from national number plans, kept only when libphonenumber-js/max says
// they are valid for their country, then written as people in that country write them.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./prng.ts"

/** National significant numbers with the trunk prefix; x is a random digit. */
const PLANS: Record<string, string[]> = {
  US: ["205xxxxxxx", "501xxxxxxx", "504xxxxxxx", "601xxxxxxx", "615xxxxxxx", "713xxxxxxx", "404xxxxxxx", "919xxxxxxx", "803xxxxxxx", "318xxxxxxx"],
  GB: ["0131xxxxxxx", "0141xxxxxxx", "01224xxxxxx", "01463xxxxxx", "029xxxxxxxx", "01792xxxxxx", "01248xxxxxx", "07xxxxxxxxx", "07xxxxxxxxx"],
  AU: ["04xxxxxxxx", "04xxxxxxxx", "02xxxxxxxx", "03xxxxxxxx", "07xxxxxxxx", "08xxxxxxxx"],
  ZA: ["06xxxxxxxx", "07xxxxxxxx", "08xxxxxxxx", "021xxxxxxx", "011xxxxxxx", "031xxxxxxx"],
  NG: ["080xxxxxxxx", "081xxxxxxxx", "070xxxxxxxx", "090xxxxxxxx", "0803xxxxxxx"],
  KE: ["07xxxxxxxx", "011xxxxxxx", "020xxxxxxx"],
  SG: ["8xxxxxxx", "9xxxxxxx", "6xxxxxxx"],
  MY: ["012xxxxxxx", "013xxxxxxx", "017xxxxxxx", "03xxxxxxxx", "011xxxxxxxx"],
  JM: ["876xxxxxxx"], TT: ["868xxxxxxx"],
  PK: ["03xxxxxxxxx", "021xxxxxxxx", "042xxxxxxxx"],
  HK: ["5xxxxxxx", "6xxxxxxx", "9xxxxxxx", "2xxxxxxx"],
  NL: ["06xxxxxxxx", "06xxxxxxxx", "020xxxxxxx", "010xxxxxxx", "030xxxxxxx"],
  BE: ["047xxxxxxx", "048xxxxxxx", "049xxxxxxx", "02xxxxxxx", "09xxxxxxx"],
  SE: ["070xxxxxxx", "073xxxxxxx", "08xxxxxxx", "031xxxxxx"],
  FI: ["040xxxxxxx", "050xxxxxxx", "045xxxxxxx", "09xxxxxxx"],
  PL: ["5xxxxxxxx", "6xxxxxxxx", "7xxxxxxxx", "22xxxxxxx"],
  CZ: ["6xxxxxxxx", "7xxxxxxxx", "2xxxxxxxx"],
  RO: ["07xxxxxxxx", "021xxxxxxx"], HR: ["09xxxxxxxx", "01xxxxxxx"], RS: ["06xxxxxxxx", "011xxxxxxx"],
  GR: ["69xxxxxxxx", "21xxxxxxxx"], TR: ["05xxxxxxxxx", "0212xxxxxxx", "0312xxxxxxx"],
  EE: ["5xxxxxxx", "6xxxxxx"], IS: ["6xxxxxx", "7xxxxxx", "8xxxxxx", "5xxxxxx"], UA: ["050xxxxxxx", "067xxxxxxx", "044xxxxxxx"],
  AT: ["0664xxxxxxx", "0676xxxxxxx", "01xxxxxxx", "0316xxxxxx"], FR: ["06xxxxxxxx", "07xxxxxxxx", "01xxxxxxxx", "04xxxxxxxx"],
  ES: ["6xxxxxxxx", "7xxxxxxxx", "91xxxxxxx", "93xxxxxxx"], CO: ["3xxxxxxxxx", "601xxxxxxx"], CL: ["9xxxxxxxx", "2xxxxxxxx"],
  BR: ["119xxxxxxxx", "21xxxxxxxx", "319xxxxxxxx"], IT: ["3xxxxxxxxx", "06xxxxxxxx", "02xxxxxxxx"],
}

export function drawPhone(rng: Rng, cc: CountryCode): PhoneNumber {
  for (let i = 0; i < 400; i++) {
    const plan = rng.pick(PLANS[cc]!)
    const raw = plan.replace(/x/g, () => String(rng.int(0, 9)))
    const p = parsePhoneNumberFromString(raw, cc)
    if (p?.isValid() && p.country === cc) return p
  }
  throw new Error(`no valid phone drawn for ${cc}`)
}

export type PhoneForm = "national" | "intl" | "e164" | "00" | "dots" | "dashes" | "compact" | "(0)" | "bracket"

function written(p: PhoneNumber, form: PhoneForm): string {
  const nat = p.formatNational()
  const intl = p.formatInternational()
  const trunk = /^0/.test(nat)
  switch (form) {
    case "national": return nat
    case "intl": return intl
    case "e164": return p.number
    case "00": return "00" + intl.slice(1)
    case "dots": return /[()]/.test(nat) ? nat.replace(/[()]/g, "").replace(/[ -]/g, ".") : nat.replace(/[ -]/g, ".")
    case "dashes": return nat.replace(/[()]/g, "").trim().replace(/ +/g, "-")
    case "compact": return nat.replace(/\D/g, "")
    case "(0)": return trunk ? intl.replace(" ", " (0)") : intl
    case "bracket": return trunk && / /.test(nat) ? nat.replace(/^(\S+) /, "($1) ") : nat
  }
}

/** The phone written in a form; a form that would not parse back to the same number falls back to national. */
export function writePhone(p: PhoneNumber, form: PhoneForm): string {
  const w = written(p, form)
  const back = parsePhoneNumberFromString(w, p.country)
  return back?.number === p.number && back.isValid() ? w : p.formatNational()
}

const WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

/** National digits read aloud, grouped as the national format groups them ("oh seven seven, double five ..."). */
export function spoken(p: PhoneNumber, rng: Rng): string {
  const groups = p.formatNational().replace(/[()]/g, "").split(/[ -]+/)
  return groups.map((g) => {
    const out: string[] = []
    for (let i = 0; i < g.length;) {
      let run = 1
      while (g[i + run] === g[i] && run < 3) run++
      const w = WORDS[Number(g[i])]!
      const word = g[i] === "0" && rng.chance(0.3) ? "zero" : w
      if (run > 1) { out.push(`${run === 2 ? "double" : "triple"} ${word}`); i += run } else { out.push(word); i++ }
    }
    return out.join(" ")
  }).join(", ")
}

export const isValidIn = (v: string, regions: readonly CountryCode[]) => regions.some((r) => parsePhoneNumberFromString(v, r)?.isValid() === true)

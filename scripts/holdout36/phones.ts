// Phones in each country's usual written forms. Every number is checked with
// libphonenumber-js/max for its country and each written form parses back to it.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

/** National patterns: X is a random digit, [abc] one of the characters. */
const PATTERNS: Record<string, string[]> = {
  IE: ["08[35679] XXX XXXX", "01 XXX XXXX", "021 4XX XXXX", "091 5XX XXX", "(01) XXX XXXX"],
  GB: ["07[789]XX XXXXXX", "0161 XXX XXXX", "0113 XXX XXXX", "0191 XXX XXXX", "0114 XXX XXXX", "(0161) XXX XXXX"],
  CA: ["(416) [2-9]XX-XXXX", "604-[2-9]XX-XXXX", "514.[2-9]XX.XXXX", "(780) [2-9]XX-XXXX"],
  NZ: ["021 XXX XXXX", "022 XXX XXXX", "027 XXX XXXX", "09 XXX XXXX", "(04) XXX XXXX", "03 3XX XXXX"],
  IN: ["9[6-9]XXX XXXXX", "8[7-9]XXX XXXXX", "022 2XXX XXXX", "080 2XXX XXXX"],
  GH: ["024 XXX XXXX", "020 XXX XXXX", "054 XXX XXXX", "030 2XX XXXX"],
  PH: ["0917 XXX XXXX", "0918 XXX XXXX", "0927 XXX XXXX", "(02) 8XXX XXXX"],
  BB: ["(246) 2[3-5]X-XXXX", "246-8[2-4]X-XXXX", "(246) 4[2-3]X-XXXX"],
  GI: ["200XXXXX", "5[4-8]XXXXXX", "200 7XXXX"],
  ZW: ["077 XXX XXXX", "071 XXX XXXX", "078 XXX XXXX", "0242 7XXXXX"],
  LK: ["077 XXX XXXX", "071 XXX XXXX", "011 2XX XXXX", "076 XXX XXXX"],
  BM: ["(441) 2[3-9]X-XXXX", "441-5[0-9]X-XXXX", "441-7XX-XXXX"],
  CY: ["99 XXXXXX", "22 XXXXXX", "96XXXXXX", "97 XXX XXX"],
  DK: ["[2-5]X XX XX XX", "[2-4]XXX XXXX", "[3-9]XXXXXXX"],
  NO: ["4XX XX XXX", "9XX XX XXX", "22 XX XX XX", "4XXXXXXX"],
  SK: ["09[01]X XXX XXX", "02/XXXX XXXX", "0905 XXX XXX", "032/XXX XXXX"],
  HU: ["06 30 XXX XXXX", "06 20 XXX XXXX", "06 1 XXX XXXX", "(06-1) XXX-XXXX", "06-70-XXX-XXXX"],
  SI: ["041 XXX XXX", "031 XXX XXX", "01 XXX XX XX", "(01) XXX XX XX", "070 XXX XXX"],
  BG: ["08[789] XXX XXXX", "02 XXX XXXX", "02/XXX XXXX", "0888 XXX XXX"],
  LT: ["8 6XX XXXXX", "8 5 2XX XXXX", "8 (5) 2XX XXXX", "86XXXXXXX"],
  LV: ["2XXXXXXX", "2X XXX XXX", "67XX XXXX", "6XXX XXXX"],
  PT: ["9[1236]X XXX XXX", "21X XXX XXX", "22X XXX XXX", "96XXXXXXX"],
  MX: ["55 XXXX XXXX", "(55) XXXX XXXX", "33 XXXX XXXX", "81 XXXX XXXX", "55-XXXX-XXXX"],
  AR: ["011 4XXX-XXXX", "(011) 4XXX-XXXX", "0351 4XX-XXXX", "011 15-[2-6]XXX-XXXX"],
  BE: ["04[789]X XX XX XX", "02 XXX XX XX", "02/XXX.XX.XX", "0475.XX.XX.XX", "09 2XX XX XX"],
  FR_CA: ["(514) [2-9]XX-XXXX", "418 [2-9]XX-XXXX", "450-[2-9]XX-XXXX"],
  CH: ["07[6-9] XXX XX XX", "044 XXX XX XX", "091 XXX XX XX", "022 XXX XX XX", "079/XXX XX XX"],
  ES: ["6XX XX XX XX", "6XX XXX XXX", "93 XXX XX XX", "94 XXX XX XX", "981 XX XX XX", "6XXXXXXXX"],
  RU: ["8 (495) XXX-XX-XX", "8 (9[0-3]X) XXX-XX-XX", "8 (812) XXX-XX-XX", "8-9[0-3]X-XXX-XX-XX"],
  AL: ["06[789] XXX XXXX", "04 2XX XXXX", "069 XX XX XXX"],
  MT: ["79XX XXXX", "99XX XXXX", "21XX XXXX", "77XXXXXX"],
}

const TRUNK_ZERO = ["GB", "IE", "CH", "NZ", "BE"]
const DOTS = ["CA", "FR_CA", "BE", "MX", "SI", "PT", "ES", "DK", "CH"]

const regionOf = (key: string) => (key === "FR_CA" ? "CA" : key) as CountryCode

function fill(rng: Rng, pattern: string): string {
  return pattern.replace(/\[([^\]]+)\]|X/g, (m, set: string | undefined) => {
    if (!set) return String(rng.int(0, 9))
    const chars = set.includes("-") && set.length === 3 ? Array.from({ length: set.charCodeAt(2) - set.charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(set.charCodeAt(0) + i)) : [...set]
    return rng.pick(chars)
  })
}

export type PhoneStyle = "national" | "intl" | "00" | "e164" | "compact" | "dashes" | "dots" | "(0)"

export interface Phone { written: string; e164: string; national: string; region: string }

const backTo = (written: string, region: CountryCode, e164: string) => {
  const p = parsePhoneNumberFromString(written, region)
  return !!p && p.isValid() && p.number === e164
}

/** A valid phone of the region, written in the style asked for when that style parses back (else as the country writes it). */
export function makePhone(rng: Rng, key: string, style: PhoneStyle = "national"): Phone {
  const region = regionOf(key)
  for (let i = 0; i < 500; i++) {
    const national = fill(rng, rng.pick(PATTERNS[key]!))
    const p = parsePhoneNumberFromString(national, region)
    if (!p || !p.isValid() || p.country !== region) continue
    const e164 = p.number as string
    const intl = p.formatInternational()
    const trunkless = national.replace(/^\(?0/, "").replace(/^\(/, "")
    const forms: Record<PhoneStyle, string> = {
      national,
      intl,
      "00": "00" + intl.slice(1),
      e164,
      compact: national.replace(/\D/g, ""),
      dashes: national.replace(/[\s/.]+/g, "-").replace(/[()]/g, ""),
      dots: national.replace(/[()]/g, "").replace(/[\s/-]+/g, "."),
      "(0)": `+${p.countryCallingCode} (0)${trunkless.replace(/\)/, "")}`,
    }
    const allowed = style !== "(0)" && style !== "dots" ? true : (style === "(0)" ? TRUNK_ZERO : DOTS).includes(key)
    const written = allowed ? forms[style] : national
    if (backTo(national, region, e164)) return { written: backTo(written, region, e164) && /\d$/.test(written) ? written : national, e164, national, region }
  }
  throw new Error(`no valid phone for ${key}`)
}

const WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

/** English spoken digits grouped as written: "oh eight seven, double five, ...". */
export function spoken(national: string, rng: Rng): string {
  const groups = national.replace(/[()]/g, "").split(/[\s-]+/).filter(Boolean)
  return groups
    .map((g) => {
      const out: string[] = []
      for (let i = 0; i < g.length; ) {
        let run = 1
        while (g[i + run] === g[i] && run < 3) run++
        const w = WORDS[Number(g[i])]!
        const word = g[i] === "0" && rng.chance(0.3) ? "zero" : w
        if (run === 3) out.push(`triple ${word}`)
        else if (run === 2) out.push(`double ${word}`)
        else out.push(word)
        i += run
      }
      return out.join(" ")
    })
    .join(", ")
}

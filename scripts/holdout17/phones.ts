// Phone numbers made valid by libphonenumber-js/max, written in the ways people write them.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

// E.164 prefixes with the total digits after '+', mobile and fixed lines per region.
const SEEDS: Record<string, Array<[string, number]>> = {
  IE: [["35385", 12], ["35387", 12], ["35383", 12], ["3531", 11], ["35321", 12], ["35391", 12]],
  AU: [["614", 11], ["612", 11], ["613", 11], ["617", 11], ["618", 11]],
  MT: [["3567", 11], ["3569", 11], ["35621", 11]],
  CA: [["1416", 11], ["1604", 11], ["1514", 11], ["1613", 11], ["1403", 11]],
  US: [["1212", 11], ["1617", 11], ["1312", 11], ["1415", 11], ["1713", 11]],
  GB: [["447", 12], ["4420", 12], ["44161", 12], ["44131", 12]],
  NL: [["316", 11], ["3120", 11], ["3110", 11], ["3130", 11]],
  BE: [["3247", 11], ["3249", 11], ["322", 10], ["329", 10], ["323", 10]],
  SE: [["4670", 11], ["4672", 11], ["468", 10], ["4631", 11]],
  DK: [["452", 10], ["4531", 10], ["4540", 10], ["4533", 10]],
  NO: [["474", 10], ["479", 10], ["4722", 10], ["4755", 10]],
  RO: [["407", 11], ["4021", 11], ["40264", 11]],
  HU: [["3620", 11], ["3630", 11], ["3670", 11], ["361", 10]],
  HR: [["38591", 12], ["38598", 12], ["3851", 11], ["38521", 11]],
  IN: [["919", 12], ["918", 12], ["917", 12]],
  NG: [["234803", 13], ["234806", 13], ["234813", 13]],
  DE: [["4915", 13], ["4930", 12], ["4989", 12]],
  PL: [["4850", 11], ["4860", 11]],
  ZA: [["2782", 11], ["2772", 11]],
  AE: [["97150", 12], ["97155", 12]],
  BR: [["55119", 13], ["55219", 13]],
  PH: [["63917", 12], ["63918", 12]],
  CN: [["86138", 13], ["86139", 13]],
  SG: [["659", 10], ["658", 10]],
}
export const PHONE_REGIONS = Object.keys(SEEDS)

export type PhoneStyle = "national" | "intl" | "e164" | "dots" | "dashes" | "00" | "brackets" | "compact"

/** A valid number of `region` written in `style`; the written text re-parses to the same number. */
export function phone(rng: Rng, region: string, style: PhoneStyle): string {
  const seeds = SEEDS[region]
  if (!seeds) throw new Error(`no phone seeds for ${region}`)
  for (let attempt = 0; attempt < 500; attempt++) {
    const [prefix, len] = rng.pick(seeds)
    const e164 = `+${prefix}${rng.digits(len - prefix.length)}`
    const p = parsePhoneNumberFromString(e164)
    if (!p || !p.isValid() || p.country !== region) continue
    if ((region === "US" || region === "CA") && /^\+1\d{3}55501/.test(e164)) continue
    if ((region === "US" || region === "CA") && /^\+1\d{3}555/.test(e164)) continue
    const written = write(p.formatNational(), p.formatInternational(), e164, style)
    const back = parsePhoneNumberFromString(written, region as CountryCode)
    if (back && back.isValid() && back.number === e164) return written
    const plain = p.formatNational()
    const again = parsePhoneNumberFromString(plain, region as CountryCode)
    if (again && again.isValid() && again.number === e164) return plain
  }
  throw new Error(`no valid phone for ${region}`)
}

function write(national: string, intl: string, e164: string, style: PhoneStyle): string {
  switch (style) {
    case "national": return national
    case "intl": return intl
    case "e164": return e164
    case "dots": return national.replace(/[()]/g, "").replace(/[\s-]+/g, ".")
    case "dashes": return intl.replace(/\s+/g, "-")
    case "00": return "00" + intl.slice(1)
    case "compact": return national.replace(/[\s()-]/g, "")
    case "brackets": {
      if (national.startsWith("(")) return national
      const [head, ...rest] = national.split(/\s+/)
      return rest.length ? `(${head}) ${rest.join(" ")}` : national
    }
  }
}

// Phone numbers that libphonenumber-js/max calls valid, written the many ways people write them.
// Every written form is parsed back and must give the same number, or generation stops.
import { type CountryCode, getExampleNumber, parsePhoneNumberFromString, type PhoneNumber } from "libphonenumber-js/max"
import examples from "libphonenumber-js/mobile/examples"
import type { Rng } from "./rng.ts"

export const HOME_REGIONS = [
  "US", "CA", "GB", "IE", "DE", "FR", "ES", "IT", "NL", "BE", "PT", "PL", "SE", "DK", "NO", "FI", "CH", "AT",
] as const
// Regions whose callers dial abroad with 00, so "0049 …" parses from there.
const IDD_00 = new Set<string>(HOME_REGIONS.filter((c) => c !== "US" && c !== "CA"))
export const FAR_REGIONS = ["IN", "BR", "AU", "NG", "ZA", "JP", "MX", "AE", "SG", "TR", "KR", "KE", "PH", "EG"] as const

// Landline national significant numbers: a known area prefix and how many digits follow.
const LANDLINE: Partial<Record<CountryCode, Array<[string, number]>>> = {
  US: [["212", 7], ["415", 7], ["312", 7], ["617", 7], ["206", 7], ["303", 7], ["512", 7], ["404", 7]],
  CA: [["416", 7], ["604", 7], ["514", 7], ["403", 7]],
  GB: [["207", 7], ["161", 7], ["131", 7], ["117", 7], ["121", 7], ["113", 7]],
  IE: [["1", 7], ["21", 7], ["91", 7]],
  DE: [["30", 8], ["89", 8], ["40", 8], ["221", 7], ["69", 8]],
  FR: [["1", 8], ["4", 8], ["3", 8], ["5", 8]],
  ES: [["91", 7], ["93", 7], ["96", 7]],
  IT: [["06", 8], ["02", 8], ["011", 7], ["055", 7]],
  NL: [["20", 7], ["10", 7], ["30", 7]],
  BE: [["2", 7], ["3", 7], ["9", 7]],
  PT: [["21", 7], ["22", 7]],
  PL: [["22", 7], ["12", 7], ["61", 7]],
  SE: [["8", 7], ["31", 6], ["40", 6]],
  DK: [["3", 7], ["4", 7]],
  NO: [["2", 7], ["5", 7]],
  FI: [["9", 7], ["2", 7]],
  CH: [["44", 7], ["22", 7], ["31", 7]],
  AT: [["1", 7], ["316", 6], ["662", 6]],
}

function candidate(r: Rng, region: CountryCode, mobile: boolean): PhoneNumber | undefined {
  const land = LANDLINE[region]
  let nsn: string
  if ((!mobile || region === "US" || region === "CA") && land) {
    const [prefix, rest] = r.pick(land)
    nsn = prefix + r.digits(rest)
  } else {
    const ex = getExampleNumber(region, examples)
    if (!ex) return undefined
    const base = String(ex.nationalNumber)
    const keep = Math.max(2, base.length - 7)
    nsn = base.slice(0, keep) + r.digits(base.length - keep)
  }
  if ((region === "US" || region === "CA") && (nsn.slice(3, 6) === "555" || /^[01]/.test(nsn.slice(3)))) return undefined
  const p = parsePhoneNumberFromString(`+${getCc(region)}${nsn}`)
  return p?.isValid() && p.country === region ? p : undefined
}

function getCc(region: CountryCode): string {
  return String(getExampleNumber(region, examples)?.countryCallingCode ?? "")
}

/** A valid number of the region, landline or mobile. */
export function phoneNumber(r: Rng, region: CountryCode, mobile = r.chance(0.5)): PhoneNumber {
  for (let i = 0; i < 200; i++) {
    const p = candidate(r, region, i > 100 ? true : mobile)
    if (p) return p
  }
  throw new Error(`no valid ${region} number after 200 tries`)
}

function regroup(digits: string, r: Rng): string {
  const out: string[] = []
  let at = 0
  while (at < digits.length) {
    const left = digits.length - at
    const n = left <= 3 ? left : left === 4 ? 2 : r.int(2, 3)
    out.push(digits.slice(at, at + n))
    at += n
  }
  return out.join(" ")
}

export type PhoneStyle = "national" | "international" | "e164" | "dashed" | "dotted" | "00" | "odd" | "plain" | "trunk"

/** The number as a person writes it in the given style; checked to parse back to itself. */
export function writePhone(r: Rng, p: PhoneNumber, style: PhoneStyle): string {
  const nat = p.formatNational()
  const intl = p.formatInternational()
  const nanp = p.countryCallingCode === "1"
  let s: string
  switch (style) {
    case "national": s = nat; break
    case "international": s = nanp && r.chance(0.5) ? `+1 ${nat}` : intl; break
    case "e164": s = p.number; break
    case "dashed": s = nanp ? nat.replace(/^\((\d+)\) /, "$1-") : intl.replace(/ /g, "-"); break
    case "dotted": s = nat.replace(/[()]/g, "").replace(/[ -]+/g, "."); break
    case "00": s = nanp || !IDD_00.has(p.country ?? "") ? intl : intl.replace(/^\+/, "00"); break
    case "odd": s = regroup(nat.replace(/\D/g, ""), r); break
    case "plain": s = nat.replace(/\D/g, ""); break
    case "trunk": { // "+44 (0)20 7946 0958": the trunk 0 kept in brackets, common in UK and German signatures
      const bare = nat.replace(/[()]/g, "")
      s = bare.startsWith("0") && p.country !== "IT" ? `+${p.countryCallingCode} (0)${bare.slice(1)}` : intl
      break
    }
  }
  const back = parsePhoneNumberFromString(s, p.country)
  if (!back?.isValid() || back.number !== p.number) throw new Error(`phone style ${style} does not parse back`)
  return s
}

export function phone(r: Rng, region: CountryCode, styles: readonly PhoneStyle[] = ["national", "international"]): string {
  return writePhone(r, phoneNumber(r, region), r.pick(styles))
}

/** The national digits spelled out in words, partly or wholly: not a labeled PHONE. */
export function spelled(r: Rng, p: PhoneNumber, words: readonly string[]): string {
  const digits = p.formatNational().replace(/\D/g, "")
  const cut = r.chance(0.5) ? digits.length : r.int(3, digits.length - 2)
  const spoken = [...digits.slice(0, cut)].map((d) => words[Number(d)]).join(" ")
  return cut === digits.length ? spoken : `${spoken} ${digits.slice(cut)}`
}

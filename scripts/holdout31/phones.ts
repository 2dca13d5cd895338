// Phones: draw a number valid for the region's plan (libphonenumber-js/max),
// write it the way people there write it, and keep only written forms that
// parse back to the same E.164 number.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./prng.ts"
import type { Region } from "./regions.ts"

export interface Drawn {
  e164: string
  national: string
  intl: string
}

export function parsesTo(written: string, country: CountryCode, e164: string): boolean {
  const p = parsePhoneNumberFromString(written, country)
  return !!p && p.isValid() && p.number === e164
}

/** A number valid in the region's plan; retries until libphonenumber agrees. */
export function drawPhone(rng: Rng, r: Region): Drawn {
  for (let i = 0; i < 500; i++) {
    const [prefix, len] = rng.pick(r.plans)
    const nsn = prefix + rng.digits(len - prefix.length)
    const cc = parsePhoneNumberFromString(`+${callingCode(r.country)}${nsn}`)
    if (!cc || !cc.isValid() || cc.country !== r.country) continue
    return { e164: cc.number, national: cc.formatNational(), intl: cc.formatInternational() }
  }
  throw new Error(`no valid number for ${r.id}`)
}

const CC: Record<string, string> = { IE: "353", GB: "44", US: "1", GH: "233", HK: "852", BB: "1", NZ: "64", MX: "52", AR: "54", BR: "55", CA: "1", CH: "41", DK: "45", NO: "47", FI: "358", EE: "372", SK: "421", UA: "380", HR: "385" }
export const callingCode = (c: CountryCode): string => CC[c] ?? "0"

const groups = (s: string) => s.split(/[\s-]+/).filter(Boolean)

/** Regroup the digits of `s` in chunks of 2-4 (an odd, hand-typed grouping). */
function regroup(rng: Rng, digits: string): string {
  const out: string[] = []
  let i = 0
  while (i < digits.length) {
    const n = Math.min(digits.length - i, rng.int(2, 4))
    out.push(digits.slice(i, i + n))
    i += n
  }
  return out.join(" ")
}

type Form = (d: Drawn, r: Region, rng: Rng) => string | undefined

export const FORMS: Record<string, Form> = {
  intl: (d) => d.intl,
  intl00: (d, r) => (r.idd00 ? d.intl.replace(/^\+/, "00") : undefined),
  intlDash: (d) => d.intl.replace(/ /g, "-"),
  intlCompact: (d) => d.e164,
  intlZero: (d, r) => {
    if (!r.zero || !d.national.startsWith("0")) return undefined
    const g = groups(d.intl)
    return `${g[0]} (0)${g.slice(1).join(" ")}`
  },
  intlBrackets: (d) => {
    const g = groups(d.intl)
    return g.length > 2 ? `${g[0]} (${g[1]}) ${g.slice(2).join(" ")}` : undefined
  },
  national: (d) => d.national,
  natDash: (d) => d.national.replace(/[()]/g, "").trim().replace(/\s+/g, "-"),
  natDot: (d) => d.national.replace(/[()]/g, "").trim().replace(/[\s-]+/g, "."),
  natCompact: (d) => d.national.replace(/\D/g, ""),
  natBracket: (d) => {
    if (d.national.startsWith("(")) return d.national
    const g = groups(d.national)
    return g.length > 1 ? `(${g[0]}) ${g.slice(1).join(" ")}` : undefined
  },
  natSlash: (d) => {
    const g = groups(d.national.replace(/[()]/g, ""))
    return g.length > 1 ? `${g[0]}/${g.slice(1).join(" ")}` : undefined
  },
  natOdd: (d, _r, rng) => regroup(rng, d.national.replace(/\D/g, "")),
  nanpOne: (d) => (d.e164.startsWith("+1") ? `1-${d.e164.slice(2, 5)}-${d.e164.slice(5, 8)}-${d.e164.slice(8)}` : undefined),
  uaOld: (d, r) => (r.country === "UA" ? `+38 (${d.national.slice(0, 3)}) ${d.national.slice(4).replace(/ /g, "-").replace(/^(\d{3})-?(\d{2})(\d{2})$/, "$1-$2-$3")}` : undefined),
}

/** Forms people in this region use most, with weights. */
function formsFor(r: Region): string[] {
  const base = ["intl", "intl", "national", "national", "national", "natCompact", "natOdd", "intlCompact", "natDash"]
  const by: Record<string, string[]> = {
    IE: ["natBracket", "intl00", "intlZero"], NENG: ["intlZero", "natBracket", "intl00"], WLS: ["intlZero", "natBracket"],
    TX: ["natDot", "nanpOne", "natDash"], FL: ["natDot", "nanpOne", "natDash"], BB: ["natDash", "nanpOne"], QC: ["natDot", "natDash"],
    HK: ["intlDash", "intlBrackets"], GH: ["intl00", "intlBrackets"], NZ: ["intlZero", "natBracket"], MX: ["natBracket", "intlBrackets"],
    AR: ["intl00", "natDash"], BR: ["intlBrackets", "natDash"], CHD: ["intlZero", "natSlash", "intl00"], CHF: ["intlZero", "natDot", "intl00"],
    DK: ["intl00", "natDot"], NO: ["intl00", "natOdd"], FI: ["intl00", "natDash"], EE: ["intl00", "natOdd"], SK: ["natSlash", "intl00", "intlZero"],
    UA: ["uaOld", "uaOld", "intlBrackets"], HR: ["natSlash", "intl00", "intlDash"],
  }
  return [...base, ...(by[r.id] ?? [])]
}

/** One written form of `d`, checked to parse back; returns the form name too. */
export function writePhone(rng: Rng, d: Drawn, r: Region, form?: string): { text: string; form: string } {
  const names = form ? [form, ...rng.shuffle(formsFor(r))] : rng.shuffle(formsFor(r))
  for (const name of names) {
    const text = FORMS[name]?.(d, r, rng)
    if (text && parsesTo(text, r.country, d.e164)) return { text, form: name }
  }
  return { text: d.intl, form: "intl" }
}

const WORD = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

/** Spoken digits as a caller says them: groups of the national form, `double` for a repeat. */
export function spokenPhone(rng: Rng, d: Drawn): string {
  const parts = groups(d.national.replace(/[()]/g, ""))
  const spoken = parts.map((g) => {
    const ws: string[] = []
    for (let i = 0; i < g.length; i++) {
      const w = g[i] === "0" && rng.chance(0.3) ? "zero" : WORD[Number(g[i])]!
      if (i + 1 < g.length && g[i] === g[i + 1] && rng.chance(0.6)) {
        ws.push(`double ${w}`)
        i++
      } else ws.push(w)
    }
    return ws.join(" ")
  })
  return spoken.join(rng.chance(0.5) ? ", " : " ")
}

// Phone numbers drawn from each country's plan (a mobile example's shape or a fixed-line area), kept only when
// libphonenumber-js/max calls them valid there, and written in national, international and said forms.
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import examples from "libphonenumber-js/examples.mobile.json"
import { ALL_COUNTRIES } from "./locales.ts"
import type { Rng } from "./rng.ts"

/** Fixed-line national numbers: an area prefix and the national number's length. */
const FIXED: Partial<Record<CountryCode, Array<[string, number]>>> = {
  IE: [["1", 8], ["21", 9], ["91", 9]], IN: [["11", 10], ["22", 10], ["80", 10]], CA: [["416", 10], ["514", 10], ["604", 10]],
  GB: [["20", 10], ["161", 10], ["131", 10]], US: [["212", 10], ["312", 10], ["404", 10]], MT: [["21", 8], ["27", 8]],
  NL: [["20", 9], ["10", 9], ["30", 9]], BE: [["2", 8], ["3", 8], ["9", 8]], DK: [["3", 8], ["8", 8]], NO: [["22", 8], ["55", 8]],
  HU: [["1", 8], ["52", 8]], SK: [["2", 9], ["55", 9]], SI: [["1", 8], ["2", 8]], LT: [["5", 8], ["37", 8]], LV: [["67", 8]],
  BG: [["2", 8], ["52", 8]], UA: [["44", 9], ["32", 9]], CH: [["44", 9], ["22", 9], ["91", 9], ["31", 9]], LU: [["2", 8], ["4", 6]],
  MX: [["55", 10], ["33", 10], ["81", 10]], AR: [["11", 10], ["351", 10]],
}

function draw(r: Rng, cc: CountryCode, mobile: boolean): PhoneNumber {
  for (let i = 0; i < 500; i++) {
    let nsn: string
    if (mobile || !FIXED[cc]) {
      const ex = getExampleNumber(cc, examples as never)!.nationalNumber as string
      const keep = Math.max(2, ex.length - 6)
      nsn = ex.slice(0, keep) + r.digits(ex.length - keep)
    } else {
      const [pre, len] = r.pick(FIXED[cc]!)
      nsn = pre + r.digits(len - pre.length)
    }
    const p = parsePhoneNumberFromString(nsn, cc)
    if (!p || !p.isValid() || p.country !== cc) continue
    const t = p.getType()
    if (mobile ? t === "MOBILE" || t === "FIXED_LINE_OR_MOBILE" : t !== "MOBILE") return p
  }
  throw new Error(`holdout48: no valid phone for ${cc}`)
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/
const same = (form: string, p: PhoneNumber) => {
  const q = parsePhoneNumberFromString(form, p.country)
  return !!q && q.isValid() && q.number === p.number && !IPV4.test(form)
}

/** The written forms of a number that parse back to it. */
export function forms(p: PhoneNumber): string[] {
  const nat = p.formatNational()
  const intl = p.formatInternational()
  const cand = [
    nat, nat, intl, intl, p.number as string, "00" + intl.slice(1), nat.replace(/[\s()-]/g, ""),
    intl.replace(/ /g, "-"), nat.replace(/[()]/g, "").replace(/ /g, "."),
  ]
  if (nat.startsWith("0")) cand.push(intl.replace(/^(\+\d+) /, "$1 (0)"))
  return cand.filter((f) => same(f, p))
}

export interface Phone { p: PhoneNumber; written: string; e164: string }

export function phone(r: Rng, cc: CountryCode, form?: "e164" | "national" | "intl"): Phone {
  const p = draw(r, cc, r.chance(0.6))
  const fs = forms(p)
  const written = form === "e164" ? (p.number as string) : form === "national" ? p.formatNational() : form === "intl" ? p.formatInternational() : r.pick(fs)
  return { p, written, e164: p.number as string }
}

/** The national form said digit by digit in groups ("oh" and "double" in English), or undefined if it would not read back. */
export function said(r: Rng, p: PhoneNumber, digitWords: string, english: boolean, sepWanted?: string): string | undefined {
  const nat = p.formatNational()
  const bare = nat.replace(/\D/g, "")
  const q = parsePhoneNumberFromString(bare, p.country)
  if (!q || !q.isValid() || q.number !== p.number) return undefined
  const words = digitWords.split(" ")
  const groups = nat.replace(/[()-]/g, " ").trim().split(/\s+/).filter((g) => /\d/.test(g))
  const sayGroup = (g: string) => {
    const out: string[] = []
    const ds = g.replace(/\D/g, "")
    for (let i = 0; i < ds.length; i++) {
      const d = Number(ds[i])
      if (english && ds[i + 1] === ds[i] && r.chance(0.5)) {
        out.push("double " + (d === 0 ? "oh" : words[d]))
        i++
      } else out.push(english && d === 0 && r.chance(0.6) ? "oh" : words[d]!)
    }
    return out.join(" ")
  }
  const sep = sepWanted ?? r.pick([", ", " ", " ... "])
  return groups.map(sayGroup).join(sep)
}

/** True when a digits-only string is a valid phone number nowhere in the corpus (as written and as bare digits). */
export function phoneNowhere(v: string): boolean {
  const bare = v.replace(/\D/g, "")
  return ALL_COUNTRIES.every((cc) => {
    for (const s of [v, bare]) {
      const p = parsePhoneNumberFromString(s, cc)
      if (p && p.isValid()) return false
    }
    return true
  })
}

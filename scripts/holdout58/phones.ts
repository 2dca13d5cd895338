// Numbering plans of the corpus's countries and the ways each writes a number; every number is valid in its country
// (libphonenumber-js/max) and of the drawn type, and every written form parses back to the same number there.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export type PhoneType = "mobile" | "fixed" | "tollfree"
/** Patterns of national significant numbers: `X` a digit, `N` 2-9, `[ab]` one of. */
const PLANS: Record<string, Record<PhoneType, string[]>> = {
  US: { mobile: ["212NXXXXXX", "312NXXXXXX", "415NXXXXXX", "617NXXXXXX", "713NXXXXXX", "206NXXXXXX", "404NXXXXXX", "503NXXXXXX"], fixed: ["303NXXXXXX", "602NXXXXXX", "919NXXXXXX", "314NXXXXXX"], tollfree: ["800NXXXXXX", "888NXXXXXX", "877NXXXXXX"] },
  GB: { mobile: ["7[4-9]XXXXXXXX"], fixed: ["20[378]XXXXXXX", "161XXXXXXX", "113XXXXXXX", "131XXXXXXX", "117XXXXXXX", "1223XXXXXX", "29XXXXXXXX"], tollfree: ["800XXXXXXX", "808XXXXXXX"] },
  IE: { mobile: ["8[35-9]XXXXXXX"], fixed: ["1XXXXXXX", "21XXXXXXX", "91XXXXXXX", "61XXXXXX"], tollfree: ["1800XXXXXX"] },
  AU: { mobile: ["4[0-9]XXXXXXX"], fixed: ["29XXXXXXX", "39XXXXXXX", "73XXXXXXX", "86XXXXXXX"], tollfree: ["1800XXXXXX"] },
  DE: { mobile: ["15[12]XXXXXXXX", "17[0-9]XXXXXXX", "16[023]XXXXXXX"], fixed: ["30XXXXXXXX", "89XXXXXXX", "40XXXXXXXX", "221XXXXXXX", "69XXXXXXXX", "711XXXXXXX"], tollfree: ["800XXXXXXX"] },
  AT: { mobile: ["664XXXXXXX", "676XXXXXXX", "650XXXXXXX", "699XXXXXXXX"], fixed: ["1XXXXXXX", "316XXXXXX", "512XXXXXX", "662XXXXXX"], tollfree: ["800XXXXXX"] },
  FR: { mobile: ["6XXXXXXXX", "7[3-8]XXXXXXX"], fixed: ["1XXXXXXXX", "2XXXXXXXX", "3XXXXXXXX", "4XXXXXXXX", "5XXXXXXXX"], tollfree: ["805XXXXXX", "800XXXXXX"] },
  BE: { mobile: ["4[789]XXXXXXX"], fixed: ["2XXXXXXX", "3XXXXXXX", "9XXXXXXX", "4XXXXXXX", "10XXXXXX"], tollfree: ["800XXXXX"] },
  ES: { mobile: ["6XXXXXXXX", "7[1-4]XXXXXXX"], fixed: ["91XXXXXXX", "93XXXXXXX", "96XXXXXXX", "95XXXXXXX"], tollfree: ["900XXXXXX"] },
  IT: { mobile: ["3[2-9]XXXXXXXX"], fixed: ["06XXXXXXXX", "02XXXXXXXX", "055XXXXXXX", "011XXXXXXX", "081XXXXXXX"], tollfree: ["800XXXXXX"] },
  NL: { mobile: ["6[1-5]XXXXXXX"], fixed: ["20XXXXXXX", "10XXXXXXX", "30XXXXXXX", "70XXXXXXX", "40XXXXXXX"], tollfree: ["800XXXX"] },
  PT: { mobile: ["9[1236]XXXXXXX"], fixed: ["21XXXXXXX", "22XXXXXXX", "239XXXXXX", "289XXXXXX"], tollfree: ["800XXXXXX"] },
}
const TYPES: Record<PhoneType, string[]> = { mobile: ["MOBILE", "FIXED_LINE_OR_MOBILE"], fixed: ["FIXED_LINE", "FIXED_LINE_OR_MOBILE"], tollfree: ["TOLL_FREE"] }

function fill(r: Rng, pat: string): string {
  return pat.replace(/\[([^\]]+)\]|X|N/g, (m, set: string | undefined) => {
    if (m === "X") return String(r.int(10))
    if (m === "N") return String(2 + r.int(8))
    const opts = set!.replace(/(\d)-(\d)/g, (_, a: string, b: string) => Array.from({ length: Number(b) - Number(a) + 1 }, (_x, i) => String(Number(a) + i)).join(""))
    return r.pick([...opts])
  })
}

/** A number valid in the country and of the type (North American exchanges avoid 555 and N11). */
export function drawPhone(r: Rng, cc: CountryCode, type: PhoneType): PhoneNumber {
  for (let i = 0; i < 500; i++) {
    const nsn = fill(r, r.pick(PLANS[cc]![type]))
    if (cc === "US" && (/^...555/.test(nsn) || /^...[2-9]11/.test(nsn))) continue
    const p = parsePhoneNumberFromString(`+${codeOf(cc)}${nsn}`)
    if (p && p.isValid() && p.country === cc && TYPES[type].includes(p.getType() ?? "")) return p
  }
  throw new Error(`no ${type} number for ${cc}`)
}
export const codeOf = (cc: CountryCode) => ({ US: "1", GB: "44", IE: "353", AU: "61", DE: "49", AT: "43", FR: "33", BE: "32", ES: "34", IT: "39", NL: "31", PT: "351" } as Record<string, string>)[cc]!
/** Countries whose trunk 0 drops after the country code and is written `+CC (0)…`. */
const TRUNK = ["GB", "IE", "AU", "DE", "AT", "FR", "BE", "NL"]

/** The digit groups of the national form, as natives group them. */
export function groupsOf(p: PhoneNumber): string[] {
  return p.formatNational().split(/[^\d]+/).filter(Boolean)
}

/** Every written form the country uses for this number, by name. */
export function forms(p: PhoneNumber): Record<string, string> {
  const cc = p.country!
  const nat = p.formatNational()
  const g = groupsOf(p)
  const intl = p.formatInternational()
  const f: Record<string, string> = { nat, intl, e164: p.number, compact: g.join(""), zz: "00" + intl.slice(1) }
  if (g.length > 1) f.dash = g.join("-")
  if (["US", "FR", "BE", "IT", "ES", "PT"].includes(cc) && g.length > 2) f.dot = g.join(".")
  if (TRUNK.includes(cc) && g[0]!.startsWith("0")) f.trunk = `+${codeOf(cc)} (0)${g[0]!.slice(1)} ${g.slice(1).join(" ")}`
  if ((cc === "DE" || cc === "AT") && g.length > 1) f.slash = `${g[0]}/${g.slice(1).join("")}`
  if (["DE", "AT", "GB", "NL", "IE", "BE"].includes(cc) && /^0/.test(g[0]!) && g.length > 1 && p.getType() === "FIXED_LINE") f.bracket = `(${g[0]}) ${g.slice(1).join(" ")}`
  const rest = g.slice(1).join("")
  if (["NL", "DE", "BE"].includes(cc) && rest.length % 2 === 0) f.pairs = `${g[0]} ${rest.match(/../g)!.join(" ")}`
  if (cc === "NL" && g[0] === "06") f.nlmob = `06-${rest}`
  if (cc === "ES" && g.join("").length === 9) f.threes = g.join("").match(/.../g)!.join(" ")
  if (cc === "US") { f.us1 = `1-${g.join("-")}`; f.usb = `+1 ${nat}` }
  return Object.fromEntries(Object.entries(f).filter(([, v]) => sameNumber(v, p)))
}

export function sameNumber(v: string, p: PhoneNumber): boolean {
  const q = parsePhoneNumberFromString(v, p.country!)
  return !!q && q.isValid() && q.number === p.number
}

/** A written form drawn by the country's habits: national most often, then the rest. */
export function writeOne(r: Rng, p: PhoneNumber, intlOnly = false): string {
  const f = forms(p)
  if (intlOnly) return f[r.pick(["intl", "intl", "e164", "zz", "trunk", "usb"].filter((k) => f[k]))]!
  const names = Object.keys(f)
  return r.chance(0.3) ? f.nat! : f[r.pick(names)]!
}

/** The same number with two neighbouring digits swapped (not the first), still valid: a caller's slip. */
export function slipOf(r: Rng, p: PhoneNumber): PhoneNumber | undefined {
  const d = p.nationalNumber as string
  for (let i = 0; i < 20; i++) {
    const k = 2 + r.int(d.length - 3)
    if (d[k] === d[k + 1]) continue
    const w = d.slice(0, k) + d[k + 1] + d[k] + d.slice(k + 2)
    const q = parsePhoneNumberFromString(`+${codeOf(p.country!)}${w}`)
    if (q && q.isValid() && q.country === p.country) return q
  }
  return undefined
}

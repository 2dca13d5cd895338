// Phones from each country's numbering plan: libphonenumber-js's mobile example keeps its leading digits and the rest
// is drawn, kept only when libphonenumber-js/max calls it valid in that very country. Every written form is parsed
// back and must give the same number; said numbers are the national digits in the language's words, some left as digits.
import examples from "libphonenumber-js/examples.mobile.json"
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export function drawPhone(r: Rng, cc: CountryCode): PhoneNumber {
  const ex = getExampleNumber(cc, examples)!.nationalNumber as string
  const keep = Math.max(2, ex.length - 7)
  for (let i = 0; i < 1000; i++) {
    const p = parsePhoneNumberFromString(ex.slice(0, keep) + r.digits(ex.length - keep), cc)
    if (p?.isValid() && p.country === cc) return p
  }
  throw new Error(`no phone drawn for ${cc}`)
}

export type Form = "nat" | "intl" | "e164" | "00" | "compact" | "dots" | "dashes" | "intl-dash"
const NANP = ["US", "DO"]
const ARABIC = "٠١٢٣٤٥٦٧٨٩"
export const arabicDigits = (v: string) => v.replace(/\d/g, (d) => ARABIC[Number(d)]!)

export function written(p: PhoneNumber, form: Form): string {
  const nat = p.formatNational()
  const intl = p.formatInternational()
  switch (form) {
    case "nat": return nat
    case "intl": return intl
    case "e164": return p.number
    case "00": return NANP.includes(p.country!) ? intl : "00" + intl.slice(1)
    case "compact": return nat.replace(/\D/g, "")
    case "dots": return nat.split(/[\s\-().]+/).filter(Boolean).join(".")
    case "dashes": return NANP.includes(p.country!) ? nat.replace(/\D/g, "").replace(/^(\d{3})(\d{3})(\d{4})$/, "$1-$2-$3") : intl.replace(/ /g, "-")
    case "intl-dash": return intl.replace(/ /g, "-")
  }
}

/** A form of the phone as written, checked to parse back to the same number (else its national form). */
export function writePhone(r: Rng, p: PhoneNumber, form?: Form, arabic = false): string {
  const f = form ?? r.pick<Form>(["nat", "nat", "intl", "intl", "e164", "00", "compact", "dots", "dashes", "intl-dash"])
  let v = written(p, f)
  if (parsePhoneNumberFromString(v, p.country)?.number !== p.number) v = p.formatNational()
  if (arabic) {
    const a = arabicDigits(v)
    if (parsePhoneNumberFromString(a, p.country)?.number === p.number) return a
  }
  return v
}

/** The national number said digit by digit in groups, some digits left as digits; English says "oh" and "double". */
export function said(r: Rng, p: PhoneNumber, words: string[], english: boolean): string {
  const groups = p.formatNational().split(/[\s\-().]+/).filter(Boolean)
  const out: string[] = []
  groups.forEach((g, gi) => {
    const toks: string[] = []
    for (let i = 0; i < g.length; i++) {
      const d = Number(g[i])
      const first = gi === 0 && i === 0
      if (english && !first && g[i] === g[i + 1] && r.chance(0.5)) {
        toks.push("double", words[d]!)
        i++
      } else if (!first && r.chance(0.2)) toks.push(g[i]!)
      else toks.push(english && d === 0 && r.chance(0.6) ? "oh" : words[d]!)
    }
    out.push(toks.join(" "))
  })
  let s = out[0]!
  for (const g of out.slice(1)) s += r.pick([" ", " ", ", ", "... "]) + g
  const back = unsay(s, words)
  if (parsePhoneNumberFromString(back, p.country)?.number !== p.number) throw new Error(`said ${s} reads ${back}`)
  return s
}

function unsay(s: string, words: string[]): string {
  const toks = s.replace(/\.\.\.|,/g, " ").split(/\s+/).filter(Boolean)
  let out = ""
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (t === "double") out += String(words.indexOf(toks[++i]!)).repeat(2)
    else out += /^\d$/.test(t) ? t : t === "oh" ? "0" : String(words.indexOf(t))
  }
  return out
}

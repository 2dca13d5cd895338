// Phone numbers: drawn from a country's plan, kept only when libphonenumber-js/max calls them valid there, and written
// in the forms people use in that country. Every written form is parsed back to the same number before it is offered.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import { PLANS, type LineType } from "./plans.ts"
import type { Rng } from "./rng.ts"

export interface Phone {
  cc: CountryCode
  type: LineType
  /** E.164. */
  e164: string
  /** National significant number. */
  nsn: string
  /** The national form with spaces, as libphonenumber writes it, and its groups. */
  national: string
  /** Every written form that parses back to this very number. */
  forms: Record<string, string>
}

const TYPES: Record<LineType, string[]> = { mobile: ["MOBILE", "FIXED_LINE_OR_MOBILE"], land: ["FIXED_LINE", "FIXED_LINE_OR_MOBILE"], free: ["TOLL_FREE"] }

/** Forms of a number in its country (national only for toll-free lines, which cannot be dialled from abroad). */
function writtenForms(p: PhoneNumber, cc: CountryCode, type: LineType): Record<string, string> {
  const free = type === "free"
  const land = type === "land"
  const nat = p.formatNational()
  const intl = p.formatInternational()
  const code = p.countryCallingCode
  const groups = nat.replace(/[()]/g, "").split(/[\s-]+/)
  const f: Record<string, string> = { national: nat, compact: nat.replace(/\D/g, "") }
  if (cc === "US" || cc === "CA") {
    const [a, b, c] = [p.nationalNumber.slice(0, 3), p.nationalNumber.slice(3, 6), p.nationalNumber.slice(6)]
    Object.assign(f, { dashes: `${a}-${b}-${c}`, dots: `${a}.${b}.${c}`, one: `1-${a}-${b}-${c}` })
    if (!free) Object.assign(f, { plus: `+1 ${a}-${b}-${c}`, plusdash: `+1-${a}-${b}-${c}`, e164: p.number })
    return f
  }
  if (groups.length > 1 && !["GB", "FR", "AU", "NZ", "BE"].includes(cc)) f.dashes = groups.join("-")
  if (groups.length > 2 && ["IE", "ZA", "IN", "NL", "IT", "AU", "NZ"].includes(cc)) f.first = `${groups[0]} ${groups.slice(1).join("")}`
  if (cc === "FR" || cc === "IT") f.dots = groups.join(".")
  if (cc === "DE" || cc === "AT") f.slash = `${groups[0]}/${groups.slice(1).join("")}`
  if (["DE", "GB", "PL", "AU"].includes(cc) && groups.length > 1 && land) f.brackets = `(${groups[0]}) ${groups.slice(1).join(" ")}`
  if (free) return f
  f.intl = intl
  f.e164 = p.number
  f.intlDashes = intl.replace(/ /g, "-")
  f.dbl = "00" + intl.slice(1)
  if (["GB", "DE", "NL", "AT", "IE", "AU", "NZ", "ZA", "BE"].includes(cc) && nat.startsWith("0")) f.zero = `+${code} (0)${intl.slice(code.length + 2)}`
  return f
}

function parsesBack(form: string, cc: CountryCode, e164: string): boolean {
  const q = parsePhoneNumberFromString(form, cc)
  return !!q && q.isValid() && q.number === e164 && (/^(\+|00)/.test(form) || q.country === cc)
}

export function drawPhone(r: Rng, cc: CountryCode, type: LineType): Phone {
  const plan = PLANS[cc]
  if (!plan) throw new Error(`no numbering plan for ${cc}`)
  for (let i = 0; i < 5000; i++) {
    const p = parsePhoneNumberFromString(plan[type](r), cc)
    if (!p || !p.isValid() || p.country !== cc || !TYPES[type].includes(p.getType() ?? "")) continue
    const forms = writtenForms(p, cc, type)
    for (const [k, v] of Object.entries(forms)) if (!parsesBack(v, cc, p.number)) delete forms[k]
    return { cc, type, e164: p.number, nsn: p.nationalNumber, national: p.formatNational(), forms }
  }
  throw new Error(`no valid ${type} number drawn for ${cc}`)
}

/** One written form: mostly the national ones, now and then the international ones (when the line has them). */
export function writePhone(r: Rng, ph: Phone, prefer?: string): string {
  if (prefer && ph.forms[prefer]) return ph.forms[prefer]!
  if (ph.forms.slash && r.chance(0.2)) return ph.forms.slash
  const keys = Object.keys(ph.forms)
  const intl = keys.filter((k) => /^(intl|e164|intlDashes|dbl|zero|plus|plusdash)$/.test(k))
  const nat = keys.filter((k) => !intl.includes(k))
  const pool = intl.length > 0 && r.chance(0.35) ? intl : nat
  return ph.forms[r.pick(pool)]!
}

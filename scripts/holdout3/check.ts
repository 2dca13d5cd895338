// Checks written apart from the generators: every label must sit where it was
// meant in the final text and be valid by its type's published rule; every
// checksum lookalike must fail its checksum.
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import type { Rendered } from "./render.ts"
import { IBAN_LENGTH, PHONE_REGIONS, ibanValid, luhnValid, ninoValid, ssnValid } from "./values.ts"

const onlyDigits = (s: string) => s.replace(/[ -]/g, "")

/** Card IIN and length rules, independent of the generator's brand table. */
export function cardShapeValid(d: string): boolean {
  if (!/^\d{13,19}$/.test(d) || !luhnValid(d)) return false
  const n = d.length
  const p2 = Number(d.slice(0, 2))
  const p3 = Number(d.slice(0, 3))
  const p4 = Number(d.slice(0, 4))
  if (d[0] === "4") return n === 13 || n === 16 || n === 19
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16
  if (p2 === 34 || p2 === 37) return n === 15
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return n >= 16 && n <= 19
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19
  if (p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) return n >= 14 && n <= 19
  if (p2 === 62) return n >= 16 && n <= 19
  return false
}

function phoneValid(s: string): boolean {
  const clean = s.replace(" (0)", " ")
  if (/^(\+|00)/.test(clean)) return !!parsePhoneNumberFromString(clean.replace(/^00/, "+"))?.isValid()
  return PHONE_REGIONS.some((r) => parsePhoneNumberFromString(clean, r as CountryCode)?.isValid())
}

function valid(type: string, v: string): boolean {
  switch (type) {
    case "CARD": return /^[\d -]+$/.test(v) && cardShapeValid(onlyDigits(v))
    case "IBAN": return /^[A-Z]{2}\d{2}[A-Z0-9 ]+$/.test(v) && ibanValid(v)
    case "PHONE": return /^[+0(\d][\d ()./-]*\d$/.test(v) && phoneValid(v)
    case "US_SSN": return /^\d{3}([- ]?)\d{2}\1\d{4}$/.test(v) && ssnValid(onlyDigits(v))
    case "UK_NINO": return ninoValid(v)
    case "IP_ADDRESS": return isIP(v) !== 0
    case "EMAIL": return /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[a-z0-9-]+)+$/.test(v)
    case "PERSON": return /^\p{L}[\p{L}\p{M} ,.'-]*\p{L}$/u.test(v) && !/\d/.test(v)
  }
  return false
}

function negativeInvalid(kind: string, v: string): boolean {
  switch (kind) {
    case "luhn-invalid": return /^\d{16}$/.test(onlyDigits(v)) && !luhnValid(onlyDigits(v))
    case "iban-checksum": {
      const c = v.replace(/ /g, "")
      return IBAN_LENGTH[c.slice(0, 2)] === c.length && !ibanValid(c)
    }
    case "ssn-invalid": return !ssnValid(onlyDigits(v))
    case "nino-invalid": return !ninoValid(v)
  }
  return true
}

/** Throws, naming the text and the label, when any label is wrong. */
export function checkLabels(id: string, out: Rendered): void {
  const { text } = out
  const spans = [...out.entities.map((e, i) => ({ ...e, v: out.meant[i]!, what: e.type })), ...out.negatives.map((n, i) => ({ ...n, v: out.negMeant[i]!, what: n.kind }))]
  for (const s of spans) {
    const where = `${id} ${s.what} at ${s.start}`
    if (!(s.start >= 0 && s.start < s.end && s.end <= text.length)) throw new Error(`${where}: bad bounds`)
    if (text.slice(s.start, s.end) !== s.v || text.indexOf(s.v, s.start) !== s.start) throw new Error(`${where}: span does not hold the value`)
    if (s.v !== s.v.trim()) throw new Error(`${where}: span has outer whitespace`)
  }
  for (const [i, e] of out.entities.entries()) {
    if (!valid(e.type, out.meant[i]!)) throw new Error(`${id} ${e.type} at ${e.start}: not valid by its rule`)
  }
  for (const [i, n] of out.negatives.entries()) {
    if (!negativeInvalid(n.kind, out.negMeant[i]!)) throw new Error(`${id} ${n.kind} at ${n.start}: lookalike passes its check`)
  }
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) throw new Error(`${id}: spans overlap at ${sorted[i]!.start}`)
  }
  // A label must not be glued to a letter or digit on either side.
  for (const e of out.entities) {
    const before = text[e.start - 1] ?? " "
    const after = text[e.end] ?? " "
    if (/[\p{L}\d]/u.test(before) || /[\p{L}\d]/u.test(after)) throw new Error(`${id} ${e.type} at ${e.start}: glued to a neighbour`)
  }
}

/**
 * False when a lookalike (other than the deliberate checksum ones) happens to be
 * valid PII after all: a 13-19 digit reference passing card rules, or an
 * IBAN-shaped reference passing mod-97.
 */
export function fair(out: Rendered): boolean {
  return out.negatives.every((n, i) => {
    const v = out.negMeant[i]!
    const d = v.replace(/[ -]/g, "")
    if (/^\d{13,19}$/.test(d) && cardShapeValid(d)) return false
    const ib = v.replace(/ /g, "")
    if (/^[A-Z]{2}\d{2}/.test(ib) && ibanValid(ib)) return false
    return true
  })
}

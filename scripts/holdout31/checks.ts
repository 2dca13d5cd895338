// The generator's own checks on a built text, before it is kept: every name
// part covered, lookalikes not accidentally a phone, card, IP or IBAN.
import { isIP } from "node:net"
import { parsePhoneNumberFromString } from "libphonenumber-js/max"
import { countriesOf, type Region } from "./regions.ts"
import type { Builder } from "./render.ts"
import { luhnCheck, mod97 } from "./values.ts"

const WORDY = /[\p{L}\p{M}\p{N}]/u

/** Start offsets of `needle` in `hay` standing as a whole word. */
export function wordHits(hay: string, needle: string): number[] {
  const out: number[] = []
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay[i - 1] ?? " "
    const after = hay[i + needle.length] ?? " "
    if (!WORDY.test(before) && !WORDY.test(after)) out.push(i)
  }
  return out
}

export function namesCovered(b: Builder, parts: string[]): boolean {
  const hay = b.text.toLowerCase()
  const cover = [
    ...b.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"),
    ...b.negatives.filter((n) => n.kind === "name-word" || n.kind === "date"),
  ]
  for (const part of parts)
    for (const form of ["NFC", "NFD"] as const) {
      const needle = part.normalize(form).toLowerCase()
      for (const i of wordHits(hay, needle)) if (!cover.some((s) => s.start <= i && i + needle.length <= s.end)) return false
    }
  return true
}

const LOOSE = new Set(["date", "time", "timestamp", "amount", "version", "name-word", "pet-name", "business"])

/**
 * A lookalike must not be a Luhn-valid card, an IP or an IBAN, nor (when it is
 * written with digits and phone punctuation only) a valid phone in its
 * language's countries.
 */
export function negativeIsClean(kind: string, text: string, r: Region): boolean {
  if (isIP(text)) return false
  const compact = text.replace(/[\s-]/g, "")
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact) && kind !== "iban-bad-check" && mod97(compact) === 1) return false
  const digits = text.replace(/\D/g, "")
  if (kind !== "card-luhn-fail" && /^[\d\s-]+$/.test(text) && digits.length >= 13 && digits.length <= 19 && luhnCheck(digits.slice(0, -1)) === Number(digits.at(-1))) return false
  if (LOOSE.has(kind) || digits.length < 5 || !/^[\d\s().+\-/]+$/.test(text)) return true
  for (const c of countriesOf(r.lang)) {
    const p = parsePhoneNumberFromString(text, c)
    if (p && p.isValid()) return false
  }
  return true
}

/** NFD texts: the pieces normalised one by one equal the whole text normalised. */
export function formStable(b: Builder, form: "NFC" | "NFD"): boolean {
  return b.text.normalize(form) === b.text
}

/** The flags hold: negatives-only texts have no entity, an emoji text placed one, the form is stable. */
export function checkFlags(b: Builder, f: { negOnly: boolean; emoji: boolean; nfd: boolean }, emojiUsed: number): boolean {
  if (f.negOnly && b.entities.length > 0) return false
  if (!f.negOnly && b.entities.length === 0) return false
  if (f.emoji && emojiUsed === 0) return false
  return formStable(b, f.nfd ? "NFD" : "NFC")
}

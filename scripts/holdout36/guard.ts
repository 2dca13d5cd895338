// The generator's own checks on a finished text; a text that fails is drawn again.
// (The test's validators are written apart and read only the final corpus.)
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import type { Doc } from "./doc.ts"
import { luhnSum } from "./ids.ts"

const FORMATTED = new Set(["date", "time", "timestamp", "amount", "meter-reading", "weight", "name-word", "dose"])
const WORD = /[\p{L}\p{N}\p{M}]/u

const phoneIn = (v: string, regions: string[]) => regions.some((r) => parsePhoneNumberFromString(v, r as CountryCode)?.isValid() === true)

/** Could a lookalike be read as one of the labeled types? */
function looksLabeled(v: string, regions: string[], kind: string): boolean {
  const d = v.replace(/\D/g, "")
  if (/^[\d\s-]+$/.test(v) && d.length >= 13 && d.length <= 19 && luhnSum(d) === 0) return true
  if (isIP(v)) return true
  if (/@/.test(v)) return true
  if (/^\d{3}-\d{2}-\d{4}$/.test(v) && !/^(000|666|9)/.test(v) && !/-00-|-0000$/.test(v)) return true
  if (!FORMATTED.has(kind) && /^[+\d\s().\/-]+$/.test(v) && d.length >= 6 && phoneIn(v, regions)) return true
  return false
}

const PARTICLE_SAFE = (s: string) => s.length >= 2

/** Why the text must be drawn again, or undefined when it is fine. */
export function fault(doc: Doc, regions: string[]): string | undefined {
  const t = doc.text
  const spans = [...doc.entities.map((e) => ({ ...e, k: e.type })), ...doc.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    if (i > 0 && spans[i - 1]!.end > s.start) return "overlap"
    const before = t[s.start - 1] ?? " "
    if (WORD.test(t[s.end] ?? " ")) return `word after ${s.k}`
    if (s.k === "PHONE" ? /\d/.test(before) : WORD.test(before)) return `word before ${s.k}`
  }
  for (const n of doc.negatives) if (looksLabeled(t.slice(n.start, n.end), regions, n.kind)) return `lookalike ${n.kind}`
  const ok = [...doc.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...doc.negatives.filter((n) => n.kind === "name-word" || n.kind === "date")]
  const hay = t.toLowerCase()
  for (const part of doc.nameParts.filter(PARTICLE_SAFE)) {
    for (const form of new Set([part.normalize("NFC").toLowerCase(), part.normalize("NFD").toLowerCase()])) {
      for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + 1)) {
        if (!ok.some((s) => s.start <= at && at + form.length <= s.end)) return `name part ${part} loose`
      }
    }
  }
  if (doc.nfd && (t === t.normalize("NFC") || !doc.entities.some((e) => /\p{M}/u.test(t.slice(0, e.start))))) return "nfd without a mark before a span"
  return undefined
}

// The generator's own check before it keeps a text: every span trimmed and on word
// boundaries, and every whole-word use of a name part inside a PERSON or EMAIL label
// or a name-word negative. A text that fails is drawn again from the next seed.
import type { Text } from "./text.ts"

const WORD = /[\p{L}\p{N}\p{M}]/u

/** Where `part` occurs as a whole word in `hay` (both lower case), NFC and NFD alike. */
export function wholeWordHits(hay: string, part: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const form of new Set([part.normalize("NFC").toLowerCase(), part.normalize("NFD").toLowerCase()])) {
    for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + 1)) {
      if (!WORD.test(hay[at - 1] ?? " ") && !WORD.test(hay[at + form.length] ?? " ")) out.push([at, at + form.length])
    }
  }
  return out
}

export function selfCheck(t: Text): boolean {
  const body = t.body
  const spans = [...t.entities.map((e) => ({ ...e, k: e.type })), ...t.negatives.map((n) => ({ ...n, k: n.kind }))]
  for (const s of spans) {
    const v = body.slice(s.start, s.end)
    if (!v || v.trim() !== v || WORD.test(body[s.end] ?? " ")) return false
    const before = body[s.start - 1] ?? " "
    if (s.k === "PHONE" ? /\d/.test(before) : WORD.test(before)) return false
  }
  const covered = [...t.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...t.negatives.filter((n) => n.kind === "name-word")]
  const hay = body.toLowerCase()
  for (const part of t.nameParts) {
    for (const [at, end] of wholeWordHits(hay, part)) {
      if (!covered.some((s) => s.start <= at && end <= s.end)) return false
    }
  }
  return true
}

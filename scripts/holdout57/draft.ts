// A text as segments (literals and labeled values), assembled with UTF-16 offsets, and the checks a text must pass
// before it is kept: spans trimmed, apart and on word boundaries, and the name-part rule.

export type EntType = "EMAIL" | "PHONE" | "CARD" | "IBAN" | "US_SSN" | "UK_NINO" | "IP_ADDRESS" | "PERSON"
/** A labeled value (`t`) or a lookalike (`n`, its kind); a plain string is a literal. */
export interface Val { v: string; t?: EntType; n?: string }
export type Seg = string | Val
export interface Ent { start: number; end: number; type: EntType }
export interface Neg { start: number; end: number; kind: string }
export interface Out { text: string; entities: Ent[]; negatives: Neg[] }

export const WORD = /[\p{L}\p{N}\p{M}]/u
/** Lower case that keeps offsets: a character whose lower case is longer stays as it is. */
export const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")
/** Speech-to-text output has no punctuation: commas, periods, question marks and the like go from literals. */
export function unpunct(segs: Seg[]): Seg[] {
  return segs.map((s) => (typeof s === "string" ? s.replace(/[.,!?;:¿¡"“”„«»()…–—]/g, "").replace(/ {2,}/g, " ") : s))
}

/** Joins segments; a value ending in a period takes the sentence's period. */
export function assemble(segs: Seg[], lowerCase: boolean): Out {
  let text = ""
  const entities: Ent[] = []
  const negatives: Neg[] = []
  let prevDot = false
  for (const seg of segs) {
    if (typeof seg === "string") {
      const lit = prevDot && seg.startsWith(".") ? seg.slice(1) : seg
      text += lit
      if (lit.length) prevDot = false
      continue
    }
    const start = text.length
    text += seg.v
    if (seg.t) entities.push({ start, end: text.length, type: seg.t })
    else if (seg.n) negatives.push({ start, end: text.length, kind: seg.n })
    prevDot = seg.v.endsWith(".")
  }
  return { text: lowerCase ? lower(text) : text, entities, negatives }
}

/** Particles and short words that are not name parts for the name-part rule. */
const PARTICLES = new Set(["van", "von", "der", "den", "del", "della", "dos", "das", "ap", "ab", "de", "da", "di", "la", "le", "el", "al", "mac", "ferch"])

/** The name parts a text's people bring: words of three letters or more, particles excluded, in lower case. */
export function nameParts(names: string[]): string[] {
  const out = new Set<string>()
  for (const n of names) for (const w of lower(n).split(/[\s,'’-]+/)) if ([...w].length >= 3 && !PARTICLES.has(w)) out.add(w)
  return [...out]
}

/** Why a text fails its checks, or undefined when it passes. */
export function flaw(o: Out, parts: string[]): string | undefined {
  const spans = [...o.entities.map((e) => ({ ...e, k: e.type as string })), ...o.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const v = o.text.slice(s.start, s.end)
    if (!v.length || v.trim() !== v) return `untrimmed ${s.k} ${JSON.stringify(v)}`
    if (i > 0 && spans[i - 1]!.end > s.start) return `overlap ${s.k} ${JSON.stringify(v)}`
    if (WORD.test(o.text[s.end] ?? " ")) return `glued after ${s.k} ${JSON.stringify(v)}`
    const before = o.text[s.start - 1] ?? " "
    if (s.k === "PHONE" ? /[\p{N}\p{M}]/u.test(before) : WORD.test(before)) return `glued before ${s.k} ${JSON.stringify(v)}`
  }
  const ok = [...o.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...o.negatives.filter((n) => n.kind === "name-word")]
  const hay = lower(o.text)
  for (const part of parts) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!ok.some((s) => s.start <= at && at + part.length <= s.end)) return `name part ${part} unlabeled at ${at}`
    }
  }
  for (const n of o.negatives.filter((x) => x.kind === "name-word")) if (parts.includes(lower(o.text.slice(n.start, n.end)))) return `name-word ${o.text.slice(n.start, n.end)} is a name here`
  return undefined
}

// A text as segments (plain text, labels, lookalikes), put together with offsets, and its checks before it is kept.
export interface Seg { t: string; ent?: string; neg?: string }
export interface Span { start: number; end: number }
export interface Out { text: string; entities: Array<Span & { type: string }>; negatives: Array<Span & { kind: string }> }

export const WORD = /[\p{L}\p{N}\p{M}]/u
/** Particles and short words that the name-part rule leaves out. */
export const PARTICLES = new Set(["van", "von", "der", "den", "del", "della", "dos", "das", "de", "da", "di", "la", "le", "el", "al", "du", "des", "ten", "ter", "het", "zu", "vom", "dei", "degli"])

/** Lower case that keeps every offset (a character whose lower case is longer stays as it is). */
export const lowerKeep = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")

export const plain = (t: string): Seg => ({ t })
export const ent = (type: string, t: string): Seg => ({ t, ent: type })
export const neg = (kind: string, t: string): Seg => ({ t, neg: kind })

/** Joins the segments; a transcript is lowered (offsets kept). */
export function assemble(segs: Seg[], lower: boolean): Out {
  let text = ""
  const entities: Out["entities"] = []
  const negatives: Out["negatives"] = []
  for (const s of segs) {
    const t = lower ? lowerKeep(s.t) : s.t
    const start = text.length
    text += t
    if (s.ent) entities.push({ start, end: text.length, type: s.ent })
    else if (s.neg) negatives.push({ start, end: text.length, kind: s.neg })
  }
  return { text, entities, negatives }
}

/** Name parts of a person's written name: words and hyphen halves of three letters or more, particles left out. */
export function nameParts(name: string): string[] {
  const words = name.split(/[\s]+/).flatMap((w) => [w, ...w.split("-")])
  return [...new Set(words.filter((w) => [...w].length >= 3 && !PARTICLES.has(w.toLowerCase())))]
}

function spanFlaw(o: Out): string | undefined {
  const all = [...o.entities.map((e) => ({ ...e, k: e.type })), ...o.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    const v = o.text.slice(s.start, s.end)
    if (!v || v.trim() !== v) return `untrimmed ${s.k} "${v}"`
    if (i > 0 && all[i - 1]!.end > s.start) return `overlap ${s.k} "${v}"`
    if (WORD.test(o.text[s.end] ?? " ")) return `word after ${s.k} "${v}"`
    const prev = o.text[s.start - 1] ?? " "
    if (s.k === "PHONE" ? /[\p{N}\p{M}]/u.test(prev) : WORD.test(prev)) return `word before ${s.k} "${v}"`
  }
  return undefined
}

/** Why a text may not be kept, or undefined: spans sound, every name part labeled, no name-word that is a name. */
export function flaw(o: Out, parts: string[]): string | undefined {
  const bad = spanFlaw(o)
  if (bad) return bad
  const ok = [...o.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...o.negatives.filter((n) => n.kind === "name-word")]
  const hay = lowerKeep(o.text)
  const low = parts.map(lowerKeep)
  for (const part of low.filter((p) => [...p].length >= 3)) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!ok.some((s) => s.start <= at && at + part.length <= s.end)) return `name part unlabeled "${part}"`
    }
  }
  for (const n of o.negatives.filter((x) => x.kind === "name-word")) if (low.includes(lowerKeep(o.text.slice(n.start, n.end)))) return `name-word is a name`
  return undefined
}

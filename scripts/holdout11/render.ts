// Seeded randomness and the renderer that records offsets while it builds a
// text: every label's start/end is where the renderer put the value, on the
// final string, never found by searching.

export type EntityType = "EMAIL" | "PHONE" | "CARD" | "IBAN" | "US_SSN" | "UK_NINO" | "IP_ADDRESS" | "PERSON"

export type Label = { type: EntityType; start: number; end: number }
export type Negative = { kind: string; start: number; end: number }
export type Piece = string | { type: EntityType; value: string } | { kind: string; value: string }

/** One kind of text: its genre (`kind`), the business it comes from, a fixed market if any, and how to build it. */
export type Template<C> = { kind: string; biz: "dental" | "optician" | "gym" | "university"; market?: string; make: (c: C) => Piece[] }

export type Rng = {
  next(): number
  int(lo: number, hi: number): number
  pick<T>(list: readonly T[]): T
  chance(p: number): boolean
}

/** mulberry32: small, fast and the same on every runtime. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  return {
    next,
    int,
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new Error("pick from an empty list")
      return list[int(0, list.length - 1)] as T
    },
    chance: (p: number) => next() < p,
  }
}

export const ent = (type: EntityType, value: string): Piece => ({ type, value })
export const neg = (kind: string, value: string): Piece => ({ kind, value })

/** Tagged template: literals pass through, interpolated pieces are labels. */
export function T(strings: TemplateStringsArray, ...pieces: (Piece | Piece[])[]): Piece[] {
  const out: Piece[] = []
  strings.forEach((s, i) => {
    if (s) out.push(s)
    const p = pieces[i]
    if (Array.isArray(p)) out.push(...p)
    else if (p !== undefined) out.push(p)
  })
  return out
}

export type Rendered = { text: string; entities: Label[]; negatives: Negative[] }

export function render(pieces: Piece[]): Rendered {
  let text = ""
  const entities: Label[] = []
  const negatives: Negative[] = []
  for (const p of pieces) {
    if (typeof p === "string") {
      text += p
      continue
    }
    const start = text.length
    text += p.value
    if ("type" in p) entities.push({ type: p.type, start, end: text.length })
    else negatives.push({ kind: p.kind, start, end: text.length })
  }
  return { text, entities, negatives }
}

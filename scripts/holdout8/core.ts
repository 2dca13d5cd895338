// Holdout 8 corpus: seeded PRNG and the text builder that records label offsets
// as it appends (offsets come from construction, never from searching).

export type Entity = { type: string; start: number; end: number }
export type Negative = { kind: string; start: number; end: number }
/** A value to place in a text: an entity (type), a lookalike (neg) or plain text. */
export type Piece = { v: string; type?: string; neg?: string }
export type Slots = Record<string, Piece | string>

export class Rng {
  private s: number
  constructor(seed: number) {
    this.s = seed >>> 0
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from empty list')
    return xs[Math.floor(this.next() * xs.length)] as T
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  digits(n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += String(this.int(0, 9))
    return s
  }
  letters(n: number, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ'): string {
    let s = ''
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)]
    return s
  }
}

export function hashSeed(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 0
}

const HOLE = /\{(\w+)\}/g

export class Builder {
  text = ''
  entities: Entity[] = []
  negatives: Negative[] = []
  /** Speech-to-text: lower case, no punctuation in the literal parts. */
  lower = false

  t(s: string): this {
    this.text += this.lower ? s.toLowerCase().replace(/[.,!?;:]/g, '') : s
    return this
  }

  p(piece: Piece | string): this {
    if (typeof piece === 'string') return this.t(piece)
    const v = this.lower ? piece.v.toLowerCase() : piece.v
    if (v.length !== piece.v.length) throw new Error(`lower case changes length: ${piece.v}`)
    const start = this.text.length
    this.text += v
    const end = this.text.length
    if (piece.type) this.entities.push({ type: piece.type, start, end })
    else if (piece.neg) this.negatives.push({ kind: piece.neg, start, end })
    return this
  }

  /** Appends a template, replacing each `{hole}` with its slot. */
  fill(tpl: string, slots: Slots): this {
    let at = 0
    for (const m of tpl.matchAll(HOLE)) {
      this.t(tpl.slice(at, m.index))
      const slot = slots[m[1] as string]
      if (slot === undefined) throw new Error(`no slot {${m[1]}} for: ${tpl}`)
      this.p(slot)
      at = (m.index as number) + m[0].length
    }
    return this.t(tpl.slice(at))
  }
}

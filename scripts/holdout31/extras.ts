// The sentences a text may carry besides its case: payment details, ids,
// lookalikes and a name used as a word. Round-robin turns make every
// name-word sentence appear.
import type { Ctx } from "./ctx.ts"
import { EN_IDS } from "./locales-en.ts"

const turns = new Map<string, number>()
export function resetTurns(): void {
  turns.clear()
}
export function turn<T>(key: string, xs: readonly T[]): T {
  const i = turns.get(key) ?? 0
  turns.set(key, i + 1)
  return xs[i % xs.length]!
}

export const isUS = (c: Ctx) => c.region.country === "US"
export const isUK = (c: Ctx) => c.region.country === "GB"

/** Extra sentences for prose kinds (each a template). */
export function extras(c: Ctx): string[] {
  const out: string[] = []
  const g = c.rng
  const L = c.L
  if (g.chance(0.13)) out.push(g.pick(L.pay.card))
  if (c.region.iban && g.chance(0.22)) out.push(g.pick(L.pay.iban))
  if (g.chance(0.08)) out.push(g.pick(L.pay.badcard))
  if (c.region.iban && g.chance(0.13)) out.push(g.pick(L.pay.badiban))
  if (isUS(c) && g.chance(0.5)) out.push(g.pick(EN_IDS.ssn))
  if (isUS(c) && g.chance(0.4)) out.push(g.pick(EN_IDS.badssn))
  if (isUK(c) && g.chance(0.6)) out.push(g.pick(EN_IDS.nino))
  if (isUK(c) && g.chance(0.4)) out.push(g.pick(EN_IDS.badnino))
  if (isUK(c) && c.biz === "uni" && g.chance(0.6)) out.push("UCAS personal ID {ucas} matches application {app}.")
  if (g.chance(0.45)) out.push("{natidL}.")
  if (L.words.length && g.chance(0.45)) out.push(turn(`w-${c.region.lang}`, L.words))
  return g.shuffle(out)
}

/** `extras`, keeping the id sentences (SSN, NINO) and a name used as a word when only a few fit. */
export function someExtras(c: Ctx, n: number): string[] {
  const all = extras(c)
  const ids = all.filter((e) => /\{(ssn|nino|badssn|badnino|w:[^}]+)\}/.test(e))
  return [...ids, ...all.filter((e) => !ids.includes(e))].slice(0, Math.max(n, ids.length))
}

/** `n` distinct case lines of the business. */
export function caseLines(c: Ctx, n: number, negOnly = false): string[] {
  const src = negOnly ? c.B.neg : c.B.lines
  return c.rng.shuffle(src).slice(0, n)
}

/** A phone sentence: plain, two joined by "or", with extension, or with a time after. */
export function phoneLine(c: Ctx): string {
  const g = c.rng
  const r = g.next()
  if (r < 0.5) return g.pick(c.L.callMe)
  if (r < 0.68) return g.pick(c.L.orLine)
  if (r < 0.84) return g.pick(c.L.timeLine)
  return g.pick(c.L.extLine)
}

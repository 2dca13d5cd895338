// The sentences a text's body is made of, in the locale's language: the business's numbers, a payment or refund,
// lookalikes, a name-word, the caller's phone and e-mail, and (US, GB) the SSN or NI number field.
import type { Piece } from "./draft.ts"
import type { Person, Scene } from "./scene.ts"

export function story(s: Scene, p: Person, o: { phone?: Piece; email?: boolean; ids?: boolean } = {}): Piece[][] {
  const r = s.r
  const out: Piece[][] = [s.bizLine()]
  const mid: Piece[][] = []
  if (r.chance(0.5)) mid.push(s.bizLine2())
  if (r.chance(0.5)) mid.push(s.t("when", { d: s.date(), t: s.time() }))
  if (s.biz.card && r.chance(0.45)) mid.push(s.t("paid", { a: s.amount(), c: s.card() }))
  else if (s.biz.payout && r.chance(0.5)) mid.push(s.t("refund", { a: s.amount(), i: s.account() }))
  if (r.chance(0.2)) mid.push(s.t("declined", { c: s.luhnBad() }))
  if (s.hasIban() && r.chance(0.1)) mid.push(s.t("badIban", { i: s.ibanBad() }))
  if (r.chance(0.15)) mid.push(s.t("masked", { m: s.masked() }))
  if (r.chance(0.4)) mid.push(s.nameWord())
  out.push(...r.shuffle(mid))
  out.push(s.t("call", { p: o.phone ?? s.phone() }))
  if (o.email !== false && r.chance(0.6)) out.push(s.t("mail", { e: s.email(p) }))
  if (o.ids !== false) out.push(...idLines(s))
  return out
}

/** The SSN (en-US) or NI number (en-GB) as a field, sometimes with an invalid one the form turned down. */
export function idLines(s: Scene): Piece[][] {
  const out: Piece[][] = []
  if (s.isUS()) {
    out.push([s.r.pick(["SSN on file: ", "SSN: ", "Their SSN "]), s.ssn(), "."])
    if (s.r.chance(0.35)) out.push(["The tax form rejected SSN ", s.ssnBad(), "."])
  }
  if (s.isGB()) {
    out.push([s.r.pick(["NI number: ", "NI number ", "Their NI number "]), s.nino(), "."])
    if (s.r.chance(0.35)) out.push(["NI number ", s.ninoBad(), " was not accepted."])
  }
  return out
}

/** Sentences joined with spaces. */
export const join = (ss: Piece[][], sep = " "): Piece[] => ss.flatMap((x, i) => (i === 0 ? x : [sep, ...x]))

import type { Ctx } from "./ctx"
import { type Piece, t } from "./render"

/** The national identifier an English-speaking caller may read out, with its context. */
export function idLine(c: Ctx): Piece {
  const r = c.r
  if (c.loc.region === "US")
    return r.pick([
      () => t`For the claim form she gave her social security number ${c.ssn()}.`,
      () => t`SSN (policyholder): ${c.ssn()}`,
      () => t`Caller read out his Social Security no. as ${c.ssn()} for the insurer's identity check.`,
      () => t`ssn on the police report is ${c.ssn()}`,
    ])()
  if (c.loc.region === "GB")
    return r.pick([
      () => t`National Insurance number for the claim: ${c.nino()}.`,
      () => t`NI no. ${c.nino()} (needed by the insurer).`,
      () => t`her national insurance number is ${c.nino()}`,
    ])()
  return r.pick([
    () => t`Deposit taken on ${c.card()}.`,
    () => t`Paid by card ${c.card()}, exp 09/28.`,
    () => t`Refund IBAN ${c.iban()}.`,
  ])()
}

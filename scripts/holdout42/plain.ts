// Texts with no PII at all: the business's numbers, dates, amounts, words that are names, lookalikes.
import { facts } from "./domains.ts"
import type { Draft } from "./draft.ts"
import { date, time, timeRange } from "./everyday.ts"
import { lookalike, nameWord, type Scene } from "./fill.ts"
import { need } from "./bits.ts"

export function plain(s: Scene, d: Draft): void {
  const { r, w, loc } = s
  d.line(r.pick(["📋 ", "ℹ️ ", "", "🚌 ", "🥕 "]), need(s), " · ", date(loc, r), " ", r.chance(0.5) ? time(loc, r) : timeRange(loc, r))
  d.line(...facts(s.domain, loc, r))
  d.line(...nameWord(s), ", ", ...lookalike(s))
  if (r.chance(0.6)) d.line(...facts(s.domain, loc, r))
  d.add(w.noted, ".")
}

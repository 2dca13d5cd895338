// The pieces every kind of text is made of, each written in the text's language.
import { extraKey, fills, putExtra, type Scene } from "./fills.ts"
import type { Style } from "./people.ts"
import type { Draft, Filler } from "./text.ts"

export interface Writer { s: Scene; t: Draft; f: Record<string, Filler>; say(tpl: string): void; pick(xs: readonly string[]): string }

export function writer(s: Scene, t: Draft, styles: Style[], otherStyles: Style[] = ["full", "full", "title", "initial"]): Writer {
  const f = fills(s, () => s.rng.pick(styles), () => s.rng.pick(otherStyles))
  return { s, t, f, say: (tpl) => void t.tpl(tpl, f), pick: (xs) => s.rng.pick(xs) }
}

export const live = (w: Writer) => !w.s.plan.negOnly

const REF_LINE: Record<string, string[]> = { pharmacy: ["health", "ref"], marina: ["mooring", "ref"], driving: ["ref"], charity: ["ref"] }

/** The domain's sentences, then sometimes a reference under the language's own key. */
export function topics(w: Writer, sep = " "): void {
  w.s.plan.topics.forEach((tpl, i) => { if (i) w.t.put(sep); w.say(tpl) })
  if (w.s.plan.refLine) { w.t.put(`${sep}${w.s.loc.w.keys.ref}: `); w.f[w.pick(REF_LINE[w.s.domain]!)]!(w.t); w.t.put(".") }
}

/** The domain's third party, when the plan has one. */
export function third(w: Writer, lead = " "): void {
  if (!live(w) || !w.s.plan.other) return
  w.t.put(lead)
  w.say(w.pick(w.s.loc.w.third[w.s.domain]))
}

export function contact(w: Writer, lead = " "): void {
  const { plan, loc } = w.s
  if (!live(w)) return
  let sep = lead
  const next = (tpls: string[]) => { w.t.put(sep); w.say(w.pick(tpls)); sep = " " }
  if (plan.phones === 1) next(loc.w.call)
  if (plan.phones === 2) next(loc.w.call2)
  if (plan.email) next(loc.w.mail)
}

export function bizMail(w: Writer, lead = "\n"): void {
  if (live(w) && w.s.plan.bizEmail) { w.t.put(`${lead}${w.s.loc.biz[w.s.domain][0]} <`); w.f.biz!(w.t); w.t.put(">") }
}

/** Cards, IBANs, SSNs, NINOs, IPs and their lookalikes as `key: value`, joined by `sep`. */
export function extras(w: Writer, lead = " ", sep = ", ", end = "."): void {
  const xs = w.s.plan.extras.filter((x) => x !== "ip" || w.s.kind !== "log")
  if (!xs.length) return
  w.t.put(lead)
  xs.forEach((x, i) => { if (i) w.t.put(sep); w.t.put(`${extraKey(w.s, x)}: `); putExtra(w.s, w.t, x) })
  w.t.put(end)
}

export function word(w: Writer, lead = " "): void {
  if (w.s.plan.word) { w.t.put(lead); w.say(w.s.plan.word) }
}

export const hasName = (w: Writer) => live(w)

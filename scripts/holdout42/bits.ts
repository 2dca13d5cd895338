// Sentences shared by every kind of text: what the customer wants, a third party, the business's facts, extras.
import { facts } from "./domains.ts"
import type { Seg } from "./draft.ts"
import { P, anyName, ident, mailIcon, nameWord, phone, type Scene } from "./fill.ts"

const NEEDS = { bus: ["season", "wheelchair", "lost", "complaint"], veg: ["box", "delivery", "complaint"], sweep: ["chimney", "tree"], pets: ["kennel", "booking"] } as const
export const need = (s: Scene): string => s.w[s.r.pick(NEEDS[s.domain])]

/** The third party: a driver, a sweep, a sitter or owner, a neighbour; after the role word, in a possessive in English. */
export function third(s: Scene): Seg[] {
  const { r, w } = s
  if (s.loc.en && r.chance(0.4)) return r.pick([
    () => [P(s, s.other, "given"), "'s ", s.domain === "pets" ? "dog" : "house", " is next door"],
    () => [w[s.role], " (", anyName(s, s.other), ") said to ring ", ...phone(s)],
    () => ["my neighbour ", P(s, s.other, r.pick(["full", "given"] as const)), " has a key"],
  ])()
  return [w[s.role], " ", anyName(s, s.other), r.chance(0.5) ? ", " : " ", ...(r.chance(0.5) ? phone(s) : [w.noted])]
}

/** Zero to two extra bits: an identifier, a word that is a name, the business's facts. */
export function extras(s: Scene, n = 2): Seg[][] {
  const out: Seg[][] = []
  for (let i = 0; i < n; i++) {
    const x = s.r.int(6)
    if (x < 2 || (i === 0 && (s.loc.ssn || s.loc.nino) && s.r.chance(0.9))) out.push(ident(s))
    else if (x < 4) out.push(nameWord(s))
    else out.push(facts(s.domain, s.loc, s.r))
  }
  return out
}

export const contact = (s: Scene): Seg[] => (s.r.chance(0.5) ? [s.w.callme, " ", ...phone(s)] : [s.w.phone, ": ", ...phone(s)])
export const myMail = (s: Scene): Seg[] => [s.w.mymail, " ", ...mailIcon(s, s.cust)]
export const intro = (s: Scene, style: "full" | "lower" | "given" = "full"): Seg[] => [s.w.myname, s.r.chance(0.15) ? " 👋 " : " ", P(s, s.cust, style)]

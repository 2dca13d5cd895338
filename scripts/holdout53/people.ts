// People in a text (customer, agent, colleague, third party) and the ways their names are written.
import type { Locale } from "./locales.ts"
import { ascii, NAMES, PARTICLES } from "./names.ts"
import type { Rng } from "./rng.ts"

export interface Person { given: string; family: string; female: boolean; familyFirst: boolean }

export function drawPerson(r: Rng, loc: Locale, taken: Set<string>): Person {
  const n = NAMES[loc.cc]!
  for (;;) {
    const female = r.chance(0.5)
    const given = r.pick(female ? n.f : n.m)
    const i = r.int(n.fam.length)
    const family = female && n.famF ? n.famF[i]! : n.fam[i]!
    if (taken.has(given) || taken.has(family)) continue
    taken.add(given)
    taken.add(family)
    return { given, family, female, familyFirst: !!n.familyFirst }
  }
}

export const fullName = (p: Person) => (p.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`)
export const partsOf = (p: Person) => `${p.given} ${p.family}`.split(/[\s-]+/).filter((w) => !PARTICLES.has(w.toLowerCase()))
/** The family name alone: Brazilian `da Silva` keeps its particle only when a given name goes before it. */
export const familyAlone = (p: Person) => p.family.replace(/^(da|dos|de) /, "")
export const familyGiven = (p: Person, caps: boolean) => `${caps ? p.family.toUpperCase() : p.family}, ${p.given}`
export const initialFamily = (p: Person) => `${[...p.given][0]}. ${familyAlone(p)}`
export function spelled(p: Person, r: Rng): string {
  const letters = [...familyAlone(p).replace(/[\s'-]/g, "")]
  return r.chance(0.5) ? letters.map((c) => c.toUpperCase()).join("-") : letters.map((c) => c.toLowerCase()).join(" ")
}

const DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com", "post.example.net", "inbox.example.org"]
export function emailOf(p: Person, r: Rng): string {
  const g = ascii(p.given.split(" ")[0]!)
  const f = ascii(familyAlone(p).replace(/ /g, ""))
  const local = r.pick([`${g}.${f}`, `${g[0]}.${f}`, `${g}_${f}`, `${f}.${g}`, `${g}.${f}+${r.pick(["home", "quotes", "wedding", "house"])}`, `${g}${f}${10 + r.int(89)}`])
  return `${local}@${r.pick(DOMAINS)}`
}
export const staffEmail = (p: Person, domain: string) => `${ascii(p.given.split(" ")[0]!)}.${ascii(familyAlone(p).replace(/ /g, ""))}@${domain}`

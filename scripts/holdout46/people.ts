// People of a text: drawn from the locale's names, written in the forms systems and people use, with their mail
// addresses. Every part of a name (three letters or more, particles aside) is recorded for the name-part check.
import type { Piece } from "./draft.ts"
import type { Gender, Locale } from "./locales.ts"
import type { Rng } from "./rng.ts"
import { mailSafe } from "./values.ts"

export interface Person { given: string; family: string; gender: Gender; loc: Locale; local: string; mentions: number }

const PARTICLES = new Set(["van", "den", "der", "de", "dela", "del", "da", "di", "von", "mac", "nic", "ní", "ó", "te", "i", "y"])

export function drawPerson(r: Rng, loc: Locale, taken: Set<string>, gender?: Gender): Person {
  for (;;) {
    const pool = gender ? loc.given.filter((x) => x[1] === gender) : loc.given
    const [given, g] = r.pick(pool)
    const famOf = () => { const f = r.pick(loc.family); return typeof f === "string" ? f : f[g === "m" ? 0 : 1] }
    let family = famOf()
    if (loc.twoSurnames && r.chance(0.5)) {
      const second = famOf()
      if (second !== family) family = `${family}${loc.twoSurnames}${second}`
    }
    if (taken.has(given) || taken.has(family)) continue
    taken.add(given).add(family)
    const mailFamily = loc.twoSurnames ? family.split(loc.twoSurnames)[0]! : family
    return { given, family, gender: g, loc, local: mailLocal(r, given, mailFamily, loc.lang), mentions: 0 }
  }
}

function mailLocal(r: Rng, given: string, family: string, lang: string): string {
  const g = mailSafe(given, lang)
  const f = mailSafe(family, lang)
  return r.pick([`${g}.${f}`, `${g}.${f}`, `${g[0]}.${f}`, `${g}${f}`, `${f}.${g}`, `${g}_${f}`, `${g}${10 + r.int(89)}`, `${g[0]}${f}${r.int(10)}`])
}

/** Name parts that must be labeled wherever they stand as a word. */
export const partsOf = (p: Person) => `${p.given} ${p.family}`.split(/[\s-]+/).filter((x) => x.length >= 3 && !PARTICLES.has(x.toLowerCase()))

export type NameStyle = "full" | "given" | "caps" | "pnr" | "comma" | "initial" | "lower" | "family"

/** The person's name as written in one style; Hungarian puts the family name first. */
export function nameText(p: Person, style: NameStyle): string {
  const first = p.loc.familyFirst
  switch (style) {
    case "given": return p.given
    case "family": return p.family
    case "caps": return `${p.family.toUpperCase()} ${p.given}`
    case "pnr": return `${mailSafe(p.family, p.loc.lang).toUpperCase()}/${mailSafe(p.given, p.loc.lang).toUpperCase()}`
    case "comma": return `${p.family}, ${p.given}`
    case "initial": return first ? `${p.family} ${p.given[0]}.` : `${p.given[0]}. ${p.family}`
    case "lower": return (first ? `${p.family} ${p.given}` : `${p.given} ${p.family}`).toLowerCase()
    default: return first ? `${p.family} ${p.given}` : `${p.given} ${p.family}`
  }
}

export const nameP = (p: Person, style: NameStyle): Piece => ({ text: nameText(p, style), type: "PERSON" })

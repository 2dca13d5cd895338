// People in a text: customers, agents, colleagues and third parties, with the forms a name is written in.
import { NAMES, PARTICLES, asciiFold } from "./names.ts"
import type { Rng } from "./rng.ts"

export type Gender = "m" | "f"
/** Forms: g given, f family, t title + family, F "Family, Given", U capitals, i initial + family, s spelled, n full. */
export type Form = "g" | "f" | "t" | "F" | "U" | "i" | "s" | "n"

export interface Person {
  given: string
  family: string
  gender: Gender
  /** The name parts of three letters or more, particles left out. */
  parts: string[]
}

/** Spanish and Portuguese customers often carry two family names. */
const TWO_FAMILIES = new Set(["es-ES", "pt-PT"])

function familyOf(r: Rng, tag: string, g: Gender): string {
  const f = r.pick(NAMES[tag]!.fam)
  return typeof f === "string" ? f : g === "m" ? f[0] : f[1]
}

export function makePerson(r: Rng, tag: string, avoid: readonly Person[] = []): Person {
  for (let i = 0; i < 50; i++) {
    const gender: Gender = r.chance(0.5) ? "m" : "f"
    const given = r.pick(NAMES[tag]![gender])
    let family = familyOf(r, tag, gender)
    if (TWO_FAMILIES.has(tag) && r.chance(0.45)) {
      const second = familyOf(r, tag, gender)
      if (second !== family && !second.includes(" ")) family = tag === "pt-PT" ? `${second} ${family}` : `${family} ${second}`
    }
    const parts = partsOf(`${given} ${family}`)
    if (avoid.some((p) => p.parts.some((x) => parts.includes(x)))) continue
    return { given, family, gender, parts }
  }
  throw new Error(`no fresh name in ${tag}`)
}

export function partsOf(name: string): string[] {
  return name.split(/[\s-]+/).filter((w) => w.length >= 3 && !PARTICLES.has(w.toLowerCase()))
}

/** The family name without leading particles, for spelling and e-mail addresses. */
export const core = (family: string) => family.split(" ").filter((w) => !PARTICLES.has(w.toLowerCase())).join(" ")

const spell = (s: string, sep: string) => Array.from(s.replace(/['’ ]/g, "")).join(sep)

/** The name in a form; `title` is written outside the label, by the caller. */
export function written(p: Person, form: Form, r: Rng): string {
  switch (form) {
    case "g": return p.given
    case "f": case "t": return p.family
    case "F": return `${p.family}, ${p.given}`
    case "U": return r.chance(0.5) ? `${p.given} ${p.family}`.toUpperCase() : `${p.family.toUpperCase()} ${p.given}`
    case "i": return `${p.given[0]}. ${p.family}`
    case "s": return spell(core(p.family).split(" ")[0]!.toUpperCase(), r.pick(["-", " ", "-", " - "]))
    case "n": return `${p.given} ${p.family}`
  }
}

/** An e-mail local part from a name: given.family, g.family, familyg, given_family, given.family + digits. */
export function localPart(p: Person, r: Rng): string {
  const g = asciiFold(p.given.split(/[ -]/)[0]!)
  const f = asciiFold(core(p.family).split(" ")[0]!)
  const shapes = [`${g}.${f}`, `${g[0]}.${f}`, `${f}${g[0]}`, `${g}_${f}`, `${g}.${f}${r.range(1, 99)}`, `${g}${f}`, `${f}.${g}`]
  return r.pick(shapes)
}

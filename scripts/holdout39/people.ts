// People native to each locale and the ways their names are written.
import type { Rng } from "./rng.ts"
import type { Locale } from "./types.ts"

export interface Person { given: string; family: string; gender: "m" | "f"; parts: string[]; familyFirst: boolean }
export type Style = "full" | "given" | "lower" | "caps-first" | "initial" | "upper" | "title"

const PARTICLES = new Set(["van", "der", "den", "de", "la", "del", "da", "dos", "das", "bin", "binti", "binte", "y", "von"])

/** Name parts the name-part rule checks: every word of three letters or more that is not a particle. */
const partsOf = (given: string, family: string) =>
  `${given} ${family}`.split(/[ -]/).map((p) => p.replace(/^O'/, "")).filter((p) => p.length >= 3 && !PARTICLES.has(p.toLowerCase()))

export function drawPerson(rng: Rng, loc: Locale, given?: string): Person {
  if (!given && loc.whole && rng.chance(0.3)) {
    const [gender, g, family] = rng.pick(loc.whole)
    return { given: g, family, gender, parts: partsOf(g, family), familyFirst: false }
  }
  const gender = given ? (loc.names.f.includes(given) ? "f" : "m") : rng.chance(0.5) ? "f" : "m"
  const g = given ?? rng.pick(loc.names[gender])
  const raw = rng.pick(loc.names.family)
  const [m, f] = raw.split("|")
  const family = gender === "f" && f ? f : m!
  return { given: g, family, gender, parts: partsOf(g, family), familyFirst: loc.tag === "en-SG" }
}

export function written(p: Person, style: Style, loc: Locale): string {
  const full = p.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`
  switch (style) {
    case "full": return full
    case "given": return p.given
    case "lower": return full.toLocaleLowerCase(loc.tag.slice(0, 2))
    case "upper": return full.toLocaleUpperCase(loc.tag.slice(0, 2))
    case "caps-first": return `${p.family.toLocaleUpperCase(loc.tag.slice(0, 2))} ${p.given}`
    case "initial": return `${p.given.split(/[ -]/).map((x) => x[0] + ".").join("")} ${p.family}`
    case "title": return p.family
  }
}

const GREEK: Record<string, string> = {
  α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l", μ: "m", ν: "n", ξ: "x", ο: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o",
}
const PLAIN: Record<string, string> = { ł: "l", đ: "d", ı: "i", ß: "ss", ø: "o", æ: "ae" }

export function ascii(s: string): string {
  const lower = s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")
  return [...lower].map((c) => GREEK[c] ?? PLAIN[c] ?? c).join("").replace(/[^a-z0-9]/g, "")
}

export function emailOf(rng: Rng, p: Person, hosts: string[]): string {
  const g = ascii(p.given.split(" ")[0]!)
  const f = ascii(p.family.split(" ").filter((x) => !PARTICLES.has(x.toLowerCase())).join(""))
  const local = rng.pick([`${g}.${f}`, `${g[0]}.${f}`, `${g}${f}${rng.int(1, 99)}`, `${f}.${g}`, `${g}_${f}`, `${g}${rng.int(70, 99)}`])
  return `${local}@${rng.pick(hosts)}`
}

// People of a locale and the ways their names are written.
import type { Rng } from "./rng.ts"
import type { Locale } from "./types.ts"

export interface Person { given: string; family: string; female: boolean; title: string; parts: string[] }
export type Style = "full" | "given" | "initial" | "caps" | "surnameCaps" | "surnameFirst" | "lower" | "title"

const PARTICLES = new Set(["van", "der", "den", "de", "da", "dos", "das", "del", "la", "ap", "ver", "von", "di", "do", "du", "le", "y", "e"])

export const partsOf = (s: string) => s.split(/[\s-]+/).filter((p) => p.length > 0 && !PARTICLES.has(p.toLowerCase()))

/** A person none of whose name parts is already in `avoid`. */
export function drawPerson(r: Rng, loc: Locale, avoid: readonly string[] = []): Person {
  for (let i = 0; i < 200; i++) {
    const female = r.chance(0.5)
    const given = r.pick(female ? loc.names.f : loc.names.m)
    const fam = r.pick(loc.names.family).split("|")
    const family = (female ? fam[1] : fam[0]) ?? fam[0]!
    const parts = [...partsOf(given), ...partsOf(family)]
    if (parts.some((p) => avoid.some((a) => a.toLowerCase() === p.toLowerCase()))) continue
    return { given, family, female, title: loc.names.title[female ? 1 : 0], parts }
  }
  throw new Error(`holdout41: no distinct person in ${loc.tag}`)
}

const initials = (given: string) => given.split(/([\s-])/).map((p) => (/^[\s-]$/.test(p) ? (p === "-" ? "-" : "") : `${[...p][0]}.`)).join("")

export function written(p: Person, style: Style): string {
  switch (style) {
    case "full": case "title": return `${p.given} ${p.family}`
    case "given": return p.given
    case "initial": return `${initials(p.given)} ${p.family}`
    case "caps": return `${p.given} ${p.family}`.toLocaleUpperCase()
    case "surnameCaps": return `${p.family.toLocaleUpperCase()} ${p.given}`
    case "surnameFirst": return `${p.family} ${p.given}`
    case "lower": return `${p.given} ${p.family}`.toLocaleLowerCase()
  }
}

const ASCII: Record<string, string> = { ß: "ss", æ: "ae", ø: "o", ł: "l", đ: "d", ı: "i", œ: "oe" }

export function plain(s: string, loc: Locale): string {
  const t = loc.names.latin ? loc.names.latin(s) : s
  return t.toLowerCase().replace(/[ßæøłđıœ]/g, (c) => ASCII[c]!).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z]+/g, "")
}

export function emailOf(r: Rng, p: Person, loc: Locale): string {
  const g = plain(p.given.split(/[\s-]/)[0]!, loc)
  const f = plain(p.family.split(" ").filter((x) => !PARTICLES.has(x.toLowerCase())).join(""), loc)
  const local = r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}_${f}`])
  return `${local}@${r.pick([loc.host, loc.host, "gmail.com", "outlook.com", "yahoo.com"])}`
}

export function deskEmail(r: Rng, loc: Locale, biz: string): string {
  const slug = plain(biz.replace(/\[|\]/g, "").split(/\s+/).slice(0, 2).join(""), loc)
  return `${r.pick(["info", "hello", "desk", "bookings", "office"])}@${slug}.${loc.tld}`
}

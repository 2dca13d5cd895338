// People drawn from a locale's names, and the ways their names and addresses get written.
import type { Rng } from "./rng.ts"
import type { Locale } from "./types.ts"

export interface Person { sex: "m" | "f"; given: string; family: string; parts: string[]; title: string }

/** Particles never count as name parts (the name-part rule would otherwise reach every "de" and "van"). */
const PARTICLES = new Set(["de", "la", "los", "las", "del", "da", "dos", "das", "van", "den", "der", "i", "mac", "ó", "ní", "te", "giolla"])

export function drawPerson(r: Rng, loc: Locale, avoid: string[] = []): Person {
  for (;;) {
    const sex = r.chance(0.5) ? "m" : "f"
    const given = r.pick(loc.names[sex])
    const fam = r.pick(loc.names.family)
    const family = fam.includes("|") ? fam.split("|")[sex === "m" ? 0 : 1]! : fam
    const parts = [...given.split(" "), ...family.split(/[ -]/)].filter((p) => !PARTICLES.has(p.toLowerCase()))
    if (parts.some((p) => avoid.includes(p))) continue
    return { sex, given, family, parts, title: loc.names.title[sex === "m" ? 0 : 1] }
  }
}

export type Style = "full" | "given" | "lower" | "capsFirst" | "allCaps" | "initial" | "title" | "family" | "familyCaps"

export function written(p: Person, style: Style, loc: Locale): string {
  const full = loc.names.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`
  switch (style) {
    case "full": return full
    case "given": return p.given
    case "lower": return full.toLocaleLowerCase()
    case "capsFirst": return `${p.family.toLocaleUpperCase()} ${p.given}`
    case "allCaps": return full.toLocaleUpperCase()
    case "initial": return loc.names.familyFirst ? `${p.family} ${initials(p.given)}` : `${initials(p.given)} ${p.family}`
    case "title": case "family": return p.family
    case "familyCaps": return p.family.toLocaleUpperCase()
  }
}

const initials = (given: string) => given.split(/[ -]/).map((g) => `${[...g][0]!}.`).join(" ")

const TRANS: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", є: "ie", ж: "zh", з: "z", и: "i", і: "i", ї: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p",
  р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh", щ: "sht", ъ: "a", ь: "", ю: "yu", я: "ya", "'": "",
  ð: "d", þ: "th", æ: "ae", ø: "o", å: "a", ł: "l", ß: "ss", đ: "dj", ħ: "h", ġ: "g", ċ: "c", ż: "z",
}

export const ascii = (s: string) => s.toLowerCase().split("").map((c) => TRANS[c] ?? c).join("").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]/g, "")

export function emailOf(r: Rng, p: Person, loc: Locale): string {
  const g = ascii(p.given.split(" ")[0]!)
  const f = ascii(p.family.split(" ").pop()!)
  const host = r.pick(loc.hosts)
  const local = r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}_${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}${r.int(70, 99)}`, `${g}.${f}${r.int(1, 9)}`])
  return `${local}@${host}`
}

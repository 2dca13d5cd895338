// People of a locale: their names as written in different places, their e-mail local parts, their name parts.
import { PARTICLES } from "./names-data.ts"
import type { Locale } from "./locales.ts"
import type { Rng } from "./rng.ts"

export interface Person { given: string; family: string; full: string; parts: string[] }

export function drawPerson(r: Rng, loc: Locale): Person {
  const sex = r.chance(0.5) ? 0 : 1
  const given = r.pick(sex ? loc.names.f : loc.names.m)
  let family = r.pick(loc.names.fam)
  if (family.includes("/")) family = family.split("/")[sex]!
  if (/^es-/.test(loc.tag) && !family.includes(" ") && r.chance(0.4)) family += " " + r.pick(loc.names.fam.filter((x) => x !== family && !x.includes(" ")))
  const full = loc.familyFirst ? `${family} ${given}` : `${given} ${family}`
  const parts = full.split(/[\s-]+/).filter((x) => !PARTICLES.has(x.toLowerCase())).map((x) => x.replace(/^O'/, ""))
  return { given, family, full, parts: [...parts, ...full.split(/[\s-]+/).filter((x) => x.startsWith("O'"))] }
}

/** The name as a form or list writes it: full, given alone, FAMILY Given, initial and family. */
export function nameAs(p: Person, style: "full" | "given" | "caps" | "initial" | "lower" | "family", loc: Locale): string {
  if (style === "given") return loc.familyFirst ? p.given : p.given.split(" ")[0]!
  if (style === "caps") return loc.familyFirst ? `${p.family.toUpperCase()} ${p.given}` : `${p.family.toUpperCase()} ${p.given}`
  if (style === "initial") return `${p.given[0]}. ${p.family}`
  if (style === "lower") return p.full.toLowerCase()
  if (style === "family") return p.family
  return p.full
}

const CYR: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", є: "ie", ж: "zh", з: "z", и: "y", і: "i", ї: "i", й: "i", к: "k", л: "l", м: "m", н: "n", о: "o",
  п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "a", ь: "", ю: "iu", я: "ia", "'": "",
}
export function ascii(s: string, bg = false): string {
  const low = s.toLowerCase()
  const cyr = [...low].map((c) => (bg && c === "и" ? "i" : bg && c === "щ" ? "sht" : CYR[c] ?? c)).join("")
  return cyr.replace(/ø/g, "o").replace(/æ/g, "ae").replace(/ð/g, "d").replace(/þ/g, "th").replace(/ß/g, "ss").replace(/đ/g, "dj").replace(/ħ/g, "h").replace(/ł/g, "l")
    .normalize("NFD").replace(/\p{M}/gu, "").replace(/[^a-z]/g, "")
}

/** An e-mail local part a person would pick. */
export function localPart(r: Rng, p: Person, loc: Locale): string {
  const bg = loc.tag === "bg-BG"
  const g = ascii(p.given.split(" ")[0]!, bg)
  const f = ascii(p.family.split(" ").filter((x) => !PARTICLES.has(x.toLowerCase())).join(""), bg) || ascii(p.family, bg)
  return r.pick([`${g}.${f}`, `${g}${f}`, `${g[0]}${f}`, `${g}.${f}${r.int(90) + 10}`, `${f}.${g}`, `${g}_${f}`])
}

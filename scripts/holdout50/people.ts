// People drawn from a locale's names: their names in several written styles, the Latin spelling their e-mail
// addresses use, and the parts the name-part rule checks.
import { PARTICLES } from "./draft.ts"
import type { Locale } from "./locales.ts"
import type { Rng } from "./rng.ts"

export interface Person {
  given: string
  family: string
  /** Latin spellings for e-mail addresses. */
  gl: string
  fl: string
  female: boolean
  /** The name a person is called by alone. */
  call: string
}

export type Style = "full" | "call" | "fam-first" | "CAPS-first" | "comma" | "lower" | "caps"

const SPECIAL: Record<string, string> = { ı: "i", ə: "e", ð: "d", ø: "o", æ: "ae", đ: "d", ł: "l", ß: "ss", "ʻ": "", "'": "", ş: "s", ğ: "g" }
export const latin = (s: string) =>
  s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[ıəðøæđłßʻ'şğ]/g, (c) => SPECIAL[c]!).replace(/[^a-z ]/g, "")

function side(entry: string): [string, string | undefined] {
  const [native, lat] = entry.split(":")
  return [native!, lat]
}

function family(r: Rng, loc: Locale, female: boolean): [string, string] {
  const one = () => {
    const e = r.pick(loc.names.fam).split("/")
    const [n, l] = side(e.length > 1 && female ? e[1]! : e[0]!)
    return [n, l ?? latin(n)] as [string, string]
  }
  if (!loc.tag.startsWith("es-")) return one()
  const a = one()
  let b = one()
  while (b[0] === a[0]) b = one()
  return [`${a[0]} ${b[0]}`, a[1]]
}

/** A person of the locale whose name shares no part with the names already used in the text. */
export function drawPerson(r: Rng, loc: Locale, used: Set<string>, female = r.chance(0.5)): Person {
  for (;;) {
    const [given, gLat] = side(r.pick(female ? loc.names.f : loc.names.m))
    const [fam, fLat] = family(r, loc, female)
    const parts = `${given} ${fam}`.split(/\s+/).filter((x) => !PARTICLES.has(x.toLowerCase()))
    if (parts.some((p) => used.has(p))) continue
    for (const p of parts) used.add(p)
    const call = loc.names.order === "fg" ? given.split(" ").at(-1)! : given
    return { given, family: fam, gl: gLat ?? latin(given), fl: fLat.replace(/^(bin|binti) /, ""), female, call }
  }
}

export function nameText(p: Person, loc: Locale, style: Style): string {
  const { order, caseless, noComma } = loc.names
  const full = order === "gf" ? `${p.given} ${p.family}` : order === "fg" ? `${p.family} ${p.given}` : `${p.family}${p.given}`
  const western = order === "gf" && !noComma
  switch (style) {
    case "full": return full
    case "call": return p.call
    case "fam-first": return western ? `${p.family} ${p.given}` : full
    case "CAPS-first": return western && !caseless ? `${p.family.toLocaleUpperCase(loc.tag)} ${p.given}` : full
    case "comma": return western ? `${p.family}, ${p.given}` : full
    case "lower": return full.toLocaleLowerCase(loc.tag)
    case "caps": return caseless ? full : full.toLocaleUpperCase(loc.tag)
  }
}

/** An e-mail address made from the Latin spelling of the name. */
export function mailOf(r: Rng, p: Person, loc: Locale): string {
  const g = p.gl.replace(/ /g, "")
  const f = p.fl.split(" ")[0]!.replace(/ /g, "")
  const yy = String(70 + r.int(36)).slice(-2)
  const local = r.pick([`${g}.${f}`, `${g}${f}${yy}`, `${g[0]}${f}`, `${f}.${g}`, `${g}_${f}`, `${g}.${f}${r.int(10)}`])
  return `${local}@${r.pick(loc.domains)}`
}

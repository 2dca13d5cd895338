// People drawn from a locale's names, written as each kind of text writes them, and their addresses.
import type { Locale } from "./locale-types.ts"
import { splitMark } from "./locale-types.ts"
import type { Rng } from "./prng.ts"
import type { Text } from "./text.ts"

export interface Person { given: string; family: string; familyFirst: boolean; gender?: string }
export type NameStyle = "full" | "given" | "FAMILY given" | "lower" | "lower given"

export function drawPerson(rng: Rng, loc: Locale, given?: string): Person {
  const [g, mark] = splitMark(given ?? rng.pick(loc.given))
  const fams = loc.family.filter((f) => { const m = splitMark(f)[1]; return !m || !mark || m === mark })
  return { given: g, family: splitMark(rng.pick(fams))[0], familyFirst: loc.familyFirst === true, gender: mark }
}

const PARTICLES = new Set(["de", "la", "da", "del", "delos", "dela", "van", "den", "i", "y", "ní", "ó", "mac", "te"])

/** The parts of a name the name-part rule looks for (particles are too common to require). */
export const partsOf = (s: string) => s.split(/[ -]+/).filter((p) => p.length > 1 && !PARTICLES.has(p.toLowerCase()))

export function written(p: Person, style: NameStyle): string {
  const full = p.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`
  switch (style) {
    case "full": return full
    case "given": return p.given
    case "FAMILY given": return `${p.family.toLocaleUpperCase()} ${p.given}`
    case "lower": return full.toLocaleLowerCase()
    case "lower given": return p.given.toLocaleLowerCase()
  }
}

export function putName(t: Text, p: Person, style: NameStyle): void {
  const w = written(p, style)
  t.person(w, partsOf(style.includes("given") && !style.includes("FAMILY") ? p.given : `${p.given} ${p.family}`))
}

const CYR: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p",
  р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh", щ: "sht", ъ: "a", ь: "y", ю: "yu", я: "ya",
}
const SPECIAL: Record<string, string> = { ø: "o", æ: "ae", å: "aa", ß: "ss", ħ: "h", ł: "l", ü: "ue", ö: "oe", ä: "ae" }

/** A name as its owner spells it in an address: Latin letters, no accents. */
export function ascii(s: string, tag: string): string {
  const lower = s.toLocaleLowerCase()
  const de = tag === "gsw-CH"
  return [...lower].map((ch) => CYR[ch] ?? (SPECIAL[ch] && (de || !"üöä".includes(ch)) ? SPECIAL[ch] : ch)).join("")
    .normalize("NFD").replace(/\p{M}/gu, "").replace(/[^a-z]/g, "")
}

export function emailOf(rng: Rng, p: Person, loc: Locale): string {
  const g = ascii(p.given.split(" ")[0]!, loc.tag)
  const f = ascii(p.family.split(" ").filter((x) => !PARTICLES.has(x.toLowerCase())).at(-1) ?? p.family, loc.tag)
  const local = rng.pick([`${g}.${f}`, `${g}${f}`, `${g[0]}${f}`, `${g}.${f}${rng.int(2, 99)}`, `${f}.${g}`, `${g}_${f}`, `${g}${rng.int(60, 99)}`])
  return `${local}@${rng.pick(loc.domains)}`
}

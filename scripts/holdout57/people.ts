// People of a scene: given names and family from one group of the locale's lists, the forms a name is written in,
// and e-mail addresses folded to ASCII (Greek and Macedonian transliterated).
import { NAMES_EN, NAME_WORDS_EN, type Group } from "./names-en.ts"
import { NAMES_EU1, NAME_WORDS_EU1 } from "./names-eu1.ts"
import { NAMES_EU2, NAME_WORDS_EU2 } from "./names-eu2.ts"
import type { Rng } from "./rng.ts"

export const NAMES: Record<string, Group[]> = { ...NAMES_EN, ...NAMES_EU1, ...NAMES_EU2 }
export const NAME_WORDS: Record<string, string[]> = { ...NAME_WORDS_EN, ...NAME_WORDS_EU1, ...NAME_WORDS_EU2 }
export type Gender = "m" | "f"
export interface Person { given: string; family: string; gender: Gender; famRaw: string; group: Group }

const formOf = (fam: string, g: Gender) => (fam.includes("|") ? fam.split("|")[g === "m" ? 0 : 1]! : fam)
/** A person of one group; `avoid` keeps names of others in the scene apart; `relative` shares a family. */
export function drawPerson(r: Rng, tag: string, avoid: string[], relative?: Person): Person {
  const group = relative?.group ?? r.pick(NAMES[tag]!)
  for (let i = 0; ; i++) {
    const gender: Gender = r.chance(0.5) ? "m" : "f"
    const given = r.pick(group[gender])
    const famRaw = relative?.famRaw ?? r.pick(group.fam)
    const family = formOf(famRaw, gender)
    if (i < 30 && (avoid.includes(given) || (!relative && avoid.includes(family)))) continue
    return { given, family, gender, famRaw, group }
  }
}

const GREEK: Record<string, string> = {
  α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l", μ: "m", ν: "n", ξ: "x", ο: "o", π: "p", ρ: "r",
  σ: "s", ς: "s", τ: "t", υ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o",
}
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ѓ: "gj", е: "e", ж: "zh", з: "z", ѕ: "dz", и: "i", ј: "j", к: "k", л: "l", љ: "lj", м: "m", н: "n",
  њ: "nj", о: "o", п: "p", р: "r", с: "s", т: "t", ќ: "kj", у: "u", ф: "f", х: "h", ц: "c", ч: "ch", џ: "dz", ш: "sh",
}
const SPECIAL: Record<string, string> = { ø: "o", æ: "ae", ß: "ss", đ: "dj", ł: "l", ı: "i", œ: "oe", þ: "th", ð: "d" }
/** A name folded to the ASCII of an e-mail address: lower case, marks dropped, Greek and Cyrillic transliterated. */
export function fold(s: string): string {
  let t = s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC")
  t = t.replace(/ου/g, "ou").replace(/ευ/g, "ev").replace(/αυ/g, "av").replace(/γγ/g, "ng").replace(/(?<=\p{L})μπ/gu, "mb").replace(/^μπ/, "b")
  return [...t].map((c) => GREEK[c] ?? CYRILLIC[c] ?? SPECIAL[c] ?? c).join("").replace(/['’ ]/g, "")
}

const DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com", "post.example.net"]
/** A customer's own address on a documentation domain. */
export function personalEmail(r: Rng, p: Person, cc: string): string {
  const g = fold(p.given.split(/[ -]/)[0]!)
  const fam = p.family.split(" ").filter((x) => x.length > 2)
  const f = fold(r.chance(0.7) ? fam[0] ?? p.family : p.family)
  const local = r.pick([`${g}.${f}`, `${g}${f}${r.range(1, 99)}`, `${g[0]}.${f}`, `${f}.${g}`, `${g}_${f[0]}`, `${g}${r.range(70, 99)}`, `${g}.${f}`])
  return `${local}@${r.pick([...DOMAINS, `${cc.toLowerCase()}.example.org`])}`
}
/** A staff address at the business: given.family, folded. */
export const staffEmail = (p: Person, domain: string) => `${fold(p.given.split(/[ -]/)[0]!)}.${fold(p.family.split(" ").filter((x) => x.length > 2)[0] ?? p.family)}@${domain}`

/** Capitals: Greek keeps its tonos off, as Greek capitals are written. */
export const upper = (s: string) => (/\p{Script=Greek}/u.test(s) ? s.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase() : s.toUpperCase())
/** A family name spelled letter by letter, capitals with hyphens or spaces. */
export function spell(r: Rng, family: string): string {
  const word = family.split(" ").filter((x) => x.length > 2)[0] ?? family
  return [...upper(word)].filter((c) => /\p{L}/u.test(c)).join(r.pick(["-", " ", "-"]))
}

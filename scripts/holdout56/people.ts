// People: a name drawn from the locale's lists (given names tied to their families where the lists say so), its written
// forms, its name parts and its e-mail addresses.
import { ent, PARTICLES, plain, type Seg } from "./draft.ts"
import type { Locale } from "./locales.ts"
import { NAMES_EN, type NameSet } from "./names-en.ts"
import { NAMES_EU } from "./names-eu.ts"
import type { Rng } from "./rng.ts"

export const NAMES: Record<string, NameSet> = { ...NAMES_EN, ...NAMES_EU }
export type Gender = "m" | "f"
export interface Person { given: string; family: string; gender: Gender; familyFirst: boolean; tag: string }
/** Titles by language, `+` marking one that goes with the given name (Brazilian `dona`, Colombian `doña`). */
export type Titles = Record<Gender, string[]>

const list = (s: string) => s.split(",")
function ties(ns: NameSet): Map<string, string[]> {
  const m = new Map<string, string[]>()
  for (const t of (ns.ties ?? "").split(";").filter(Boolean)) {
    const [gs, fs] = t.split(":")
    for (const g of list(gs!)) m.set(g, list(fs!))
  }
  return m
}
const familyForm = (entry: string, g: Gender) => (entry.includes("|") ? entry.split("|")[g === "m" ? 0 : 1]! : entry)
const baseFamily = (entry: string) => entry.split("|")[0]!

/** A person of the locale, sharing no given or family name with those already in the text. */
export function drawPerson(r: Rng, loc: Locale, taken: Person[], gender?: Gender): Person {
  const ns = NAMES[loc.tag]!
  const tie = ties(ns)
  const tiedFamilies = new Set([...tie.values()].flat())
  for (let i = 0; i < 200; i++) {
    const g: Gender = gender ?? (r.chance(0.5) ? "m" : "f")
    const given = r.pick(list(g === "m" ? ns.m : ns.f))
    const fams = tie.get(given) ?? list(ns.fam).filter((f) => !tiedFamilies.has(baseFamily(f)))
    const family = familyForm(r.pick(fams), g)
    const p: Person = { given, family, gender: g, familyFirst: !!ns.familyFirst && given.includes(" "), tag: loc.tag }
    const clash = taken.some((q) => partsOf(q).some((x) => partsOf(p).includes(x)))
    if (!clash) return p
  }
  throw new Error(`no person drawn for ${loc.tag}`)
}

/** Name parts of three letters or more, particles excluded. */
export function partsOf(p: Person): string[] {
  return `${p.given} ${p.family}`.split(/[\s-]+/).filter((x) => x.length >= 3 && !PARTICLES.has(x.toLowerCase()))
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
/** A Dutch family name standing without its given name opens with a capital particle (`De Vries`). */
const lone = (p: Person) => (p.tag === "nl-NL" ? cap(p.family) : p.family)
export const fullName = (p: Person) => (p.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`)
const upper = (s: string) => s.toUpperCase()
function spelled(p: Person, r: Rng): string {
  const word = p.family.split(" ").filter((x) => !PARTICLES.has(x.toLowerCase())).sort((a, b) => b.length - a.length)[0]!
  const letters = [...upper(word).replace(/[^\p{L}]/gu, "")]
  return letters.join(r.pick(["-", "-", " ", " - "]))
}

/**
 * A form of the name: `n` full, `g` given, `f` family, `t` title and family, `F` "Family, Given", `U` capitals,
 * `i` initial and family, `s` spelled letter by letter. Forms a name cannot take fall back to one it can.
 */
export function nameForm(p: Person, form: string, r: Rng, titles: Titles | undefined): Seg[] {
  const P = (t: string) => [ent("PERSON", t)]
  const compound = p.given.includes(" ") || p.given.includes("-")
  switch (form) {
    case "g": return P(p.given)
    case "f": return p.familyFirst || p.tag === "is-IS" ? P(fullName(p)) : P(lone(p))
    case "F": return p.familyFirst ? P(`${p.family}, ${p.given}`) : P(`${lone(p)}, ${p.given}`)
    case "U": return r.chance(0.5) || p.familyFirst ? P(upper(fullName(p))) : P(`${upper(lone(p))} ${p.given}`)
    case "s": return P(spelled(p, r))
    case "i": {
      const init = p.given.charAt(0).toUpperCase()
      if (p.familyFirst || compound || p.tag === "is-IS" || (p.tag === "fr-BE" && init === "M")) return P(fullName(p))
      return P(`${init}. ${p.family}`)
    }
    case "t": {
      if (!titles) return p.tag === "is-IS" ? P(p.given) : P(fullName(p))
      const t = r.pick(titles[p.gender])
      if (t.endsWith("+")) return [plain(`${t.slice(0, -1)} `), ent("PERSON", p.given)]
      return [plain(`${t} `), ent("PERSON", p.familyFirst ? p.family : lone(p))]
    }
    default: return P(fullName(p))
  }
}

/** ASCII for e-mail addresses: marks dropped, æ ø ß ð þ ł đ ı spelled out. */
export function fold(s: string): string {
  const map: Record<string, string> = { æ: "ae", ø: "o", ß: "ss", ð: "d", þ: "th", ł: "l", đ: "d", ı: "i", œ: "oe" }
  return [...s.toLowerCase()].map((c) => map[c] ?? c).join("").normalize("NFD").replace(/\p{M}/gu, "").replace(/[^a-z0-9]/g, "")
}
const DOMAINS = ["example.com", "example.com", "example.net", "example.org", "mail.example.com", "post.example.net", "inbox.example.org"]
export function personalEmail(p: Person, r: Rng): string {
  const g = fold(p.given)
  const f = fold(p.family)
  const yy = String(r.range(60, 99) % 100).padStart(2, "0")
  const local = r.pick([`${g}.${f}`, `${g}.${f}`, `${g[0]}${f}${yy}`, `${f}.${g}`, `${g}${f[0]}`, `${g}_${f}`, `${g}${r.range(1, 99)}`])
  return `${local}@${r.pick(DOMAINS)}`
}
export const staffEmail = (p: Person, domain: string) => `${fold(p.given)}.${fold(p.family)}@${domain}`

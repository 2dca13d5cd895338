// People drawn from a locale's groups by origin, their written forms and e-mail addresses (folded to ASCII).
import { NAMES } from "./names.ts"
import type { Rng } from "./rng.ts"

export interface Person { given: string; family: string; g: "m" | "f" }
const groups = new Map<string, Array<{ m: string[]; f: string[]; fam: string[] }>>()
function groupsOf(tag: string) {
  if (!groups.has(tag)) groups.set(tag, NAMES[tag]!.map((s) => { const [m, f, fam] = s.split("|"); return { m: m!.split(","), f: f!.split(","), fam: fam!.split(",") } }))
  return groups.get(tag)!
}
/** Every name part a locale's lists hold (for name-word sentences). */
export function localeNames(tag: string): Set<string> {
  return new Set(groupsOf(tag).flatMap((g) => [...g.m, ...g.f, ...g.fam]).flatMap((x) => x.split(/[\s-]+/)))
}
export function drawPerson(r: Rng, tag: string): Person {
  const gr = r.pick(groupsOf(tag))
  const g = r.chance(0.5) ? "m" : "f"
  const family = tag === "es-ES" && r.chance(0.7) ? `${r.pick(gr.fam)} ${r.pick(groupsOf(tag)[r.chance(0.7) ? 0 : r.int(groupsOf(tag).length)]!.fam)}` : r.pick(gr.fam)
  return { given: r.pick(g === "m" ? gr.m : gr.f), family: family.split(" ").filter((w, i, a) => a.indexOf(w) === i).join(" "), g }
}
/** ASCII for addresses: accents dropped, ß → ss, ø → o, ł → l, dotless ı → i. */
export function fold(s: string): string {
  return s.replace(/ß/g, "ss").replace(/[øØ]/g, "o").replace(/[łŁ]/g, "l").replace(/ı/g, "i").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]/g, "").toLowerCase()
}
const TITLES: Record<string, [string, string]> = {
  en: ["Mr", "Ms"], de: ["Herr", "Frau"], fr: ["M.", "Mme"], es: ["Sr.", "Sra."], it: ["Sig.", "Sig.ra"], nl: ["Dhr.", "Mevr."], pt: ["Sr.", "Sr.ª"],
}
/** A title or form of address of the person's gender (kept outside the PERSON label). */
export function titleOf(r: Rng, lang: string, p: Person): string {
  if (lang === "en") return p.g === "m" ? r.pick(["Mr", "Mr.", "Dr"]) : r.pick(["Ms", "Mrs", "Miss", "Dr"])
  if (lang === "nl" && r.chance(0.3)) return p.g === "m" ? "meneer" : "mevrouw"
  if (lang === "fr" && r.chance(0.3)) return p.g === "m" ? "Monsieur" : "Madame"
  return TITLES[lang]![p.g === "m" ? 0 : 1]
}
/** A family name with a capitalised particle at the start of a sentence-like field ("Van den Broeck" stays). */
export const full = (p: Person) => `${p.given} ${p.family}`
/** The person's name in one of its written forms (the form letter as in the slot). */
export function form(p: Person, f: string, lang: string): string {
  switch (f) {
    case "g": return p.given
    case "f": return p.family
    case "n": return full(p)
    case "F": return `${p.family}, ${p.given}`
    case "U": return full(p).toLocaleUpperCase(lang)
    case "i": return lang === "fr" && p.given.startsWith("M") ? full(p) : `${p.given[0]}. ${p.family}`
    case "s": return fold(p.family.split(" ").pop()!).toUpperCase().split("").join("-")
  }
  throw new Error(`form ${f}`)
}
/** A personal address on a documentation domain. */
export function personalMail(r: Rng, p: Person): string {
  const g = fold(p.given)
  const f = fold(p.family)
  const user = r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}_${f}${10 + r.int(89)}`, `${f}.${g}`, `${g}${f}`])
  return `${user}@${r.pick(["example.com", "example.net", "example.org", "mail.example.com", "post.example.net"])}`
}

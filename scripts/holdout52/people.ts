// People: drawn from their locale's names, and written the ways contact-center text writes them. Every form returns
// pieces in which only the name itself is labeled PERSON (titles, `'s` and forms of address stay outside).
import type { Piece } from "./draft.ts"
import type { Lang, Locale } from "./locales.ts"
import { NAMES_EN, type NameList } from "./names-en.ts"
import { NAMES_EU } from "./names-eu.ts"
import type { Rng } from "./rng.ts"

export interface Person {
  given: string
  family: string
  fem: boolean
  /** Vocative of the given name (Polish, Czech) and of the family name (Czech men). */
  voc: string
  famVoc: string
}

/** Particles that are not name parts. */
export const PARTICLES = new Set("van der den de da das dos do di del della la le du von zu ten ter af al el y e mac ní nic ó te".split(" "))
const NAMES: Record<string, NameList> = { ...NAMES_EN, ...NAMES_EU }

export function drawPerson(r: Rng, loc: Locale, avoid: Set<string>): Person {
  const list = NAMES[loc.tag]!
  for (;;) {
    const fem = r.chance(0.5)
    const given = r.pick(fem ? list.f : list.m)
    const fams = r.pick(list.fam).split("/")
    let family = (fem ? fams[1] : fams[0]) ?? fams[0]!
    if (loc.lang === "es" && r.chance(0.8)) family += " " + r.pick(list.fam.filter((f) => f !== family))
    if (loc.lang === "pt" && r.chance(0.4)) family = r.pick(list.fam.filter((f) => !/^d/.test(f) && !family.endsWith(f))) + " " + family
    const p: Person = { given, family, fem, voc: list.voc?.[given] ?? given, famVoc: fem ? family : fams[2] ?? family }
    if (partsOf(p).some((x) => avoid.has(x.toLowerCase()))) continue
    return p
  }
}

/** Name parts: the words of the given and family names (and vocatives), particles left out. */
export function partsOf(p: Person): string[] {
  const words = [p.given, p.family, p.voc, p.famVoc].flatMap((s) => s.split(/[\s-]+/))
  return [...new Set(words.filter((x) => x.length >= 3 && !PARTICLES.has(x.toLowerCase())))]
}

const P = (t: string): Piece => ({ t, type: "PERSON" })
const lower = (s: string) => s.toLowerCase()
/** The family name standing alone: a Dutch particle takes its capital (`Van den Berg`). */
const famAlone = (p: Person, lang: Lang) => (lang === "nl" ? p.family.charAt(0).toUpperCase() + p.family.slice(1) : p.family)

const TITLES: Record<Lang, [string[], string[]]> = {
  en: [["Mr", "Mr.", "Dr"], ["Ms", "Mrs", "Ms.", "Miss", "Dr"]],
  de: [["Herr"], ["Frau"]],
  fr: [["M.", "Monsieur"], ["Mme", "Madame"]],
  es: [["Sr.", "señor"], ["Sra.", "señora"]],
  it: [["sig.", "signor"], ["sig.ra", "signora"]],
  nl: [["meneer", "dhr."], ["mevrouw", "mevr."]],
  pt: [["Sr.", "senhor"], ["Sra.", "senhora"]],
  pl: [["Pan"], ["Pani"]],
  sv: [[], []],
  da: [[], []],
  cs: [["pan"], ["paní"]],
}

function spelled(r: Rng, p: Person, caseLower: boolean): string {
  const word = p.family.split(" ").find((w) => /^\p{L}{3,}$/u.test(w) && !PARTICLES.has(w.toLowerCase())) ?? p.given
  const letters = [...(caseLower ? lower(word) : word.toUpperCase())]
  return letters.join(r.pick(["-", " ", " "]))
}

/** The title a person is given, the same all through a text. */
function titleOf(p: Person, loc: Locale): string | undefined {
  const titles = TITLES[loc.lang][p.fem ? 1 : 0].filter((t) => loc.tag === "en-US" || loc.lang !== "en" || !t.endsWith("."))
  const h = [...(p.given + p.family)].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7)
  return titles[h % Math.max(1, titles.length)]
}

/** A person written in one of the forms the templates ask for. */
export function personForm(r: Rng, p: Person, form: string, loc: Locale): Piece[] {
  const full = `${p.given} ${p.family}`
  const title = titleOf(p, loc)
  switch (form) {
    case "full": return [P(full)]
    case "given": return [P(p.given)]
    case "fam": return [P(famAlone(p, loc.lang))]
    case "title": return title ? [`${title} `, P(famAlone(p, loc.lang))] : [P(full)]
    case "tfull": return title && loc.lang !== "cs" ? [`${title} `, P(full)] : [P(full)]
    case "lower": return [P(lower(full))]
    case "lgiven": return [P(lower(p.given))]
    case "lfam": return [P(lower(p.family))]
    case "caps": return [P(full.toUpperCase())]
    case "capsfam": return [P(p.family.toUpperCase())]
    case "crm": return [P(`${p.family}, ${p.given}`)]
    case "crmcaps": return [P(`${p.family.toUpperCase()}, ${p.given}`)]
    case "initial": return [P(`${p.given.charAt(0)}. ${p.family}`)]
    case "spell": return [P(spelled(r, p, false))]
    case "lspell": return [P(spelled(r, p, true))]
    case "poss": return loc.lang === "en" ? [P(p.given), "'s"] : [P(p.given)]
    case "voc": return [P(p.voc)]
    case "tvoc": return tvoc(p, loc) ?? personForm(r, p, "title", loc)
    case "dear": return dear(p, loc)
    default: throw new Error(`unknown person form ${form}`)
  }
}

/** A form of address with the vocative: `Pani Zofio`, `Panie Piotrze`, `paní Nováková`, `pane Nováku`. */
function tvoc(p: Person, loc: Locale): Piece[] | undefined {
  if (loc.lang === "pl") return [p.fem ? "Pani " : "Panie ", P(p.voc)]
  if (loc.lang === "cs") return [p.fem ? "paní " : "pane ", P(p.famVoc)]
  return undefined
}

/** The address of a letter or a greeting: `Szanowna Pani Zofio`, `Vážená paní Nováková`, `pane Nováku`, `Liebe Anna`. */
function dear(p: Person, loc: Locale): Piece[] {
  if (loc.lang === "pl") return [p.fem ? "Szanowna Pani " : "Szanowny Panie ", P(p.voc)]
  if (loc.lang === "cs") return [p.fem ? "Vážená paní " : "Vážený pane ", P(p.famVoc)]
  if (loc.lang === "de") return [p.fem ? "Sehr geehrte Frau " : "Sehr geehrter Herr ", P(p.family)]
  if (loc.lang === "fr") return [p.fem ? "Madame " : "Monsieur ", P(p.family)]
  if (loc.lang === "es") return [p.fem ? "Estimada Sra. " : "Estimado Sr. ", P(p.family.split(" ")[0]!)]
  if (loc.lang === "it") return [p.fem ? "Gentile signora " : "Gentile signor ", P(p.family)]
  if (loc.lang === "nl") return [p.fem ? "Geachte mevrouw " : "Geachte heer ", P(famAlone(p, "nl"))]
  if (loc.lang === "pt") return [p.fem ? "Cara Sra. " : "Caro Sr. ", P(p.family.split(" ").at(-1)!)]
  if (loc.lang === "sv") return ["Hej ", P(p.given)]
  if (loc.lang === "da") return ["Kære ", P(p.given)]
  return ["Dear ", P(p.given)]
}

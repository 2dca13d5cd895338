import type { Candidate } from "../../../core/index.ts"
import { nameWords } from "./person.ts"
import { ROLES } from "./person-cues.ts"
import { KIN } from "./kin-words.ts"

// A chat export's speaker written with the role after the name in brackets, before the message's clock and a colon
// (`Mia (agent), 16:42: I'll keep an eye …`, `Mark (visitor), 15:20: Hi there.`, `Anna Berg (kund) 09:14: Hej`): the name
// at the line's start, one to three capitalised words, the first a listed given name (a firm's desk is
// written so as often: `Brightstair Lifts (agent), 15:00:`).
const ROLE_WORDS = [...new Set([...ROLES, "visitor", "guest", "caller", "user", "besucher", "visiteur", "visitante", "visitatore", "bezoeker", "besøgende", "besökare", "gość", "návštěvník"])]
const ROLE_TAG = new RegExp(
  String.raw`(?<=^|\n)[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){0,2}) \((?:${ROLE_WORDS.map((w) => w.replace(/ /g, "[ ]")).join("|")})\),?(?:[ \t][^\n:]{0,24}\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp][Mm])?)?:`,
  "giu",
)

/** Speakers written `Name (role), clock:`. */
export function roleTagNames(text: string, found: Candidate[]): void {
  for (const m of text.matchAll(ROLE_TAG)) {
    const name = m[1]!
    const words = name.split(" ")
    if (words.some((w) => nameWords.isTitle(w.toLowerCase()))) continue
    if (!nameWords.isListedFirst(words[0]!.toLowerCase())) continue
    found.push({ start: m.index + m[0].indexOf(name), end: m.index + m[0].indexOf(name) + name.length, score: 0.85 })
  }
}

// A planner's or a designer's chat tag, the role before the name (`Planerin Rieke:`, `Conceptrice Maëlle :`, `Wedding
// Planner Jess:`, `Küchenplanerin Rieke:`): the role's word (its last word ending so) is no part of the name. Only before
// a listed given name and a colon opening a line: a firm, a place or a product follows such a word as often (`Planer
// Hamburg: Termine …`, `Planner Teams: sync failed`, `Diseñadora Gráfica: Laura`).
const PLANNER_TAG = /(?<=^|\n)[ \t]*((?:[\p{L}-]+[ ])?[\p{L}-]+)[ ]+(\p{Lu}[\p{Ll}\p{M}'’-]+)[ ]?:[ \t]/gu
const PLANNER = /(?:planner|planer|planerin|designer|designerin|concepteur|conceptrice|diseñador|diseñadora|progettista|projetista|ontwerper|ontwerpster)$/u

/** Speakers written `<planner's role> <given name>:`. */
export function plannerTagNames(text: string, found: Candidate[]): void {
  for (const m of text.matchAll(PLANNER_TAG)) {
    if (!PLANNER.test(m[1]!.toLowerCase()) || !nameWords.isListedFirst(m[2]!.toLowerCase())) continue
    const start = m.index + m[0].lastIndexOf(m[2]!)
    found.push({ start, end: start + m[2]!.length, score: 0.95 })
  }
}

// A relative's or a job's word before a given name alone, the word no part of the name (`Enkel Lukas hilft ihr`,
// `Leiterin Monika erstattet € 42`, `Responsable Manon propose`, `helper Wade.`): German writes the word capitalised, and
// it was read as the name's first word. A name with a surname after it is the person recognizer's (`Bruder Gustav von
// Arnim`): read here, it lost its surname.
// A firm's, a shop's or a product's word as often as a person's (`Partner Otto hat storniert`, `helper Alexa skill`,
// `Verkäufer Douglas`): not read here.
const NOT_BEFORE_BRAND = new Set(["partner", "helper", "käufer", "verkäufer"])
const TITLED = new Set([...KIN, "enkel", "enkelin", "schwager", "schwägerin", "verlobte", "verlobter", "suegra", "suegro", "beifahrer",
  "beifahrerin", "leiter", "leiterin", "filialleiter", "filialleiterin", "responsable", "encargado", "encargada", "responsabile", "helper",
  "käufer", "käuferin", "verkäufer", "verkäuferin", "versicherte", "versicherter", "uncle", "aunt", "auntie", "onkel", "tante", "oncle",
  "tio", "tia", "tío", "tía", "zio", "zia", "oom", "grandma", "grandpa", "oma", "opa", "nonna", "nonno", "abuela", "abuelo", "avó", "avô"].filter((w) => !NOT_BEFORE_BRAND.has(w)))
// The name in a look-ahead: the word before it may be the name of the match before (`meinen Bruder Jonas`).
// Nor a surname written with a particle of any length, joined by an apostrophe or a hyphen, or after a tab or a no-break
// space (`Maria della Rovere`, `Aisha al-Rashid`, `Tom van 't Hof`, `Mary d'Angelo`, `Anna geb. Müller`), nor a month or a
// year (`Tochter Mai 2024 geboren`).
// A surname's particles, not any short word: a verb or an article after the name is none (`Enkel Lukas hat Zugriff`).
const PARTICLES = "d|de|da|di|do|du|del|della|delle|dello|degli|dalla|dos|das|des|la|le|lo|van|von|vom|zu|zum|zur|der|den|ter|ten|al|el|bin|ibn|ben|y|e|i|geb|verh|jr|sr|née|né|mac|st|los|las|af|av|ap|ní|nic|ó"
const TITLED_NAME = new RegExp(String.raw`(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]+)[ ]+(?=(\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}'’-]|[ \t\u00a0]*\(?\p{Lu}|[ \t\u00a0]+(?:(?:${PARTICLES})(?:[.'’-][ \t\u00a0]*|[ \t\u00a0]+)|['’]\p{Ll}[ \t\u00a0]+){1,3}\p{Lu}|[ \t\u00a0,.–-]*\d))`, "gu")
const MONTHS = new Set(["mai", "juni", "juli", "august", "april", "may", "june", "abril", "julio", "mayo", "maggio", "giugno", "avril", "juin", "juillet", "août", "mei", "augustus"])

/** Given names alone after a relative's or a job's word (above). */
export function titledNames(text: string, found: Candidate[]): void {
  for (const m of text.matchAll(TITLED_NAME)) {
    const given = m[2]!
    if (!TITLED.has(m[1]!.toLowerCase()) || !nameWords.isPlainFirst(given.toLowerCase()) || MONTHS.has(given.toLowerCase())) continue
    const start = m.index + m[0].length
    found.push({ start, end: start + given.length, score: 0.9 })
  }
}

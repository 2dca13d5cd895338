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
const TITLED = new Set([...KIN, "enkel", "enkelin", "schwager", "schwägerin", "verlobte", "verlobter", "suegra", "suegro", "beifahrer",
  "beifahrerin", "leiter", "leiterin", "filialleiter", "filialleiterin", "responsable", "encargado", "encargada", "responsabile", "helper",
  "käufer", "käuferin", "verkäufer", "verkäuferin", "versicherte", "versicherter", "uncle", "aunt", "auntie", "onkel", "tante", "oncle",
  "tio", "tia", "tío", "tía", "zio", "zia", "oom", "grandma", "grandpa", "oma", "opa", "nonna", "nonno", "abuela", "abuelo", "avó", "avô"])
// The name in a look-ahead: the word before it may be the name of the match before (`meinen Bruder Jonas`).
const TITLED_NAME = /(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]+)[ ]+(?=(\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}'’-]|[ ]+(?:\p{Lu}|(?:\p{Ll}{1,3}[ ]){1,2}\p{Lu})))/gu

/** Given names alone after a relative's or a job's word (above). */
export function titledNames(text: string, found: Candidate[]): void {
  for (const m of text.matchAll(TITLED_NAME)) {
    const given = m[2]!
    if (!TITLED.has(m[1]!.toLowerCase()) || !nameWords.isPlainFirst(given.toLowerCase())) continue
    const start = m.index + m[0].length
    found.push({ start, end: start + given.length, score: 0.9 })
  }
}

import type { Candidate } from "../../../core/index.ts"
import { nameWords } from "./person.ts"
import { ROLES } from "./person-cues.ts"

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

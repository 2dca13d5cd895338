import { phraseAlternation, type Candidate } from "../../../core/index.ts"
import { nameWords } from "./person.ts"
import { ORGANISATION_WORDS } from "./organisation-words.ts"
import { GREETINGS } from "./person-cues.ts"
import { PLACES_AND_BRANDS } from "../data/everyday-words.ts"

// A call's first line as a desk answers it, the agent's given name between the firm's and a greeting or the line's end
// (`AGENT: Paketdienst Gotthard, Claudia, grüezi.`, `AGENT : Clinique vétérinaire des Fagnes, Aurélie, bonjour.`,
// `AGENT: PakkeLyn kundeservice, Mette.`), no place. The desk's tag is the agent's, in the covered languages; the
// firm's words before it hold no comma, and no greeting opens them (`AGENT: Hello, Sarah, …` greets a caller). Only the
// first such line: a later reply has the same shape (`Agent: It's the Grand Hotel, Florence.`).

const AGENT_TAGS = ["agent", "agente", "agentin", "operator", "operatore", "operatrice", "operador", "operadora", "opérateur", "opératrice", "conseiller",
  "conseillère", "mitarbeiter", "mitarbeiterin", "medewerker", "medewerkster", "konsulent", "konsultant", "konsultantka", "atendente", "rådgiver",
  "rådgivare", "handläggare", "medarbejder", "rep", "advisor", "adviser", "desk", "support", "receptionist", "réception", "empfang"]
// The tags as written in lower case, capitalised or in capitals: the name after them is read case-sensitively, then
// what follows it case-blind.
const cases = (words: readonly string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
const GREETING = phraseAlternation([...GREETINGS, "grüezi", "god dag", "goddag", "godmorgen", "goedenavond", "bom dia", "boa tarde", "dzień dobry", "how can i help", "how may i help"])
// A line's agent tag (a stamp may stand before it): the first such line is read (FIRST_TAG), from there the opening.
const TAG = String.raw`^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?:${phraseAlternation(cases(AGENT_TAGS))})[ \t]*:`
const FIRST_TAG = new RegExp(TAG, "mu")
const OPENING = new RegExp(
  String.raw`${TAG}[ \t]*([\p{L}][^,\n\d:]{1,60}?),[ \t]+(\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]+){0,2})([^\n]{0,40})`,
  "muy",
)
const AFTER_NAME = new RegExp(String.raw`^(?:,[ \t]*(?:${GREETING})(?![\p{L}])|[ \t]+speaking(?![\p{L}])|[.!][ \t]*$)`, "iu")
const PLACES = new Set(PLACES_AND_BRANDS)
const GREETING_FIRST = new RegExp(String.raw`^(?:${GREETING})(?![\p{L}])`, "iu")

/** The agent's name on the desk's opening line of `text` (0.85), its first line with an agent's tag: one finding. */
export function deskOpeningNames(text: string, found: Candidate[]): void {
  const tag = FIRST_TAG.exec(text)
  if (!tag) return
  OPENING.lastIndex = tag.index
  const m = OPENING.exec(text)
  if (!m) return
  const [, desk, name, tail] = m
  if (!AFTER_NAME.test(tail!)) return
  // A firm's name, two capitalised words or a firm's word, not a reply (`AGENT: Of course, London.`).
  const firm = desk!.trim()
  const firmWords = firm.split(/\s+/)
  if (GREETING_FIRST.test(firm) || (firmWords.filter((w) => /^\p{Lu}/u.test(w)).length < 2 && !firmWords.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())))) return
  // A listed given name first: a department sits there as often (`Agent: City Hospital, Maternity, hello.`).
  const words = name!.toLowerCase().split(/[ -]/)
  if (!nameWords.isListedFirst(words[0]!) || words.some((w) => ORGANISATION_WORDS.has(w) || PLACES.has(w) || nameWords.isTitle(w) || (nameWords.isOrdinary(w) && !nameWords.isListedFirst(w)))) return
  const start = m.index + m[0].indexOf(name!, m[0].indexOf(",") + 1)
  found.push({ start, end: start + name!.length, score: 0.85 })
}

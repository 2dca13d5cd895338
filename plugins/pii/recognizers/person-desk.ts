import { ANSWERING_PHONE } from "./person-cues.ts"

// A call's opening by its desk: the agent's speaker tag, maybe a greeting, the company's name, then the agent naming
// themself (`Agent: Harbour Gas and Water, Quang speaking.`, `Saksbehandler: Nordlys Bilutleie, du snakker med Vegard`,
// `Klienditeenindaja: Linna Soojus, räägib Jaan`). The capitalised words before the agent's name are the desk's.

// The tag opening the line (after a stamp or emoji), then a greeting of the desk's own (`Good morning, …`).
const TAG_BEFORE = /^[^\p{L}\p{N}\n]*(?:\[[^\]\n]*\][ \t]*)?\p{L}[\p{L} -]{0,30}:[ \t]*$/u
const GREETED_BEFORE = /^[^\p{L}\p{N}\n]*(?:\[[^\]\n]*\][ \t]*)?\p{L}[\p{L} -]{0,30}:[ \t]*(?:good (?:morning|afternoon|evening)|thanks for calling|thank you for calling|welcome to|buenos días|buenas tardes|bom dia|boa tarde|bonjour|guten (?:tag|morgen)|god (?:morgen|dag)|dobar dan|dobrý deň|dzień dobry|hyvää päivää|tere päevast)[,!]?[ \t]*$/iu
// After the company's name (the rest of it, `and Water`, then a comma): the agent's introduction, or a word and the
// verb of one answering the phone (`Quang speaking`, `Fatmir am Apparat`, `Aino puhelimessa`).
const AGENT_AFTER = new RegExp(`^, [^\\p{L}\\n]{0,12}(?:(?:my name's|my name is|this is|you're through to|you're speaking (?:to|with)|du snakker med|du taler med|du pratar med|det er|det är|le atiende|le habla|habla|räägib|sie sprechen mit|vous parlez avec|vous êtes bien|je spreekt met|u spreekt met|parla|fala|puhut|mówi|govori|hovorí|на зв'язку)|\\p{L}[\\p{L}\\p{M}'’-]* (?:${ANSWERING_PHONE}|у телефона))(?![\\p{L}])`, "iu")

/** Whether the run `start..end` is the desk's name at a call's opening, before its agent names themself. */
export function deskOpening(text: string, line: number, start: number, end: number, known: boolean): boolean {
  // The comma first (most names have none within 40 units on their line), then what follows it.
  let comma = end
  while (comma < end + 40 && comma < text.length && text.charCodeAt(comma) !== 44 && text.charCodeAt(comma) !== 10) comma++
  if (text.charCodeAt(comma) !== 44 || !AGENT_AFTER.test(text.slice(comma, comma + 50))) return false
  const before = text.slice(line, start)
  return TAG_BEFORE.test(before) || (!known && GREETED_BEFORE.test(before))
}

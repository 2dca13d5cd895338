import type { Candidate } from "../../../core/index.ts"
import { nameWords } from "./person.ts"
import { PARTICLES } from "./person-cues.ts"
import { PLACE_WORDS } from "../data/everyday-words.ts"
import { lineStartMatches } from "./line-matches.ts"

const PARTICLE_SET = new Set([...PARTICLES, "i", "nic", "mac", "mc", "ó", "ní", "uí", "te", "van der", "dela"])
// Who a transcript's or a caption's tag names when it names no one (`<v Speaker 2>`, `[Agent]`, `<v Narrator>`).
const PLACES = new Set(PLACE_WORDS.map((w) => w.toLowerCase()))
const NOT_SPEAKERS = new Set(["speaker", "agent", "customer", "caller", "client", "interviewer", "interviewee", "narrator", "host", "guest", "operator", "unknown", "note", "music", "inaudible", "crosstalk", "laughter", "silence", "applause", "driver", "dispatcher", "staff", "voice", "voices", "all", "both", "man", "woman", "child"])

/** Every word of a run is a name's: none an everyday word (a listed first name may be both), none a tag's role word. */
function nameRun(run: string): boolean {
  const words = run.split(/[ \t]+/)
  let named = 0
  for (const w of words) {
    const lower = w.toLowerCase()
    if (PARTICLE_SET.has(lower)) continue
    if (!/^\p{Lu}/u.test(w) && w !== lower) return false
    if (NOT_SPEAKERS.has(lower) || PLACES.has(lower) || nameWords.isOrdinary(lower) || nameWords.isTitle(lower)) return false
    named++
  }
  return named >= 1 && !PARTICLE_SET.has(words[words.length - 1]!.toLowerCase())
}

// A cue's timing line of WebVTT or SubRip (`00:00:20.447 --> 00:00:24.502`).
const CUE_TIMING = /\d\d:\d\d[.,]\d{3}[ \t]+-->[ \t]+\d/
// A bracketed speaker opening a line: two to five capitalised or capital words (`[NIAMH KAVANAGH]`, `[CIAN NIC
// GIOLLA-BHRÍDE]`, `[Manon De Smet]`), particles among them.
const BRACKET_TAG = /^[ \t]*\[((?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Ll}{1,3})(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Ll}{1,3})){1,4})\]/gmu
// WebVTT's voice tag, the spec's speaker (`<v Avneet Gagnon>`, `<v.loud Mette Holm>`), whatever follows it.
const VOICE_TAG = /<v(?:\.[\w.-]+)*[ \t]+([^<>\n\d]{2,60})>/gu

/** Speakers a transcript's or a caption's tags name: a voice tag, or a bracketed name opening lines after cue timings. */
export function speakerTags(text: string, found: Candidate[]): void {
  const voiced = new Set<string>()
  if (text.includes("<v")) {
    VOICE_TAG.lastIndex = 0
    for (let m = VOICE_TAG.exec(text); m; m = VOICE_TAG.exec(text)) {
      const run = m[1]!.trim()
      if (!/^\p{Lu}/u.test(run) || !nameRun(run)) continue
      const start = m.index + m[0].indexOf(run)
      found.push({ start, end: start + run.length, score: 0.95 })
      voiced.add(run.toLowerCase())
    }
  }
  if (!text.includes("[")) return
  const cued = CUE_TIMING.test(text)
  const tags: { start: number; run: string }[] = []
  BRACKET_TAG.lastIndex = 0
  // Counted once: a filter over every tag for each tag took minutes on a log of a megabyte with a tag on each line.
  const count = new Map<string, number>()
  for (let m = BRACKET_TAG.exec(text); m; m = BRACKET_TAG.exec(text)) {
    tags.push({ start: m.index + m[0].indexOf("[") + 1, run: m[1]! })
    count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1)
  }
  for (const tag of tags) {
    // Without cue timings, a bracketed run is a speaker only when it opens several lines (a chat's or a minute's tags)
    // and holds a listed given name: a log's own tags repeat too (`[Main Thread]`, `[Kafka Consumer]`). With them, one
    // that opens a single line is a speaker by a listed given name or a voice tag's name (not `[BACKGROUND NOISE]`).
    const repeated = count.get(tag.run)! >= 2
    const listed = tag.run.split(" ").some((w) => nameWords.isListedFirst(w.toLowerCase()))
    if (!voiced.has(tag.run.toLowerCase()) && !(cued && repeated) && !(listed && (cued || repeated))) continue
    if (nameRun(tag.run)) found.push({ start: tag.start, end: tag.start + tag.run.length, score: 0.95 })
  }
}

// A note's header: a date, a time, the writer by initial and surname, a colon (`26 Sept 2026 12.20 A. O'Brien:`,
// `2026. nov. 14. 18.00 Szabó K.:`, `2. 5. 2026 17.55 K. Nováková:`, `19/02/2026 16h10 B. da Costa:`, `02/06/2026 10:00 С. Иванов:`, `August 9, 2026 12.30 P. Dizon:`).
const NOTE_DATE = String.raw`(?:\d[\d./-]{4,9}\d|\d{4}-\d\d-\d\d|\d{4}\. \p{L}{2,5}\. \d{1,2}\.|\d{1,2}\.? \p{L}{3,9}\.? \d{2,4}|\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\. \d{1,2}\. \d{4}|\d{4}\. gada \d{1,2}\. \p{L}{3,9}\.?)`
const NOTE_WRITER = String.raw`(\p{Lu}\.(?: (?:\p{Ll}{1,3}|Ó|Ní|Mac|Te|Di|De|Da|Van|Von|Le|La|Du))* \p{Lu}[\p{L}\p{M}'’-]+|\p{Lu}[\p{Ll}\p{M}'’-]+ \p{Lu}\.)`
// Or a call note's title and number before the date, and the writer after a dash ending the line (`Call note #195827 –
// 28 Jan 2026 11:15 – N. Te Whata`).
const NOTE_HEADER = new RegExp(String.raw`^[ \t]*(?:[^\n–—:]{1,30}[ \t][–—][ \t]+)?${NOTE_DATE},?[ \t]+\d{1,2}[:.h]\d\d(?:[ \t]?[AP]M)?[ \t]+(?:${NOTE_WRITER}[ \t]*:|[–—][ \t]+${NOTE_WRITER.replace("(", "(?<dashed>")}[ \t]*$)`, "muy")

/** A note's writer named in its header after a date and a time. */
export function noteWriters(text: string, found: Candidate[]): void {
  for (const m of lineStartMatches(NOTE_HEADER, text)) {
    const name = m[1] ?? m.groups!.dashed!
    const start = m.index + m[0].lastIndexOf(name)
    found.push({ start, end: start + name.length, score: 0.9 })
  }
}

// A delivery's stop or an invoice's recipient: the key, a name, a comma, then a postcode or a place with a number
// (`Drop 18: CAOIMHE Ó SÚILLEABHÁIN, D03 T7W9 —`, `Stop 7: mark anthony bautista, 6635 —`, `Bill to: OWEN LEBLANC, K0N 2M3`).
const STOP_LINE = /^[ \t]*(?:(?:Drop|Stop) \d{1,3}|#\d{1,3}|Bill to)[ \t]*:[ \t]+([\p{L}\p{M}'’-]+(?: [\p{L}\p{M}'’-]+){0,4}), (?=[^\n,—]{0,15}\d)/muy

// A word of three letters or more, or a time of day: `8248 pt` is a Dutch postcode written in lower case.
const COUNT_AFTER = /^\d+[ \t]+(?:\p{Ll}{3}|[ap]m(?!\p{L}))/u

/** The person a delivery stop or an invoice's `Bill to:` names before the postcode. */
export function stopNames(text: string, found: Candidate[]): void {
  for (const m of lineStartMatches(STOP_LINE, text)) {
    const run = m[1]!
    // A count after the comma is no postcode (`#2: Login Bug, 14 reports`, `Stop 2: Bus Depot, 2 boxes`, `…, 2 pm`).
    if (COUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue
    const capital = run === run.toUpperCase() || run === run.toLowerCase() || run.split(" ").every((w) => /^\p{Lu}/u.test(w) || PARTICLE_SET.has(w))
    // In lower case, only a run with a listed given name: an everyday place is written so too (`bus depot`).
    const lowerRun = run === run.toLowerCase()
    if (!capital || !nameRun(run) || (lowerRun && !run.split(" ").some((w) => nameWords.isListedFirst(w)))) continue
    const start = m.index + m[0].lastIndexOf(run)
    found.push({ start, end: start + run.length, score: 0.9 })
  }
}

/** Names a transcript's speaker tags, a note's header, a delivery's stops or an invoice's recipient line give. */
export function recordNames(text: string, found: Candidate[]): void {
  speakerTags(text, found)
  noteWriters(text, found)
  stopNames(text, found)
}

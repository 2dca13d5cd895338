import { spelledNames } from "./person-spelled.ts"
import { plannerTagNames, roleTagNames, titledNames } from "./person-role-tags.ts"
import { repeatedLowerTags } from "./person-lower-tags.ts"
import { bracketedNicknames } from "./person-nicknames.ts"
import { cardNames } from "./person-cards.ts"
import { lineSurnameFirst } from "./person-surname-lines.ts"
import { deskOpeningNames } from "./person-desk-opening.ts"
import { defineRecognizer, wordMap, type Candidate } from "../../../core/index.ts"
import { nameWords } from "./person.ts"
import { ORGANISATION_WORDS } from "./organisation-words.ts"
import { isLetterUnit } from "./letter-unit.ts"
import { opensKey, opensLine, opensTag } from "./line-start.ts"
import { NEVER_NAMES } from "./person-cues.ts"
import { CALL_FOR, CONTACT_KEYS, KIN_KEYS, NAME_KEYS, NOT_ADDRESSED, STAFF_TAGS, TEXT_GREETINGS } from "./person-contact-words.ts"

// Where a desk writes whom to reach, the words around a name say it is one, listed or not, in any case: a staff member's
// turn tag (`Agent hiruni dissanayake:`), a call for someone on a number (`Please call Nkosana on 078 …`, `Llamar a
// Facundo Hernández al …`, `Best number for Jahni Wainwright is …`), whoever can be reached on one, a contact's, a
// relative's or a carer's key (`Kontakt: viera balážová, tel. …`, `Daughter: JAYASURIYA Dilani`, `Carer Grace.`), a
// name key's cell of two words, a text message's greeting (`hi constance,`), whose a thing is before a number, a mail's
// `cc` line, a voicemail's caller before their firm. A name of two words found so is found again in the same text.

// A word of a name, any case (`hiruni`, `JAYASURIYA`, `O'Brien`, `Jean-Luc`, `ní`), and one to four of them.
const W = String.raw`\p{L}[\p{L}\p{M}'’-]*`
const NAME = String.raw`(${W}(?: ${W}){0,3})`
// Emoji and their joiners a chat or a form sets before a name or a number (`Please call 👤 Despo … on 📞 22 …`).
const SIGNS = String.raw`(?:[\p{Extended_Pictographic}\uFE0F\u200D]+[ \t]*)?`
const DIGIT_WORD = "zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple"
// What stands between a name and the number to reach them on: `on`, `at`, `al`, `au`, `på`, `fuq`, `unter`, `pelo`, `is`…
const LINK = "on|at|al|au|à|på|fuq|unter|pelo|pela|em|no|na|op|an|su|a|en|ao|is|er|ir|je|est|es|é|è|är|om|di|ni|az|pe|la|по|на|за"
// Or a phone's key typed against it (`Ring øyvind bråthen Mobil:+47…`).
// A number to call has six digits or more, or opens with `+` or a bracket: not a time or a count (`Try Settings at 3`).
const NUMBER_AFTER = String.raw`(?:,[ \t]+the \p{Ll}+,)?[ \t]+(?:(?:${LINK})[ \t]+${SIGNS}(?:[+(]|\d(?:[ \t./-]?\d){5}|(?:${DIGIT_WORD})\b)|(?:mobil|mobile|tel|tlf|tfn)[.:][ \t]*\+?\d)`

// The cues are looked up word by word in the text (one lookup each), their phrases compared in its lower-cased copy (same
// length), and only what follows a cue is read by an expression: one expression listing hundreds of cues in three cases,
// scanning every text, made the whole analyzer a tenth slower.
const STAFF_TAG = /[ \t]+(\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,2}):/uy
const CALL = new RegExp(String.raw`[ \t]+${SIGNS}${NAME}(?=${NUMBER_AFTER})`, "iuy")
const REACHED = new RegExp(String.raw`(?<=^|\n|[.!?:][ \t]+)${SIGNS}${NAME}(?= can be reached (?:on|at) )`, "gu")
// A key opens a line, a sentence, a cell or a speaker's turn (`Caller: Kontakt: ľubomír žiak, tel. …`); its name ends at a
// comma, a cell's bar, the line's or the sentence's end, a bracket or a phone's word.
const KEYED = new RegExp(String.raw`(?:[ \t]*:|[ \t]+\||(?=[ \t]))[ \t]*${SIGNS}${NAME}(?=[ \t]*(?:,|\||\r?\n|$|\.(?:[ \t]|\r?\n|$))|[ \t]+\(|[ \t]+(?:tel|tél|тел)[.:])`, "iuy")
// Whose a thing is, before a number for them in the next clause (`Bag tag 0047… belongs to grace; best number +44 …`).
const BELONGS = /(?<![\p{L}\p{M}])(?:belongs to|pertenece a|appartient à|appartiene a|pertence a)[ \t]+(?:[\p{Extended_Pictographic}\uFE0F\u200D]+[ \t]*)?(\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,2})(?=[;,.][ \t]+(?:\p{L}+[ \t]+){0,2}(?:number|phone|mobile|tel|número|numéro|numero|teléfono|téléphone|telefono|telefone))/gu
// A mail's copy line written without its colon (`cc Clive Bossano`).
const COPIED = /^(?:cc|bcc|Cc|CC)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){1,2})(?=[ \t]*(?:<|,|\r?$))/gmu
// A chat export's speaker in lower case after its stamp, bracketed or in round brackets (`[14:13] summer wainwright: …`,
// `(08:14) rosie: …`, `[lun. 12:40] yasmina : …`, `[…] aimé moreau: …`; not a log's level, `[WARN] kim :`): two or
// three words, or a given name no list calls a word too.
const STAMPED = /^[ \t]*(?:\[(?:[^\]\n\d]{0,29}\d[^\]\n]{0,29}|…|\.\.\.)\]|\(\d{1,2}[:.h]\d\d(?::\d\d)?(?:[ \t]?[ap]\.?m\.?)?\))[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]*(?: \p{Ll}[\p{Ll}\p{M}'’-]*){0,2})[ \t]?:/gmu
// Who says their name opening a voicemail, before the firm they call from, two capitalised words or a brand's glued ones
// (`hier ist Nadja von Pulse Leisure`, `sóc Laia de Omsorg Plus`, `c'est Noémie de AirHub …`): the name, not the particle
// and the firm's words after it; a surname after a particle stays (`met Sem de Vries,`).
const INTRO_WORDS = ["this is", "it's", "it is", "here is", "habla", "soy", "sóc", "c'est", "je suis", "ici", "sono", "qui è", "hier ist", "hier spricht", "tukaj", "ovdje", "ovde",
  "aqui é", "sou", "met", "hier is", "det er", "här är", "täällä", "tady je", "tu je", "mówi", "itt", "aici este", "este", "говорит", "это", "обажда се"]
// What follows it is read on the text as written: the name is capitalised.
const INTRO_FROM = new RegExp(String.raw`[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+)?) (?:from|de|di|da|von|vom|van|iz|fra|från|z|ze|из|от|od) (?:\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}[\p{Ll}\p{M}]+ \p{Lu})`, "uy")
const GREETED = new RegExp(String.raw`[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]+(?: \p{Ll}[\p{Ll}\p{M}'’-]+)?),`, "uy")
// Which of those a word may open (`if` of `if no answer try`), as bits; what may stand before it on its line.
const STAFF = 1
const CALLING = 2
const KEY = 4
const GREETING = 8
const INTRO = 16
const firstWord = (phrase: string) => phrase.split(/[ '’]/)[0]!
const CUE_LISTS = [[STAFF_TAGS, STAFF], [CALL_FOR, CALLING], [[...CONTACT_KEYS, ...KIN_KEYS, ...NAME_KEYS], KEY], [TEXT_GREETINGS, GREETING], [INTRO_WORDS, INTRO]] as const
const CUE_FIRST = wordMap(CUE_LISTS.reduce((m, [list, bit]) => {
  for (const p of list) m.set(firstWord(p), (m.get(firstWord(p)) ?? 0) | bit)
  return m
}, new Map<string, number>()))
// Each cue's phrases by their first word, the longest first.
const PHRASES = new Map<string, Array<[string, number]>>()
for (const [list, bit] of CUE_LISTS) for (const p of list) PHRASES.set(firstWord(p), [...(PHRASES.get(firstWord(p)) ?? []), [p, bit] as [string, number]])
for (const list of PHRASES.values()) list.sort((a, b) => b[0].length - a[0].length)
/** Where the longest phrase of a cue that opens at `at` ends in the lower-cased text, or -1. */
function phraseEnd(text: string, at: number, end: number, bit: number): number {
  for (const [p, b] of PHRASES.get(text.slice(at, end).toLowerCase()) ?? []) {
    if (b & bit && text.slice(at, at + p.length).toLowerCase() === p && !isLetter(text.charCodeAt(at + p.length))) return at + p.length
  }
  return -1
}
const isLetter = isLetterUnit
/** Each word of the text with the bits of the cues it may open, `[start, bits, end]`. */
function cueWords(text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = []
  for (let i = 0, n = text.length; i < n; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++
      continue
    }
    let end = i + 1
    while (end < n && isLetter(text.charCodeAt(end))) end++
    const bits = CUE_FIRST.getRange(text, i, end)
    if (bits) out.push([i, bits, end])
    i = end
  }
  return out
}
const stickyAt = (re: RegExp, text: string, at: number) => {
  re.lastIndex = at
  return re.exec(text)
}
// Cheap tests before the costlier expressions: most texts hold no firm after a particle and no copy line.
const FIRM_AFTER = / (?:from|de|di|da|von|vom|van|iz|fra|från|z|ze|из|от|od) [A-ZÀ-ÞА-Я]/
const COPY_LINE = /(?:^|\n)(?:b?cc|Cc|CC)[ \t]/
const HEADER_ROW = /^[ \t]*\|[ \t]*:?-/
const PHONE_AFTER = /^,?[ \t]*(?:tel|tél|tlf|tfn|telefon|phone|mob|mobil|mobile|tālr|тел|☎|📞|📱|\+?\d)/iu
const KIN_SET = new Set(KIN_KEYS)
// A cue's own word is no name after another cue (`Caller can be reached …`, `| Contact | Role |`).
const CUE_WORDS = new Set([...NEVER_NAMES, ...STAFF_TAGS, ...CONTACT_KEYS, ...KIN_KEYS, ...NAME_KEYS, "caller", "customer", "client", "note", "notes", "bot", "role", "member", "user", "patient", "guest"])
const NAME_KEY_SET = new Set(NAME_KEYS)

/** Whether the words of a value are a person's: no everyday word that is no first name, no firm's word, no title alone. */
function nameLike(value: string, lowerOneNeedsList: boolean): boolean {
  const words = value.split(" ")
  const lower = value === value.toLowerCase()
  const capital = words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|da|di|do|dos|van|von|der|den|la|le|del|della|ní|ó|bin|binti)$/.test(w))
  if (!lower && !capital) return false
  if (!/^\p{L}/u.test(value) || /^(?:de|da|di|do|dos|van|von|der|den|la|le|del|della)$/i.test(words[0]!)) return false
  // A given name that is also a word opens a name whose surname is none (`Mercy Sibanda`, `rose entwistle`).
  const surnamed = words.length > 1 && !nameWords.isOrdinary(words.at(-1)!.toLowerCase())
  // A surname in capitals first, then the given name, which may be a word too (`FERNÁNDEZ Sol`, `MIFSUD Rose`).
  const capsFirst = words.length === 2 && words[0]!.length > 2 && words[0] === words[0]!.toUpperCase() && /^\p{Lu}\p{Ll}/u.test(words[1]!)
  for (const [i, w] of words.entries()) {
    const l = w.toLowerCase()
    if (w.length < 2 || ORGANISATION_WORDS.has(l) || NOT_ADDRESSED.has(l) || CUE_WORDS.has(l) || nameWords.isTitle(l.replace(/\.$/, ""))) return false
    if (w.length <= 3 && w === w.toUpperCase() && /\p{Lu}/u.test(w)) return false
    if (nameWords.isOrdinary(l) && !nameWords.isListedFirst(l) && !(i === 0 && surnamed) && !(i === 1 && capsFirst)) return false
  }
  if (words.length === 1 && lower && lowerOneNeedsList) return nameWords.isListedFirst(words[0]!)
  return true
}

/** A greeted word opening a name: no everyday word, a listed given name that is one too neither (`hi mark down,`). */
const greetedFirst = (w: string) => !nameWords.isOrdinary(w) && (nameWords.isPlainFirst(w) || !nameWords.isListedFirst(w))

function push(found: Candidate[], start: number, value: string, score: number): void {
  found.push({ start, end: start + value.length, score })
}

/** A lower-case speaker's given name: no everyday word (`will: …`, `mark: …`). */
const TAG_WORDS = { isFirst: (w: string) => nameWords.isPlainFirst(w) && !nameWords.isOrdinary(w), isOrdinary: nameWords.isOrdinary }

/** Where a match's last group starts in the text. */
const groupAt = (m: RegExpExecArray, g: string) => m.index + m[0].lastIndexOf(g)

export const personContacts = defineRecognizer({
  type: "PERSON",
  name: "person-contact",
  score: 0.85,
  find(text) {
    const found: Candidate[] = []
    // The cue words are looked up in the text as written; most texts hold none, and are not lower-cased.
    const cues = cueWords(text)
    const written = (m: RegExpExecArray, g: number) => m[g]!
    // A firm after a particle, looked for once and only where an introduction opens.
    let firm: boolean | undefined
    for (const [at, bits, wordEnd] of cues) {
      let m: RegExpExecArray | null
      const after = (bit: number, re: RegExp) => {
        const e = bits & bit ? phraseEnd(text, at, wordEnd, bit) : -1
        return e < 0 ? null : stickyAt(re, text, e)
      }
      // One capitalised word there is a name when listed (`Agent Status:` is a field).
      if (bits & STAFF && opensTag(text, at) && (m = after(STAFF, STAFF_TAG))) {
        const name = written(m, 1)
        if (nameLike(name, true) && (name.includes(" ") || nameWords.isListedFirst(m[1]!.toLowerCase()))) push(found, groupAt(m, m[1]!), name, 0.85)
      }
      // A lone lower-case word called is a name when listed (`ring mum on`, `Llamar a información al`, `Best number for delivery is`).
      if ((m = after(CALLING, CALL)) && nameLike(written(m, 1), true)) push(found, groupAt(m, m[1]!), m[1]!, 0.85)
      if (bits & GREETING && opensLine(text, at) && (m = after(GREETING, GREETED)) && nameLike(m[1]!, false) && greetedFirst(m[1]!.split(" ")[0]!)) push(found, groupAt(m, m[1]!), m[1]!, 0.75)
      if (bits & INTRO && (firm ??= FIRM_AFTER.test(text)) && (m = after(INTRO, INTRO_FROM)) && nameLike(m[1]!, false)) push(found, m.index + m[0].indexOf(` ${m[1]!} `) + 1, m[1]!, 0.9)
      if (bits & KEY && opensKey(text, at) && (m = after(KEY, KEYED))) keyed(text, text.slice(at, m.index).toLowerCase(), m, written(m, 1), found)
    }
    if (text.includes(" can be reached ")) for (const m of text.matchAll(REACHED)) if (nameLike(m[1]!, false)) push(found, groupAt(m, m[1]!), m[1]!, 0.85)
    if (text.includes("belong") || text.includes("pert") || text.includes("appart")) for (const m of text.matchAll(BELONGS)) if (nameLike(m[1]!, false)) push(found, groupAt(m, m[1]!), m[1]!, 0.8)
    if ((text.includes("cc ") || text.includes("CC ") || text.includes("Cc ")) && COPY_LINE.test(text)) for (const m of text.matchAll(COPIED)) if (nameLike(m[1]!, false)) push(found, groupAt(m, m[1]!), m[1]!, 0.8)
    // A chat's speaker opens with a given name (`[09:40] maria kahale:`), not a system's line (`[10:04] system notice:`).
    if (text.includes("]") || text.includes(")")) for (const m of text.matchAll(STAMPED)) if (nameLike(m[1]!, true) && nameWords.isListedFirst(m[1]!.split(" ")[0]!) && (m[1]!.includes(" ") || nameWords.isPlainFirst(m[1]!))) push(found, groupAt(m, m[1]!), m[1]!, 0.8)
    cardNames(text, found)
    if (text.includes(", ")) {
      lineSurnameFirst(text, found)
      deskOpeningNames(text, found)
    }
    if (text.includes(" ") && /\p{L}(?:[ -]| - )\p{L}(?:[ -]| - )\p{L}(?![\p{L}])/u.test(text)) spelledNames(text, found, nameWords.isListedFirst)
    if (text.includes(") ") || text.includes("),")) roleTagNames(text, found)
    if (text.includes(":")) plannerTagNames(text, found)
    titledNames(text, found)
    if (text.includes(":")) for (const f of repeatedLowerTags(text, TAG_WORDS)) push(found, f.start, text.slice(f.start, f.end), f.score!)
    if (text.includes("(")) bracketedNicknames(text, nameWords.isListedFirst, nameWords.isOrdinary, found)
    if (!found.length) return found
    // A text whose lower case is longer (`İ`) finds its names again as written.
    const lower = text.toLowerCase()
    return found.concat(again(text, lower.length === text.length ? lower : text, found))
  },
})

/** A contact's, a relative's, a carer's or a name's key and the name after it (`Kontakt: viera balážová, tel. …`). */
function keyed(text: string, key: string, m: RegExpExecArray, value: string, found: Candidate[]): void {
  const at = groupAt(m, m[1]!)
  const colon = /^[ \t]*[:|]/.test(m[0])
  // Without a colon only a relative's or a carer's word opening a sentence (`Carer Grace.`), not a short word that is
  // another language's (`Sin embargo`, `Son …`).
  // Nor a sentence it opens (`Carer visits daily.`, `Daughter called back.`): such a name is capitalised, or opens with a
  // listed given name (`Carer tharindu senanayake.`).
  if (!colon && (!KIN_SET.has(key) || key.length < 5 || !(/^\p{Lu}/u.test(value) || nameWords.isListedFirst(value.split(" ")[0]!)))) return
  // A table's header row names its columns (`| Contact | Role | Phone |` over `|---|`).
  const next = text.indexOf("\n", at) + 1
  if (next > 0 && m[0].includes("|") && HEADER_ROW.test(text.slice(next, next + 6))) return
  const phone = PHONE_AFTER.test(text.slice(at + value.length, at + value.length + 12))
  // A name key's lone word is a name only when listed (`| Name | Dilani |` is read by person-field when it is).
  if (NAME_KEY_SET.has(key) && value.split(" ").length < 2) return
  if (nameLike(value, !phone)) push(found, at, value, colon ? 0.85 : 0.8)
}

/** The same names of two words or more elsewhere in the text; one found capitalised, only where it is capitalised again. */
function again(text: string, lowered: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = []
  const seen = new Set<string>()
  for (const f of found) {
    const name = text.slice(f.start, f.end)
    const key = name.toLowerCase()
    // A lone word found again might be another's given name or a word (`Mark` of `Mark Côté`, `Jordan cruise`).
    if (seen.has(key) || !name.includes(" ")) continue
    seen.add(key)
    // A capitalised name is found again capitalised only; as a whole word, not inside one.
    const capital = /^\p{Lu}/u.test(name)
    for (let at = lowered.indexOf(key); at >= 0; at = lowered.indexOf(key, at + 1)) {
      const end = at + key.length
      if (at === f.start || (at > 0 && isLetter(lowered.charCodeAt(at - 1))) || (end < lowered.length && isLetter(lowered.charCodeAt(end)))) continue
      if (!capital || /^\p{Lu}/u.test(text[at]!)) out.push({ start: at, end, score: 0.6 })
    }
  }
  return out
}

// A name written in lower case, found once by its cue (`told ciarán we'd text`, `[10:09] madison:`), stands elsewhere in
// the same text without one (`- ciarán rang again`, `- ciarán fitzgerald collected 172-D-13086`): notes, chats and
// speech-to-text write a person the same way each time. The person recognizer's copy of the text capitalises it there too.
// Here too the cues of contact that name a person written in lower case after them (person-case.ts reads them).

// Who a note says was called or spoken with (`tel w/ isla`, `rappel thibault`, `sentito salvatore`, `skambino rūta`); a
// ferry's passenger and a Filipino aunt or uncle in lower case (`pax niamh lindqvist`, `my tita rosario`). Not a bare `w/`
// (`salmon w/ rosemary`).
export const CONTACTED = ["keyholder", "key holder", "kh1", "kh2", "kh3", "through to", "put through to", "ben", "täällä", "ovdje", "ovde", "tu je", "det er", "det är", "aquí está", "tel w/", "spoke w/", "spk w/", "spk to", "spk with", "call w/", "cb w/", "talked w/", "met w/", "chat w/", "pax", "tita", "tito", "spoke to", "spoke with", "rang", "phoned", "rappel", "rappelé", "appelé", "sentito", "chiamato", "richiamato", "volala",
  "volal", "volali", "zavolal", "zavolala", "skambino", "paskambino", "обадих се на", "обади се", "говорих с", "rief", "angerufen", "llamó", "habló con",
  // Whom a note left a message for, told or agreed with, and who a second contact is (`left msg for quang`, `message
  // laissé à nadège`, `combinei com greice`, `second contact is hannah blackwell`).
  // Each phrase opens with a rarer word where it can (`laissé à`, not `message laissé à`; `beskjed til`, not `la igjen …`):
  // every word that opens one is tried against them all wherever it stands.
  "left msg for", "left a message for", "left message for", "leaving a message for", "told", "laissé à", "laissé un message à",
  "deixei recado pra", "deixei recado para", "combinei com", "dejé recado a", "dejé recado para", "quedé con", "beskjed til",
  "besked til", "aftalt med", "contact is",
  // A voicemail's greeting and its caller calling again, and an agent's closing question, in speech-to-text (`hello,
  // message for keisha... it's maria`, `message pour sandrine... c'est encore inès`, `agent: lovely, anything else sinéad`).
  "message for", "message pour", "mensaje para", "messaggio per", "bericht voor", "mensagem para", "meddelande till", "nachricht für",
  "wiadomość dla", "vzkaz pro", "c'est encore", "soy otra vez", "sono di nuovo", "é outra vez", "tady zase", "tu znowu", "anything else"]

// What a note's item says its first word did, as an alternation (`- ciarán rang again`, `- jérôme a rappelé`): called back.
export const CALLED = "rang|called|phoned|a rappelé|volvió a llamar|ringte|ringede|ringde|soitti|helistas|volal|volala|ligou|hat nochmals"

const WORD_AT = /[\p{L}\p{M}'’-]+/uy
const SURNAME_AT = /^ (\p{Ll}[\p{L}\p{M}'’-]*)/u
// After the surname: the clause's end, or the next word (a verb takes the surname with it).
const AFTER_SURNAME = /^(?:[ \t]*(?:[.,;:!?()\n]|$)| (\p{Ll}[\p{L}\p{M}'’-]*))/u
const WORD_UNIT = /[\p{L}\p{M}\p{N}'’_@-]/u
// An English verb in the past after it (`ciarán fitzgerald collected …`), as a note reports what someone did.
const PAST_TENSE = /^\p{Ll}{3,}ed$/u

const WORD_BEFORE = /(?:^|[^\p{L}\p{M}'’-])([\p{L}\p{M}'’-]+) $/u
/** Whether the word at `i` follows a first name (`kirsty fraser`): a surname there, whatever it is elsewhere. */
const surnameSlot = (out: string, i: number, isFirst: (word: string) => boolean) => {
  const before = WORD_BEFORE.exec(out.slice(Math.max(0, i - 30), i))?.[1]
  return before !== undefined && isFirst(before.toLowerCase())
}
const wordUnit = (out: string, i: number) => i >= 0 && i < out.length && WORD_UNIT.test(out[i]!)

/**
 * The positions to capitalise besides `at`: every other whole-word lower-case occurrence of a word at one of `at` that is
 * a known first name and no everyday word (`isFirst`), and the surname after it (`isSurname`) before a verb (`isVerb`).
 */
export function lowerNamesAgain(out: string, at: readonly number[], isFirst: (word: string) => boolean, isSurname: (first: string, second: string) => boolean, isVerb: (word: string) => boolean): number[] {
  const names: string[] = []
  // Looked up by position, in place: a long text of many names asks about each (a copy or a scan per pair was quadratic).
  const atSet = new Set(at)
  for (const i of at) {
    // A surname capitalised after its first name (`kirsty fraser`) is no first name to look for.
    if (out.charCodeAt(i - 1) === 32 && atSet.has(wordStartBefore(out, i - 1))) continue
    WORD_AT.lastIndex = i
    const word = WORD_AT.exec(out)?.[0]
    if (word && word === word.toLowerCase() && !names.includes(word) && isFirst(word)) names.push(word)
  }
  const more: number[] = []
  // Where each name and surname pair stands among `at`, looked up once per pair (a scan of `at` per occurrence was quadratic).
  const pairs = new Map<string, number[]>()
  for (const name of names) {
    for (let i = out.indexOf(name); i >= 0; i = out.indexOf(name, i + 1)) {
      const end = i + name.length
      if (wordUnit(out, i - 1) || wordUnit(out, end) || atSet.has(i) || surnameSlot(out, i, isFirst)) continue
      more.push(i)
      // Its surname where the text wrote the two together at a cue too (`caller: mark owusu` … `- mark owusu rang`), or where
      // the clause ends after it or a verb follows it (`johan åström.`, `dafydd vaughan is moving out`): any word may
      // follow a first name (`jorge reportó la lectura`, `amra kaže da`).
      const surname = SURNAME_AT.exec(out.slice(end, end + 40))?.[1]
      if (!surname || !isSurname(name, surname)) continue
      const after = AFTER_SURNAME.exec(out.slice(end + 1 + surname.length, end + 40 + surname.length))
      if (after?.[1] === undefined ? after !== null : isVerb(after[1]) || PAST_TENSE.test(after[1])) more.push(end + 1)
      else if (together(out, at, pairs, `${name} ${surname}`, i)) more.push(end + 1)
    }
  }
  return more
}

/** Where the word ending at `end` (exclusive) starts: `end` itself when no letter, mark, apostrophe or hyphen ends there. */
function wordStartBefore(out: string, end: number): number {
  let j = end
  while (j > 0 && NAME_UNIT.test(out[j - 1]!)) j--
  return j
}
const NAME_UNIT = /[\p{L}\p{M}'’-]/u

/** Whether `pair` stands at one of `at` besides `i`; `pairs` keeps each pair's places once found. */
function together(out: string, at: readonly number[], pairs: Map<string, number[]>, pair: string, i: number): boolean {
  let where = pairs.get(pair)
  if (!where) pairs.set(pair, (where = at.filter((j) => out.startsWith(pair, j))))
  return where.some((j) => j !== i)
}

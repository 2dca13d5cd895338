import type { Candidate } from "../../../core/index.ts"

// A name spelled letter by letter, as a summary or a transcript writes what the caller spelled (`Name spelled: M U L D E
// R`, `Navnet stavet: N-I-E-L-S-E-N`, `Caller gave the name as C H E N`, `cognome?⏎cliente: m a r i n o`): three
// letters or more, each alone, parted by single spaces, single dashes or spaced dashes (`n - o - w - a - k`) throughout, in one case, after a word for
// spelling or for a name within the 60 units before (on its line or the one before). Without such a word a run of
// letters is a code, a grade or an acronym read out (`options a b c`, `A-B-C-D`).
const SPELLED = /(?<![\p{L}\p{M}\p{N}'’-])\p{L}\p{M}*(?:(?:[ ]\p{L}\p{M}*){2,}|(?:-\p{L}\p{M}*){2,}|(?:[ ]-[ ]\p{L}\p{M}*){2,})(?![\p{L}\p{M}\p{N}]|[ ]?-[ ]?\p{L})/gu
const CUE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:spell(?:ed|t|ing)?|name|surname|last name|family name|buchstabiert|buchstabieren|nachname|familienname|épel(?:é|ée|er)|nom|deletread[oa]|deletrea|apellidos?|soletrad[oa]|soletra|sobrenome|apelido|compitat[oa]|compitare|cognome|gespeld|spellen|achternaam|naam|stavet|staver|efternavn(?:et)?|navnet?|bokstaverat|bokstavera|efternamn(?:et)?|namnet?|that['’]s|that is|przeliterowane|przeliterował[ao]?|nazwisko|hláskováno|hláskuji|příjmení|jméno|tavattu|sukunimi|nimi|stave|etternavn(?:et)?|tavata|tavaatko|sukunime\p{L}*|prezime|slovkati|priezvisk\p{L}*|hláskovať|priimek|črkujte|vezetéknev\p{L}*|betűzze|silabisi\p{L}*|επώνυμο|συλλαβιστά|συλλαβίστε)(?![\p{L}])`,
  "iu",
)

/** Letter runs spelled after a word for spelling or for a name: one finding each, the whole run. */
export function spelledNames(text: string, found: Candidate[]): void {
  for (const m of text.matchAll(SPELLED)) {
    const letters = m[0].replace(/[ -]/g, "")
    if (letters !== letters.toUpperCase() && letters !== letters.toLowerCase()) continue
    // The line before counts too: a transcript's question, then the caller's turn spelling the answer.
    const lineStart = text.lastIndexOf("\n", m.index - 1)
    const from = Math.max(0, m.index - 60, text.lastIndexOf("\n", lineStart - 1) + 1)
    if (CUE.test(text.slice(from, m.index)) || spellsWordBefore(text, m.index, letters)) found.push({ start: m.index, end: m.index + m[0].length, score: 0.85 })
  }
}

// The word said right before the letters, a comma or a space between (`amina durand, d-u-r-a-n-d`, `Anna Zima, Z I M A`).
const WORD_BEFORE = /([\p{L}\p{M}]+)[ \t]*,?[ \t]*$/u

/** Whether the letters spell the word right before them, four letters or more: a name said, then spelled, needs no other cue. */
function spellsWordBefore(text: string, at: number, letters: string): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))
  const before = m?.[1]
  if (before === undefined || before.length < 4 || before.length !== letters.length || before.toLowerCase() !== letters.toLowerCase()) return false
  // A code, a reference or a password said and spelled is no name (`the code is abcd, a b c d`).
  const lineStart = text.lastIndexOf("\n", at - 1) + 1
  return !CODE_KEY.test(text.slice(lineStart, at - m![0].length))
}
const CODE_KEY = /(?:^|[^\p{L}])(?:code|codes|ref|reference|password|passcode|pin|id|username|user name|login|postcode|zip|kód|kod|código|codice|kode|koodi|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|lösenord|hasło|heslo)(?![\p{L}])/iu

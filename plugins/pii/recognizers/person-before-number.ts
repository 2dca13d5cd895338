import { BOOKING_ROLES, ROLE_NOUNS } from "./person-cues.ts"

// A name between the word for who someone is and the number to reach them on: `Vet nurse Breesha 07624 401536`, `ask for
// Hope on +44 1624 745105`, `My daughter Ó Conghaile 091 975989`, `Room 415 guest Mrs Tjiriange: 00264 81 …`, `Technik
// Dušan na 0903 167 229`. The role before and the phone after say a person stands between them, so the name need be no
// listed first name (`Breesha`, `Mereoni`), and may be one that is also a word (`Grace`, `Hope`, `Will`).

// Whom a desk sends or a caller gives a number for, in the covered languages: carers and nurses, trades, officers, family
// and neighbours, guests; the words of the role lists besides.
const ROLES_BEFORE_NUMBER = [
  "nurse", "vet nurse", "veterinary nurse", "officer", "housing officer", "warden", "caretaker", "porter", "friend", "tenant", "lodger", "flatmate",
  "infirmier", "infirmière", "assistant vétérinaire", "assistante vétérinaire", "technicienne", "ingénieur", "plombier", "électricien", "conjoint",
  "conjointe", "mari", "frère", "sœur", "ami", "amie", "hôte",
  "enfermera", "enfermero", "técnica", "ingeniero", "ingeniera", "electricista", "esposo", "pareja", "amigo", "amiga", "huésped",
  "infermera", "infermer", "tècnic", "tècnica", "enginyer", "enginyera", "lampista", "veí", "veïna", "fill", "filla", "parella", "marit", "germà", "germana",
  "enfermeira", "enfermeiro", "engenheiro", "engenheira", "canalizador", "filho", "filha", "companheiro", "companheira", "hóspede",
  "infermiera", "infermiere", "ingegnere", "idraulico", "elettricista", "compagno", "compagna", "ospite",
  "pflegerin", "pfleger", "praxisassistentin", "tierarzthelferin", "technikerin", "ingenieur", "ingenieurin", "sanitär", "partnerin", "bruder",
  "schwester", "gast",
  "infirmière", "noper", "nopesch", "jong", "meedchen", "duechter", "gaascht",
  "sykepleier", "dyrepleier", "tekniker", "montør", "ingeniør", "rørlegger", "elektriker", "sønn", "datter", "samboer", "kone", "gjest",
  "sygeplejerske", "dyrlægeassistent", "veterinærsygeplejerske", "søn", "kæreste", "mand", "gæst",
  "slaugytoja", "slaugytojas", "technikas", "technikė", "montuotojas", "inžinierius", "kaimynas", "kaimynė", "sūnus", "dukra", "duktė", "partneris",
  "partnerė", "vyras", "žmona", "brolis", "sesuo", "svečias", "svečiė",
  "medmāsa", "tehniķis", "montieris", "inženieris", "kaimiņš", "kaimiņiene", "dēls", "meita", "partnere", "vīrs", "sieva", "brālis", "māsa", "viesis", "viesė",
  "sestra", "technik", "technička", "montér", "inžinier", "sused", "susedka", "syn", "dcéra", "partnerka", "manžel", "manželka", "brat", "hosť",
  "tehnik", "tehnica", "monter", "inženir", "sosed", "soseda", "sin", "hči", "hčerka", "mož", "žena", "gost", "gostja",
  "ápoló", "ápolónő", "asszisztens", "technikus", "szerelő", "mérnök", "szomszéd", "szomszédom", "fiam", "lányom", "párom", "férjem", "feleségem",
  "bátyám", "öcsém", "nővérem", "húgom", "vendég",
  "медсестра", "ветсестра", "техник", "мастер", "инженер", "монтёр", "монтер", "сосед", "соседка", "сын", "дочь", "муж", "жена", "брат", "сестра",
  "партнёр", "партнер", "гость", "гостья",
  "ветеринарна сестра", "техникът", "монтьор", "съседът ми", "съседката ми", "синът ми", "дъщеря ми", "съпругът ми", "съпругата ми", "братът ми",
  "сестра ми", "партньорът ми", "гост", "гостът",
  // Asking for someone by name at a desk: `ask for`, `demandez`, `pregunte por`, `fragen Sie nach`, `spør etter`.
  "ask for", "ask after", "demandez", "demander", "pregunte por", "pregunta por", "preguntar por", "pregunteu per", "pergunte por", "chieda di",
  "chiedere di", "fragen sie nach", "verlangen sie", "frot no", "spør etter", "spørg efter", "klauskite", "jautājiet pēc", "pýtajte sa na",
  "vprašajte za", "keresse", "спросите", "попитайте за",
]
// Roles a company, a desk or a carrier fills as often as a person (`contact Acme on …`, `courier Evri on …`).
const NOT_HERE = new Set(["contact", "contatto", "name", "customer", "cust", "client", "cliente", "clienta", "clientul", "kunde", "kund", "klient", "klientka",
  "zákazník", "zákaznice", "asiakas", "member", "primary member", "holder", "recipient", "empfänger", "destinataire", "destinatario", "destinatário",
  "mottagare", "modtager", "mottaker", "specialist", "representative", "supervisor", "manager", "consultant", "titular", "titolare", "kd.", "klantnaam",
  "interlocuteur", "ansprechpartner", "employee", "gp", "referred by gp", "driver", "courier", "rider", "fahrer", "fahrerin", "kurier", "kurierin",
  "bezorger", "bezorgster", "livreur", "livreuse", "repartidor", "repartidora", "le atiende", "titular da conta", "kontoinnehavare", "cardholder",
  "account holder", "planner", "parent", "child", "kind", "an",
  // Short words of another language's sentences (Norwegian `nok`, Spanish `sin`, Swedish `man`, `far`, `mor`).
  "nok", "nan", "gran", "man", "far", "mor", "sin", "mand"])
const CUES = new Set([...ROLE_NOUNS, ...BOOKING_ROLES, ...ROLES_BEFORE_NUMBER].map((w) => w.toLowerCase()).filter((w) => !NOT_HERE.has(w)))
const LONGEST_CUE = Math.max(...[...CUES].map((w) => w.split(" ").length))
// Every cue's last word: a phrase read back from the word before a name ends with that word, so a word that ends no cue
// ends none of the phrases built back from it.
const CUE_ENDINGS = new Set([...CUES].map((w) => w.slice(w.lastIndexOf(" ") + 1)))

// Titles a desk writes between the role and the name (`guest Mrs`, `gaascht Här`, `hosť p.`, `viesis kdz.`, `gost ga.`).
const TITLES_BETWEEN = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "mme", "mlle", "m", "monsieur", "madame", "herr", "frau", "här", "madamm", "sr", "sra",
  "srta", "don", "doña", "sig", "sig.ra", "signor", "signora", "hr", "fru", "p", "pán", "pani", "pan", "kdz", "kgs", "g", "ga", "gospod", "gospa",
  "úr", "asszony", "ponas", "ponia", "г-н", "г-жа", "г-жо", "господин", "госпожа"])

// A number: a country code, a bracket or a digit, then seven digits or more among spaces, dots, dashes and slashes (an
// ASCII pattern, found fast; the words before it are read only where one stands).
const NUMBER = /(?:\+|\(\+?)?\d[\d \t().\/-]{5,22}\d/g
// Between the name and the number: a space, a colon or a comma, maybe a word for `on`/`at`, a dash.
const LINK_BEFORE = /[\p{L}\p{M}](?:[ \t:,][ \t]*[:,]?[ \t]*(?:(?:on|at|al|au|na|pa|på|a|op|am|unter|em|no|en|ar|per|за|на|по)[ \t]+)?[-–—]?[ \t]*)$/u
const digitCount = (s: string) => {
  let n = 0
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++
  return n
}
// A word of a name: capitalised (`Breesha`, `O'Donovan`, `Jean-Luc`, `LeBlanc`), or an Irish capital particle (`Ó`, `Ní`).
const CAPITAL_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:['’-]?\p{Lu}?[\p{Ll}\p{M}]+)*|Ó|Ní|Uí|Nic|Mac|Mhic)$/u
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}'’-]+$/u
// Their first unit first: an ASCII unit that is no capital opens no capitalised word, one that is no lower-case letter no
// lower-case word (each number's words are asked both).
const capitalWord = (w: string) => (w.charCodeAt(0) >= 128 || (w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90)) && CAPITAL_WORD.test(w)
const lowerWord = (w: string) => (w.charCodeAt(0) >= 128 || (w.charCodeAt(0) >= 97 && w.charCodeAt(0) <= 122)) && LOWER_WORD.test(w)
// Surname particles inside a name (`de la Croix`, `Van den Bossche`, `von Gunten`).
const PARTICLES = new Set(["de", "da", "di", "del", "della", "la", "le", "van", "von", "den", "der", "du", "dos", "das", "ter", "ten", "mac", "y"])

export interface NameWords {
  /** A lower-case word is a listed first name that is no everyday word. */
  isPlainFirst(w: string): boolean
  /** A lower-case word is a listed first name, an everyday word or not. */
  isFirst(w: string): boolean
  /** A lower-case word is an everyday word that is no first name. */
  isOrdinary(w: string): boolean
}

/**
 * The names standing between a role, a relative's word or a desk's `ask for` and a phone number after them, each
 * `{ start, end }`. `text` has its emoji blanked (offsets unchanged). Each number looks back over its own line only, at
 * most 90 units, so the cost is linear in the text.
 */
export function namesBeforeNumbers(text: string, words: NameWords): Array<{ start: number; end: number; score: number }> {
  const out: Array<{ start: number; end: number; score: number }> = []
  // Where the current number's line starts, moved forward with the numbers (a long line is not read back once per number).
  let line = 0
  let newline = text.indexOf("\n")
  NUMBER.lastIndex = 0
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const at = m.index
    if (at === 0 || digitCount(m[0]) < 7) continue
    const c = text.charCodeAt(at - 1)
    // A digit or a letter glued to it makes it part of an id (`C89708414`, `ID12345678`).
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue
    while (newline >= 0 && newline < at) newline = text.indexOf("\n", (line = newline + 1))
    const lineStart = Math.max(line, at - 90)
    // LINK_BEFORE ends with a space, a tab, a colon, a comma or a dash: most numbers follow one, not all.
    const link = c === 32 || c === 9 || c === 58 || c === 44 || c === 45 || c === 0x2013 || c === 0x2014 ? LINK_BEFORE.exec(text.slice(Math.max(lineStart, at - 24), at)) : null
    if (!link) continue
    const name = nameBefore(text, lineStart, at - link[0].length + 1, words)
    if (name) out.push({ ...name, score: 0.85 })
  }
  return out
}

/** The name ending at `end` when a cue stands right before it (a title may come between), else undefined. */
function nameBefore(text: string, lineStart: number, end: number, words: NameWords): { start: number; end: number } | undefined {
  // The word right before the number first: most numbers follow a key or an everyday word (`Tel`, `phone`, `ring`).
  let space = end - 1
  while (space >= lineStart && text.charCodeAt(space) !== 32 && text.charCodeAt(space) !== 9) space--
  const lastWord = text.slice(space + 1, end)
  const lastLower = lastWord.toLowerCase()
  if (!(capitalWord(lastWord) || lowerWord(lastWord)) || words.isOrdinary(lastLower) || CUES.has(lastLower) || TITLES_BETWEEN.has(bare(lastWord))) return undefined
  // The line's text before the name split at runs of spaces and tabs (an empty token first when one opens it), and where each starts.
  const tokens: string[] = []
  const starts: number[] = []
  for (let from = lineStart; ; ) {
    let to = from
    while (to < end && !isBlank(text.charCodeAt(to))) to++
    tokens.push(text.slice(from, to))
    starts.push(from)
    if (to >= end) break
    from = to
    while (from < end && isBlank(text.charCodeAt(from))) from++
  }
  const last = tokens.length - 1
  if (last < 1) return undefined
  const capital = capitalWord(tokens[last]!)
  if (!capital && !lowerWord(tokens[last]!)) return undefined
  // Name lengths from the longest (four words) to one, read back from the number; the first with a cue before wins.
  let best: number | undefined
  for (let n = 1; n <= Math.min(4, last); n++) {
    const word = tokens[last - n + 1]!
    const lower = word.toLowerCase()
    const particle = PARTICLES.has(word)
    if (capital ? !(capitalWord(word) || (particle && n > 1)) : !lowerWord(word)) break
    if (!particle && (words.isOrdinary(lower.endsWith("s") ? lower.replace(/['’]s$/, "") : lower) || CUES.has(lower) || TITLES_BETWEEN.has(bare(word)))) break
    if (!particle && cueEnds(tokens, last - n + 1, words)) best = n
  }
  if (best === undefined) return undefined
  const first = last - best + 1
  // Lower case only for a listed first name (`my partner giselle`), one that is also a word only with a surname after it
  // (`my son wade hebert`, not `my son will …`).
  if (!capital && !(best === 1 ? words.isPlainFirst(tokens[first]!) : best === 2 && words.isFirst(tokens[first]!))) return undefined
  // A particle opens a name only after a title (`Mme de la Croix`).
  if (PARTICLES.has(tokens[first]!) && !TITLES_BETWEEN.has(bare(tokens[first - 1]!))) return undefined
  return { start: starts[first]!, end: starts[last]! + tokens[last]!.length }
}
const isBlank = (c: number) => c === 32 || c === 9
/** Whether the token's last unit is one of `units`. */
const endsWithUnit = (token: string, units: string) => token.length > 0 && units.includes(token[token.length - 1]!)
/** The token in lower case without the dots, colons and commas closing it. */
const bare = (token: string) => {
  let end = token.length
  while (end > 0 && (token.charCodeAt(end - 1) === 46 || token.charCodeAt(end - 1) === 58 || token.charCodeAt(end - 1) === 44)) end--
  return (end < token.length ? token.slice(0, end) : token).toLowerCase()
}
/** The word without what opens it before its first letter (a bracket, a quote); one opening with an ASCII letter is as it is. */
const fromLetter = (word: string) => {
  const c = word.charCodeAt(0) | 32
  return word.length === 0 || (c >= 97 && c <= 122) ? word : word.replace(/^[^\p{L}]+/u, "")
}

/** Whether the tokens before `i` end with a cue, maybe a title after it. */
function cueEnds(tokens: readonly string[], i: number, words: NameWords): boolean {
  let end = i
  if (end > 1 && TITLES_BETWEEN.has(bare(tokens[end - 1]!)) && /^\p{L}/u.test(tokens[end - 1]!)) end--
  const last = fromLetter(bare(tokens[end - 1] ?? ""))
  // A comma after the cue belongs to a clause of its own (`officer, ask for`), not to the cue.
  if (!last || endsWithUnit(tokens[end - 1]!, ",:;")) return false
  // A capitalised first name is a name's first word, not a cue (`Mari Kask`, though `mari` is French for husband).
  if (/^\p{Lu}/u.test(tokens[end - 1]!) && words.isFirst(last)) return false
  if (!CUE_ENDINGS.has(last)) return false
  let phrase = last
  for (let k = 1; k <= LONGEST_CUE && end - k >= 0; k++) {
    if (CUES.has(phrase)) return true
    const prev = tokens[end - k - 1]
    if (prev === undefined || endsWithUnit(prev, ",:;.")) return false
    phrase = `${fromLetter(bare(prev))} ${phrase}`
  }
  return false
}

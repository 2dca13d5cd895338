import { defineRecognizer, type Candidate } from "../../../core/index.ts"
import { nameWords } from "./person.ts"
import { withoutMarks } from "./letter-unit.ts"

// A person's handle on a social network or a messenger, spelled from their name: a mention (`@tonyaMcBride: 1 star`,
// `@SianJonesCardiff`, `@ana_rebelo`) or a chat export's sender (`aoife_mc: hiya`, `linnea.h: hej!`, `tiago.fsilva: boas`).
// The handle is personal data as the name is: the whole handle is reported. Only a handle joined from parts (`_`, `.`,
// digits, or a capital inside) whose first part is a known given name and no everyday word: `@MovilStar`,
// `@StreamNest`, `order_status:` and `@support` name no one; a plain `@Priya` is the person recognizer's mention.

// A mention's `@` not inside an address (`anna@example.com`), then the handle; or a handle opening a line (after a
// bracketed or bare time stamp, a quote's mark, a bullet or an emoji), then its colon.
const MENTION = /(?<![\p{L}\p{N}._%+-])@([\p{L}][\p{L}\p{M}\p{N}._]{2,29})/dgu
const SENDER = /^[^\p{L}\p{N}\n[]{0,16}(?:\[[^\]\n]{1,30}\][ \t]*|\d{1,2}:\d\d(?::\d\d)?[ \t]*(?:[-–—|][ \t]*)?)?([\p{L}][\p{L}\p{M}\p{N}._]{2,29}):[ \t]/dgmu
// Where a handle's parts meet: a separator or digits, or a small letter before a capital (`tonyaMcBride`).
const PARTS = /[._\d]+|(?<=\p{Ll})(?=\p{Lu})/u
const JOINED = /[._\d]|\p{Ll}\p{Lu}/u
const KEY_UNLIKE = /[.\d]|\p{Ll}\p{Lu}|_\p{L}{1,3}$/u

// A later part that names a system, not a person (`kevin_service:`, `sara.config:`, `molly_db:`).
const SYSTEM_PARTS = new Set(["service", "svc", "config", "cfg", "conf", "ops", "db", "bot", "api", "app", "test", "tests", "prod", "dev", "stage",
  "staging", "admin", "support", "team", "info", "id", "ref", "status", "log", "logs", "job", "jobs", "task", "sync", "backup", "bak", "tmp", "temp",
  "old", "new", "server", "host", "node", "queue", "cron", "data", "env", "key", "token", "user", "users", "mail", "sms", "web", "www", "io", "com",
  // A shop's or a brand's account (`@LauraAshleyUK`, `@Alexa_Help`), a file (`laura_cv.docx:`) or a machine (`nina.local:`).
  "uk", "us", "usa", "eu", "help", "helps", "retail", "official", "hq", "care", "shop", "store", "global", "news", "cv", "pdf", "doc", "docx",
  "xls", "xlsx", "csv", "txt", "jpg", "jpeg", "png", "zip", "local", "lan"])
// A domain's ending after a dot (`@elena.es`, `@sofia.de`) or a year (`@jan.2024`): an address's part or a date, no handle.
const DOMAIN_END = /\.(?:\d+|com|net|org|io|co|de|es|pt|fr|it|nl|be|ch|at|ie|se|dk|no|fi|pl|cz|eu|info|biz)$/iu

/** The handle's first part is a known given name, the handle is joined from parts, and none of the others names a system (see above). */
function personal(handle: string): boolean {
  if (!JOINED.test(handle) || DOMAIN_END.test(handle)) return false
  const [first, ...rest] = handle.split(PARTS).map((p) => p.toLowerCase())
  if (first!.length < 3 || !nameWords.isPlainFirst(first!)) return false
  return rest.every((p) => !SYSTEM_PARTS.has(p))
}

// A login under its key, spelled from a name the same text writes (`Nachname: Schröder … Login: aschroeder`, `Identifiant :
// t.dubois`): initials, then the surname, or the given name, then initials. A login that spells no name of the text
// (`Login: admin`, `User: kiosk7`) is left alone.
const LOGIN = /(?:^|[\n|;\t])(?:[*-]{1,2} ?)?(?:[Ll]ogin(?:[ _]?[Ii][Dd])?|[Uu]ser(?:[ _]?(?:[Nn]ame|[Ii][Dd]))?|[Uu]sername|[Uu]suario|[Uu]tente|[Ii]dentifiant|[Gg]ebruikersnaam|[Aa]nvändare|[Aa]nvändarnamn|[Bb]rugernavn|[Bb]rukernavn|[Uu]tilizador|[Kk]äyttäjätunnus|[Bb]enutzer(?:name)?|[Uu]żytkownik|[Nn]azwa użytkownika)[ \t*]*[:=\t][ \t*]*([\p{Ll}\p{N}][\p{Ll}\p{N}._]{2,40})[ \t]*(?=\r?\n|$|[|;\t])/dgu
// In brackets after the name, its key or none (`Ingrid Sommerfeld (Login isommerfeld)`, `Wang Lei (wanglei)`).
const LOGIN_BRACKET = /\((?:[Ll]ogin|[Uu]ser(?:name)?|[Uu]suario|[Uu]tente|[Ii]dentifiant|[Gg]ebruiker|[Bb]enutzer(?:name)?|[Aa]nvändare|[Bb]rukernavn|[Tt]unnus)?[ \t]*:?[ \t]*([\p{Ll}][\p{Ll}\p{N}._]{2,40})\)/dgu
const CAPITAL_WORD = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’]{3,}/gu
const NAME_BEFORE = /(?:(?:\p{Lu}[\p{L}\p{M}'’-]+|de|da|di|del|van|von|der|den|ten|ter|le|la|du|dos|das)[ \t]+){1,5}$/u
const folded = (w: string) => withoutMarks(w.toLowerCase()).replace(/['’]/g, "")
const GERMAN = (w: string) => w.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")

/** The capitalised words of `text` as a login spells them: folded, and with German umlauts written out. */
const spellings = (text: string) => new Set([...text.matchAll(CAPITAL_WORD)].flatMap((w) => [folded(w[0]), GERMAN(w[0])]))

/** A bracketed login spelled from the name just before it, every letter from it, in its order or the surname first: one word whole (a given name or a
 * surname of four letters or more) and the others' initials or whole, in the name's order (`isommerfeld`, `sommerfeldi`,
 * `wanglei`, `jdevries`, `mcdubois`). A word and a few letters more (`zalando.de`, `opened`, `webers`) spell nothing. */
function bracketSpelled(login: string, name: string): boolean {
  // Only a name's words, no everyday word (`Google Drive (gdrive)`, `Apple Music (applemusic)`).
  const all = name.trim().split(/[ \t]+/).filter(Boolean)
  if (all.length < 2 || all.some((w) => w.length > 3 && nameWords.isOrdinary(folded(w)))) return false
  return spelledFrom(login, all) || spelledFrom(login, [...all].reverse())
}

function spelledFrom(login: string, words: string[]): boolean {
  const options = words.map((w) => {
    const whole = [...new Set([folded(w).replace(/-/g, ""), GERMAN(w).replace(/['’-]/g, "")])]
    const parts = w.split("-").filter(Boolean)
    const initials = [...new Set([folded(w)[0]!, parts.map((x) => folded(x)[0]).join("")])]
    return { whole, initials }
  })
  // Depth-first: at each word, skip it, its initials, or the whole word; at least two words used, one of them whole.
  const go = (i: number, at: number, used: number, wholeLong: boolean): boolean => {
    if (at === login.length) return used >= 2 && wholeLong
    if (i === words.length) return false
    const o = options[i]!
    for (const w of o.whole) if (login.startsWith(w, at) && go(i + 1, at + w.length, used + 1, wholeLong || w.length >= 4)) return true
    for (const w of o.initials) if (login.startsWith(w, at) && go(i + 1, at + w.length, used + 1, wholeLong)) return true
    return go(i + 1, at, used, wholeLong)
  }
  return go(0, 0, 0, false)
}

function logins(text: string, found: Candidate[]): void {
  const keyed = /[:=\t]/.test(text)
  if (!keyed && !text.includes("(")) return
  let names: Set<string> | undefined
  for (const m of [...(keyed ? text.matchAll(LOGIN) : []), ...(text.includes("(") ? text.matchAll(LOGIN_BRACKET) : [])]) {
    const login = m[1]!.toLowerCase().replace(/[._\d]+/g, "")
    // In brackets, spelled from the name just before them (bracketSpelled): a whole word is a word (`Help Desk (desk)`).
    if (m[0].startsWith("(")) {
      if (bracketSpelled(login, NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[0] ?? "") && !SYSTEM_PARTS.has(login))
        found.push({ start: m.indices![1]![0], end: m.indices![1]![1], score: 0.75 })
      continue
    }
    names ??= spellings(text)
    // Up to three initials before the name or after it: looked up, not compared with every word of the text.
    let spelled = false
    for (let k = 0; k <= 3 && !spelled && login.length - k >= 4; k++) spelled = names.has(login.slice(k)) || names.has(login.slice(0, login.length - k))
    if (spelled && !SYSTEM_PARTS.has(login)) found.push({ start: m.indices![1]![0], end: m.indices![1]![1], score: 0.75 })
  }
}

export const personHandle = defineRecognizer({
  type: "PERSON",
  name: "person-handle",
  score: 0.75,
  find(text) {
    const found: Candidate[] = []
    logins(text, found)
    // A sender's colon after a letter, a digit, a dot or an underscore (`maria88: hola`, `annaK: hi`, `linnea.h: hej`).
    if (!text.includes("@") && !/[\p{L}\p{N}._]:[ \t]/u.test(text)) return found
    for (const re of [MENTION, SENDER]) {
      for (const m of text.matchAll(re)) {
        // A mark ending the handle is the sentence's (`ask @ana_rebelo.`).
        const handle = m[1]!.replace(/[._]+$/, "")
        // A sender joined only by underscores from words is as often a key of a record (`iban_rejected:`, `bon_de_labo:`):
        // a dot, digits, a capital inside or a short last part (`aoife_mc`) it must have.
        if (!personal(handle) || (re === SENDER && !KEY_UNLIKE.test(handle))) continue
        const start = m.indices![1]![0]
        found.push({ start, end: start + handle.length, score: 0.75 })
      }
    }
    return found
  },
})

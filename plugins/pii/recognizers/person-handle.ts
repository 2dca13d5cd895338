import { defineRecognizer, type Candidate } from "../../../core/index.ts"
import { nameWords } from "./person.ts"

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

export const personHandle = defineRecognizer({
  type: "PERSON",
  name: "person-handle",
  score: 0.75,
  find(text) {
    const found: Candidate[] = []
    if (!text.includes("@") && !/[._\p{Ll}]:[ \t]/u.test(text)) return found
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

import { contextMatcher, labelledValueOf } from "../../../core/index.ts"
import { cutShort, lineStartWithin } from "./line-start.ts"
// A capitalised word that names a thing by the noun right after it: an id or a document (`Grant ref:`), a travel card.

/** Whether a word names a thing, not a person, by the id or document noun right after it (`Grant ref:`, `Grant paperwork`, a travel card: `my Opal card`). */
export const nounAfterName = (text: string, start: number, end: number): boolean =>
  text.charCodeAt(end) === 32 && mayOpen(THING_FIRST, text.charCodeAt(end + 1)) && THING_AFTER.test(text.slice(end, end + 14)) && (!CARD_AFTER.test(text.slice(end, end + 7)) || OWNED_BEFORE.test(text.slice(Math.max(0, start - 8), start)))
// A travel card or a pass is a thing after a possessive or an article (`my Opal card`), a person's without one (`I gave Maria card details`).
const CARD_AFTER = /^ (?:cards?|pass)(?![\p{L}])/iu
const OWNED_BEFORE = /(?:^|[^\p{L}])(?:my|your|his|her|our|their|the|a|an|mon|ma|mein|meine|mi|mijn|min)[ \t]+$/iu
// The first letters of THING_AFTER's words (any case): another ASCII unit opens none; a non-ASCII one is left to the expression.
const THING_FIRST = new Set([..."rnipafsldc"].map((ch) => ch.charCodeAt(0)))
const mayOpen = (firsts: ReadonlySet<number>, c: number) => c >= 128 || firsts.has(c | 32)
const THING_AFTER = /^ (?:ref|reference|no|number|id|paperwork|application|form|scheme|funding|payment|letter|documents?|portal|code|cards?|pass)(?![\p{L}])/iu

/**
 * Whether a name is a boat's by where it stands: under a boat's key or column (`Vessel: Mark Twain`, `Boot: Luise, 5,8
 * m`, a `boat` column), or quoted whole in a line about boats or berths, as boats are named (`For "Grace Darling" II the
 * annual berth`, `Ihr Segelboot "Frau Holle"`). Not a nickname quoted between a person's names (`Robert "Bobby" Smith`),
 * nor a name a strong cue introduces.
 */
export function namedThing(text: string, start: number, end: number, cue: number): boolean {
  // The line's start within 120 units (read no further back: a text of one long line holds many names).
  const line = lineStartWithin(text, start, 120)
  const opens = !cutShort(text, line)
  // A chat bot introducing itself (`Bot: Hi! I'm Scout`, `Bot: Ciao! Sono Guida`): the name is the bot's.
  if (opens && BOT_TAG.test(text.slice(line, Math.min(start, line + 40))) && SELF_INTRO.test(text.slice(Math.max(line, start - 24), start))) return true
  const key = (opens && start - line <= 40 ? KEY_BEFORE.exec(text.slice(line, start))?.[1] : undefined) ?? labelledValueOf(text, start, end)?.label
  if (key !== undefined && VESSEL_WORDS.test(key)) return true
  if (cue >= 0.9 || !CLOSING.has(text.charCodeAt(end))) return false
  let open = start - 1
  while (open >= 0 && start - open <= 24 && !OPENING.has(text.charCodeAt(open)) && TITLE_UNIT.test(text[open]!)) open--
  if (open < 0 || !OPENING.has(text.charCodeAt(open)) || /\p{L}/u.test(text[open - 1] ?? "")) return false
  if (NAME_BEFORE.test(text.slice(Math.max(0, open - 20), open)) && NAME_AFTER.test(text.slice(end + 1, end + 4))) return false
  // Quoted in a line about boats or their berths (within 120 units each side): a JSON value or a quoted remark is quoted as often as a thing's name.
  const to = text.indexOf("\n", end)
  return VESSEL_WORDS.test(text, lineStartWithin(text, open, 120), Math.min(to < 0 ? text.length : to, end + 120))
}
// A bot's speaker tag opening the line (`Bot:`, `[Chat] Chatbot:`, `Virtual assistant:`), and the words it says itself with.
const BOT_TAG = /^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[\p{L}-]*bot(?:ti|ten|en)?|virtual assistant|digital assistant|assistant virtuel|virtueller assistent|asistente virtual|assistente virtuale)[ \t]*:/iu
const SELF_INTRO = /(?:^|[^\p{L}'’])(?:i['’]m|i am|my name is|this is|sono|mi chiamo|ik ben|jag är|jeg er|jeg hedder|olen|je suis|je m['’]appelle|ich bin|ich heiße|soy|me llamo|sou|eu sou|jestem|jsem|som|aš esu|sunt)[ \t]+$/iu
// A key opening the line, the name first after it (`Boot: Luise, 5,8 m`).
const KEY_BEFORE = /^[ \t]*([\p{L}][\p{L} .-]{0,23}?)[ \t]*:[ \t]*$/u
const OPENING = new Set([34, 0x201c, 0x201e, 0xab, 0x201d, 0x2018, 0x201a])
const CLOSING = new Set([34, 0x201d, 0x201c, 0xbb, 0x2019])
const TITLE_UNIT = /[\p{L}\p{M} .'’-]/u
const NAME_BEFORE = /\p{Lu}[\p{Ll}\p{M}]+ $/u
const NAME_AFTER = /^ \p{Lu}\p{Ll}/u
const VESSEL_WORDS = contextMatcher([
  "boat", "boats", "vessel", "yacht", "sailboat", "motorboat", "barge", "narrowboat", "dinghy", "boot", "segelboot", "motorboot", "schiff",
  "bateau", "voilier", "navire", "barco", "velero", "embarcación", "barca", "imbarcazione", "veliero", "båt", "segelbåt", "seilbåt", "motorbåt",
  "vene", "purjevene", "veneen", "hajó", "vitorlás", "łódź", "łodzi", "jacht", "loď", "člun", "plachetnice", "σκάφος", "βάρκα", "embarcação",
  "veleiro", "bote", "schip", "zeilboot", "sloep", "båd", "sejlbåd",
  // A berth or a mooring, said where a boat's name is quoted.
  "berth", "mooring", "pontoon", "slipway", "liegeplatz", "bootsplatz", "anlegestelle", "ormeggio", "posto barca", "amarre", "amarradero",
  "ligplaats", "båtplats", "båtplass", "bådplads", "venepaikka", "venepaikan", "kikötő", "kikötőhely", "anneau", "poste d'amarrage", "miejsce postojowe",
])

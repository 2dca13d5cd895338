import { contextMatcher } from "../../../core/index.ts"
import { AMOUNT_KEY_WORDS } from "./phone-ids.ts"
import { OTHER_WORDS, PHONE_LABELS, PHONE_WORDS } from "./phone-words.ts"
import { modifiedNumber } from "./phone-modifiers.ts"
import { nameBefore, personOn } from "./phone-context.ts"
import { PHONE_KEY_GLUED, TEL_BEFORE } from "./phone-shapes.ts"
import { lettersBefore } from "./phone-name-end.ts"

const PUH_BEFORE = /(?<![\p{L}])(?:(?:matka)?puh|kom|tfn|tlfn|cel|gsm|telem|tlm|móv)\.[ \t]*:?[ \t]*$/iu
// A phone's word typed against its number, with no space or only a colon between (`tel973 451 4998`, `Telefono:+39 …`).

/**
 * A phone or number word typed against its number (`tel973 451 4998`, `new number0746545490`, `cep0557 568 83 40`,
 * `novi broj01.533.0788`), or a short word after one (`pls call me on09272077798`, `nummer is06 5489 7191`, `zavolat
 * na777/355132`, `alt no.(022) 654 1709`, `call back on:0206873015`): the number is still that phone's.
 */
export function gluedToPhoneWord(text: string, start: number): boolean {
  const glued = lettersBefore(text, start)
  if (glued === null) return false
  const word = glued.word
  if ((!glued.dotted && /^(?:tel|ph|mob|cell|phone)$/iu.test(word)) || (glued.dotted && /^(?:matka)?puh$/iu.test(word)) || PHONE_WORDS.test(word, 0, word.length) || cellphoneGlued(text, start, word)) return true
  const lower = word.toLowerCase()
  if (!GLUED_SHORT.has(lower)) return false
  const wordStart = start - word.length - (glued.dotted ? 1 : 0)
  if (PHONE_WORDS.test(text, Math.max(0, start - 30), wordStart)) return true
  // `no.` after whose or which number it is (`Work no.0332-…`), `on` after a person's name (`Siobhán on07823…`).
  // The word before may hold digits (`2nd no:0806 …`).
  const previous = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+)[ \t]+$/u.exec(text.slice(Math.max(0, wordStart - 24), wordStart))?.[1]
  if (previous === undefined) return false
  if ((lower === "no" || lower === "nr") && !REGISTERS.has(previous.toLowerCase()) && modifiedNumber(`${previous.toLowerCase()} no`)) return true
  return ((lower === "on" || lower === "at") && nameBefore(text, wordStart)) || (lower === "on" && personOn(text, start))
}

/**
 * The Philippines' `cp` (cellphone) typed against a number of eight digits or more (`cp(02) 8009 3109`, `cp09171234567`):
 * elsewhere `CP` opens a postcode (`CP28001`, `C.P. 06600`), which is never so long.
 */
export function cellphoneGlued(text: string, start: number, word?: string): boolean {
  // The stretch may open after the area code's bracket (`cp(02) …`).
  const at = text.charCodeAt(start - 1) === 40 ? start - 1 : start
  if ((word ?? lettersBefore(text, at)?.word)?.toLowerCase() !== "cp") return false
  const digits = /^[(+]?\d[\d ()-]*/.exec(text.slice(at, at + 24))?.[0].replace(/\D/g, "") ?? ""
  return digits.length >= 8
}

// A register's number typed against its `no.` (`Registered no.01234567`, a company's).
const REGISTERS = new Set(["registered", "registration", "national", "business", "company", "personal", "vat", "tax"])

// The short words between a phone word and its number, in lower case (`on`, `at`, `is`, Czech `na`, French `au`, `no.`,
// Portuguese `para o`, Greek `στο`).
const GLUED_SHORT = new Set(["on", "at", "is", "to", "no", "nr", "e", "es", "é", "na", "au", "al", "ao", "op", "på", "z", "en", "la", "pe", "em", "uz", "unter", "o", "στο"])

/** TEL_BEFORE or a phone's key glued by its colon (PHONE_KEY_GLUED) on the 12 units before `start`, tried only when a `:` ends them. */
export const telBefore = (text: string, start: number) => {
  // Finnish `puh.` right before the number, glued or not (`puh.040 …`, `puh. 040 …`): German's `puh` ("phew") goes on. So
  // do Polish `kom.`, Swedish `tfn.` and the like (`kom.509 442 118`).
  if (PUH_BEFORE.test(text.slice(Math.max(0, start - 14), start))) return true
  // A log line's key glued by `=` (`sms.sent to=0285973827`, `ani=…`): whom a message or a call went to or came from.
  if (text.charCodeAt(start - 1) === 61) return LOG_PHONE_KEY.test(text.slice(Math.max(0, start - 16), start))
  if (text.charCodeAt(start - 1) !== 58) return false
  const before = text.slice(Math.max(0, start - 12), start)
  if (TEL_BEFORE.test(before) || PHONE_KEY_GLUED.test(before)) return true
  // Any language's phone word glued by its colon (`Puhelin:00358 9 …`, `Telefono:+39 …`).
  const key = /(?:(\p{L}+) )?(\p{L}{3,20}):$/u.exec(text.slice(Math.max(0, start - 30), start))
  if (key === null) return false
  const last = key[2]!
  // Or whose or which number it is (`número nou:93-…`, `Drugi numer:587 …`).
  return PHONE_WORDS.test(last, 0, last.length) || PHONE_LABELS.test(last) || (key[1] !== undefined && modifiedNumber(`${key[1]} ${last}`.toLowerCase()))
}
/**
 * Whether a log key glued to the number by `=` names some other number or an amount (`amount=3476.12`, `isbn=…`,
 * `order_id=…`): the key names the value, as a label does, however near a phone word (`car.callback.queued amount=…`).
 */
export function otherKeyGlued(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1)
  if (c !== 61 && c !== 32 && c !== 58) return false
  const key = (c === 61 ? LOG_KEY : JSON_KEY).exec(text.slice(Math.max(0, start - 48), start))?.[1]
  if (key === undefined) return false
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().replace(/[_.-]+/g, " ")
  if (ID_KEY.test(words) && !PHONE_ID_KEY.test(words)) return true
  return (OTHER_WORDS.test(words) || AMOUNT_KEYS.test(words)) && !PHONE_LABELS.test(words) && !PHONE_WORDS.test(words)
}
const LOG_KEY = /(?:^|[\s,;{(])([A-Za-z_][\w.-]{0,40})=$/
// A JSON key before a bare number (`"contact_id": 646453143`): core's fields read only a JSON pair's string values.
const JSON_KEY = /(?:^|[\s,{[])"([A-Za-z_][\w.-]{0,40})"[ \t]*:[ \t]*$/
// A key naming an id (`contact_id`, `userId`, `ticket id`) names a record's number, whatever words come before: `contact`
// says whose record, not that it is a phone. Not a caller's id or a WhatsApp id, which are the phone number itself.
const ID_KEY = /(?:^| )id$/
const PHONE_ID_KEY = /(?:^| )(?:caller|wa|whatsapp|cli|msisdn|phone|tel|mobile) id$/
export const AMOUNT_KEYS = contextMatcher(AMOUNT_KEY_WORDS)
const LOG_PHONE_KEY = /(?:^|[\s,;{(])(?:to|from|phone|tel|mobile|msisdn|ani|cli|dnis|caller|callerid|recipient|sender|number|dest|destination)=$/i

import { getCountries, getCountryCallingCode, type CountryCode } from "libphonenumber-js/min"
import { isValid, parsePhone } from "./phone-parse.ts"
import { ALSO_WORDS, OLD_WORDS, OR_WORDS } from "./phone-words.ts"

// A caller who gives two numbers as a choice writes both in one country's plan (`11 98387.1210 ou +55 (21) 95627-6703`):
// a national number no configured region reads is read in the plan of the country code its other choice is written with.

let byCode: Map<string, CountryCode[]> | undefined
/** The regions of each calling code, built once on first use. */
function regionsByCode(): Map<string, CountryCode[]> {
  if (byCode) return byCode
  byCode = new Map()
  for (const c of getCountries()) {
    const code = getCountryCallingCode(c)
    byCode.set(code, [...(byCode.get(code) ?? []), c])
  }
  return byCode
}

// The country code of a number given as the other choice, right after (`11 98387.1210 ou +55 (21) …`) or right before
// (`+55 11 99226-4987 ou 11 98387.1210`, `… ou no 11 98387.1210`), joined by "or" (and the preposition of the call:
// `ou no`, `o al`, `or on`) or a slash.
const OR = String.raw`(?:\/|${OR_WORDS.join("|")})(?:[ \t]+(?:no|na|al|au|à|on|at|em|para|pod|na|unter|op|på))?`
const OTHER_AFTER = new RegExp(String.raw`^[ \t]*${OR}[ \t]+(?:\+|00)[ (]?(\d{1,3})`, "iu")
const OTHER_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\+|00)[ (]?(\d{1,3})[\d ().-]{5,}\d[ \t]*${OR}[ \t]+$`, "iu")
// Between the two, "or" alone (and the call's preposition), or "or" and a word naming where to call with up to two words
// on each side (`or at work on`, `albo w pracy pod`, `eller på arbejdet på`, `o en el trabajo en el`; not `or at the
// portal`), or a number tried then another (`tried 089 … twice, then …`).
const WHERE = String.raw`(?:work|home|office|mobile|cell|landline|desk|arbejdet|arbejde|hjemme|jobbet|jobben|arbeidet|kontoret|hemma|pracy|domu|trabajo|casa|oficina|travail|bureau|maison|arbeit|büro|hause|werk|kantoor|thuis|lavoro|ufficio|trabalho|escritório|práci|doma|munkahelyen|otthon|töissä|kotona|práce|prácu|vinnuna|vinnunni|vinnu|heima|tööl|tööle|kodus|darbā|darbu|mājās|feina|darbe|namuose)`
const WORD = String.raw`[ \t]+\p{L}[\p{L}\p{M}'’]*`
const OR_BETWEEN = new RegExp(String.raw`^[ \t]*(?:,?[ \t]*${OR}|(?:(?:twice|again|once)[ \t]*)?,?[ \t]*(?:then|and then)|,?[ \t]*${OR}(?:${WORD}){0,2}[ \t]+${WHERE}(?:${WORD}){0,2})[ \t]+$`, "iu")

// A phone's sign, as a chat marks a number it gives (`📞 +370 …`, `📱966…`).
const SIGN = String.raw`[\u260E\u260F\u{1F4DE}\u{1F4F1}\u{1F4F2}]\uFE0F?`
const PHONE_CHOICE_AFTER = new RegExp(String.raw`^[ \t]*,?[ \t]*${OR}[ \t]+(?:(?:${SIGN})[ \t]*(?:\+|00|\()?|\+|00)\d`, "iu")

/**
 * Whether the number ending at `end` is one choice of two, the other right after it written as a phone: international
 * or after a phone's sign, joined by "or" in the covered languages (`866274166 arba 📞 +370 6420 4854`, `916.588.185 ou
 * 📱966464438`). Who gives a phone as a choice gives two phones.
 */
export const choiceBeforePhone = (text: string, end: number): boolean => PHONE_CHOICE_AFTER.test(text.slice(end, end + 24))

/** Whether the text between a phone found and the number at `start` gives it as the other choice (`… ou no 11 …`). */
export function otherChoiceAfter(text: string, found: { end: number } | undefined, start: number): boolean {
  if (found === undefined || start - found.end > 40) return false
  const between = text.slice(found.end, start)
  return OR_BETWEEN.test(between) || OR_PERSON.test(between) || OLD_BRACKET.test(between)
}
// Or "or" and whose the other number is, by name (`96/65 18 58 eller medsøker Astrid på 22530467`).
const OR_PERSON = new RegExp(String.raw`^[ \t]*,?[ \t]*(?:${OR_WORDS.join("|")})(?:[ \t]+\p{Ll}+){0,2}[ \t]+\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Ll}+){0,2}[ \t]+$`, "u")
// Or the number it replaced, in a bracket after it (`updated to +65 9392 1114 (old 6858.2376)`, `(prima 031 525 59 36)`,
// `(vechi 0727805148)`): a phone the caller had.
const OLD_BRACKET = new RegExp(String.raw`^[ \t]*\([ \t]*(?:${OLD_WORDS.join("|")})\.?[ \t]*:?[ \t]+$`, "iu")

/** The regions of the calling code that opens `digits` (calling codes are a prefix code: at most one prefix is one). */
function regionsOf(digits: string): CountryCode[] {
  const codes = regionsByCode()
  for (let n = 1; n <= digits.length; n++) {
    const regions = codes.get(digits.slice(0, n))
    if (regions) return regions
  }
  return []
}

/**
 * Whether the national number at `start..end` is valid in the plan of the country whose code the number given as the
 * other choice next to it is written with.
 */
export function validAsOtherChoice(text: string, start: number, end: number): boolean {
  const code = OTHER_AFTER.exec(text.slice(end, end + 16))?.[1] ?? OTHER_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1]
  if (code === undefined) return false
  const value = text.slice(start, end)
  for (const region of regionsOf(code)) {
    const phone = parsePhone(value, region)
    if (phone && isValid(phone)) return true
  }
  return false
}

// A bracket opening with "or" (or "also", "resp.") after a number: `0316.260942 (oder 0664 3596769)`.
const BRACKETED_CHOICE = new RegExp(String.raw`\d[ \t]*\([ \t]*(?:${[...OR_WORDS, ...ALSO_WORDS].join("|")})\.?[ \t]+$`, "iu")

/**
 * Whether the number at `start` is offered in a bracket as the other choice of the number right before it, and that
 * one was not found a phone: the alternative of an order's, an account's or a case's number is that number's kind
 * (`Auftragsnummer 0316 260942 (oder 0316 260943)`). The alternative of a phone found is a phone (otherChoiceAfter);
 * so is one a phone word names (the caller asks for that check: a first number mistyped does not hide the second).
 */
export function choiceOfOther(text: string, found: { end: number } | undefined, start: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start)
  const m = BRACKETED_CHOICE.exec(before)
  if (!m) return false
  const numberEnd = start - before.length + m.index + 1
  return found === undefined || numberEnd - found.end > 1
}

import { isValid, parsePhone } from "./phone-parse.ts"

// A WhatsApp link's number (`wa.me/447911123456`, `https://api.whatsapp.com/send?phone=447911123456`): the link names
// a phone by what it is, written in international form with no `+` (its country code first, digits only).
const LINK_BEFORE = /(?:^|[^\p{L}\p{N}.\-])(?:wa\.me\/|(?:api\.)?whatsapp\.com\/send\/?\?(?:[\w%.-]+=[^&\s]*&)*phone=)$/iu

/**
 * The length of the WhatsApp link's number at `start` in `value` (the stretch found there), or undefined when no link
 * is right before it, its digits go on into letters or a path (`wa.me/message/4XJ…`, `wa.me/447911123456abc`), or
 * `+digits` is no valid number in its country's plan. The span is the digits alone, the link's path left out.
 */
export function whatsappNumber(text: string, start: number, value: string): number | undefined {
  if (text.charCodeAt(start - 1) !== 47 && text.charCodeAt(start - 1) !== 61) return undefined
  if (!LINK_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return undefined
  const digits = /^\d{7,15}/.exec(value)?.[0]
  if (digits === undefined || /^[\p{L}\p{N}_\/-]/u.test(text.slice(start + digits.length, start + digits.length + 1))) return undefined
  const phone = parsePhone(`+${digits}`, "US")
  return phone !== undefined && isValid(phone) ? digits.length : undefined
}

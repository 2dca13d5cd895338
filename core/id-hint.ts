import { numberHint } from "./flags.ts"

/**
 * A number id pasted with what surrounds it on a page or in a shell: a "#" before it (#4101, as a ticket shows it),
 * the URL it was copied from, white space around it. The number meant, only said; "" otherwise.
 * @example idFormHint("#4101") // ' (a "#" before the number: write 4101)'
 */
export function idFormHint(text: string): string {
  const t = text.trim()
  if (/^#\s*\d{1,20}$/.test(t)) return ` (a "#" before the number: write ${t.replace(/^#\s*/, "")})`
  if (/^https?:\/\//i.test(t)) {
    const last = /\/(\d{1,20})\/?(?:[?#].*)?$/.exec(t)?.[1]
    return last ? ` (a URL: give the number alone, e.g. ${last})` : " (a URL: give the number alone)"
  }
  if (t !== text && /^\d{1,20}$/.test(t)) return ` (white space around it: write ${t})`
  return ""
}

/**
 * What an id typed as a positive whole number (a skill's) was written as, for a refusal: the number meant
 * (`0x10` is 16, `1,000` is 1000, `4101.0` is 4101), or that a name was given where its number goes. Only said.
 * @example idHint("Billing") // " (a name: give the number the tenant shows for it)"
 */
export function idHint(text: string): string {
  const form = idFormHint(text)
  if (form) return form
  const t = text.trim()
  if (/^\p{L}[\p{L}\p{N} _.-]*$/u.test(t)) return " (a name: give the number the tenant shows for it)"
  return numberHint(t, { min: 1, max: 999_999_999_999_999 }, true)
}

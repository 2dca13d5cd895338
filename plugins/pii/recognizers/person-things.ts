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

import { nameBefore } from "./phone-context.ts"
import { pastSpaces } from "./phone-name-end.ts"

// A named person said to be a party to an agreement, then a number: the party's phone, given so they can be reached
// (`Hana Parata is also on the account, 04.853.6942`, `Sophie Wagner est aussi sur le contrat : 661.389.182`). The
// agreement's word names where the person stands, not the number that follows.

// "Also" in the covered languages, before or after the verb (`también está`, `ist ebenfalls`).
const ALSO = String.raw`(?:also|too|aussi|également|ebenfalls|auch|ook|også|också|myös|anche|pure|también|também|też|také|tudi|takođe)`
// "Is" or "stands" (`staat`, `står`, `steht`), and "are" for two names.
const IS = String.raw`(?:is|are|was|est|sont|ist|sind|steht|stehen|staat|staan|står|är|er|è|sono|es|está|están|é|está|estão|jest|są|je|on)`
// "On" or "in", and an article if the language writes one apart (`op het`, `sur le`, `sur l'`, `en el`, `no`, `im`).
const ON = String.raw`(?:on|in|sur|dans|im|auf|op|på|i|nel|nella|sul|sulla|en|no|na|w|v|u)(?:[ \t]+(?:the|le|la|les|het|de|dem|den|der|il|el|lo|o|a)|[ \t]+l['’])?`
// The name's end, the clause, then a comma, a colon or a dash before the number.
const PARTY_CLAUSE = new RegExp(String.raw`[ \t]+(?:${ALSO}[ \t]+)?${IS}(?:[ \t]+${ALSO})?[ \t]+${ON}[ \t]*\p{L}[\p{L}\p{M}-]*[ \t]*[,:–—-][ \t]*$`, "iu")

/**
 * Whether the clause ending right before `start` (a comma, a colon or a dash between) says that a known person is
 * (also) on an agreement or an account: the number is that person's phone.
 */
export function partyOnAgreement(text: string, start: number): boolean {
  const c = text.charCodeAt(pastSpaces(text, start) - 1)
  if (c !== 44 && c !== 58 && c !== 45 && c !== 0x2013 && c !== 0x2014) return false
  const lineStart = text.lastIndexOf("\n", start - 1) + 1
  const clause = PARTY_CLAUSE.exec(text.slice(Math.max(lineStart, start - 64), start))
  return clause !== null && nameBefore(text, start - clause[0].length)
}

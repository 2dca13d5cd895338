import { nameWords } from "./person.ts"
import { numberOfOther } from "./phone-named.ts"
import { otherBefore } from "./phone-other.ts"
import { OTHER_WORDS, PHONE_WORDS } from "./phone-words.ts"
import { PUPIL_NOUNS } from "./phone-ids.ts"

/**
 * Whether the words right before a number said in words name some other number than a phone's, as they would name one
 * written in digits: `<word> number is` (`the certificate number is two double oh …`, `Zertifikatsnummer ist …`), or the
 * word for number and what it numbers (`le numéro de garantie c'est …`, `rhif y dystysgrif …`), the word one of those
 * that name other numbers (OTHER_WORDS). Any other word may be whose phone it is (`the taxi number is …`, `el número del
 * fontanero es …`, `o meu número é o …`), and said numbers have no shape to tell them apart.
 */
export const otherNumberSaid = (text: string, start: number): boolean =>
  (OTHER_WORDS.test(text, Math.max(0, start - 40), start) && (otherBefore(text, start) || numberOfOther(text, start, nameWords.isFirst))) || boundOther(text, start)

// A word for number bound to the noun it numbers, written before it (`pupil number`, `student no.`) or after it with its
// preposition (`numéro d'élève`, `número de alumno`, `numero allievo`), then words up to the number (`… on the card is`,
// `… sur la carte c'est`, `… de la tarjeta es`).
const BOUND = /(?:^|[^\p{L}])(?:(\p{L}[\p{L}\p{M}'’-]*)[ \t]+(?:number|no\.?|nr\.?|nummer)|(?:numéro|número|numero|nummer)[ \t]+(?:(?:de|di|do|da|del|van)[ \t]+|d['’]|dell['’])?(\p{L}[\p{L}\p{M}'’-]*))[ \t]+(?=[^\n]*$)/iu

/** Whether a bound word for number naming some other number stands in the 40 units before `start`, no phone word after it. */
function boundOther(text: string, start: number): boolean {
  const from = Math.max(0, start - 40)
  const m = BOUND.exec(text.slice(from, start))
  if (m === null) return false
  const noun = (m[1] ?? m[2])!
  const after = from + m.index + m[0].length
  return (OTHER_WORDS.test(noun, 0, noun.length) || PUPIL_NOUNS.has(noun.toLowerCase())) && !PHONE_WORDS.test(text, after, start)
}

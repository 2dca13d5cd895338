import { nameWords } from "./person.ts"
import { numberOfOther } from "./phone-named.ts"
import { otherBefore } from "./phone-other.ts"
import { OTHER_WORDS } from "./phone-words.ts"

/**
 * Whether the words right before a number said in words name some other number than a phone's, as they would name one
 * written in digits: `<word> number is` (`the certificate number is two double oh …`, `Zertifikatsnummer ist …`), or the
 * word for number and what it numbers (`le numéro de garantie c'est …`, `rhif y dystysgrif …`), the word one of those
 * that name other numbers (OTHER_WORDS). Any other word may be whose phone it is (`the taxi number is …`, `el número del
 * fontanero es …`, `o meu número é o …`), and said numbers have no shape to tell them apart.
 */
export const otherNumberSaid = (text: string, start: number): boolean =>
  OTHER_WORDS.test(text, Math.max(0, start - 40), start) && (otherBefore(text, start) || numberOfOther(text, start, nameWords.isFirst))

import { nameWords } from "./person.ts"
import { numberOfOther } from "./phone-named.ts"
import { otherBefore } from "./phone-other.ts"

/**
 * Whether the words right before a number said in words name some other number than a phone's, as they would name one
 * written in digits: `<word> number is` (`the certificate number is two double oh …`, `Zertifikatsnummer ist …`), or the
 * word for number and what it numbers (`le numéro de garantie c'est …`, `rhif y dystysgrif …`, `бројот на сертификатот е
 * …`). Whose or which phone it is (`o meu número é o …`, `numri im është …`) names none.
 */
export const otherNumberSaid = (text: string, start: number): boolean => otherBefore(text, start) || numberOfOther(text, start, nameWords.isFirst)

import { PHONE_QUALIFIER, PHONE_WORDS } from "./phone-words.ts"
import { PHONE_MODIFIERS } from "./phone-modifiers.ts"

// "My number is …" in the covered languages: the bare noun "number" names an order or a ticket as often as a phone, but
// the caller's own number, said so, is where to call them back (`best number is 876-…`, `meu número é (11) 9…`, `moj broj
// je 060/…`, `numărul meu este …`). Whoever answers the phone does so at a number (`Róża odbiera pod …`, `neemt … op via`).

// A first-person possessive (or "best", "new") right before the noun, at most one word between (`my mobile number`).
const MINE_FIRST = String.raw`(?:my|our|best|nire|gure|mijn|onze|mein|meine|unsere|meu|minha|nosso|mi|mio|mon|notre|mój|moj|moja|moje|můj|mé|min|mitt|mit|minun|mano|mans|minu|мій|мой|мој|моя|мою|benim|yeni)`
const NUMBER_NOUN = String.raw`(?:number|zenbakia|telefonoa|nummer|numéro|número|numero|numer|číslo|broj|номер|број|numara|nombor|numurs|numeris|številka|αριθμός|νούμερο)`
// What joins the noun and the number: a copula or a colon, in the same languages, then an article as Romance speech
// puts one before the number (`mi número es el …`, `el meu número és el …`, `mon numéro c'est le …`, `é o …`).
const COPULA = String.raw`(?:(?:is|'s|’s|ist|é|és|es|è|est|c'est|c’est|to|je|jest|är|er|ir|yra|on|este|e|είναι|є|е|је|це|это)(?:[ \t]+(?:el|le|lo|o))?|:|-|–)`
// The word between the possessive and the noun is its group: `my mobile number` names a phone, `my order number` not.
const BEFORE_NOUN = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])${MINE_FIRST}(?:[ \t]+(\p{L}{2,14}))?[ \t]+${NUMBER_NOUN}(?:[ \t]*${COPULA})?[ \t:]*$`, "iu")
// The possessive after the noun (`numărul meu`, `ο αριθμός μου`, `il numero mio`, Finnish `numeroni`, Turkish `numaram`).
// Hungarian's possessive ending (`a számom`), Bulgarian's `ми` and Icelandic's `mitt` after the definite noun (`номерът
// ми е`, `númerið mitt er`).
const AFTER_NOUN = /(?:^|[^\p{L}\p{M}-])(?:(?:numărul|numarul|numero|número)[ \t]+(?:meu|mio|mío|nostru)|(?:αριθμός|νούμερο|τηλέφωνο|κινητό)[ \t]+μου|numeroni|numaram|номер[ \t]+мій|номер[ \t]+мой|(?:номерът|номера|телефонът|телефона)[ \t]+ми|(?:telefon|mobil)?számom|(?:síma)?númerið[ \t]+mitt)(?:[ \t]*(?:este|e|είναι|è|é|es|on|er|е|є|:))?[ \t:]*$/iu

// Whoever answers at a number (the verb right before it, with its preposition): `picks up on`, `odbiera pod`, `neemt op via`.
const ANSWERS_AT = /(?:^|[^\p{L}\p{M}])(?:picks[ \t]+up[ \t]+on|answers[ \t]+on|get[ \t]+me[ \t]+on|odbiera[ \t]+pod|odbierze[ \t]+pod|op[ \t]+via|atende[ \t]+no|contesta[ \t]+al|risponde[ \t]+al|répond[ \t]+au|svarar[ \t]+på|svarer[ \t]+på|javlja[ \t]+se[ \t]+na|javi[ \t]+se[ \t]+na|me[ \t]+liga[ \t]+no|me[ \t]+ligue[ \t]+no|vastaa[ \t]+numerosta|zvedá[ \t]+na|răspunde[ \t]+la|відповідає[ \t]+на|απαντά[ \t]+στο)[ \t]*$/iu

// The signs between the words and the number (an emoji: `picks up on 📞 …`), passed over.
const SIGNS = /[^\p{L}\p{M}\p{N}\s(+]+[ \t]*$/u

function wordsBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 48), start)
  const signs = SIGNS.exec(before)
  return signs ? before.slice(0, signs.index) : before
}

/** Whether the caller names the number as their own, or as where someone answers, right before `start`. */
export function ownNumberBefore(text: string, start: number): boolean {
  const before = wordsBefore(text, start)
  return BEFORE_NOUN.test(before) || AFTER_NOUN.test(before) || ANSWERS_AT.test(before)
}

// Words between "my" and "number" that keep it a phone's (`my new number`, `my usual number`), besides a phone's own.
const WHICH = new Set(["new", "old", "usual", "other", "best", "main", "direct", "private", "home", "work", "personal"])

/**
 * ownNumberBefore where nothing but a phone's words stand between "my" and "number" (`my mobile number is`, not `my
 * order number is`): what follows is then a phone's digits however they are parted (`mi número es el 55, 7380, 0527`).
 */
export function ownPhoneBefore(text: string, start: number): boolean {
  const before = wordsBefore(text, start)
  const mine = BEFORE_NOUN.exec(before)
  if (mine) {
    const which = mine[1]?.toLowerCase()
    return which === undefined || WHICH.has(which) || PHONE_WORDS.test(which) || PHONE_QUALIFIER.test(which) || PHONE_MODIFIERS.has(which)
  }
  return AFTER_NOUN.test(before) || ANSWERS_AT.test(before)
}

// The words of a question for a number, read by phone-other.ts: which number it asks for.

// The number an account or a file holds for the caller (`Can I take the number on the account?`): whom to call, as
// `the number on file` is (read on the question without its trailing blanks); not `the number for the account`, its own; not the account's own number (`your account number`), nor one printed on a thing (NUMBER_ON).
export const ON_FILE = /(?<![\p{L}])number (?:we have |you have |that's |that is )?on (?:the|your|this|that|my) (?:account|file|record|profile) ?\??$/iu

// The number printed on a thing (`the number on the back of the device`, `the number on your parking permit`).
export const NUMBER_ON = /(?<![\p{L}])number (?:is )?(?:on|from|of) (?:the|your|this|that|my)(?![\p{L}])/iu

// "Case" in a phrase that names no case (`in case the line drops`, `in any case`).
// Not one a number or a number's name follows (`filed in case 0207431882`, `in case no. 44`).
export const CASE_IDIOM = /(?<![\p{L}])(?:in(?: any| that| this| which)?|just in)[ \t]+case(?![\p{L}])(?![ \t]*(?:[#\d]|no\b|nr\b|number))/giu

// A card, an account, an order or a member naming a desk, not a number (`Card disputes (Chennai): 044 …`, `account
// services on …`, `Call Member Services at 1 (888) …`,
// `litiges carte – lundi : 06 …`, `contestazioni carta: 06 …`): the desk's number is a phone.
const DESK_COMPOUND_SOURCE = String.raw`(?<![\p{L}])(?:(?:card|cards|credit card|debit card|account|accounts|order|orders|policy|member|members|customer|customers|client)[ \t]+(?:disputes?|services?|team|support|department|dept|desk|helpline|hotline|enquiries|inquiries|fraud|queries|care)|(?:litiges?|contestations?|oppositions?|contestazioni|reclami|reclamaciones|disputas|reclamações|assistenza|assistance|atención|service|servizio|servicio|serviço)[ \t]+(?:(?:de|di|del|della|des|du|da|do|la|le)[ \t]+){0,2}(?:carte|cartes|carta|carte|tarjeta|tarjetas|cartão|cartões))(?![\p{L}])(?![ \t]+(?:id|no\.?|nr|number|#|ref|reference|case|ticket)(?![\p{L}]))`
const DESK_COMPOUND = new RegExp(DESK_COMPOUND_SOURCE, "iu")
const DESK_COMPOUNDS = new RegExp(DESK_COMPOUND_SOURCE, "giu")
const blank = (words: string) => " ".repeat(words.length)

/** Whether `text` holds an idiom whose other-number word names nothing (CASE_IDIOM, a desk's compound). */
export const holdsIdiom = (text: string, to: number) => /case/i.test(text.slice(0, to)) || DESK_COMPOUND.test(text)
/** `text` with those idioms blanked, offsets kept. */
export const idiomsBlanked = (text: string) => text.replace(CASE_IDIOM, blank).replace(DESK_COMPOUNDS, blank)
/** Whether `text` holds a desk's compound (`card disputes`, `litiges carte`). */
export const namesDesk = (text: string) => DESK_COMPOUND.test(text)

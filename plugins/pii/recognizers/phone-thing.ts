import { OR_WORDS, OTHER_WORDS, PHONE_LABELS, PHONE_QUALIFIER, PHONE_WORDS } from "./phone-words.ts"
import { NUMBER_ADJECTIVES, PHONE_MODIFIERS } from "./phone-modifiers.ts"
import { nameWords } from "./person.ts"
import { PARTICLES, PARTY_LABELS, ROLE_NOUNS, ROLES } from "./person-cues.ts"

// A number that a sentence's opening noun names, in any language: `Quote 0268 067 0850 for the move comes to …`, `Le
// lot 263 0465 614 de l'inhalateur a été rappelé`, `Recepta 868 3435 214 jest gotowa`, `The bag with tag 0098 121880
// missed …`. The noun is the subject, the number its name, and the sentence goes on after it: a quote's, a batch's, a
// prescription's number, not a phone. Read only from the sentence's start, so that no verb or preposition of a language no
// list covers (`bitte rufen Sie mich an unter …`, `kaleste me sto …`) is taken for the noun.

// The things whose numbers a business writes like phones, in the covered languages: offers and quotes, batches and lots,
// inventories, plans, storage units and boxes, tags and labels, prescriptions (with OTHER_WORDS: orders, invoices,
// claims, policies, contracts, tickets, bookings...). Only these: any other noun opening a sentence may be a person's
// (`Landlord 07700 900123 says …`, `Vermieter 0176 …`, `Kurjers 26 …`, `Technikas 8 612 …`), whose number it then is.
const THINGS = new Set([
  "quote", "quotation", "estimate", "offer", "devis", "offerte", "oferta", "ofertă", "ponudba", "ponuda", "ajánlat", "angebot", "preventivo", "orçamento",
  "presupuesto", "tilbud", "tilboð", "offert", "tarjous", "pakkumine", "pasiūlymas", "piedāvājums", "nabídka", "ponuka", "teklif", "προσφορά", "оферта", "офертата",
  "batch", "lot", "lotto", "lote", "charge", "partij", "parti", "erä", "šarže", "šarža", "sarja", "sērija", "serija", "seria", "tétel", "партида", "παρτίδα", "σειρά",
  "inventory", "inventaire", "inventar", "inventario", "inventaris", "inventário", "inwentarz", "опис", "απογραφή", "envanter", "leltár", "inventārs",
  "plan", "plano", "piano", "behandelplan", "behandlungsplan", "načrt", "plán", "план", "σχέδιο", "planı", "tervezet",
  "unit", "box", "raktárbox", "boxa", "depozitare", "geymsla", "lager", "magazzino", "almacén", "armazém", "skladište", "sklad", "depo", "kutu", "αποθήκη", "склад",
  "tag", "label", "etiket", "etiquette", "étiquette", "etiqueta", "etichetta", "birka", "birku", "merkki", "lipik", "címke", "ετικέτα", "етикет",
  "prescription", "recepta", "recepte", "receptas", "reţeta", "rețeta", "reţetă", "rețetă", "reçete", "recept", "receita", "ricetta", "rezept", "lyfseðill",
  "рецепта", "рецепт", "συνταγή", "inhaler", "inhalateur", "inhalátor", "inhalator", "inhalatora", "inhaliatoriaus",
  "locker", "schließfach", "casier", "taquilla", "armadietto", "kluis", "skåp", "skab", "kaappi", "szafka", "schránka", "crate", "pallet", "carton",
  "paczka", "paquet", "paket", "pakke", "paquete", "pacco", "pakket", "balík", "csomag", "siunta", "paka", "пакет", "пратка", "δέμα", "koli", "kargo",
  "ticket", "bilet", "billet", "biglietto", "billete", "bilhete", "jegy", "lístek", "билет", "εισιτήριο", "bagaj", "koffer", "kuffert", "valise", "maleta", "mala", "kofer",
])

const PEOPLE = new Set([...ROLE_NOUNS, ...ROLES, ...PARTY_LABELS].map((w) => w.toLowerCase()))

// Where a sentence opens: a line's start (past bullets, quotes and spaces), a sentence's end, a colon, a dash, a JSON
// string's quote.
const OPENING = /(?:^|\n)[ \t>*"'•·-]*$|[.!?:][ \t]+["'„“]?$|[—–][ \t]+$|": "$/u
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u
// A word in lower case after the number: the sentence goes on (`… for the move`, `… jest gotowa`), unless it joins another
// number to it (`or`, `oppure`, `ext`).
const WORD_AFTER = /^ (\p{Ll}[\p{L}\p{M}]*)/u
const JOINING = new Set([...OR_WORDS, "ext", "x", "and", "et", "y", "und", "en", "og", "och"])
// A word for number after it (`+90 … numarasını deneyeceğiz`), or a call's word among the opening ones (`Called back …`).
const NUMBER_WORD = /^(?:numar|numer|num[eé]r|númer|nummer|number|čísl|broj|szám|številk)/iu
const CALLING = /^(?:call|ring|rang|dial|phon|text)/iu
// Prepositions, copulas, pronouns and adverbs of time of the covered languages that the person lists do not hold, and
// that may stand right before a phone at a sentence's start (`Είναι 698 …`, `Depuis 06 …`, `Sonra 0500 …`): no noun.
const NOT_NOUNS = new Set([
  "vanaf", "naar", "aan", "onder", "tot", "tussen", "bij", "daarna", "dan", "unter", "über", "durch", "bis", "gegen", "ohne", "dann", "danach", "lautet",
  "depuis", "après", "avant", "pendant", "chez", "sous", "sans", "desde", "hacia", "hasta", "entre", "durante", "después", "antes", "sin", "vía",
  "pelo", "pela", "numa", "num", "após", "até", "depois", "sem", "dopo", "presso", "tramite", "mediante", "senza", "poi", "till", "til", "hos", "ved",
  "med", "utan", "uten", "uden", "mellom", "mellan", "etter", "efter", "før", "före", "gjennom", "genom", "etterpå", "sedan", "siden", "frá", "eftir",
  "ilman", "sitten", "jälkeen", "kaudu", "pärast", "siis", "iš", "nuo", "iki", "prie", "per", "yra", "ir", "paskui", "uz", "pie", "caur", "līdz", "pēc",
  "tad", "pod", "przez", "poprzez", "przy", "nad", "potem", "pri", "při", "potom", "bez", "kroz", "preko", "između", "nakon", "prije", "poslije",
  "onda", "tudi", "nato", "către", "după", "fără", "până", "prin", "apoi", "utána", "aztán", "majd", "kadar", "sonra", "önce", "gibi", "üzerinden",
  "sizi", "beni", "bana", "bize", "için", "από", "προς", "μέχρι", "για", "με", "σε", "στο", "στον", "στη", "στην", "είναι", "μετά", "за", "на", "от",
  "при", "през", "след", "до", "после", "через", "після", "від", "під", "над", "між", "потім", "then", "after", "until", "till", "via", "later",
])

const PLEAS = new Set(["please", "pls", "plz", "kindly", "bitte", "prosím", "proszę", "kérem", "molim", "prosim", "lütfen", "παρακαλώ", "vänligen", "venligst", "vennligst", "gelieve", "graag", "palun", "lūdzu", "prašau", "vă", "rog", "vinsamlegast"])

/** Whether a word says the number is a phone's, or whose: a phone word, a role or a party (`Caller`, `Appelant`). */
const phoneish = (lower: string) => PHONE_WORDS.test(lower) || PHONE_QUALIFIER.test(lower) || PHONE_LABELS.test(lower) || PEOPLE.has(lower) || CALLING.test(lower)

/**
 * Whether the words are capitalised as a name's are (`Thato Mokoena`, `De Vries`): all of them, the first no article
 * (German writes its nouns so: `Die Charge …`).
 */
const nameLike = (words: string[]) => {
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return false
  const first = words[0]!.toLowerCase()
  return !nameWords.isOrdinary(first) || PARTICLE_SET.has(first)
}
const PARTICLE_SET = new Set(PARTICLES)

/** The one to four words between a sentence's opening and `start`, one space apart; undefined if there are more, or none. */
function openingWords(text: string, start: number): string[] | undefined {
  const words: string[] = []
  let at = start - 1
  for (let k = 0; k < 4; k++) {
    const m = WORD.exec(text.slice(Math.max(0, at - 40), at))
    if (!m) return undefined
    words.unshift(m[0])
    at -= m[0].length
    if (OPENING.test(text.slice(Math.max(0, at - 8), at))) return words
    if (text.charCodeAt(at - 1) !== 32) return undefined
    at--
  }
  return undefined
}

/**
 * Whether the number at `start`…`end` is named by the noun that opens its sentence (`Quote 0268 067 0850 for …`): one
 * to four words from the sentence's start, the first capitalised, the last a noun no list knows as an everyday word, a
 * name or a phone's; then the sentence going on in lower case. A name's words are all capitalised (`Thato Mokoena 071 …`),
 * a phone's open with a phone word or a call (`Mobile 07…`, `Called back …`).
 */
export function openingNounNames(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false
  const after = WORD_AFTER.exec(text.slice(end, end + 24))?.[1]?.toLowerCase()
  if (after === undefined || JOINING.has(after) || NUMBER_WORD.test(after) || PHONE_WORDS.test(after)) return false
  const words = openingWords(text, start)
  // A plea opens an imperative: its next word is a verb (`Please pass 0161 … to Anna`).
  if (words === undefined || !/^\p{Lu}/u.test(words[0]!) || PLEAS.has(words[0]!.toLowerCase())) return false
  const noun = words[words.length - 1]!
  if (noun.length < 3 || /^\p{Lu}\p{Lu}/u.test(noun) || nameLike(words)) return false
  const lower = noun.toLowerCase()
  if (nameWords.isOrdinary(lower) || NOT_NOUNS.has(lower) || /['’]/.test(lower) || PHONE_MODIFIERS.has(lower) || NUMBER_ADJECTIVES.has(lower)) return false
  // A given name where a name is written: capitalised, or opening the sentence (`Le lot …` is a lot, `Lot …` may be a man).
  if (words.some((w, i) => (i === 0 || /^\p{Lu}/u.test(w)) && nameWords.isFirst(w.toLowerCase()))) return false
  if (words.some((w) => phoneish(w.toLowerCase()))) return false
  return words.some((w) => THINGS.has(w.toLowerCase()) || OTHER_WORDS.test(w))
}

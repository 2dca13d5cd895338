import { PHONE_QUALIFIER } from "./phone-words.ts"

// The words that say which or whose phone a word for number names (`home number`, `numărul vechi`, `mon numéro`): a
// label so built names a phone, not some other number.

// What may stand before "number" in a phone number's own name, in English: whose and which it is, a phone word, a verb
// or a preposition of the sentence (`my number`, `home number`, `support number`, `left number`, `from number`).
export const PHONE_MODIFIERS = new Set([
  // His, her, new, old, usual in the Slavic and Baltic languages; when it can be called.
  "jeho", "její", "jejich", "njegova", "njena", "njen", "jo", "jos", "jų", "viņa", "viņas", "nové", "nový", "nova", "novo", "naujas", "jaunais", "jauns",
  "staré", "stará", "stara", "stari", "aktuální", "aktualna", "aktualny", "actual", "actualizado", "attuale", "aggiornato", "vecchio", "antiguo", "ancien",
  "habituel", "habitual", "solito", "evenings", "mornings", "afternoons", "weekdays", "weekends", "nights", "anytime",
  // "My" and "your" where the word for number follows (`moje číslo je …`, `mano numeris …`, `jūsu numurs …`).
  "moje", "moja", "moj", "môj", "mój", "mano", "mans", "mana", "vaše", "vaša", "vaš", "váš", "jūsų", "jūsu", "tvoje", "tvoj", "naše", "náš", "mé", "tvé",
  "my", "your", "his", "her", "our", "their", "its", "the", "a", "an", "this", "that", "these", "those", "same", "which", "what", "whose", "any",
  "new", "old", "best", "migliore", "meilleur", "mejor", "melhor", "beste", "bästa", "bedste", "mirë", "gorau", "najlepszy", "nejlepší", "mellor", "najbolji", "најдобриот", "најдобар", "home", "work", "office", "direct", "daytime", "day", "evening", "night", "weekend", "alternative", "alternate", "alt",
  "other", "another", "second", "2nd", "másik", "další", "druhé", "drugi", "drugi broj", "autre", "otro", "outro", "altro", "annet", "andet", "annat", "toinen", "main", "personal", "private", "business", "landline", "cell", "mobile", "phone", "telephone", "tel",
  "contact", "callback", "emergency", "fax", "free", "freephone", "toll-free", "tollfree", "correct", "right", "wrong", "current",
  "primary", "backup", "whatsapp", "sms", "text", "registered", "verified", "preferred", "usual", "international", "local", "national", "uk",
  "us", "reachable", "full", "good", "valid", "listed", "support", "helpline", "hotline", "service", "switchboard", "reception", "desk", "team",
  "sales", "billing", "helpdesk", "enquiries", "inquiries", "general", "central", "dedicated", "customer service", "store", "shop", "branch",
  "from", "left", "leave", "gave", "give", "given", "provided", "provide", "use", "using", "used", "on", "at", "to", "via", "by", "with", "and",
  "or", "as", "is", "was", "called", "call", "dial", "dialled", "dialed", "ring", "rang", "texted", "try", "tried", "reach", "updated",
  "changed", "confirmed", "ported", "porting", "port", "spare", "work's", "wife's", "husband's", "last", "first", "previous", "former",
  "caller", "převést", "přenést", "previesť", "preniesť", "przenieść", "prenijeti", "prenesti",
])
/**
 * "Other", "second", "new" and "old" in the languages of the default regions, before or after their word for number
 * (`Drugi numer:`, `Iné číslo:`, `Muu numero:`, `numărul vechi:`, `número antic`): alone with that word they say which
 * of someone's numbers it is. Not whose phone a longer name is (`Número de la nueva reserva` is a booking's).
 */
export const NUMBER_ADJECTIVES = new Set([
  "iné", "iný", "iná", "jiné", "jiný", "jiná", "ďalšie", "ďalší", "muu", "otra", "otros", "autres", "altre", "altra", "altri", "annan", "andre", "anden",
  "andra", "inny", "inne", "inna", "drugie", "druga", "drugo", "alte", "altul", "weitere", "andere", "anderes", "ander", "tweede", "segundo", "segunda",
  "secondo", "seconda", "deuxième", "második", "άλλο", "άλλος", "δεύτερο", "nou", "nouă", "noul", "vechi", "vechiul", "viejo", "vieja", "nueva", "antic",
  "antiga", "antigua", "nouveau", "nouvel", "nouvelle", "ancienne", "nuova", "vecchia", "velho", "antigo", "nowy", "stary", "starý", "uusi", "vanha", "ny",
  "nya", "nytt", "gammal", "gamla", "gamle", "gammel", "gamlet", "nye", "neu", "neue", "neues", "alter", "nieuw", "nieuwe", "oud", "oude", "új", "régi",
  "novi", "νέο", "νέος", "παλιό", "παλιός", "eski", "yeni",
  // Lithuanian, Latvian, Estonian and Turkish (`Kitas numeris:`, `Cits numurs:`, `Teine number:`, `uus number`, `diğer numaram:`).
  "kitas", "kitą", "naujas", "senas", "cits", "cita", "jauns", "vecais", "teine", "uus", "vana", "diğer", "başka",
  // Which of a desk's phones (`Our only number is 0345 …`, `the usual number`, `the right number`).
  "only", "usual", "right", "correct", "current", "best",
])
/** Whether a label is `<word> number|no|#` (or a word for number in another language: `soukromé číslo`) whose word says whose or which phone number it is (`support number`, `home no`; not `contact id`). */
export const modifiedNumber = (label: string) => {
  const m = MODIFIER_THEN_NUMBER.exec(label) ?? NUMBER_THEN_MODIFIER.exec(label)
  return (m !== null && (PHONE_MODIFIERS.has(m[1]!) || NUMBER_ADJECTIVES.has(m[1]!) || PHONE_QUALIFIER.test(m[1]!))) || POSSESSED_NUMBER.test(label)
}
// "My", "your", "his", "our" before a word for number in the Romance and Germanic languages, after the article where the
// language puts one (`Mon numéro :`, `votre numéro`, `o meu número`, `il mio numero`, `el meu número`, `mijn nummer`):
// someone's own number, which a label names so only when it is a phone's.
const POSSESSED_NUMBER = /^(?:(?:il|la|el|o|lo)[ ]+)?(?:mon|ton|son|notre|votre|mi|tu|su|nuestro|vuestro|meu|teu|seu|nosso|vosso|mio|tuo|suo|nostro|vostro|nostre|vostre|mein|meine|dein|deine|ihre|seine|unsere|mijn|uw|jouw|zijn|haar|ons|mitt|ditt|sitt|mit|dit|sit|vores|min|din|sin)[ ]+(?:numéro|número|numero|nummer|nummeret|numret)$/
// The words for number a label may end with (`other number`, `drugi numer`), or start with in the Romance languages and
// Romanian (`número viejo`, `numărul vechi`): those OTHER_NUMBER_LABEL reads as naming some other number.
const MODIFIER_THEN_NUMBER = /^(\S+) ?(?:number|nummer|no|nr|#|numéro|número|numero|numer|szám|számom|broj|număr|numărul|číslo|numeris|numurs|številka|numara|numaram|numarası)$/
const NUMBER_THEN_MODIFIER = /^(?:n|nº|n°|no|nr|num|numero|número|numéro|număr|numărul|broj|број|αρ|αριθμός) (\S+)$/

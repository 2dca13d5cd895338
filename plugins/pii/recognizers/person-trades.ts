// Trades, a museum's and a school's staff before a name, in the languages of the corpora (`Mechanic Tunde Bello`,
// `Mekaanikko A. Järvinen`, `Curator Joy Papadakis`, `Kuratorin A. Müller`, `Lektor J. Novák`, `Механик М. Соколов`,
// `La curadora GONZÁLEZ MUÑOZ Cristóbal`): a cue for a name, as ROLE_NOUNS (person-cues.ts), and for a surname in
// capitals before the given name (person-surname.ts). Words, not phrases: each is also stripped from a name's edges.

/** A bicycle workshop's or a boiler firm's mechanic or fitter, with the article some languages glue to it. */
const MECHANICS = [
  "mechanic", "mechaniker", "mechanikerin", "mekaniker", "mekanikern", "mekanikeren", "mekaanikko", "mehaanik", "mechanik", "mechanička",
  "mechanikerka", "mecanic", "mecanicul", "mecanicien", "mécanicien", "mécanicienne", "mecánico", "mecánica", "meccanico", "mecânico",
  "monteer", "mehaničar", "serviser", "механик", "механік", "μηχανικός", "tamirci", "teknisyen", "technik", "technička", "serwisant",
  "asentaja", "huoltomies", "servicetekniker", "servicemonteur",
]

/** A museum's curator or keeper, a gallery's registrar. */
const CURATORS = [
  "curator", "kurator", "kuratorin", "kuraator", "куратор", "кураторка", "curadora", "curador", "conservadora", "conservador", "conservateur",
  "conservatrice", "curatore", "curatrice", "küratör", "amanuenssi", "intendent", "intendenten", "intendant", "intendantin",
]

/** A teacher, a lecturer, a tutor's or an instructor's word (`Profesorul E. Georgescu`, `Öğretmen M. Aydın`). */
const TEACHERS = [
  "teacher", "lecturer", "lektor", "lektorka", "lektorin", "õpetaja", "öğretmen", "öğretmenimiz", "profesorul", "profesoara", "profesor",
  "profesora", "instruktor", "instruktorka", "opettaja", "učitel", "učitelka", "nauczyciel", "nauczycielka", "lehrer", "lehrerin",
  "enseignant", "enseignante", "insegnante", "leraar", "lerares", "lärare", "lærer", "учитель", "преподаватель",
  "δάσκαλος", "δασκάλα", "καθηγητής", "καθηγήτρια", "nastavnik", "nastavnica", "učiteljica",
]

/** Every word of the three. */
export const TRADE_ROLES: readonly string[] = [...MECHANICS, ...CURATORS, ...TEACHERS]

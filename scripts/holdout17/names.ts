// Invented people: first and last names by origin. Any resemblance is combinatorial chance.
export const NAMES: Record<string, { first: string[]; last: string[] }> = {
  ie: { first: ["Siobhán", "Ciarán", "Aoife", "Niamh", "Pádraig", "Orla", "Eoin", "Saoirse", "Grace", "Will", "Róisín", "Darragh"], last: ["O'Sullivan", "Ní Bhriain", "McCarthy", "Fitzgerald", "Ó Murchú", "Byrne", "Kavanagh", "Doyle", "Mac Giolla Phádraig"] },
  au: { first: ["Lachlan", "Chloe", "Mitchell", "Jordan", "Hunter", "Matilda", "Brodie", "Ruby", "Dean", "Lily"], last: ["Nguyen", "Thompson", "Papadopoulos", "Walker", "Kowalczyk", "Tran", "Henderson", "Rossi"] },
  mt: { first: ["Maria", "Karl", "Francesca", "Ġorġ", "Liam", "Rose", "Matthias", "Graziella"], last: ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Grech", "Micallef"] },
  ca: { first: ["Émilie", "Jean-François", "Madison", "Tyler", "Geneviève", "Mark", "Hope", "Noah"], last: ["Tremblay", "Gagnon", "MacDonald", "Bouchard", "Côté", "Singh", "Leblanc", "Wong"] },
  in: { first: ["Priya", "Arjun", "Lakshmi", "Sunny", "Ananya", "Rahul", "Deepika", "Vikram", "Harpreet"], last: ["Venkataraman", "Sharma", "Iyer", "Chatterjee", "Reddy", "Patel", "Gill", "Nair"] },
  ng: { first: ["Chinedu", "Ngozi", "Oluwaseun", "Patience", "Emeka", "Adaeze", "Blessing", "Faith", "Tunde"], last: ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwachukwu", "Okafor", "Oyelaran", "Uche"] },
  other: { first: ["Mei", "Yusuf", "Zoë", "Mateus", "Aylin", "Kwame", "Ines", "Dmitri", "Fatima", "Kenji", "Victoria", "Florence"], last: ["Chen", "Al-Hassan", "Yılmaz", "da Silva", "Kowalski", "Mensah", "Haddad", "Petrov", "Nakamura", "López"] },
  nl: { first: ["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris", "Anouk", "Sem", "Noor", "Thijs"], last: ["de Vries", "van den Berg", "Jansen", "Bakker", "van Dijk", "Visser", "de Jong", "Smit", "Meijer"] },
  be: { first: ["Wout", "Lien", "Jens", "Elke", "Stijn", "Fien", "Arne", "Hanne"], last: ["Peeters", "Janssens", "Maes", "Van Damme", "Claes", "De Smet", "Willems", "Vermeulen"] },
  sv: { first: ["Astrid", "Johan", "Elin", "Oskar", "Maja", "Björn", "Saga", "Linnéa", "Erik"], last: ["Lindqvist", "Andersson", "Johansson", "Bergström", "Öberg", "Nilsson", "Karlsson", "Åberg"] },
  da: { first: ["Mette", "Søren", "Freja", "Mads", "Ida", "Rasmus", "Signe", "Anders"], last: ["Jørgensen", "Nielsen", "Sørensen", "Kristensen", "Møller", "Christiansen", "Dalsgaard"] },
  no: { first: ["Ingrid", "Håkon", "Solveig", "Sindre", "Kari", "Eirik", "Tuva", "Øystein"], last: ["Hansen", "Bakke", "Haugen", "Olsen", "Solberg", "Lie", "Strand", "Dahl"] },
  ro: { first: ["Andreea", "Ionuț", "Mihaela", "Ștefan", "Ioana", "Răzvan", "Cristina", "Bogdan", "Alexandra"], last: ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Constantin", "Munteanu", "Gheorghiu", "Țurcanu"] },
  hu: { first: ["Anna", "Bence", "Zsófia", "Gergely", "Réka", "Dániel", "Eszter", "Levente", "Orsolya"], last: ["Kovács", "Nagy", "Szabó", "Tóth", "Horváth", "Varga", "Kiss", "Molnár", "Fekete"] },
  hr: { first: ["Ivana", "Luka", "Marija", "Matej", "Petra", "Ivan", "Ana", "Josip", "Lucija"], last: ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković", "Đurić"] },
}

export interface Person { first: string; last: string; full: string; origin: string }

/** Hungarian writes the family name first; everyone else first name first. */
export function makePerson(pick: <T>(xs: readonly T[]) => T, origin: string): Person {
  const o = NAMES[origin] ?? NAMES.other!
  const first = pick(o.first)
  const last = pick(o.last)
  const full = origin === "hu" ? `${last} ${first}` : `${first} ${last}`
  return { first, last, full, origin }
}

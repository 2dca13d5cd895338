// Invented people, by the language of the text they appear in. A Greek
// entry carries its Latin spelling after `|` for mail addresses.
import type { Rng } from './rng'

export interface Person { first: string; last: string; full: string; latin: string }

const PEOPLE: Record<string, string[]> = {
  en: [
    'Eilidh MacAskill', 'Ruaridh Fraser', 'Mairi Sutherland', 'Callum Baird', 'Isla McIntyre', 'Fraser Cowie',
    'Rhys Pritchard', 'Cerys Llewelyn', 'Dafydd ap Gwyn', 'Gwenllian Morgan', 'Iolo Parry', 'Siân Rowlands',
    'DeShawn Carter', 'Maria Gonzalez', 'Linh Nguyen', 'Tomasz Kowalski', 'Priya Patel', 'Brianna O\'Connell',
    'Jae-won Park', 'Kateri Whitehorse', 'Jorge Ramírez', 'Shaniqua Brooks', 'Abdirahman Warsame', 'Mei Chen',
    'Thabo Mokoena', 'Nomvula Dlamini', 'Sipho Ndlovu', 'Pieter van der Merwe', 'Annelie Botha', 'Kavitha Naidoo',
    'Lerato Khumalo', 'Zanele Mthembu', 'Johan Pieterse', 'Fatima Ebrahim', 'Grace Ndlovu', 'Patience Mahlangu',
    'Faith Sithole', 'Ayesha Siddiqui', 'Wei Zhang', 'Oluwaseun Adeyemi', 'Zoë Fairbairn', 'Niamh Ó Súilleabháin',
    'Agnieszka Wiśniewska', 'Chloé Dubois-Reid', 'Bill Hendry', 'Mark Ó Briain', 'Rose Kerr', 'Victoria Amankwah',
    'Will Abernethy', 'Jordan McLeish', 'Chelsea Booysen', 'Hope Dube', 'Florence Adeyinka', 'Sunny Grewal',
  ],
  de: [
    'Johanna Gruber', 'Florian Huber', 'Theresa Wimmer', 'Lukas Pichler', 'Magdalena Aigner', 'Stefan Leitner',
    'Katharina Stögerer', 'Maximilian Hofbauer', 'Emre Yılmaz', 'Dragana Petrović', 'Jürgen Moser', 'Verena Brandstätter',
    'Anneliese Fürst', 'Dominik Steinwender', 'Sabine Oberhauser', 'Milica Jovanović', 'Gerhard Eßl', 'Leonie Schöberl',
  ],
  fr: [
    'Léa Rochat', 'Noé Favre', 'Maëlle Bonvin', 'Loïc Pittet', 'Gilles Schmit', 'Mireille Hoffmann',
    'Jos Weber', 'Nadine Muller', 'Carlos da Silva', 'Joana Ferreira', 'Anaïs Clément', 'Yannick Rossier',
    'Françoise Reuter', 'Théo Baumgartner', 'Inès Kieffer', 'Benoît Schaack', 'Amélie Thill', 'Jérôme Zbinden',
  ],
  el: [
    'Γιώργος Παπαδόπουλος|Giorgos Papadopoulos', 'Ελένη Κωνσταντίνου|Eleni Konstantinou',
    'Δημήτρης Οικονόμου|Dimitris Oikonomou', 'Μαρία Γεωργίου|Maria Georgiou', 'Νίκος Αλεξίου|Nikos Alexiou',
    'Κατερίνα Μαυρίδου|Katerina Mavridou', 'Σπύρος Καραγιάννης|Spyros Karagiannis', 'Αθηνά Βλάχου|Athina Vlachou',
    'Ιωάννης Τσακίρης|Ioannis Tsakiris', 'Δέσποινα Ζαχαρίου|Despoina Zachariou', 'Ardit Hoxha|Ardit Hoxha',
    'Παναγιώτης Λαμπρόπουλος|Panagiotis Lampropoulos', 'Σοφία Χατζή|Sofia Chatzi', 'Χρήστος Ρήγας|Christos Rigas',
  ],
  lv: [
    'Jānis Bērziņš', 'Līga Kalniņa', 'Andris Ozoliņš', 'Ilze Liepiņa', 'Kārlis Kļaviņš', 'Zane Jansone',
    'Dmitrijs Ivanovs', 'Inese Ābele', 'Māris Krūmiņš', 'Ieva Vītola', 'Edgars Šmits', 'Anastasija Petrova',
    'Raimonds Zariņš', 'Dace Grīnberga', 'Gunta Ķēniņa', 'Artūrs Pūpols',
  ],
  sl: [
    'Matej Novak', 'Špela Horvat', 'Žiga Kranjc', 'Nina Zupančič', 'Luka Potočnik', 'Maja Kovačič',
    'Amra Hodžić', 'Tjaša Vidmar', 'Rok Golob', 'Urška Mlakar', 'Jože Kos', 'Nataša Žagar',
    'Blaž Turk', 'Mojca Božič', 'Dragan Marković', 'Ana Černe',
  ],
}

function toPerson(entry: string): Person {
  const [full, latinRaw] = entry.split('|') as [string, string | undefined]
  const i = full.indexOf(' ')
  const latin = latinRaw ?? full
  return { first: full.slice(0, i), last: full.slice(i + 1), full, latin }
}

export function makePerson(rng: Rng, lang: string): Person {
  const list = PEOPLE[lang]
  if (!list) throw new Error(`no people for ${lang}`)
  return toPerson(rng.pick(list))
}

/** Distinct people for one text. */
export function makePeople(rng: Rng, lang: string, n: number): Person[] {
  const out: Person[] = []
  while (out.length < n) {
    const p = makePerson(rng, lang)
    if (!out.some((o) => o.full === p.full)) out.push(p)
  }
  return out
}

const FOLD: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' }

/** ASCII for a mail local part: strip accents, drop apostrophes and particles' spaces. */
export function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ßøłđı]/g, (c) => FOLD[c] ?? c)
    .replace(/['’ ]/g, '').toLowerCase()
}

export const PETS = ['Bella', 'Max', 'Luna', 'Milo', 'Bramble', 'Pepper', 'Biscuit', 'Mitzi', 'Rex', 'Nala', 'Oscar', 'Tiger', 'Misty', 'Coco']

// Invented names by origin: given names and surnames are combined at random; none is copied from a data set.
import type { Rng } from './prng.ts'

export type Origin = 'us' | 'ca' | 'in' | 'za' | 'au' | 'en' | 'chde' | 'at' | 'it' | 'mx' | 'es' | 'pt' | 'br' | 'chfr' | 'be' | 'dk'

// given names that are also ordinary words of the language the text is in
export const WORD_NAMES: Record<string, string[]> = {
  en: ['May', 'Will', 'Bill', 'Mark', 'Rose', 'Grace', 'Hope', 'Sunny', 'Faith', 'Joy', 'Dawn', 'Rusty', 'Patience', 'Precious', 'Gift'],
  de: ['Ernst', 'Frank', 'Heide', 'Frieda', 'Rosa'],
  it: ['Rosa', 'Serena', 'Felice', 'Fortunato', 'Speranza'],
  es: ['Paz', 'Luz', 'Rocío', 'Dolores', 'Soledad', 'Amparo'],
  pt: ['Graça', 'Luz', 'Vitória', 'Glória', 'Rosa'],
  fr: ['Constance', 'Rose', 'Pascal', 'Aimé', 'Prudence'],
  nl: ['Roos', 'Hoop', 'Fien', 'Dirk'],
  da: ['Liv', 'Sol', 'Bo', 'Storm', 'Lykke'],
}

const G: Record<Origin, string[]> = {
  us: ['Tyler', 'Brianna', 'Marcus', 'Shanice', 'Cody', 'Kayla', 'DeShawn', 'Madison', 'Travis', 'Lupe', 'Darnell', 'Ashlyn', 'Hunter', 'Jolene', 'Raymond', 'Tamika', 'May', 'Will', 'Bill', 'Grace', 'Hope', 'Mark', 'Sunny', 'Rose'],
  ca: ['Brayden', 'Émilie', 'Gaétan', 'Siobhan', 'Rajveer', 'Josée', 'Connor', 'Mireille', 'Hope', 'Mark', 'Grace', 'Will'],
  in: ['Priya', 'Arjun', 'Lakshmi', 'Venkatesh', 'Ananya', 'Rohit', 'Kavitha', 'Sanjay', 'Meenakshi', 'Harpreet', 'Aditya', 'Divya', 'Sunny', 'Rajesh'],
  za: ['Thandiwe', 'Sipho', 'Lwazi', 'Nomvula', 'Pieter', 'Anri', 'Johan', 'Lindiwe', 'Xolani', 'Zintle', 'Siyabonga', 'Bongani', 'Marthinus', 'Elmarie', 'Ayanda', 'Precious', 'Gift', 'Patience', 'Nokuthula', 'Thabo'],
  au: ['Lachlan', 'Matilda', 'Brodie', 'Tahlia', 'Jarrah', 'Kirra', 'Hamish', 'Bronwyn', 'Rusty', 'Grace', 'Bill', 'Rose'],
  en: ['Oliver', 'Harriet', 'Callum', 'Imogen', 'Nigel', 'Poppy', 'Reece', 'Beatrice', 'Gemma', 'Alfie', 'Dawn', 'Joy', 'Bill', 'Mark', 'May', 'Will', 'Hope', 'Grace', 'Faith'],
  chde: ['Urs', 'Reto', 'Beat', 'Régula', 'Käthi', 'Jürg', 'Seraina', 'Mägi', 'Ernst', 'Heidi', 'Vreni', 'Dölf'],
  at: ['Florian', 'Theresia', 'Josef', 'Anneliese', 'Klemens', 'Sieglinde', 'Frank', 'Ernst', 'Jürgen', 'Hannelore'],
  it: ['Giuseppe', 'Chiara', 'Niccolò', 'Ilaria', 'Gianluca', 'Benedetta', 'Lucrezia', 'Rosa', 'Serena', 'Felice', 'Fortunato', 'Mattia'],
  mx: ['José Luis', 'Guadalupe', 'Ximena', 'Juan Pablo', 'María Fernanda', 'Itzel', 'Cuauhtémoc', 'Araceli', 'Luz', 'Paz', 'Rocío', 'Dolores'],
  es: ['Íñigo', 'Begoña', 'Jordi', 'Nuria', 'Álvaro', 'Montserrat', 'Sergi', 'Ainhoa', 'Rocío', 'Amparo', 'Soledad', 'Paz'],
  pt: ['João', 'Conceição', 'Gonçalo', 'Inês', 'Tomás', 'Leonor', 'Graça', 'Vitória', 'Simão', 'Glória'],
  br: ['João Pedro', 'Ana Paula', 'Thiago', 'Luíza', 'Caio', 'Maria Clara', 'Luz', 'Vitória', 'Sebastião', 'Conceição'],
  chfr: ['Aurèle', 'Séverine', 'Jérôme', 'Noémie', 'Loïc', 'Maëlle', 'Constance', 'Rose', 'Pascal', 'Aimé', 'Prudence', 'Gaëtan'],
  be: ['Wout', 'Fien', 'Lieselot', 'Jelle', 'Anneleen', 'Roos', 'Hoop', 'Dirk', 'Griet', 'Stijn'],
  dk: ['Søren', 'Mette', 'Jørgen', 'Åse', 'Bjørn', 'Sørine', 'Liv', 'Sol', 'Bo', 'Storm', 'Lykke', 'Ærling'],
}
const F: Record<Origin, string[]> = {
  us: ['Kowalczyk', 'Okafor', 'Delgado', 'Whitfield', 'Brennan', 'Tran', 'Goldberg', 'Washington', 'McAllister', 'Hernandez', 'Yazzie', 'Lindqvist', 'Pruitt', 'Castellano'],
  ca: ['Tremblay', 'Gagnon', 'Bouchard', 'MacIsaac', 'Grewal', 'Lévesque', 'Côté', 'Fraser', 'Thibodeau'],
  in: ['Raghunathan', 'Mehta', 'Iyer', 'Chatterjee', 'Reddy', 'Sharma', 'Nair', 'Kulkarni', 'Bhattacharya', 'Gill', 'Subramaniam', 'Deshpande'],
  za: ['Nkosi', 'Dlamini', 'Mthembu', 'Khumalo', 'van der Merwe', 'Botha', 'du Plessis', 'Ngcobo', 'Mahlangu', 'Mbatha', 'Mkhize', 'Coetzee', 'Nel', 'Sithole', 'Qwabe', 'Xaba'],
  au: ['Fitzgerald', 'Nguyen', 'Papadopoulos', 'McKenzie', 'Harrington', 'Walsh', 'Kaur', 'Dunstan'],
  en: ['Ashworth', 'Pennington', 'Okonkwo', 'Hargreaves', 'Beckford', 'Featherstone', 'Patel', 'Ramsbottom', 'Clegg', 'Winterbourne', 'Oyelaran', 'Mistry'],
  chde: ['Bühlmann', 'Zürcher', 'Häfliger', 'Gygax', 'Schnyder', 'Tschudi', 'Brändli', 'Nüesch', 'Aebischer', 'Stöckli'],
  at: ['Gruber', 'Pichler', 'Huber', 'Wallner', 'Höllbacher', 'Eßl', 'Moosbrugger', 'Kößler', 'Pöschl', 'Grießer'],
  it: ['Esposito', 'Cà Rossa', 'Bianchi', 'Lombardo', 'Dell\'Acqua', 'Trevisàn', 'Nicolò', 'Sanfilippo', 'Ferraù', 'Colombo', 'D\'Angelo', 'Pisanì', 'Cusimanì'],
  mx: ['Hernández', 'Treviño', 'Ramírez', 'Castañeda', 'Zúñiga', 'Olvera', 'Peña', 'Villaseñor', 'Ibáñez', 'Garza', 'Cázares', 'Muñoz'],
  es: ['Muñoz', 'Núñez', 'Etxeberria', 'Puig', 'Fernández', 'Gómez', 'Castaño', 'Ruiz', 'Peñalver', 'Ibáñez', 'Vidal', 'Sáez'],
  pt: ['Gonçalves', 'Magalhães', 'Simões', 'Conceição', 'Patrício', 'Guimarães', 'Araújo', 'Assunção', 'Brandão', 'Leitão'],
  br: ['Souza', 'Carvalho', 'Ribeiro', 'Assunção', 'Guimarães', 'Araújo', 'Nascimento', 'Brandão', 'Falcão', 'Damasceno'],
  chfr: ['Rochat', 'Favre', 'Jaquet', 'Cuénod', 'Rossier', 'Mégroz', 'Perrenoud', 'Dénéréaz', 'Berthoud', 'Chappuis'],
  be: ['Claes', 'Peeters', 'Vermeulen', 'De Smet', 'Van den Broeck', 'Janssens', 'Goossens', 'Van Damme', 'Wouters', 'D\'Hondt'],
  dk: ['Sørensen', 'Jørgensen', 'Østergaard', 'Kjær', 'Bæk', 'Madsen', 'Lykkegaard', 'Dahlgård', 'Møller', 'Frølund'],
}

export interface Person { given: string; family: string; full: string; origin: Origin }

export function person(r: Rng, origin: Origin, opts: { word?: boolean } = {}): Person {
  let given = r.pick(G[origin])
  if (opts.word) {
    const lang = LANG_OF[origin]
    const ws = G[origin].filter((g) => WORD_NAMES[lang]?.includes(g))
    if (ws.length) given = r.pick(ws)
  }
  let family = r.pick(F[origin])
  // double surnames in Mexico, Spain and Brazil; Portuguese particles
  if ((origin === 'mx' || origin === 'es') && r.chance(0.6)) {
    let second = r.pick(F[origin])
    while (second === family) second = r.pick(F[origin])
    family = `${family} ${second}`
  }
  if ((origin === 'br' || origin === 'pt') && r.chance(0.6)) {
    let first = r.pick(F[origin])
    while (first === family) first = r.pick(F[origin])
    family = `${r.pick(['', 'da ', 'dos ', 'de '])}${first} ${family}`
  }
  // Indian names: some with an initial
  if (origin === 'in' && r.chance(0.35)) given = r.chance(0.5) ? `${r.letters(1, 'ABGKNRSTV')}. ${given}` : `${given} ${r.letters(1, 'ABGKNRSTV')}.`
  if (origin === 'za' && r.chance(0.15)) family = r.pick(['Mokoena', 'Zulu', 'Ntuli', 'Buthelezi', 'Makhathini'])
  return { given, family, full: `${given} ${family}`, origin }
}

export const LANG_OF: Record<Origin, string> = { us: 'en', ca: 'en', in: 'en', za: 'en', au: 'en', en: 'en', chde: 'de', at: 'de', it: 'it', mx: 'es', es: 'es', pt: 'pt', br: 'pt', chfr: 'fr', be: 'nl', dk: 'da' }

/** SURNAME first in capitals, then the given name (forms) */
export const surnameFirst = (p: Person): string => `${p.family.toUpperCase()} ${p.given}`
/** lower case as typed in SMS and dictated in transcripts */
export const lower = (p: Person): string => p.full.toLowerCase()

const ASCII: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa' }
export function emailLocal(r: Rng, p: Person): string {
  const a = (s: string) => s.toLowerCase().replace(/[äöüßæøå]/g, (c) => ASCII[c] ?? c).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '')
  const g = a(p.given.split(' ')[0]!.replace('.', ''))
  const f = a(p.family.split(' ').pop()!)
  const k = r.int(0, 4)
  if (k === 0) return `${g}.${f}`
  if (k === 1) return `${g[0]}${f}`
  if (k === 2) return `${g}_${f}${r.int(1, 99)}`
  if (k === 3) return `${f}.${g}`
  return `${g}${f}${r.int(70, 99)}`
}

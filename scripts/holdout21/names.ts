// Invented people: given names and surnames of the corpus's origins, combined at random (no person of a
// public data set). Latvian, Greek and Icelandic names agree in gender; Icelanders carry patronymics.
import type { Rng } from './prng.ts'

export type Origin = 'mw' | 'tx' | 'ne' | 'in' | 'za' | 'jm' | 'ar' | 'co' | 'el' | 'lv' | 'et' | 'sl' | 'is' | 'pt' | 'de' | 'it'
interface Pool { f: string[]; m: string[]; s?: string[]; sf?: string[]; sm?: string[] }

const POOLS: Record<Origin, Pool> = {
  mw: {
    f: ['Darlene', 'Kristin', 'Bethany', 'Marcy', 'Jolene', 'Heidi', 'Sunny', 'Hope', 'May', 'Lorna', 'Gretchen', 'Kayla', 'Brianna', 'Ingrid'],
    m: ['Dale', 'Lyle', 'Arlen', 'Bill', 'Mark', 'Gunnar', 'Duane', 'Kurt', 'Travis', 'Wade', 'Will', 'Brody'],
    s: ['Lindquist', 'Kowalczyk', 'Halvorsen', 'Schuttler', 'Brandvold', 'Wojcik', 'Ostendorf', 'Nygaard', 'Pflueger', 'Hegstrom', 'Dvorak', 'Vandermolen', 'Amundson'],
  },
  tx: {
    f: ['Guadalupe', 'Marisol', 'Rose', 'Shelby', 'Kaylee', 'Yesenia', 'LaTonya', 'Grace', 'Dolores', 'Reba', 'Araceli'],
    m: ['Billy Ray', 'Jesús', 'Cody', 'Tripp', 'Rogelio', 'Hector', 'Bubba', 'Colt', 'Efraín', 'Dustin', 'Will'],
    s: ['Treviño', 'Garza', 'Ybarra', 'Cantú', 'Stroud', 'Whitacre', 'Villarreal', 'McCandless', 'Saldaña', 'Pruitt', 'Hinojosa', 'Bledsoe'],
  },
  ne: {
    f: ['Cheryl', 'Shelley', 'Kerry', 'Jodie', 'Leanne', 'Grace', 'Hope', 'Maxine', 'Bev', 'Nicola', 'Rose', 'Siobhan', 'Aaliyah'],
    m: ['Gaz', 'Wayne', 'Darren', 'Craig', 'Terry', 'Mark', 'Bill', 'Stuart', 'Imran', 'Kieran', 'Les'],
    s: ['Sutcliffe', 'Ackroyd', 'Haworth', 'Hirst', 'Oldroyd', 'Greenwood', 'Thwaite', 'Butterworth', 'Illingworth', 'Hussain', 'Mellor', 'Dobson', 'Armitage', 'Lumb', 'Hirst-Oldroyd'],
  },
  in: {
    f: ['Priya', 'Ananya', 'Lakshmi', 'Kavitha', 'Deepika', 'Meenakshi', 'Shruti', 'Harpreet', 'Sunny', 'Aarti', 'Pooja'],
    m: ['Ankit', 'Venkatesh', 'Rohan', 'Sandeep', 'Arjun', 'Gurpreet', 'Mahesh', 'Vikram', 'Sunny', 'Karthik', 'Rakesh'],
    s: ['Venkataraman', 'Deshpande', 'Iyer', 'Chatterjee', 'Nair', 'Kulkarni', 'Bhattacharya', 'Reddy', 'Sandhu', 'Menon', 'Gupta', 'Subramanian', 'Pillai'],
  },
  za: {
    f: ['Thandeka', 'Lerato', 'Nomvula', 'Anri', 'Zanele', 'Refilwe', 'Liezl', 'Precious', 'Busisiwe', 'Charmaine', 'Hope'],
    m: ['Sipho', 'Pieter', 'Riaan', 'Thabo', 'Johan', 'Mandla', 'Kagiso', 'Wian', 'Lwazi', 'Gift', 'Bongani'],
    s: ['Mthembu', 'van der Merwe', 'Botha', 'Mokoena', 'Dlamini', 'Nkosi', 'du Plessis', 'Khumalo', 'Pretorius', 'Ndlovu', 'Coetzee', 'Naidoo', 'Maseko', 'Smith-Dlamini'],
  },
  jm: {
    f: ['Shanique', 'Tamika', 'Kerry-Ann', 'Shelly-Ann', 'Shantelle', 'Grace', 'Nadine', 'Tashana', 'Odette', 'Marcia', 'Sunny'],
    m: ['Delroy', 'Devon', 'Ricardo', 'Andre', 'Kemar', 'Fitzroy', 'Orville', 'Javaughn', 'Garfield', 'Mark'],
    s: ['Campbell', 'McKenzie', 'Clarke', 'Grant', 'Thompson', 'Brissett', 'Wint', 'Reid', 'Ebanks', 'Gayle', 'Chin', 'Morrison', 'Lindo', 'Grant-Wint'],
  },
  ar: {
    f: ['Valentina', 'Micaela', 'Agustina', 'Luz', 'Florencia', 'Rocío', 'Paz', 'Milagros', 'Belén', 'Ailén'],
    m: ['Facundo', 'Joaquín', 'Matías', 'Nicolás', 'Gonzalo', 'Tomás', 'Lautaro', 'Ezequiel', 'Iñaki'],
    s: ['Gómez', 'Ferreyra', 'Rodríguez', 'Sosa', 'Pereyra', 'Giménez', 'Acuña', 'Benítez', 'Cabrera', 'Ibáñez', 'Quiroga', 'Ledesma', 'Núñez'],
  },
  co: {
    f: ['Luz Marina', 'María José', 'Dayana', 'Yuliana', 'Consuelo', 'Paola', 'Esperanza', 'Leidy', 'Natalia'],
    m: ['Juan Camilo', 'Jhon Fredy', 'Andrés Felipe', 'Wílmar', 'Sebastián', 'Julián', 'Édgar', 'Yeison', 'Hernán'],
    s: ['Restrepo', 'Zuluaga', 'Ospina', 'Cardona', 'Londoño', 'Muñoz', 'Valencia', 'Giraldo', 'Patiño', 'Jaramillo', 'Arango', 'Castaño', 'Peña'],
  },
  el: {
    f: ['Ελένη', 'Μαρία', 'Δέσποινα', 'Ελπίδα', 'Αικατερίνη', 'Ειρήνη', 'Βασιλική', 'Σοφία', 'Χαρίκλεια'],
    m: ['Γιώργος', 'Δημήτρης', 'Νίκος', 'Κωνσταντίνος', 'Σπύρος', 'Παναγιώτης', 'Θανάσης', 'Χρήστος', 'Ευάγγελος'],
    sm: ['Παπαδόπουλος', 'Καραγιάννης', 'Οικονόμου', 'Αλεξίου', 'Μαυρίδης', 'Τσακίρης', 'Βλάχος', 'Ζαχαρίου', 'Κυριακίδης'],
    sf: ['Παπαδοπούλου', 'Καραγιάννη', 'Οικονόμου', 'Αλεξίου', 'Μαυρίδου', 'Τσακίρη', 'Βλάχου', 'Ζαχαρίου', 'Κυριακίδου'],
  },
  lv: {
    f: ['Līga', 'Ilze', 'Inese', 'Ausma', 'Laima', 'Dace', 'Zane', 'Liesma', 'Anete', 'Sniedze'],
    m: ['Jānis', 'Andris', 'Mārtiņš', 'Edgars', 'Uldis', 'Kārlis', 'Raimonds', 'Gints', 'Valdis'],
    sm: ['Bērziņš', 'Ozoliņš', 'Kalniņš', 'Liepiņš', 'Krūmiņš', 'Vītols', 'Zariņš', 'Pētersons', 'Jansons', 'Ēķis'],
    sf: ['Bērziņa', 'Ozoliņa', 'Kalniņa', 'Liepiņa', 'Krūmiņa', 'Vītola', 'Zariņa', 'Pētersone', 'Jansone', 'Ēķe'],
  },
  et: {
    f: ['Kadri', 'Triin', 'Mari', 'Liis', 'Ülle', 'Kärt', 'Maarja', 'Piret', 'Helle', 'Õie'],
    m: ['Tõnu', 'Jüri', 'Mart', 'Rein', 'Priit', 'Margus', 'Siim', 'Ülo', 'Tarmo', 'Andres'],
    s: ['Tamm', 'Sepp', 'Kask', 'Saar', 'Mägi', 'Lepik', 'Kõiv', 'Pärn', 'Õunapuu', 'Rüütel', 'Kuusk', 'Jõgi'],
  },
  sl: {
    f: ['Špela', 'Nina', 'Živa', 'Zora', 'Mojca', 'Urška', 'Maja', 'Tjaša', 'Nataša', 'Vesna', 'Ana-Marija'],
    m: ['Matej', 'Rok', 'Žiga', 'Gašper', 'Luka', 'Boštjan', 'Primož', 'Jure', 'Aleš', 'Blaž'],
    s: ['Žagar', 'Kovačič', 'Novak', 'Horvat', 'Krajnc', 'Zupančič', 'Potočnik', 'Kos', 'Vidmar', 'Golob', 'Šuštar', 'Mlakar'],
  },
  is: {
    f: ['Sigríður', 'Guðrún', 'Þórdís', 'Björk', 'Sól', 'Ásdís', 'Hrafnhildur', 'Ragnheiður', 'Eydís', 'Dögg'],
    m: ['Þórður', 'Sigurður', 'Gunnar', 'Ólafur', 'Jón', 'Einar', 'Hrafn', 'Ægir', 'Björn', 'Halldór'],
    // fathers' names in the genitive, for patronymics
    s: ['Jóns', 'Sigurðs', 'Gunnars', 'Ólafs', 'Einars', 'Magnús', 'Þórðar', 'Halldórs', 'Ásgeirs', 'Arnar', 'Kristjáns', 'Guðmunds'],
  },
  pt: {
    f: ['Graça', 'Inês', 'Conceição', 'Joana', 'Rosa', 'Leonor', 'Glória', 'Beatriz', 'Luz', 'Sónia'],
    m: ['João', 'Gonçalo', 'Tiago', 'Rui', 'Sebastião', 'Duarte', 'Nuno', 'Vasco', 'António'],
    s: ['Conceição', 'Magalhães', 'Ferreira', 'Gonçalves', 'Lourenço', 'Simões', 'Brandão', 'Araújo', 'Sousa Pinto', 'Assunção', 'Carvalho', 'Falcão'],
  },
  de: {
    f: ['Jördis', 'Ulrike', 'Anke', 'Bärbel', 'Klara', 'Heide', 'Süheyla', 'Franziska', 'Gesine', 'Käthe'],
    m: ['Jürgen', 'Ernst', 'Frank', 'Günther', 'Sönke', 'Lutz', 'Björn', 'Malte', 'Jörg', 'Kai-Uwe'],
    s: ['Weiß', 'Müller-Lüdenscheidt', 'Schröder', 'Hoffmann', 'Großmann', 'Öztürk', 'Brückner', 'Schäfer', 'Kühne', 'Jäger', 'Voß', 'Pfänder', 'Schulze-Öztürk'],
  },
  it: {
    f: ['Giulia', 'Serena', 'Allegra', 'Rosa', 'Chiara', 'Benedetta', 'Speranza', 'Ilaria', 'Concetta', 'Noemi'],
    m: ['Niccolò', 'Franco', 'Salvatore', 'Gianluca', 'Raffaele', 'Mattia', 'Tommaso', 'Ettore', 'Pasquale'],
    s: ['Esposito', 'Fabbri', 'Russo', 'De Luca', "D'Angelo", 'Caruso', 'Lombardi', 'Barbieri', 'Colombo', 'Santoro', 'Galli', 'Marchetti', 'Di Stefano'],
  },
}

export interface Person {
  given: string
  family: string
  female: boolean
  origin: Origin
}

const GREEKLISH: Record<string, string> = { α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z', η: 'i', ή: 'i', θ: 'th', ι: 'i', ί: 'i', ϊ: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', ύ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o', ώ: 'o' }
/** Greek in Latin letters as people type it (Giorgos, Papadopoulos): ου, αι, ει, οι, γγ first */
export function greeklish(s: string): string {
  let x = s.toLowerCase().replace(/ου|ού/g, 'ou').replace(/αι|αί/g, 'ai').replace(/ει|εί/g, 'ei').replace(/οι|οί/g, 'oi').replace(/γγ/g, 'ng').replace(/γι(?=[ώοωό])/g, 'gi')
  x = [...x].map((c) => GREEKLISH[c] ?? c).join('')
  return x.replace(/(^|[ -])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase())
}

export function person(r: Rng, origin: Origin, female?: boolean): Person {
  const p = POOLS[origin]
  const fem = female ?? r.chance(0.5)
  const given = r.pick(fem ? p.f : p.m)
  let family: string
  if (origin === 'is') family = r.pick(p.s!) + (fem ? 'dóttir' : 'son')
  else if (p.sf && p.sm) family = r.pick(fem ? p.sf : p.sm)
  else if (origin === 'ar' || origin === 'co') family = r.chance(0.55) ? `${r.pick(p.s!)} ${r.pick(p.s!)}` : r.pick(p.s!)
  else family = r.pick(p.s!)
  if (family.split(' ').length === 2 && family.split(' ')[0] === family.split(' ')[1]) family = family.split(' ')[0]!
  return { given, family, female: fem, origin }
}

export const full = (p: Person) => `${p.given} ${p.family}`
/** surname first in capitals, as a front desk types it: 'ZULUAGA OSPINA Juan Camilo' */
export const capsFirst = (p: Person) => `${p.family.toLocaleUpperCase(p.origin === 'el' ? 'el' : 'en')} ${p.given}`
/** Latin letters only for mail addresses and handles */
export function ascii(s: string): string {
  const g = /[\u0370-\u03ff]/.test(s) ? greeklish(s) : s
  return g.replace(/ð/g, 'd').replace(/Ð/g, 'D').replace(/þ/g, 'th').replace(/Þ/g, 'Th').replace(/æ/g, 'ae').replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z -]/g, '')
}

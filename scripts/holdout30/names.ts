// Invented people by origin: given names (f/m), surnames, and the given names that are also words of the language.
import type { Rng } from './prng.ts'

export interface Origin { given: string[]; family: string[] }
export const ORIGINS: Record<string, Origin> = {
  usne: { given: ['Kathleen', 'Brendan', 'Maureen', 'Declan', 'Colleen', 'Theo', 'Bridget', 'Sullivan', 'Mark', 'Will', 'Hope', 'Dawn', 'Bill', 'Joy', 'Rich'], family: ['Donnelly', 'Whitcomb', 'Pellegrino', 'Hathaway', "O'Rourke", 'Castellano', 'Lindqvist', 'Ashby', 'Fitzgerald', 'Pierce'] },
  uswest: { given: ['Skyler', 'Marisol', 'Dakota', 'Jasmine', 'Trevor', 'Summer', 'Sunny', 'Guy', 'Art', 'Rose', 'Reyna', 'Kai', 'Paloma', 'Dustin'], family: ['Nakamura', 'Delgado', 'Fairbanks', 'Okafor', 'Torvik', 'Hernández', 'Yamaguchi', 'Whitlock', 'Bautista', 'Lindgren'] },
  london: { given: ['Olamide', 'Charlotte', 'Krzysztof', 'Agnieszka', 'Ruairi', 'Imogen', 'Grace', 'May', 'Will', 'Tobias', 'Kwame', 'Magdalena', 'Mark'], family: ['Adeyemi', 'Pennington', 'Nowak', 'Wiśniewska', 'Kowalczyk', 'Hargreaves', 'Mensah', 'Okonkwo', 'Thackeray', 'Zieliński'] },
  midlands: { given: ['Harpreet', 'Priya', 'Sandeep', 'Aarav', 'Gurdeep', 'Shauna', 'Darren', 'Rose', 'Hope', 'Kieran', 'Jaspreet', 'Bill', 'Dawn'], family: ['Patel', 'Sandhu', 'Bhogal', 'Mistry', 'Kaur', 'Dhillon', 'Whitehouse', 'Cartwright', 'Lal', 'Brindley'] },
  scotland: { given: ['Eilidh', 'Murdo', 'Iona', 'Ruaridh', 'Kirsty', 'Calum', 'Morag', 'Grace', 'Fraser', 'Catriona', 'Hamish', 'Ailsa'], family: ['MacLeod', 'Buchanan', 'Sinclair', 'MacAulay', 'Drummond', 'Ferguson', 'Urquhart', 'McIntyre', 'Gillespie', 'Galbraith'] },
  au: { given: ['Lachlan', 'Matilda', 'Thanh', 'Linh', 'Minh', 'Bronte', 'Jarrah', 'Summer', 'Joy', 'Hamish', 'Tuyết', 'Huy', 'Sunny'], family: ['Nguyễn', 'Trần', 'Phạm', 'Lê', 'Kovac', 'Fitzpatrick', 'Halloran', 'Whitford', 'Võ', 'McKinnon'] },
  bc: { given: ['Wei', 'Kevin', 'Mei', 'Jasmine', 'Connor', 'Avery', 'Harjit', 'Hope', 'Art', 'Xiaoling', 'Raymond', 'Guy'], family: ['Chen', 'Lau', 'Wong', 'Leung', 'Tsang', 'Gill', 'Tremblay', 'Olafsen', 'Ho', 'Fraser'] },
  de: { given: ['Jörg', 'Jürgen', 'Hannelore', 'Sören', 'Lüdger', 'Ernst', 'Frank', 'Heide', 'Friederike', 'Ute', 'Björn'], family: ['Müller', 'Großmann', 'Weißenborn', 'Schäfer', 'Köhler', 'Strauß', 'Brückner', 'Voß', 'Weiß', 'Preuß'] },
  trde: { given: ['Emre', 'Ayşe', 'Yusuf', 'Elif', 'Mehmet', 'Tuğba', 'Ertuğrul', 'Barış', 'Özlem'], family: ['Yılmaz', 'Öztürk', 'Demir', 'Kaya', 'Doğan', 'Şahin', 'Çelik'] },
  at: { given: ['Florian', 'Leopold', 'Theresia', 'Vroni', 'Ernst', 'Heide', 'Valentina', 'Žarko', 'Günther', 'Resi'], family: ['Pöltl', 'Hofbauer', 'Gruber', 'Steinböck', 'Wimmer', 'Novotný', 'Reiter', 'Haslinger', 'Fößl'] },
  fr: { given: ['Hélène', 'Aimé', 'Rose', 'Pascal', 'Françoise', 'Gaëlle', 'Loïc', 'Clémence', 'Jérôme', 'Noémie', 'Karim', 'Yasmina'], family: ['Lefèvre', 'Giraud', 'Rousseau', 'Bénard', 'Mercier', 'Chevalier', 'Benali', 'Faure', 'Lemaître', 'Duchêne'] },
  be: { given: ['Amélie', 'Wouter', 'Géraldine', 'Aimé', 'Rose', 'Maxime', 'Noor', 'Thibault', 'Pascal'], family: ['Dubois', 'Peeters', 'Lambert', 'Janssens', 'Dethier', 'Vandenbroucke', 'Claes', 'Mahieu'] },
  it: { given: ['Stella', 'Serena', 'Niccolò', 'Lucrezia', 'Ludovica', 'Gianluca', 'Beatrice', 'Raffaele', 'Ilaria', 'Tommaso'], family: ['Esposito', 'Bianchi', 'Colombo', 'Ferraro', 'Galli', 'De Luca', 'Santoro', 'Marchetti', 'Caruso', 'Fabbri', 'Mazzà'] },
  es: { given: ['Luz', 'Pilar', 'Amparo', 'Íñigo', 'Begoña', 'Ángel', 'Nuria', 'Jesús', 'Inmaculada', 'Rocío', 'Álvaro'], family: ['Núñez', 'Ibáñez', 'Muñoz', 'Castaño', 'Gallego', 'Peña', 'Ortiz', 'Sáez', 'Rubio', 'Domínguez'] },
  nl: { given: ['Roos', 'Bram', 'Sanne', 'Joost', 'Femke', 'Mohamed', 'Fatima', 'Ilham', 'Khalid', 'Anouk', 'Thijs', 'Noor'], family: ['de Vries', 'van Dijk', 'Bakker', 'Smit', 'El Amrani', 'Bouzid', 'Achahbar', 'van der Linden', 'Visser', 'Mulder', 'Ouali'] },
  pl: { given: ['Róża', 'Jagoda', 'Łukasz', 'Małgorzata', 'Wojciech', 'Zbigniew', 'Bożena', 'Grzegorz', 'Jolanta', 'Paweł', 'Agnieszka'], family: ['Wiśniewski', 'Wójcik', 'Kamińska', 'Zając', 'Dąbrowski', 'Szczęsny', 'Lewandowska', 'Mazur', 'Kaczmarek', 'Król'] },
  pt: { given: ['Conceição', 'João', 'Gonçalo', 'Inês', 'Leonor', 'Tomás', 'Graça', 'Sebastião', 'Margarida', 'Rui'], family: ['Gonçalves', 'Magalhães', 'Simões', 'Araújo', 'Brandão', 'Guimarães', 'Loureiro', 'Conceição', 'Falcão', 'Pinto'] },
  sv: { given: ['Sol', 'Vilja', 'Åsa', 'Björn', 'Märta', 'Göran', 'Linnéa', 'Östen', 'Ingrid', 'Mattias'], family: ['Åkesson', 'Lindström', 'Sjöberg', 'Bäckström', 'Öberg', 'Nyström', 'Ekdahl', 'Hägglund', 'Strömberg', 'Lundqvist'] },
  el: { given: ['Γιώργος', 'Ελένη', 'Δημήτρης', 'Αικατερίνη', 'Νίκος', 'Σοφία', 'Κώστας', 'Μαρία', 'Ευαγγελία', 'Σπύρος'], family: ['Παπαδόπουλος', 'Οικονόμου', 'Καραγιάννη', 'Βλάχος', 'Μαυρίδη', 'Γεωργίου', 'Αντωνίου', 'Ζαχαρίου', 'Πετρίδης', 'Σταύρου'] },
  ro: { given: ['Ștefan', 'Ioana', 'Mihaela', 'Răzvan', 'Bogdan', 'Andreea', 'Florin', 'Cătălina', 'Tudor', 'Irina'], family: ['Popescu', 'Ionescu', 'Dumitrescu', 'Stănescu', 'Țurcanu', 'Mureșan', 'Bălan', 'Neagu', 'Constantinescu', 'Vâlcu'] },
  cs: { given: ['Jiří', 'Květa', 'Přemysl', 'Růžena', 'Tomáš', 'Zdeňka', 'Vojtěch', 'Dagmar', 'Ondřej', 'Šárka'], family: ['Dvořák', 'Procházková', 'Černý', 'Kučerová', 'Novák', 'Růžička', 'Šťastný', 'Horáková', 'Veselý', 'Pospíšil'] },
}

// Greek letters to Latin for mail addresses
const GR: Record<string, string> = { α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o' }
export function ascii(s: string): string {
  return s.toLowerCase().replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/đ/g, 'd').normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/[α-ω]/g, (c) => GR[c] ?? '').replace(/[^a-z]/g, '')
}

/** given names that are also ordinary words of their language */
export const WORD_GIVEN = new Set(['Rose', 'Grace', 'May', 'Will', 'Bill', 'Mark', 'Hope', 'Joy', 'Dawn', 'Summer', 'Sunny', 'Rich', 'Guy', 'Art', 'Ernst', 'Frank', 'Heide', 'Pascal', 'Aimé', 'Stella', 'Serena', 'Luz', 'Pilar', 'Amparo', 'Roos', 'Bram', 'Róża', 'Jagoda', 'Graça', 'Sol', 'Vilja'])

export interface Person { given: string; family: string; full: string }
export function person(r: Rng, origin: string, family?: string): Person {
  const o = ORIGINS[origin]!
  const words = o.given.filter((g) => WORD_GIVEN.has(g))
  const given = words.length && r.chance(0.2) ? r.pick(words) : r.pick(o.given)
  let fam = family ?? r.pick(o.family)
  if (origin === 'el' && !family && /[ςs]$/.test(fam) && ['Ελένη', 'Αικατερίνη', 'Σοφία', 'Μαρία', 'Ευαγγελία'].includes(given)) fam = fam.replace(/ος$/, 'ου').replace(/ης$/, 'η')
  return { given, family: fam, full: `${given} ${fam}` }
}

// Invented people by origin: given names and surnames with their letters. Given names that are also words of the
// text's language (Hope, Will, Ernst, Rose, Luz, Stella, Roos, Róża, Sol, Onni, Floare, Роза...) are among them.
import type { Rng } from './prng.ts'

interface Origin { given: string[]; surname: string[] }
const O: Record<string, Origin> = {
  tamil: { given: ['Karthik', 'Priya', 'Senthil', 'Meenakshi', 'Arul', 'Kavitha', 'Vignesh', 'Tamilselvi', 'Bharathi'], surname: ['Subramanian', 'Ramasamy', 'Annamalai', 'Palanisamy', 'Venkatesan', 'Murugesan', 'Thangaraj'] },
  telugu: { given: ['Venkata Ramana', 'Sravani', 'Srinivas', 'Lakshmi Prasanna', 'Chaitanya', 'Harika', 'Naga Raju'], surname: ['Reddy', 'Naidu', 'Chowdary', 'Yarlagadda', 'Kommineni', 'Bandaru'] },
  bengali: { given: ['Sourav', 'Moumita', 'Arnab', 'Sohini', 'Debashis', 'Rituparna', 'Anirban'], surname: ['Chatterjee', 'Banerjee', 'Mukhopadhyay', 'Bhattacharya', 'Sengupta', 'Ghoshal'] },
  punjabi: { given: ['Gurpreet', 'Harjit', 'Manpreet', 'Jaswinder', 'Simranjeet', 'Navjot', 'Balwinder'], surname: ['Kaur Sandhu', 'Singh Gill', 'Dhillon', 'Grewal', 'Sidhu', 'Kaur Brar', 'Randhawa'] },
  marathi: { given: ['Aniket', 'Snehal', 'Omkar', 'Rutuja', 'Prathamesh', 'Madhura', 'Sachin'], surname: ['Deshpande', 'Kulkarni', 'Patwardhan', 'Joshi', 'Gokhale', 'Sawant', 'Bhosale'] },
  filipino: { given: ['Jun-Jun', 'Maricel', 'Rhea Mae', 'Jose Rizaldy', 'Bong', 'Joy', 'Mary Grace', 'Lovely', 'Dindo', 'Arnel', 'Princess', 'Marlon'], surname: ['dela Cruz', 'Bautista', 'Villanueva', 'Macaraeg', 'Santos', 'Dimaculangan', 'Pangilinan', 'Evangelista', 'Manalastas'] },
  australian: { given: ['Lachlan', 'Jacinta', 'Brodie', 'Tahlia', 'Mitchell', 'Kirra', 'Bill', 'Hope', 'Darcy', 'Grace'], surname: ['Murphy', "O'Sullivan", 'Nguyen', 'Papadopoulos', 'Kowalski', 'McAllister', 'Fitzgerald', 'Whitlam-Hayes', 'Tran'] },
  firstnations: { given: ['Kateri', 'Dakota', 'Tenille', 'Cody', 'Shawna', 'Waylon', 'Nakita'], surname: ['Morningstar', 'Littlechild', 'Crowchild', 'Manyfingers', 'Bigeagle', 'Cardinal', 'Whitehorse', 'Sinclair'] },
  quebec: { given: ['Marie-Ève', 'Jean-François', 'Mathieu', 'Geneviève', 'Stéphane', 'Chantal', 'Josée', 'Benoît'], surname: ['Tremblay', 'Gagnon', 'Bélanger', 'Côté', 'Lévesque', 'Bouchard', 'Gauthier', 'Pelletier'] },
  irish: { given: ['Siobhán', 'Pádraig', 'Aoife', 'Caoimhe', 'Oisín', 'Niamh', 'Ciarán', 'Saoirse', 'Eoghan', 'Sinéad', 'Dara', 'Gráinne'], surname: ['Ó Ceallaigh', 'Ní Bhriain', 'Mac Cárthaigh', 'Ó Murchú', 'Breathnach', 'de Búrca', 'Ní Fhloinn', 'Ó Néill', 'Nic Giolla Phádraig', 'Ó Dónaill'] },
  us: { given: ['Grant', 'Faith', 'Will', 'Rich', 'Hope', 'Joy', 'Bill', 'Mark', 'Rose', 'May', 'Sunny', 'Tyrell', 'Mei-Ling', 'DeShawn', 'Brianna', 'Rosalind'], surname: ['Whitfield', 'Okafor-Lee', 'Dambrosio', 'Kowalczyk', 'Navarro', 'Lindqvist', 'Castellanos', 'Jackson', 'Zhou', 'Carter', 'Brightwater', 'Nakamura', 'Baptiste'] },
  german: { given: ['Ernst', 'Frank', 'Jürgen', 'Lieselotte', 'Björn', 'Ursula', 'Hannelore', 'Käthe', 'Sönke', 'Götz'], surname: ['Haberl', 'Wüstner', 'Weißmann', 'Bäumer', 'Großkopf', 'Köhler', 'Strüver', 'Überall', 'Mößner'] },
  french: { given: ['Rose', 'Pascal', 'Gaëlle', 'François', 'Océane', 'Benoît', 'Noémie', 'Hélène', 'Loïc', 'Maëlys'], surname: ['Lefèvre', 'Rouillard', 'Bérenger', 'Lemaître', 'Duchâteau', 'Guérin', 'Ferrière', 'Garçon', 'Lacroix-Pétain'] },
  mexican: { given: ['Luz', 'Rocío', 'José Ángel', 'María Guadalupe', 'Ximena', 'Jesús', 'Itzel', 'Andrés'], surname: ['Ramírez Ochoa', 'Hernández Pérez', 'Núñez', 'Cárdenas', 'Peña Zúñiga', 'Maldonado Ibáñez', 'Gómez Tlapa', 'Domínguez'] },
  italian: { given: ['Stella', 'Niccolò', 'Ludovica', 'Andrea', 'Giuseppina', 'Fabrizio', 'Mattia', 'Ilaria'], surname: ['Marchetti', 'Bellandi', 'Donà', 'Ferraù', 'Ricciardelli', 'Esposito', 'De Angelis', 'Lo Bianco', 'Santoro'] },
  dutch: { given: ['Roos', 'Sanne', 'Thijs', 'Femke', 'Daan', 'Joris', 'Anouk', 'Sjoerd'], surname: ['van der Meulen', 'Bakker', 'van Dijk', 'Jansen-ter Horst', "'t Hart", 'de Graaf', 'Visser', 'IJzerman'] },
  brazilian: { given: ['Conceição', 'João', 'Luíza', 'Thiago', 'Graça', 'Antônio', 'Letícia', 'Caio'], surname: ['Araújo', 'Guimarães', 'Magalhães', 'Falcão', 'Nogueira', 'Brandão', 'Simões', 'dos Santos'] },
  polish: { given: ['Róża', 'Łukasz', 'Małgorzata', 'Paweł', 'Agnieszka', 'Jędrzej', 'Bożena', 'Zdzisław'], surname: ['Wiśniewska', 'Żółkowski', 'Kołodziej', 'Szczęsny', 'Wąsowska', 'Dąbrowski', 'Jaśkiewicz', 'Grzegórzek'] },
  swedish: { given: ['Sol', 'Åsa', 'Måns', 'Linnéa', 'Göran', 'Ebba', 'Björn', 'Märta'], surname: ['Lindqvist', 'Björklund', 'Öberg', 'Åkesson', 'Strömberg', 'Sjögren', 'Ångström', 'Nyström'] },
  finnish: { given: ['Onni', 'Toivo', 'Aino', 'Päivi', 'Eero', 'Siiri', 'Jyrki', 'Ilona'], surname: ['Mäkelä', 'Häkkinen', 'Järvinen', 'Leppänen', 'Kärkkäinen', 'Ylönen', 'Hyvärinen', 'Pöllänen'] },
  romanian: { given: ['Floare', 'Ștefan', 'Ioana', 'Răzvan', 'Andreea', 'Cătălina', 'Ionuț', 'Irina'], surname: ['Ionescu', 'Munteanu', 'Țurcanu', 'Stănescu', 'Dumitrașcu', 'Bârsan', 'Câmpeanu', 'Sîrbu'] },
  bulgarian: { given: ['Роза', 'Георги', 'Цветелина', 'Стефан', 'Десислава', 'Боян', 'Йорданка', 'Ивайло'], surname: ['Петрова', 'Стоянов', 'Костадинова', 'Пенчев', 'Желязкова', 'Христов', 'Вълчева', 'Цонев'] },
  bulgarianLatin: { given: ['Roza', 'Tsvetelina', 'Boyan', 'Desislava', 'Yordanka', 'Ivaylo'], surname: ['Petrova', 'Kostadinova', 'Hristov', 'Zhelyazkova', 'Valcheva', 'Tsonev'] },
  greek: { given: ['Ελένη', 'Γιώργος', 'Δήμητρα', 'Σταύρος', 'Αθηνά', 'Ελπίδα', 'Χαράλαμπος', 'Ευαγγελία'], surname: ['Παπαδοπούλου', 'Κωνσταντίνου', 'Αλεξίου', 'Καραγιάννης', 'Μαυρίδου', 'Οικονόμου', 'Βλάχος', 'Τσακίρη'] },
}
export const ORIGINS_OF: Record<string, string[]> = {
  'en-in': ['tamil', 'telugu', 'bengali', 'punjabi', 'marathi'], 'en-ph': ['filipino'], 'en-au': ['australian'],
  'en-ca': ['firstnations', 'quebec', 'us'], 'en-ie': ['irish', 'irish', 'australian'], 'en-us': ['us'],
  de: ['german'], fr: ['french'], es: ['mexican'], it: ['italian'], nl: ['dutch'], pt: ['brazilian'], pl: ['polish'],
  sv: ['swedish'], fi: ['finnish'], ro: ['romanian'], bg: ['bulgarian', 'bulgarian', 'bulgarianLatin'], bgl: ['bulgarianLatin'], el: ['greek'],
}
// the foreign caller now and then: an origin from elsewhere
const ALL = Object.keys(O)

export interface Person { given: string; surname: string; full: string; origin: string }

export function drawPerson(r: Rng, region: string, taken: Set<string>, foreign = false): Person {
  for (;;) {
    const origin = foreign ? r.pick(ALL) : r.pick(ORIGINS_OF[region]!)
    const o = O[origin]!
    const given = r.pick(o.given)
    const surname = r.pick(o.surname)
    // a Polish, Bulgarian or Greek woman's surname as drawn is kept; no two people in a text share a part
    if (taken.has(given) || taken.has(surname)) continue
    taken.add(given); taken.add(surname)
    return { given, surname, full: `${given} ${surname}`, origin }
  }
}
/** a given name that is also a word in the text's language, to make a person of */
export const NAME_WORD_GIVEN: Record<string, string[]> = {
  en: ['Hope', 'Will', 'Bill', 'Grant', 'Rich', 'Joy', 'Faith', 'Mark', 'Rose', 'May', 'Sunny', 'Grace'], de: ['Ernst', 'Frank'], fr: ['Rose', 'Pascal'], es: ['Luz', 'Rocío'],
  it: ['Stella'], nl: ['Roos'], pt: ['Graça'], pl: ['Róża'], sv: ['Sol'], fi: ['Onni', 'Toivo'], ro: ['Floare'], bg: ['Роза'], el: ['Ελπίδα'],
}

const TR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
  α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z', η: 'i', ή: 'i', θ: 'th', ι: 'i', ί: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', ύ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o', ώ: 'o',
  ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', ı: 'i',
}
/** the ASCII a mail address makes of a name part */
export function ascii(s: string): string {
  return [...s.toLowerCase()].map((c) => TR[c] ?? c).join('').normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z]/g, '')
}
export function emailOf(r: Rng, p: Person, domains: string[]): string {
  const g = ascii(p.given.split(' ')[0]!)
  const s = ascii(p.surname.split(' ').slice(-1)[0]!)
  const local = r.pick([`${g}.${s}`, `${g}${s}`, `${g[0]}${s}`, `${g}_${s}${r.int(1, 99)}`, `${s}.${g}`, `${g}${r.int(70, 99)}`])
  return `${local}@${r.pick(domains)}`
}

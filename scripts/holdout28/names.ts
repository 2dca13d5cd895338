// Invented people by origin: given names and surnames with their letters. Given names that are also words of the
// text's language (Hope, Will, Ernst, Rose, Luz, Stella, Roos, Róża, Sol, Onni, Floare, Роза...) are among them.
import type { Rng } from './prng.ts'

// gendered origins (Irish Ní/Ó, Polish -ska/-ski, Bulgarian -ova/-ov, Greek genitive surnames) draw a woman's or a man's pair
interface Origin { given: string[]; surname: string[]; f?: [string[], string[]]; m?: [string[], string[]] }
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
  irish: { given: [], surname: [], f: [['Siobhán', 'Aoife', 'Caoimhe', 'Niamh', 'Saoirse', 'Sinéad', 'Gráinne'], ['Ní Bhriain', 'Ní Fhloinn', 'Nic Giolla Phádraig', 'Ní Cheallaigh', 'Breathnach', 'de Búrca']], m: [['Pádraig', 'Oisín', 'Ciarán', 'Eoghan', 'Dara', 'Cathal'], ['Ó Ceallaigh', 'Mac Cárthaigh', 'Ó Murchú', 'Ó Néill', 'Ó Dónaill', 'Breathnach', 'de Búrca']] },
  us: { given: ['Grant', 'Faith', 'Will', 'Rich', 'Hope', 'Joy', 'Bill', 'Mark', 'Rose', 'May', 'Sunny', 'Tyrell', 'Mei-Ling', 'DeShawn', 'Brianna', 'Rosalind'], surname: ['Whitfield', 'Okafor-Lee', 'Dambrosio', 'Kowalczyk', 'Navarro', 'Lindqvist', 'Castellanos', 'Jackson', 'Zhou', 'Carter', 'Brightwater', 'Nakamura', 'Baptiste'] },
  german: { given: ['Ernst', 'Frank', 'Jürgen', 'Lieselotte', 'Björn', 'Ursula', 'Hannelore', 'Käthe', 'Sönke', 'Götz'], surname: ['Haberl', 'Wüstner', 'Weißmann', 'Bäumer', 'Großkopf', 'Köhler', 'Strüver', 'Überall', 'Mößner'] },
  french: { given: ['Rose', 'Pascal', 'Gaëlle', 'François', 'Océane', 'Benoît', 'Noémie', 'Hélène', 'Loïc', 'Maëlys'], surname: ['Lefèvre', 'Rouillard', 'Bérenger', 'Lemaître', 'Duchâteau', 'Guérin', 'Ferrière', 'Garçon', 'Lacroix-Pétain'] },
  mexican: { given: ['Luz', 'Rocío', 'José Ángel', 'María Guadalupe', 'Ximena', 'Jesús', 'Itzel', 'Andrés'], surname: ['Ramírez Ochoa', 'Hernández Pérez', 'Núñez', 'Cárdenas', 'Peña Zúñiga', 'Maldonado Ibáñez', 'Gómez Tlapa', 'Domínguez'] },
  italian: { given: ['Stella', 'Niccolò', 'Ludovica', 'Andrea', 'Giuseppina', 'Fabrizio', 'Mattia', 'Ilaria'], surname: ['Marchetti', 'Bellandi', 'Donà', 'Ferraù', 'Ricciardelli', 'Esposito', 'De Angelis', 'Lo Bianco', 'Santoro'] },
  dutch: { given: ['Roos', 'Sanne', 'Thijs', 'Femke', 'Daan', 'Joris', 'Anouk', 'Sjoerd'], surname: ['van der Meulen', 'Bakker', 'van Dijk', 'Jansen-ter Horst', "'t Hart", 'de Graaf', 'Visser', 'IJzerman'] },
  brazilian: { given: ['Conceição', 'João', 'Luíza', 'Thiago', 'Graça', 'Antônio', 'Letícia', 'Caio'], surname: ['Araújo', 'Guimarães', 'Magalhães', 'Falcão', 'Nogueira', 'Brandão', 'Simões', 'dos Santos'] },
  polish: { given: [], surname: [], f: [['Róża', 'Małgorzata', 'Agnieszka', 'Bożena', 'Jadwiga'], ['Wiśniewska', 'Wąsowska', 'Kołodziej', 'Jaśkiewicz', 'Szczęsna', 'Dąbrowska', 'Żółkowska']], m: [['Łukasz', 'Paweł', 'Jędrzej', 'Zdzisław'], ['Żółkowski', 'Kołodziej', 'Szczęsny', 'Dąbrowski', 'Grzegórzek', 'Jaśkiewicz']] },
  swedish: { given: ['Sol', 'Åsa', 'Måns', 'Linnéa', 'Göran', 'Ebba', 'Björn', 'Märta'], surname: ['Lindqvist', 'Björklund', 'Öberg', 'Åkesson', 'Strömberg', 'Sjögren', 'Ångström', 'Nyström'] },
  finnish: { given: ['Onni', 'Toivo', 'Aino', 'Päivi', 'Eero', 'Siiri', 'Jyrki', 'Ilona'], surname: ['Mäkelä', 'Häkkinen', 'Järvinen', 'Leppänen', 'Kärkkäinen', 'Ylönen', 'Hyvärinen', 'Pöllänen'] },
  romanian: { given: ['Floare', 'Ștefan', 'Ioana', 'Răzvan', 'Andreea', 'Cătălina', 'Ionuț', 'Irina'], surname: ['Ionescu', 'Munteanu', 'Țurcanu', 'Stănescu', 'Dumitrașcu', 'Bârsan', 'Câmpeanu', 'Sîrbu'] },
  bulgarian: { given: [], surname: [], f: [['Роза', 'Цветелина', 'Десислава', 'Йорданка'], ['Петрова', 'Костадинова', 'Желязкова', 'Вълчева', 'Стоянова']], m: [['Георги', 'Стефан', 'Боян', 'Ивайло'], ['Стоянов', 'Пенчев', 'Христов', 'Цонев', 'Петров']] },
  bulgarianLatin: { given: [], surname: [], f: [['Roza', 'Tsvetelina', 'Desislava', 'Yordanka'], ['Petrova', 'Kostadinova', 'Zhelyazkova', 'Valcheva']], m: [['Boyan', 'Ivaylo', 'Georgi'], ['Hristov', 'Tsonev', 'Penchev']] },
  greek: { given: [], surname: [], f: [['Ελένη', 'Δήμητρα', 'Αθηνά', 'Ελπίδα', 'Ευαγγελία'], ['Παπαδοπούλου', 'Κωνσταντίνου', 'Αλεξίου', 'Μαυρίδου', 'Οικονόμου', 'Τσακίρη', 'Καραγιάννη']], m: [['Γιώργος', 'Σταύρος', 'Χαράλαμπος', 'Νικόλαος'], ['Κωνσταντίνου', 'Αλεξίου', 'Καραγιάννης', 'Οικονόμου', 'Βλάχος', 'Παπαδόπουλος']] },
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
    const [gs, ss] = o.f && o.m ? (r.chance(0.5) ? o.f : o.m) : [o.given, o.surname]
    const given = r.pick(gs)
    const surname = r.pick(ss)
    // a Polish, Bulgarian or Greek woman's surname as drawn is kept; no two people in a text share a part
    if (taken.has(given) || taken.has(surname)) continue
    taken.add(given); taken.add(surname)
    return { given, surname, full: `${given} ${surname}`, origin }
  }
}
/** a surname of a gendered origin that fits the given name put in (a man's for Will, Bill, Ernst, Onni...), else the one drawn */
const MEN = ['Will', 'Bill', 'Grant', 'Rich', 'Mark', 'Ernst', 'Frank', 'Pascal', 'Onni', 'Toivo', 'Jun-Jun']
export function surnameFor(r: Rng, p: Person, given: string): string {
  const o = O[p.origin]!
  const pair = MEN.includes(given) ? o.m : o.f
  return pair && !pair[1].includes(p.surname) ? r.pick(pair[1]) : p.surname
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

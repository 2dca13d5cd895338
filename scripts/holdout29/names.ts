// Names by origin (all invented combinations), how each is written, and mail addresses folded from them.
import { Rng } from './prng.ts'

export interface Person {
  given: string // as written, may hold two words
  family: string // as written after (or before) the given name, particles included
  full: string // the whole name as written in running text
  familyFirst: boolean
  fem: boolean
  origin: string
  phoneCountry: string
  email: string
}
type Pool = { f: string[]; m: string[]; sf: string[]; sm?: string[]; join?: (r: Rng, g: string, s: string, fem: boolean) => string; familyFirst?: boolean }

const POOLS: Record<string, Pool> = {
  malay: { f: ['Nurul Aina', 'Siti Aisyah', 'Farah Hanim', 'Nur Izzati', 'Aishah', 'Syazwani'], m: ['Ahmad Faiz', 'Muhammad Hafiz', 'Azlan', 'Syafiq', 'Amirul Hakim', 'Khairul Anuar'], sf: ['Kamarudin', 'Rahman', 'Ismail', 'Yusof', 'Hashim', 'Zakaria'], join: (_r, g, s, fem) => `${fem ? 'binti' : 'bin'} ${s}` },
  chinesemy: { f: ['Michelle', 'Crystal', 'Vivian', 'Mei Ling', 'Hui Min'], m: ['Jason', 'Kelvin', 'Darren', 'Wei Jie', 'Kah Wai'], sf: ['Lim', 'Tan', 'Ooi', 'Chong', 'Yap', 'Teoh', 'Khoo'] },
  tamilmy: { f: ['Kavitha', 'Thivya', 'Priya', 'Shalini', 'Revathi'], m: ['Saravanan', 'Arun Raj', 'Ganesan', 'Vikneswaran', 'Kumaresan'], sf: ['Subramaniam', 'Letchumanan', 'Muniandy', 'Krishnan', 'Arumugam'] },
  ttindian: { f: ['Savitri', 'Shivani', 'Anjali', 'Indira', 'Radica'], m: ['Ravindra', 'Vishnu', 'Anil', 'Sunil', 'Devindra'], sf: ['Ramdial', 'Maharaj', 'Persad', 'Ramlogan', 'Boodram', 'Seepersad', 'Rampaul'] },
  ttafrican: { f: ['Shenelle', 'Marcia', 'Giselle', 'Keisha', 'Nicole', 'Precious'], m: ['Keron', 'Akeem', 'Kerwin', 'Jabari', 'Marlon', 'Sonny'], sf: ['Joseph', 'Charles', 'Alexander', 'Baptiste', 'Mohammed', 'Phillip', 'Granger'] },
  uganda: { f: ['Grace', 'Patience', 'Sarah', 'Mercy', 'Precious', 'Gift', 'Hope'], m: ['Brian', 'Joseph', 'Ivan', 'Ronald', 'Moses', 'Given'], sf: ['Ssempijja', 'Nakato', 'Namukasa', 'Mugisha', 'Nansubuga', 'Lubega', 'Nabirye', 'Kiggundu', 'Ssekandi'] },
  zambia: { f: ['Memory', 'Precious', 'Mercy', 'Chisomo', 'Mutale', 'Gift'], m: ['Blessings', 'Given', 'Chanda', 'Mwila', 'Kelvin', 'Victor'], sf: ['Mwamba', 'Bwalya', 'Phiri', 'Banda', 'Tembo', 'Mulenga', 'Chileshe', 'Lungu', "Ng'andu"] },
  welsh: { f: ['Siân', 'Gwenllian', 'Cerys', 'Eluned', 'Ffion', 'Bethan', 'Dawn'], m: ['Rhodri', 'Dafydd', 'Iestyn', 'Aled', 'Gethin', 'Emyr'], sf: ['Pritchard', 'Llewellyn', 'Bowen', 'Prys', 'Griffiths', 'Rhys', 'Hughes', 'Vaughan'], join: (r, _g, s, fem) => (r.chance(0.25) ? `${fem ? 'ferch' : 'ap'} ${r.pick(['Dafydd', 'Gwyn', 'Iorwerth', 'Hywel'])}` : s) },
  newfoundland: { f: ['Bridget', 'Darlene', 'Sheila', 'Tina', 'Penny', 'Summer'], m: ['Patrick', 'Wade', 'Gordon', 'Dwayne', 'Chase', 'Hunter'], sf: ['Kavanagh', 'Pittman', 'Tucker', 'Hynes', 'Fitzpatrick', 'Squires', 'Bursey', 'Coady'] },
  ussouth: { f: ['Mary Beth', 'Bobbie Jo', 'Shelby', 'LaToya', 'Savannah', 'Hope', 'Dawn'], m: ['Darnell', 'Tucker', 'Beau', 'Jimmy Ray', 'Will', 'Bill'], sf: ['Thibodeaux', 'Calhoun', 'Boudreaux', 'Pruitt', 'Washington', 'Hollis', 'Tillman'] },
  usmidwest: { f: ['Gretchen', 'Kirsten', 'Marcy', 'Rose', 'Grace', 'Summer'], m: ['Dale', 'Brent', 'Lyle', 'Mark', 'Hunter', 'Victor'], sf: ['Lindqvist', 'Schroeder', 'Olson', 'Kowalczyk', 'Vandenberg', 'Halvorsen', 'Nygaard'] },
  da: { f: ['Dorte', 'Mette', 'Åse', 'Birthe', 'Lærke', 'Signe'], m: ['Bent', 'Søren', 'Jørgen', 'Mads', 'Troels', 'Bjørn'], sf: ['Kjærgaard', 'Sørensen', 'Østergaard', 'Dalsgaard', 'Bæk', 'Holmgård', 'Frølund'] },
  no: { f: ['Liv', 'Ingrid', 'Solveig', 'Sigrid', 'Åshild', 'Kari', 'Ragnhild'], m: ['Ulf', 'Håkon', 'Kåre', 'Øyvind', 'Torbjørn', 'Eirik'], sf: ['Bråten', 'Løvås', 'Ødegård', 'Aasen', 'Bjørnstad', 'Brække', 'Sæther'] },
  is: { f: ['Sól', 'Guðrún', 'Hrafnhildur', 'Þórdís', 'Ásta', 'Björk'], m: ['Þórður', 'Eyþór', 'Ólafur', 'Sigurður', 'Ragnar', 'Hjörtur'], sf: ['Þórs', 'Ásgeirs', 'Jóns', 'Sæmunds', 'Ragnars', 'Gunnars'], join: (_r, _g, s, fem) => `${s}${fem ? 'dóttir' : 'son'}` },
  pt: { f: ['Vitória', 'Celeste', 'Inês', 'Leonor', 'Conceição', 'Graça'], m: ['João Gonçalo', 'Rui', 'Tiago', 'Duarte', 'Sebastião', 'Vasco'], sf: ['Gonçalves', 'Magalhães', 'Brandão', 'Simões', 'Araújo', 'Falcão', 'Conceição'] },
  esar: { f: ['Paz', 'Soledad', 'Valentina', 'Milagros', 'Agustina', 'Belén'], m: ['Martín', 'Facundo', 'Nicolás', 'Joaquín', 'Santiago', 'Ramiro'], sf: ['Etcheverry', 'Quiroga', 'Iñíguez', 'Zúñiga', 'Olmedo', 'Benítez', 'Larrañaga'] },
  esco: { f: ['Soledad', 'Paz', 'Luisa Fernanda', 'María José', 'Daniela', 'Yesenia'], m: ['Andrés Felipe', 'Juan Sebastián', 'Jhon Fredy', 'Camilo', 'Óscar', 'Wílmer'], sf: ['Londoño', 'Ordóñez', 'Cepeda', 'Muñoz', 'Giraldo', 'Restrepo', 'Castaño'], join: (r, _g, s) => (r.chance(0.5) ? `${s} ${r.pick(['Ospina', 'Arango', 'Peña', 'Quintero'])}` : s) },
  ca: { f: ['Montserrat', 'Núria', 'Mercè', 'Roser', 'Laia', 'Meritxell'], m: ['Jordi', 'Pere', 'Oriol', 'Lluís', 'Joan', 'Francesc'], sf: ['Puigdollers', 'Vilaró', 'Casals', 'Comellas', 'Bosch', 'Garriga', 'Roca'], join: (r, _g, s) => (r.chance(0.3) ? `${s} i ${r.pick(['Puig', 'Soler', 'Vidal', 'Forcadell'])}` : s) },
  cs: { f: ['Naděje', 'Věra', 'Dobromila', 'Kateřina', 'Jiřina', 'Radka', 'Ludmila'], m: ['Jiří', 'Tomáš', 'Zdeněk', 'Přemysl', 'Bořivoj', 'Luboš'], sf: ['Dvořáková', 'Horáčková', 'Novotná', 'Kříženecká', 'Růžičková', 'Šťastná'], sm: ['Dvořák', 'Horáček', 'Novotný', 'Kříženecký', 'Růžička', 'Šťastný'] },
  sk: { f: ['Viera', 'Zuzana', 'Mária', 'Katarína', 'Ľubica', 'Dáša', 'Jarmila'], m: ['Ľubomír', 'Ján', 'Peter', 'Dušan', 'Miroslav', 'Ondrej'], sf: ['Hrušovská', 'Ďuricová', 'Bieliková', 'Kováčová', 'Šimková', 'Lukáčová'], sm: ['Hrušovský', 'Ďurica', 'Bielik', 'Kováč', 'Šimko', 'Lukáč'] },
  hu: { f: ['Virág', 'Réka', 'Zsófia', 'Ildikó', 'Erzsébet', 'Enikő', 'Tünde'], m: ['Gábor', 'Ödön', 'László', 'Zoltán', 'Levente', 'Bálint'], sf: ['Szőke', 'Tőkés', 'Kővári', 'Bárány', 'Fűzfa', 'Győri', 'Vörös'], familyFirst: true },
  hr: { f: ['Zora', 'Nada', 'Marija', 'Ivana', 'Snježana', 'Dubravka'], m: ['Ivan', 'Tomislav', 'Krešimir', 'Damir', 'Zvonimir', 'Goran'], sf: ['Matić', 'Kovačević', 'Šimunović', 'Đurić', 'Žganec', 'Brčić', 'Vučković'] },
  src: { f: ['Зора', 'Јелена', 'Нада', 'Милица', 'Снежана', 'Драгана'], m: ['Милош', 'Драган', 'Небојша', 'Ђорђе', 'Жарко', 'Вукашин'], sf: ['Петровић', 'Јовановић', 'Ђорђевић', 'Николић', 'Стојановић', 'Марковић', 'Живковић'] },
  srl: { f: ['Zora', 'Jelena', 'Nada', 'Milica', 'Snežana', 'Dragana'], m: ['Miloš', 'Dragan', 'Nebojša', 'Đorđe', 'Žarko', 'Vukašin'], sf: ['Petrović', 'Jovanović', 'Đorđević', 'Nikolić', 'Stojanović', 'Marković', 'Živković'] },
  mt: { f: ['Grazzja', 'Marija', 'Ħelena', 'Rita', 'Doris', 'Carmen', 'Ġuża'], m: ['Ġorġ', 'Pawlu', 'Ċensu', 'Ġużeppi', 'Mikiel', 'Toni'], sf: ['Camilleri', 'Farruġia', 'Żammit', 'Micallef', 'Cassar', 'Xuereb', 'Debono'] },
  lb: { f: ['Noëlle', 'Mireille', 'Léonie', 'Josée', 'Nathalie', 'Carole'], m: ['Pol', 'Jang', 'Gaston', 'Romain', 'Jemp', 'Fernand'], sf: ['Weydert', 'Schmit', 'Kieffer', 'Wagner', 'Hoffmann', 'Reding', 'Thill', 'Bettendorf'] },
  gsw: { f: ['Vreni', 'Regula', 'Heidi', 'Beatrice', 'Trudi', 'Käthi'], m: ['Ernst', 'Ueli', 'Beat', 'Urs', 'Ruedi', 'Kurt', 'Reto'], sf: ['Bärtschi', 'Zürcher', 'Hämmerli', 'Stöckli', 'Tschümperlin', 'Gfeller', 'Aebischer'] },
  foreign: { f: ['Aoife', 'Małgorzata', 'Yuki', 'Thandiwe'], m: ['Łukasz', 'Femi', 'Rahul', 'Oisín'], sf: ['Wróbel', 'Brennan', 'Adeyemi', 'Dlamini', 'Iyer'] },
}
const FOREIGN: [string, string][] = [['Aoife', 'Brennan'], ['Oisín', 'Brennan'], ['Małgorzata', 'Wróbel'], ['Łukasz', 'Wróbel'], ['Yuki', 'Tanaka'], ['Thandiwe', 'Dlamini'], ['Femi', 'Adeyemi'], ['Rahul', 'Iyer'], ['Paweł', 'Kołodziej'], ['Zofia', 'Michalska']]
const FOREIGN_CC: Record<string, string> = { Paweł: 'PL', Zofia: 'PL', Tanaka: 'AU', Aoife: 'IE', Oisín: 'IE', Brennan: 'IE', Małgorzata: 'PL', Łukasz: 'PL', Wróbel: 'PL', Yuki: 'AU', Thandiwe: 'ZA', Dlamini: 'ZA', Femi: 'DE', Adeyemi: 'DE', Rahul: 'IN', Iyer: 'IN' }
export const ORIGIN_COUNTRY: Record<string, string> = {
  malay: 'MY', chinesemy: 'MY', tamilmy: 'MY', ttindian: 'TT', ttafrican: 'TT', uganda: 'UG', zambia: 'ZM', welsh: 'GB', newfoundland: 'CA', ussouth: 'US', usmidwest: 'US',
  da: 'DK', no: 'NO', is: 'IS', pt: 'PT', esar: 'AR', esco: 'CO', ca: 'ES', cs: 'CZ', sk: 'SK', hu: 'HU', hr: 'HR', src: 'RS', srl: 'RS', mt: 'MT', lb: 'LU', gsw: 'CH', foreign: 'PL',
}
const SR_LAT: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's' }
export function fold(s: string): string {
  return s.toLowerCase().replace(/[а-џ]/g, (c) => SR_LAT[c] ?? '').replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/ð/g, 'd').replace(/þ/g, 'th').replace(/ß/g, 'ss').replace(/[łđ]/g, (c) => (c === 'ł' ? 'l' : 'd')).replace(/ħ/g, 'h')
    .normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z]/g, '')
}
const MAIL = ['mail.example', 'post.example', 'inbox.example', 'correo.example', 'posta.example', 'net.example']
let mailN = 0
export function makePerson(r: Rng, origin: string, fem = r.chance(0.5), upper = false): Person {
  const p = POOLS[origin]!
  const fx = origin === 'foreign' ? r.pick(FOREIGN) : null
  const given = fx ? fx[0] : r.pick(fem ? p.f : p.m)
  const s = fx ? fx[1] : r.pick(fem || !p.sm ? p.sf : p.sm)
  const family = p.join ? p.join(r, given, s, fem) : s
  const familyFirst = !!p.familyFirst || (origin === 'chinesemy' && /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(given) && !upper)
  const full = familyFirst ? `${family} ${given}` : `${given} ${family}`
  const g = fold(given.split(' ')[0]!)
  const f = fold(s)
  mailN++
  const local = r.pick([`${g}.${f}`, `${g}${f}`, `${g[0]}${f}`, `${g}_${f}${mailN % 90 + 10}`, `${f}.${g}`])
  const phoneCountry = origin === 'foreign' ? (FOREIGN_CC[given.split(' ')[0]!] ?? FOREIGN_CC[s] ?? 'PL') : ORIGIN_COUNTRY[origin]!
  return { given, family, full, familyFirst, fem, origin, phoneCountry, email: `${local}@${r.pick(MAIL)}` }
}
const PARTICLES = new Set(['bin', 'binti', 'ap', 'ferch', 'i', 'de', 'da'])
/** the strings of a person the test searches for: the whole name and every part of three letters or more */
export function nameStrings(p: Person): string[] {
  const parts = `${p.given} ${p.family}`.split(' ').filter((x) => !PARTICLES.has(x) && x.length >= 3)
  return [...new Set([p.full, p.given, p.family, ...parts])]
}
/** a child's family name from a parent's: patronymics and gendered surnames follow the child */
export function childFamily(r: Rng, parent: Person, fem: boolean): string {
  const f = parent.family
  if (/^(bin|binti) /.test(f)) return `${fem ? 'binti' : 'bin'} ${parent.fem ? r.pick(POOLS.malay!.m) : parent.given}`
  if (/^(ap|ferch) /.test(f)) return `${fem ? 'ferch' : 'ap'} ${parent.fem ? r.pick(['Dafydd', 'Gwyn', 'Hywel']) : parent.given}`
  if (parent.origin === 'is') return f.replace(/(dóttir|son)$/, fem ? 'dóttir' : 'son')
  const p = POOLS[parent.origin]!
  if (p.sm) { const i = Math.max(p.sf.indexOf(f), p.sm.indexOf(f)); return fem ? p.sf[i]! : p.sm[i]! }
  return f
}

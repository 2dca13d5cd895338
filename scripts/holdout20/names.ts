// Invented names of the corpus's origins: given names and surnames combined at random.
import type { Rng } from './prng.ts'

export type Origin = 'au' | 'nz' | 'ng' | 'sco' | 'ph' | 'ca' | 'sv' | 'da' | 'fi' | 'ro' | 'hu' | 'sk' | 'hr' | 'de' | 'fr'
interface Pool { given: string[]; family: string[] }
const POOLS: Record<Origin, Pool> = {
  au: { given: ['Brodie', 'Tayla', 'Jarrah', 'Kirra', 'Lachlan', 'Matilda', 'Hamish', 'Sienna', 'Darcy', 'Mitchell', 'Bronwyn', 'Kylie', 'Shane', 'Hope', 'Will', 'Grace'], family: ['Pemberton', 'Nguyen', 'Fitzgerald', 'Kowalczyk', 'Hartigan', 'Papadopoulos', 'Whitfield', 'Dunleavy', 'McCallum', 'Tran-Holloway', 'Bellamy', 'Costanzo'] },
  nz: { given: ['Aroha', 'Wiremu', 'Tama', 'Ngaio', 'Mereana', 'Nikau', 'Kahu', 'Mia', 'Finn', 'Ruby', 'Hemi', 'Anahera', 'Rose', 'Mark'], family: ['Te Whata', 'Ngata-Rewiri', 'Parata', 'Hohaia', 'Wilkinson', 'Rāwiri', 'McAllister', 'Tūhoe-Smith', 'Faleolo', 'Brightwater', 'Henare'] },
  ng: { given: ['Chukwuemeka', 'Ngozi', 'Oluwaseun', 'Adebayo', 'Chiamaka', 'Ifeoma', 'Babatunde', 'Aisha', 'Emeka', 'Funmilayo', 'Ikechukwu', 'Yetunde', 'Zainab', 'Tobiloba', 'Blessing', 'Goodluck', 'Precious'], family: ['Okafor', 'Adeyemi', 'Nwosu', 'Ogunleye', 'Eze', 'Bello', 'Okonkwo', 'Adewale-Johnson', 'Abubakar', 'Obi', 'Oyelaran', 'Nnamdi-Uche', 'Danjuma'] },
  sco: { given: ['Eilidh', 'Morag', 'Hamish', 'Ruaridh', 'Isla', 'Kirsty', 'Fraser', 'Catriona', 'Struan', 'Mhairi', 'Euan', 'Ailsa', 'Lachlan', 'Iona', 'May', 'Sunny'], family: ['MacLeod', 'Fraser', 'Campbell', 'MacKenzie', 'Robertson', 'McGillivray', 'Buchanan', 'MacAulay', 'Sinclair', 'Urquhart', 'McTavish-Reid', "O'Donnell"] },
  ph: { given: ['Maria Cristina', 'Juan Miguel', 'Rowena', 'Jerome', 'Princess Mae', 'Lovely Joy', 'Mark Anthony', 'Rhea', 'Jericho', 'Marites', 'Honey Grace', 'Rodel', 'Jun-Jun', 'Angelica', 'Precious'], family: ['dela Cruz', 'Bautista', 'Villanueva', 'Reyes', 'Macaraeg', 'Dimaculangan', 'Santos-Lacson', 'Manalo', 'Pangilinan', 'de los Reyes', 'Agbayani', 'Magsaysay-Ong'] },
  ca: { given: ['Brayden', 'Kaitlyn', 'Logan', 'Hailey', 'Owen', 'Taryn', 'Declan', 'Avery', 'Nolan', 'Mackenzie', 'Bill', 'Hope'], family: ['Kowalchuk', 'Desjardins', 'MacPherson', 'Lindqvist', 'Sawchuk', 'Chang-Fortier', 'Hnatyshyn', 'Burnside', 'Okoye', 'Flett', 'Strachan'] },
  sv: { given: ['Åsa', 'Björn', 'Märta', 'Sol', 'Stig', 'Linnéa', 'Göran', 'Elsa', 'Örjan', 'Ebba', 'Måns', 'Signe', 'Ture', 'Maj'], family: ['Lindqvist', 'Åkesson', 'Öberg', 'Nyström', 'Sjöberg', 'Hägglund', 'Ek', 'Strand', 'Bergström-Falk', 'Wikström', 'Löfgren'] },
  da: { given: ['Søren', 'Mette', 'Ane', 'Frederik', 'Sørine', 'Jens', 'Ida', 'Bjørn', 'Æsa', 'Malthe', 'Karen', 'Ditte', 'Sol', 'Troels'], family: ['Jørgensen', 'Kjærgaard', 'Møller', 'Sørensen', 'Ægidius', 'Østergaard', 'Bæk', 'Holm', 'Dalsgaard-Krog', 'Lund', 'Skov'] },
  fi: { given: ['Aamu', 'Onni', 'Tuuli', 'Päivi', 'Toivo', 'Satu', 'Lumi', 'Jyrki', 'Säde', 'Ilmari', 'Aino', 'Väinö', 'Helmi', 'Kaisla'], family: ['Mäkinen', 'Virtanen', 'Järvinen', 'Hämäläinen', 'Leppänen', 'Kärkkäinen', 'Nieminen', 'Heikkilä', 'Öhman', 'Väisänen', 'Rautio-Lahti'] },
  ro: { given: ['Ștefan', 'Ioana', 'Răzvan', 'Anca', 'Floarea', 'Mihaela', 'Bogdan', 'Crina', 'Dănuț', 'Speranța', 'Tudor', 'Irina', 'Cosmin', 'Smaranda'], family: ['Popescu', 'Țăranu', 'Dumitrescu', 'Mureșan', 'Bălan', 'Stănescu', 'Ciobanu', 'Vlădoiu', 'Brânzan', 'Nistor-Ungureanu', 'Pătrașcu'] },
  hu: { given: ['Rózsa', 'Virág', 'Gergő', 'Zsófia', 'Bence', 'Ildikó', 'Levente', 'Őrs', 'Enikő', 'Ákos', 'Csilla', 'Ünige', 'Boglárka', 'Dénes'], family: ['Kovács', 'Szőke', 'Nagy', 'Tóth', 'Horváth', 'Fűzfa', 'Szűcs', 'Balogh', 'Kiss-Várady', 'Lőrincz', 'Pintér', 'Ördög'] },
  sk: { given: ['Ľubomír', 'Zuzana', 'Viera', 'Matúš', 'Ľudmila', 'Ondrej', 'Dominika', 'Miloš', 'Radoslava', 'Ďusan', 'Soňa', 'Marek', 'Nádežda'], family: ['Kováč', 'Ďurišová', 'Šťastná', 'Hudák', 'Čierna', 'Lukáč', 'Horváthová', 'Mikuš', 'Ľalík', 'Tóthová-Bieliková', 'Straňák'] },
  hr: { given: ['Nada', 'Zora', 'Đurđica', 'Ivan', 'Mateja', 'Tihomir', 'Vesna', 'Luka', 'Ružica', 'Dražen', 'Jasna', 'Krešimir', 'Snježana', 'Mirna'], family: ['Horvat', 'Kovačić', 'Babić', 'Perić', 'Jurić', 'Đaković', 'Marić', 'Šimunović', 'Ćosić', 'Knežević-Vuk', 'Grgić', 'Božić'] },
  de: { given: ['Ernst', 'Rosa', 'Hannelore', 'Lukas', 'Johanna', 'Florian', 'Theresia', 'Leopold', 'Verena', 'Sepp', 'Anneliese', 'Valentin', 'Engelbert'], family: ['Gruber', 'Huber', 'Pichler', 'Wimmer-Steindl', 'Höllerer', 'Moser', 'Steiner', 'Brandstätter', 'Leitner', 'Aigner', 'Zöchling', 'Haßlacher'] },
  fr: { given: ['Marie-Ève', 'Jean-François', 'Éloïse', 'Gaétan', 'Geneviève', 'Noémie', 'Aimé', 'Blanche', 'Désiré', 'Rose', 'Félix', 'Hélène', 'Jérôme', 'Maëlle'], family: ['Tremblay', 'Gagnon', 'Bouchard', 'Côté', 'Lévesque', 'Bélanger', 'Gauthier-Pelletier', 'Thériault', 'Ouellet', 'Bérubé', 'St-Onge', 'Lachapelle'] },
}
export interface Name { given: string; family: string }
// Slovak surnames agree with the bearer: Kováč and Kováčová, Šťastný and Šťastná
const SK_M = { given: ['Ľubomír', 'Matúš', 'Ondrej', 'Miloš', 'Dušan', 'Marek', 'Ľudovít'], family: ['Kováč', 'Ďuriš', 'Šťastný', 'Hudák', 'Čierny', 'Lukáč', 'Horváth', 'Mikuš', 'Ľalík', 'Straňák'] }
const SK_F = { given: ['Zuzana', 'Viera', 'Ľudmila', 'Dominika', 'Radoslava', 'Soňa', 'Nádežda'], family: ['Kováčová', 'Ďurišová', 'Šťastná', 'Hudáková', 'Čierna', 'Lukáčová', 'Horváthová', 'Mikušová', 'Tóthová-Bieliková', 'Straňáková'] }
export function name(r: Rng, o: Origin): Name {
  const p = o === 'sk' ? (r.chance(0.5) ? SK_M : SK_F) : POOLS[o]
  return { given: r.pick(p.given), family: r.pick(p.family) }
}
export const full = (n: Name) => `${n.given} ${n.family}`
// surname first in capitals, as on a form (Hungarian writes the surname first anyway)
export const capsFirst = (n: Name) => `${n.family.toLocaleUpperCase('en')} ${n.given}`
export const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ß/g, 'ss').replace(/ł/g, 'l')
export function emailOf(r: Rng, n: Name, domains: string[]): string {
  const g = fold(n.given).toLowerCase().replace(/[^a-z]/g, '')
  const f = fold(n.family).toLowerCase().replace(/[^a-z]/g, '')
  const local = r.pick([`${g}.${f}`, `${g}${f.slice(0, 1)}`, `${g.slice(0, 1)}${f}`, `${g}_${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}${r.int(70, 99)}`])
  return `${local}@${r.pick(domains)}`
}

// Invented names of the corpus's origins: given names and surnames drawn independently, so no
// full name comes from a list of real people.
import type { Rng } from './rng.ts'
import { E, type Span } from './render.ts'

interface Origin { m: string[]; f: string[]; sm: string[]; sf?: string[]; familyFirst?: boolean; locale?: string }
export const ORIGINS: Record<string, Origin> = {
  south: {
    m: ['Beau', 'Darnell', 'Wyatt', 'Clayton', 'Dewayne', 'Jimmy Ray', 'Tucker', 'Lamar', 'Hollis', 'Boone'],
    f: ['Savannah', 'LaToya', 'Bobbie Jo', 'Tammy', 'Shelby', 'Loretta', 'Mary Beth', 'Dixie', 'Raelynn', 'Charlene'],
    sm: ['Thibodeaux', 'Pruitt', 'Haskins', 'McCrary', 'Tillman', 'Whitfield', 'Odom', 'Strickland', 'Culpepper', 'Boudreaux', 'Fontenot', 'Beauregard-Hale'],
  },
  india: {
    m: ['Venkatesh', 'Harpreet', 'Sandeep', 'Arjun', 'Rohit', 'Anirudh', 'Mohammed Irfan', 'Sai Kiran', 'Gurdeep', 'Prakash'],
    f: ['Priyanka', 'Aishwarya', 'Lakshmi', 'Meenakshi', 'Kavya', 'Deepika', 'Nandini', 'Shreya', 'Fathima', 'Ananya'],
    sm: ['Raghunathan', 'Iyer', 'Deshpande', 'Chatterjee', 'Sandhu', 'Kulkarni', 'Menon', 'Reddy', 'Bhattacharya', 'Nair', 'Venkataraman', 'Banerjee'],
  },
  sg: {
    m: ['Wei Jie', 'Jun Hao', 'Boon Keat', 'Kah Seng', 'Zhi Hao', 'Kok Leong'],
    f: ['Wei Ling', 'Hui Min', 'Xin Yi', 'Li Ting', 'Shu Fen', 'Pei Shan'],
    sm: ['Tan', 'Lim', 'Goh', 'Ong', 'Ng', 'Teo', 'Koh', 'Chua', 'Yeo', 'Seah'],
    familyFirst: true,
  },
  sgmalay: {
    m: ['Muhammad Firdaus', 'Hafiz', 'Iskandar', 'Nurul Amin'],
    f: ['Nur Aisyah', 'Siti Hajar', 'Farhana', 'Nadiah'],
    sm: ['bin Osman', 'bin Rahmat', 'bin Jamil'], sf: ['binte Ismail', 'binte Yusof', 'binte Salleh'],
  },
  ireland: {
    m: ['Pádraig', 'Eoghan', 'Ciarán', 'Seán', 'Oisín', 'Darragh', 'Tadhg', 'Colm', 'Cathal', 'Ruairí'],
    f: ['Siobhán', 'Aoife', 'Niamh', 'Caoimhe', 'Róisín', 'Orla', 'Gráinne', 'Sadhbh', 'Clodagh', 'Méabh'],
    sm: ["O'Sullivan", 'Fitzgerald', 'McGettigan', 'Ó Ceallaigh', 'Brennan', 'Tierney', 'Kavanagh', 'Mac Giolla Phádraig', "O'Driscoll", 'Nic Amhlaoibh', 'Ó Súilleabháin', 'Gallagher'],
  },
  wales: {
    m: ['Rhys', 'Dafydd', 'Iolo', 'Emyr', 'Gethin', 'Gareth', 'Huw', 'Aled', 'Dylan', 'Geraint'],
    f: ['Cerys', 'Gwenllian', 'Angharad', 'Llinos', 'Bethan', 'Eleri', 'Nia', 'Siân', 'Ffion', 'Heledd'],
    sm: ['ap Gwilym', 'Pritchard', 'Llewellyn', 'Vaughan', 'Prosser', 'Bowen', 'Griffiths', 'Parry-Jones', 'Probert', 'Gittins', 'Rees-Mogford', 'Lloyd-Price'],
  },
  brazil: {
    m: ['João', 'Thiago', 'Sebastião', 'Antônio', 'Luiz Fernando', 'Caetano', 'Wellington', 'Raimundo', 'Gustavo', 'Leônidas'],
    f: ['Conceição', 'Luíza', 'Débora', 'Íris', 'Maria da Glória', 'Fernanda', 'Rosângela', 'Thaís', 'Ana Júlia', 'Giovanna'],
    sm: ['da Silva', 'dos Santos', 'Magalhães', 'Guimarães', 'Assunção', 'Falcão', 'de Oliveira', 'Brandão', 'Peixoto', 'Nóbrega', 'Fernandes Leão', 'da Conceição Ribeiro'],
  },
  flanders: {
    m: ['Wouter', 'Jef', 'Bram', 'Sander', 'Joris', 'Pieter-Jan', 'Lowie', 'Thibaut', 'Koen', 'Stijn'],
    f: ['Lieselotte', 'Annelies', 'Griet', 'Evelien', 'Hanne', 'Fien', 'Marieke', 'Elke', 'Ine', 'Lotte'],
    sm: ['Van den Broeck', 'De Smedt', 'Vanderlinden', 'Verhaegen', 'De Clercq', 'Claeys', 'Goossens', 'Wuyts', 'van der Meulen', 'Peeters', 'Verbruggen', 'Van de Velde-Maes'],
  },
  czech: {
    m: ['Jiří', 'Zdeněk', 'Ondřej', 'Přemysl', 'Bořivoj', 'Radek', 'Vojtěch', 'Luboš', 'Matěj', 'Tomáš'],
    f: ['Květa', 'Růžena', 'Šárka', 'Lucie', 'Dagmar', 'Jitka', 'Markéta', 'Zdeňka', 'Blanka', 'Hana'],
    sm: ['Dvořák', 'Růžička', 'Kořínek', 'Procházka', 'Vlček', 'Čermák', 'Žáček', 'Hůla', 'Šťastný', 'Kratochvíl'],
    sf: ['Dvořáková', 'Růžičková', 'Kořínková', 'Procházková', 'Němcová', 'Hůlová', 'Čermáková', 'Šťastná', 'Žáčková', 'Kratochvílová'],
  },
  turkey: {
    m: ['Şükrü', 'Gökhan', 'Ömer', 'Doğan', 'Barış', 'İsmail', 'Uğur', 'Çağatay', 'İlker', 'Tolga'],
    f: ['İlknur', 'Çağla', 'Ayşegül', 'Özge', 'Tuğba', 'Gülşen', 'Şebnem', 'Ebru', 'Dilek', 'Nazlı'],
    sm: ['Yıldırım', 'Çelik', 'Öztürk', 'Karaağaç', 'Şahin', 'Güneş', 'Doğru', 'Akgül', 'Kılıç', 'Erdoğdu', 'İnceoğlu', 'Işıklar'],
    locale: 'tr',
  },
  poland: {
    m: ['Łukasz', 'Grzegorz', 'Wojciech', 'Przemysław', 'Zbigniew', 'Mikołaj', 'Bartłomiej', 'Jędrzej', 'Paweł', 'Krzysztof'],
    f: ['Bożena', 'Małgorzata', 'Jolanta', 'Agnieszka', 'Katarzyna', 'Grażyna', 'Żaneta', 'Urszula', 'Halina', 'Magdalena'],
    sm: ['Kołodziej', 'Wróbel', 'Chmielewski', 'Pawłowski', 'Żuławski', 'Kowalczyk-Mróz', 'Szczęsny', 'Gąsior', 'Jaśkowiak', 'Michoń'],
    sf: ['Wiśniewska', 'Szczepańska', 'Nowicka', 'Dąbrowska', 'Kołodziej', 'Wróbel', 'Chmielewska', 'Żuławska', 'Gąsior', 'Ślęzak-Nowak'],
  },
  catalonia: {
    m: ['Jordi', 'Pau', 'Oriol', 'Xavier', 'Quim', 'Arnau', 'Martí', 'Pere', 'Joan Josep', 'Roger'],
    f: ['Montserrat', 'Núria', 'Mireia', 'Roser', 'Laia', 'Meritxell', 'Aina', 'Carme', 'Neus', 'Berta'],
    sm: ['Vilaseca', 'Puigvert', 'Sabaté', 'Bonet', 'Rovira', 'Gispert', 'Riera', 'Ferrer i Bosch', 'Casadevall', 'Soler i Pagès', 'Comas', 'Prat'],
  },
  mexico: {
    m: ['José Luis', 'Juan Pablo', 'Héctor', 'Fernando', 'Rigoberto', 'Ulises', 'Jesús', 'Efraín', 'Cuauhtémoc', 'Ramiro'],
    f: ['Guadalupe', 'Ximena', 'Citlali', 'Itzel', 'Rocío', 'Maricela', 'Yesenia', 'Araceli', 'Nayeli', 'Marisol'],
    sm: ['Zepeda', 'Olvera', 'Villaseñor', 'Quiñones', 'Ibarra', 'Covarrubias', 'de la Garza', 'Treviño', 'Arreola', 'Núñez', 'Gómez de la Torre', 'Cázares'],
  },
  ticino: {
    m: ['Gianluca', 'Fabrizio', 'Raffaele', 'Tiziano', 'Ivo', 'Mattia', 'Nicolò', 'Sandro', 'Flavio', 'Remo'],
    f: ['Mirella', 'Chiara', 'Noemi', 'Lorenza', 'Sveva', 'Ilaria', 'Manuela', 'Graziella', 'Ornella', 'Michela'],
    sm: ['Bernasconi', 'Pedrazzini', 'Guscetti', 'Fumagalli', 'Cattaneo', "Dell'Ambrogio", 'Tognola', 'Rusconi', 'Beffa', 'Lepori', 'Della Casa', 'Pini-Scolari'],
  },
}

export interface Person { given: string; family: string; origin: string }
export function person(rng: Rng, origin: string): Person {
  const o = ORIGINS[origin]
  if (!o) throw new Error(origin)
  const fem = rng.chance(0.5)
  const given = rng.pick(fem ? o.f : o.m)
  const family = rng.pick(fem && o.sf ? o.sf : o.sm)
  return { given, family, origin }
}
const up = (p: Person, s: string) => s.toLocaleUpperCase(ORIGINS[p.origin]?.locale ?? 'en')
const low = (p: Person, s: string) => s.toLocaleLowerCase(ORIGINS[p.origin]?.locale ?? 'en')
export function fullName(p: Person): string {
  return ORIGINS[p.origin]?.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`
}
/** Name spans: full, family-first in capitals (forms), lower case (SMS, speech), given only, family only. */
export const P = {
  full: (p: Person): Span => E('PERSON', fullName(p)),
  caps: (p: Person): Span => E('PERSON', `${up(p, p.family)} ${p.given}`),
  lower: (p: Person): Span => E('PERSON', low(p, fullName(p))),
  lowerGiven: (p: Person): Span => E('PERSON', low(p, p.given)),
  given: (p: Person): Span => E('PERSON', p.given),
  family: (p: Person): Span => E('PERSON', p.family.replace(/^(bin|binte) /, '') === p.family ? p.family : fullName(p)),
}

export function ascii(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i')
}
/** An address of this person at `domain`, in one of the usual shapes. */
export function emailOf(rng: Rng, p: Person, domain: string): Span {
  const g = ascii(p.given).toLowerCase().replace(/[^a-z]/g, '')
  const f = ascii(p.family).toLowerCase().replace(/^(bin|binte) /, '').replace(/[^a-z]/g, '')
  const local = rng.pick([`${g}.${f}`, `${g[0]}${f}`, `${f}.${g}${rng.int(1, 99)}`, `${g}_${f}`, `${g}${f[0]}${rng.int(70, 99)}`])
  return E('EMAIL', `${local}@${domain}`)
}

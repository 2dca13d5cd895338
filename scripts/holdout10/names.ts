// Invented people of many origins. Pools are per setting; every text draws
// from its own setting's pool and sometimes from the shared one.
import type { Rng } from "./rng.ts"

export interface Person {
  first: string
  last: string
}

const POOLS: Record<string, [string[], string[]]> = {
  us: [
    ["Tanisha", "DeShawn", "Kayla", "Brandon", "Megan", "Tyrone", "Ashley", "Cody", "Latoya", "Dustin", "Brittany", "Jamal", "Shelby", "Travis", "Courtney", "Darnell", "Kelsey", "Logan"],
    ["Washington", "Jefferson", "Kowalczyk", "Mitchell", "O'Malley", "Brennan", "Okonkwo", "Halvorsen", "McAllister", "Jenkins", "Thibodeaux", "Pruitt", "Yazzie", "Castellano"],
  ],
  hispanic: [
    ["José", "María", "Guadalupe", "Jesús", "Marisol", "Luis Ángel", "Yesenia", "Héctor", "Araceli", "Rubén", "Maricela", "Ismael", "Itzel", "Nayeli"],
    ["Hernández", "García", "Ramírez", "Núñez", "de la Cruz", "Peña", "Ibáñez", "Villalobos", "Zúñiga", "Ordóñez", "Castañeda", "Gutiérrez Soto", "Quiñones"],
  ],
  asian: [
    ["Thi Hoa", "Minh", "Wei", "Xiuying", "Priya", "Arjun", "Ji-woo", "Seo-yeon", "Rajesh", "Anh", "Haruto", "Mei", "Lakshmi", "Jun"],
    ["Nguyễn", "Trần", "Zhang", "Chen", "Patel", "Ramanathan", "Kim", "Park", "Venkataraman", "Phạm", "Tanaka", "Liu", "Reddy", "Dela Cruz"],
  ],
  african: [
    ["Chidinma", "Oluwaseun", "Amara", "Kwame", "Fatoumata", "Abdirahman", "Hodan", "Tesfaye", "Nkechi", "Yaw"],
    ["Adeyemi", "Mensah", "Diallo", "Abdullahi", "Warsame", "Haile", "Nwosu", "Boateng", "Keïta", "Osei"],
  ],
  mideast: [
    ["Yousef", "Fatima", "Omar", "Layla", "Reza", "Shirin", "Nour", "Tariq"],
    ["Al-Hassan", "Haddad", "Rahimi", "Khoury", "Nasser", "Karimi", "El-Amin", "Saleh"],
  ],
  quebec: [
    ["Jean-François", "Marie-Ève", "Geneviève", "Benoît", "Josée", "Réjean", "Mélanie", "Stéphane", "Chloé", "Maxime", "Ginette", "Sébastien"],
    ["Tremblay", "Gagnon", "Bouchard", "Côté", "Lévesque", "Bélanger", "Pelletier", "Gauthier-Roy", "Ouellet", "St-Pierre", "Desjardins", "Thériault"],
  ],
  canada: [
    ["Connor", "Madison", "Harpreet", "Gurpreet", "Aiden", "Siobhan", "Wyatt", "Avery", "Mackenzie", "Rowan"],
    ["MacDonald", "Sandhu", "Grewal", "Campbell", "Fraser", "Lavallee", "Whitehorse", "McKenzie", "Nakamura", "Sinclair"],
  ],
  swissde: [
    ["Reto", "Urs", "Beat", "Regula", "Corinne", "Nadine", "Jürg", "Ueli", "Mirjam", "Luca", "Seraina", "Flurin", "Käthi"],
    ["Bühler", "Zürcher", "Keller", "Brunner", "Gerber", "Steiner", "Bachmann", "Schnyder", "Frei", "Hürlimann", "Caduff", "Vögeli"],
  ],
  swissfr: [
    ["Joëlle", "Raphaël", "Noémie", "Loïc", "Céline", "Yannick", "Mathilde", "Cédric", "Aurélie", "Gaëtan"],
    ["Rochat", "Favre", "Dubois", "Jaquet", "Perrin", "Bonvin", "Chappuis", "Vuilleumier", "Monnier", "Rey-Mermet"],
  ],
  europe: [
    ["Agnieszka", "Tomasz", "Giulia", "Matteo", "Ioana", "Dragan", "Ayşe", "Mehmet", "Siobhán", "Søren"],
    ["Wiśniewski", "Kowalska", "Bianchi", "Esposito", "Popescu", "Petrović", "Yılmaz", "Öztürk", "Ní Bhriain", "Sørensen"],
  ],
}

const SETTINGS: Record<string, string[]> = {
  "en-US": ["us", "us", "hispanic", "asian", "african", "mideast", "europe"],
  "es-US": ["hispanic", "hispanic", "hispanic", "us"],
  "en-CA": ["canada", "canada", "quebec", "asian", "african", "europe"],
  "fr-CA": ["quebec", "quebec", "quebec", "mideast", "african"],
  "de-CH": ["swissde", "swissde", "swissde", "europe", "swissfr"],
  "fr-CH": ["swissfr", "swissfr", "swissfr", "europe", "swissde"],
}

export function person(r: Rng, locale: string): Person {
  const pool = POOLS[r.pick(SETTINGS[locale] ?? ["us"])]!
  return { first: r.pick(pool[0]), last: r.pick(pool[1]) }
}

const ascii = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/g, "o")
    .replace(/ı/g, "i")
    .replace(/[łŁ]/g, "l")
    .replace(/đ/g, "d")
    .toLowerCase()
    .replace(/[^a-z]/g, "")

const DOMAINS: Record<string, string[]> = {
  "en-US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "comcast.net", "mail.utexas.edu", "aol.com"],
  "es-US": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"],
  "en-CA": ["gmail.com", "rogers.com", "shaw.ca", "sympatico.ca", "outlook.com"],
  "fr-CA": ["videotron.ca", "hotmail.ca", "gmail.com", "globetrotter.net", "bell.net"],
  "de-CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "protonmail.ch"],
  "fr-CH": ["bluewin.ch", "romandie.com", "gmail.com", "netplus.ch"],
}

export function email(r: Rng, p: Person, locale: string): string {
  const f = ascii(p.first)
  const l = ascii(p.last)
  const local = r.pick([
    `${f}.${l}`,
    `${f[0]}${l}`,
    `${f}_${l}${r.int(1, 99)}`,
    `${l}.${f}`,
    `${f}${r.int(1960, 2005)}`,
    `${f}.${l}+${r.pick(["refills", "dmv", "hydro", "bills"])}`,
    `${f[0]}.${l}-${r.int(1, 9)}`,
  ])
  return `${local}@${r.pick(DOMAINS[locale] ?? ["gmail.com"])}`
}

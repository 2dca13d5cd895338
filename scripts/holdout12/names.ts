/** Invented people: first and last names of many origins, with the local ones weighted per language. */
import type { Rng } from "./rng.ts";

const WORLD_FIRST = ["Aisha", "Mehmet", "Oluwaseun", "Priya", "Nguyen", "Wei", "Fatima", "Santiago", "Kwame", "Yuki", "Dmytro", "Leilani", "Aarav", "Chiamaka", "Ines", "Björn", "Zoë", "Ngozi", "Tariq", "Mei-Ling", "José", "Ayşe", "Jean-Baptiste", "Saoirse", "Raúl", "Olena", "Hamza", "Thandiwe"];
const WORLD_LAST = ["Okafor", "Yılmaz", "Nakamura", "Patel", "Al-Sayed", "Nguyen", "O'Sullivan", "Fernández", "Kowalczyk", "Mensah", "Haddad", "Zhang", "Van der Meer", "da Silva", "Bianchi", "Ivanenko", "Sørensen", "Adeyemi", "Chaudhry", "Ó Briain", "MacLeod", "Dubois-Martin"];

const LOCAL: Record<string, { first: readonly string[]; last: readonly string[] }> = {
  en: {
    first: ["Oliver", "Amelia", "Harry", "Chloe", "Jack", "Megan", "Tyler", "Brianna", "DeShawn", "Emily", "Connor", "Siobhan", "Rhys", "Gemma", "Marcus", "Kayla", "Liam", "Hannah", "Bethany", "Darnell"],
    last: ["Thompson", "Whitfield", "Jenkins", "Evans", "Harrington", "Washington", "Campbell", "Nowak", "Reyes", "Fitzgerald", "Clarke", "Montgomery", "Hughes", "Baker", "Okonkwo"],
  },
  de: {
    first: ["Lukas", "Jürgen", "Sabine", "Lea", "Maximilian", "Ursula", "Florian", "Katharina", "Matthias", "Anneliese", "Jonas", "Verena", "Reto", "Nadine", "Lorenz", "Stefanie", "Dragan"],
    last: ["Müller", "Schröder", "Huber", "Gruber", "Weiß", "Brunner", "Keller", "Hoffmann", "Wagner", "Pichler", "Steiner", "Bachmann", "von Arnim", "Zimmermann", "Öztürk", "Kovačević"],
  },
  nl: {
    first: ["Sanne", "Daan", "Bram", "Femke", "Joris", "Lieke", "Wout", "Marieke", "Sem", "Anouk", "Thijs", "Eline", "Kobe", "Lotte", "Jelle"],
    last: ["de Vries", "Jansen", "van den Berg", "Bakker", "Peeters", "Janssens", "Maes", "De Smet", "Visser", "van Dijk", "Claes", "Willems", "El Amrani", "Verhoeven"],
  },
  fr: {
    first: ["Élodie", "Thibault", "Manon", "Gaëlle", "Quentin", "Amélie", "Benoît", "Céline", "Mathéo", "Océane", "Youssef", "Nathalie", "Loïc"],
    last: ["Dupont", "Lambert", "Lefèvre", "Dubois", "Mertens", "Renard", "Collignon", "Lejeune", "Benali", "Martin", "Wauters", "Delhaize"],
  },
  pl: {
    first: ["Katarzyna", "Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Grzegorz", "Zofia", "Michał", "Żaneta", "Wojciech", "Joanna", "Bartosz", "Jędrzej"],
    last: ["Kowalski", "Wiśniewska", "Nowak", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska", "Dąbrowski", "Woźniak", "Krawczyk", "Grabowska"],
  },
  cs: {
    first: ["Jiří", "Tereza", "Tomáš", "Lucie", "Ondřej", "Kateřina", "Petr", "Markéta", "Vojtěch", "Zuzana", "Radek", "Veronika", "Lukáš"],
    last: ["Novák", "Svobodová", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý", "Horáková", "Němec", "Marková", "Pokorný", "Růžičková"],
  },
};

export interface Person {
  first: string;
  last: string;
  full: string;
}

export function person(lang: string, rng: Rng): Person {
  const local = LOCAL[lang] ?? LOCAL.en!;
  const first = rng.chance(0.7) ? rng.pick(local.first) : rng.pick(WORLD_FIRST);
  const last = rng.chance(0.7) ? rng.pick(local.last) : rng.pick(WORLD_LAST);
  return { first, last, full: `${first} ${last}` };
}

/** Ordinary words and places that are also names; labeled `name-word` (or `place`). */
export const NAME_WORDS_EN = ["May", "Will", "Bill", "Mark", "Rose", "Grace", "Chase", "Hope", "Sue"];
export const PLACES = ["Paris", "Florence", "Jordan", "Amazon", "Wendy's", "Victoria", "Chelsea", "Lincoln", "Georgia", "Adelaide"];

export const MAIL_DOMAINS: Record<string, readonly string[]> = {
  en: ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "hotmail.co.uk", "comcast.net", "proton.me"],
  de: ["gmx.de", "web.de", "t-online.de", "gmx.at", "bluewin.ch", "gmail.com", "posteo.de", "aon.at"],
  nl: ["ziggo.nl", "kpnmail.nl", "telenet.be", "skynet.be", "gmail.com", "hotmail.com", "outlook.be"],
  fr: ["skynet.be", "gmail.com", "hotmail.be", "voo.be", "proximus.be", "orange.fr"],
  pl: ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
  cs: ["seznam.cz", "centrum.cz", "email.cz", "gmail.com", "volny.cz"],
};
export const SHOP_DOMAINS = ["swiftparcel-support.com", "marktplaza.eu", "sellers.marktplaza.eu", "hungryhub.app", "help.hungryhub.app", "kurier-express.de"];

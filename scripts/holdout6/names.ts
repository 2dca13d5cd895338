/** Invented people: first and last names of many origins, and the emails derived from them. */
import type { Rng } from "./rng.ts";

const ORIGINS: ReadonlyArray<{ first: string[]; last: string[] }> = [
  { first: ["Kwame", "Adaeze", "Oluwaseun", "Chiamaka", "Kofi", "Abena", "Babajide", "Yaa", "Emeka"], last: ["Mensah", "Okonkwo", "Adeyemi", "Boateng", "Nwachukwu", "Asante", "Ogunleye", "Diallo"] },
  { first: ["Priya", "Rohan", "Ananya", "Vikram", "Lakshmi", "Arjun", "Deepika", "Sanjay"], last: ["Raghunathan", "Iyer", "Chatterjee", "Venkatesan", "Malhotra", "Bhattacharya", "Nair", "Kulkarni"] },
  { first: ["Wei", "Xiaoling", "Jun", "Meihua", "Hao", "Yuting"], last: ["Zhang", "Huang", "Xu", "Liang", "Zhou", "Tan"] },
  { first: ["Minji", "Seo-yeon", "Jae-won", "Hyun-woo", "Ji-ho"], last: ["Park", "Choi", "Jeong", "Kang", "Yoon"] },
  { first: ["Haruto", "Yui", "Takeshi", "Aiko", "Ren"], last: ["Takahashi", "Watanabe", "Nakamura", "Kobayashi", "Yamaguchi"] },
  { first: ["Yousef", "Layla", "Omar", "Fatima", "Khalid", "Noor"], last: ["al-Hashimi", "Haddad", "al-Farsi", "Mansour", "Khoury", "El-Amin"] },
  { first: ["Emre", "Elif", "Burak", "Zeynep", "Mehmet"], last: ["Yıldırım", "Öztürk", "Çelik", "Aydın", "Şahin"] },
  { first: ["Katarzyna", "Dmitri", "Bożena", "Miroslav", "Olena", "Tomasz"], last: ["Wiśniewska", "Kuznetsov", "Dvořák", "Kowalczyk", "Shevchenko", "Nowak"] },
  { first: ["Alejandro", "Lucía", "Ximena", "Joaquín", "Valentina"], last: ["Fernández Ruiz", "Gutiérrez", "Ramírez Ortega", "Castillo", "Peña"] },
  { first: ["Siobhan", "Ciarán", "Eilidh", "Fergus", "Niamh", "Ruairí"], last: ["McAllister", "O'Donnell", "MacLeod", "O'Sullivan", "McCarthy", "Ní Bhriain"] },
  { first: ["Hannah", "Oliver", "Charlotte", "Tobias", "Margot", "Lotte"], last: ["Smith-Okafor", "Walker-Brown", "van der Linde", "de Vries", "von Ahlen", "da Costa"] },
  { first: ["Jürgen", "Ségolène", "Hélène", "Bruno", "Inês", "Søren", "Björn"], last: ["Großmann", "Lefèvre", "Gonçalves", "Bianchi", "Janssens", "Ødegård"] },
];

export interface Person { first: string; last: string; full: string; origin: number }

export function person(rng: Rng): Person {
  const origin = rng.int(0, ORIGINS.length - 1);
  const o = ORIGINS[origin] ?? ORIGINS[0]!;
  const first = rng.pick(o.first);
  const last = rng.pick(o.last);
  return { first, last, full: `${first} ${last}`, origin };
}

function ascii(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ı/g, "i").replace(/[łŁ]/g, "l")
    .replace(/ø/g, "o").replace(/ß/g, "ss").replace(/Ø/g, "O").replace(/['\s]/g, "").toLowerCase();
}

const DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "mail.harbourline.co.uk", "web.de", "orange.fr", "proton.me", "eu.kestrelmutual.com", "icloud.com", "live.nl", "sapo.pt", "libero.it"];

export function email(rng: Rng, p: Person): string {
  const f = ascii(p.first).replace(/-/g, "");
  const l = ascii(p.last);
  const local = rng.pick([
    `${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${rng.int(1, 99)}`, `${f}.${l}+${rng.pick(["orders", "billing", "cx", "2026"])}`,
    `${l}.${f}`, `${f}${rng.int(70, 99)}`,
  ]);
  return `${local}@${rng.pick(DOMAINS)}`;
}

export const AGENTS = ["Aisha", "Callum", "Mariana", "Tendai", "Hyejin", "Ravi", "Ingrid", "Thabo", "Lorcan"];

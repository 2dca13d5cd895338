// Holdout 8 corpus: what a locale provides to the genre builders.
import type { LocaleId } from './lookalikes.ts'

export type PhonePlan = [region: string, prefixes: string[], len: number]

export type Phrases = {
  hi: string; agent: string; customer: string; bye: string[]; thanks: string[]; fillers: string[]
  myName: string[]; reach: string[]; mailMe: string[]; card: string[]; iban: string[]; third: string[]
  airline: string[]; shop: string[]; utility: string[]; neg: string[]
  disclaimer: string; summary: string; next: string
  form: { name: string; email: string; phone: string; msg: string; topic: string }
}

export type Locale = {
  id: LocaleId; lang: string; phones: PhonePlan[]; mail: string[]; first: string[]; last: string[]
  ids: string[]; ibans: string[]; p: Phrases
}

/** Callers from elsewhere, always written with `+`. */
export const FOREIGN: PhonePlan[] = [
  ['AU', ['04'], 10], ['IN', ['98', '97', '88'], 10], ['DE', ['0151', '0171', '030'], 11], ['FR', ['06', '07'], 10],
  ['JP', ['090', '080'], 11], ['ZA', ['082', '072'], 10], ['MX', ['55', '33'], 10], ['PL', ['50', '60'], 9],
  ['NG', ['0803', '0805'], 11], ['AE', ['050', '055'], 10], ['TR', ['0532', '0542'], 11], ['PH', ['0917'], 11],
]

/** Names of many origins, mixed into every locale. */
export const WORLD_FIRST = ['Aisha', 'Mohammed', 'Nguyen Van', 'Oluwaseun', 'Priya', 'Wei', 'Fatima', 'Dmitri', 'Chiamaka', 'Arjun', 'Zeynep', 'Hamza', 'Yuki', 'Małgorzata', 'Tomasz', 'Ayaan', 'Leilani', 'Siobhán', 'Kwame', 'Ngozi', 'Mei-Ling', 'Hassan', 'Ana Lúcia', 'Jürgen', 'Bogdan', 'Thandiwe']
export const WORLD_LAST = ['Abdi', 'Okonkwo', 'Nguyen', 'Kowalczyk', 'Haddad', 'Patel', 'Zhang', 'Yılmaz', "O'Sullivan", 'Mensah', 'Wiśniewski', 'Tanaka', 'Al-Sayed', 'Warsame', 'Chaudhry', 'Petrović', 'Mbeki', 'Kaur', 'Dubois', 'Fernández', 'Ivanova', 'Mohamud']

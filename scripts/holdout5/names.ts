// Invented people of many origins; each language adds its own local names.
import type { Rng } from './rng'

export interface Person { first: string; last: string; f: boolean }
export interface Origin { m: string[]; f: string[]; last: string[] }

export const ORIGINS: Record<string, Origin> = {
  westAfrican: { m: ['Chinedu', 'Kwame', 'Oluwaseun', 'Kofi', 'Babajide'], f: ['Aminata', 'Adaeze', 'Ngozi', 'Abena', 'Folake'], last: ['Okafor', 'Mensah', 'Diallo', 'Adeyemi', 'Nwosu', 'Boateng', 'Traoré'] },
  indian: { m: ['Arjun', 'Rohan', 'Vikram', 'Siddharth'], f: ['Priya', 'Lakshmi', 'Ananya', 'Deepika'], last: ['Raghunathan', 'Mehta', 'Venkataraman', 'Iyer', 'Chatterjee', 'Sharma'] },
  chinese: { m: ['Wei', 'Jun', 'Hao'], f: ['Xiaoling', 'Mei', 'Yan'], last: ['Zhang', 'Chen', 'Liu', 'Huang', 'Xu'] },
  korean: { m: ['Min-jun', 'Seo-jun', 'Dong-hyun'], f: ['Ji-woo', 'Soo-ah', 'Hye-jin'], last: ['Park', 'Kim', 'Choi', 'Jeong'] },
  japanese: { m: ['Haruto', 'Kenji', 'Takumi'], f: ['Yuki', 'Aiko', 'Sakura'], last: ['Takahashi', 'Nakamura', 'Watanabe', 'Yamaguchi'] },
  arabic: { m: ['Omar', 'Youssef', 'Karim', 'Tariq'], f: ['Fatima', 'Layla', 'Nour', 'Samira'], last: ['al-Hassan', 'Haddad', 'Al-Mansouri', 'El Amrani', 'Bensaïd'] },
  turkish: { m: ['Mehmet', 'Emre', 'Burak'], f: ['Elif', 'Zeynep', 'Ayşe'], last: ['Yılmaz', 'Demir', 'Öztürk', 'Çelik', 'Şahin'] },
  slavic: { m: ['Dragan', 'Oleksandr', 'Piotr', 'Miroslav'], f: ['Oksana', 'Dragana', 'Katarzyna', 'Jelena'], last: ['Petrović', 'Kovalenko', 'Wiśniewski', 'Novák', 'Horvat'] },
  hispanic: { m: ['Alejandro', 'Joaquín', 'Mateo'], f: ['Lucía', 'Ximena', 'Valentina'], last: ['Fernández-Ruiz', 'Morales Vega', 'Gutiérrez', 'Ortega Sáenz', 'Quispe'] },
  celtic: { m: ['Ewan', 'Ciarán', 'Hamish', 'Pádraig'], f: ['Siobhán', 'Niamh', 'Aoife', 'Mairead'], last: ["O'Sullivan", 'McAllister', 'McCarthy', 'MacLeod', "O'Donnell", 'Mac Giolla'] },
  particle: { m: ['Pieter', 'Gustav', 'João', 'Henri'], f: ['Anne-Sophie', 'Marieke', 'Beatriz', 'Clotilde'], last: ['van der Linde', 'von Arnim', 'da Costa', 'de Villiers', 'dos Santos', 'van Dijk-Smit'] },
}

export interface Local { m: string[]; f: string[]; last: string[] }

/** A person: half from the language's own names, half from elsewhere. */
export function person(local: Local, r: Rng): Person {
  const o: Origin = r.int(0, 9) < 5 ? local : r.pick(Object.values(ORIGINS))
  const f = r.int(0, 1) === 1
  return { first: r.pick(f ? o.f : o.m), last: r.pick(o.last), f }
}

/** An email address derived from the person's name (ASCII only) in one of many shapes. */
export function emailFor(p: Person, domains: string[], r: Rng): string {
  const ascii = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/[^A-Za-z0-9-]/g, '').toLowerCase()
  const f = ascii(p.first)
  const l = ascii(p.last)
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${r.int(1, 99)}`, `${f}.${l}+${r.pick(['orders', 'shop', 'kundenservice', 'news'])}`, `${l}.${f}`, `${f}${r.int(70, 99)}`])
  const domain = r.pick(domains)
  return `${local}@${r.int(0, 5) === 0 ? `${r.pick(['mail', 'post', 'office'])}.${domain}` : domain}`
}

// Entity values other than phones and cards: mail addresses, SSNs, NINOs, IPs.
import { ascii, type Person } from './names'
import type { Rng } from './rng'

const DOMAINS: Record<string, string[]> = {
  en: ['gmail.com', 'outlook.com', 'btinternet.com', 'icloud.com', 'yahoo.co.uk', 'telkomsa.net', 'mweb.co.za', 'comcast.net', 'sky.com', 'hotmail.co.uk', 'live.co.za', 'verizon.net'],
  de: ['gmx.at', 'aon.at', 'chello.at', 'a1.net', 'gmail.com', 'kabsi.at'],
  fr: ['bluewin.ch', 'pt.lu', 'gmail.com', 'hispeed.ch', 'internet.lu', 'sunrise.ch'],
  el: ['otenet.gr', 'gmail.com', 'yahoo.gr', 'hol.gr', 'windtools.gr'],
  lv: ['inbox.lv', 'apollo.lv', 'gmail.com', 'tvnet.lv', 'one.lv'],
  sl: ['siol.net', 'gmail.com', 't-2.net', 'amis.net', 'telemach.net'],
}

/** A personal address derived from the name, in one of many shapes. */
export function makeEmail(rng: Rng, lang: string, p: Person): string {
  const [f0, ...rest] = p.latin.split(' ')
  const f = ascii(f0 ?? 'x')
  const l = ascii(rest.join(' ')).replace(/[^a-z0-9]/g, '')
  const d = rng.pick(DOMAINS[lang] ?? DOMAINS.en ?? [])
  const shapes = [
    `${f}.${l}@${d}`, `${f[0]}.${l}@${d}`, `${f}_${l}${rng.int(1, 99)}@${d}`, `${f}${l}@${d}`,
    `${f}.${l}+${rng.pick(['pets', 'vet', 'solar', 'family', 'claims'])}@${d}`, `${l}.${f}@${d}`,
    `${f}-${l}@mail.${d}`, `${f}${rng.int(1950, 2005)}@${d}`, `${l}${f[0]}@${d}`,
  ]
  return rng.pick(shapes)
}

export function makeSsn(rng: Rng, sep: string): string {
  let area = rng.int(1, 899)
  if (area === 666) area = 667
  const a = String(area).padStart(3, '0')
  const g = String(rng.int(1, 99)).padStart(2, '0')
  const s = String(rng.int(1, 9999)).padStart(4, '0')
  return [a, g, s].join(sep)
}

/** SSN shape that no SSN can have: area 000, 666 or 9xx, or group 00, or serial 0000. */
export function makeBadSsn(rng: Rng, sep: string): string {
  const bad = rng.int(0, 3)
  const a = bad === 0 ? rng.pick(['000', '666', String(rng.int(900, 999))]) : String(rng.int(100, 665))
  const g = bad === 1 ? '00' : String(rng.int(10, 99))
  const s = bad >= 2 ? '0000' : String(rng.int(1000, 9999))
  return [a, g, s].join(sep)
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ'
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ'
const NINO_BANNED = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']

export function makeNino(rng: Rng, spaced: boolean): string {
  let prefix = ''
  do prefix = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND])
  while (NINO_BANNED.includes(prefix))
  const d = rng.digits(6)
  const suffix = rng.pick(['A', 'B', 'C', 'D'])
  return spaced ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : `${prefix}${d}${suffix}`
}

export function makeBadNino(rng: Rng): string {
  return rng.pick(['QQ', 'GB', 'BG', 'DA', 'FY', 'NT', 'ZZ', 'UV', 'OI']) + rng.digits(6) + rng.pick(['A', 'B', 'C', 'D'])
}

export function makeIpv4(rng: Rng): string {
  const kind = rng.int(0, 3)
  if (kind === 0) return `192.168.${rng.int(0, 20)}.${rng.int(2, 254)}`
  if (kind === 1) return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
  return `${rng.pick([81, 86, 92, 102, 105, 141, 154, 185, 196, 213])}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
}

const hex = (rng: Rng, n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[rng.int(0, 15)]).join('')

export function makeIpv6(rng: Rng): string {
  const kind = rng.int(0, 3)
  if (kind === 0) return ['2001', '0db8', ...Array.from({ length: 6 }, () => hex(rng, 4))].join(':')
  if (kind === 1) return `2a02:${hex(rng, 3)}:${hex(rng, 4)}::${hex(rng, 1 + rng.int(0, 3))}`
  if (kind === 2) return `fe80::${hex(rng, 4)}:${hex(rng, 2)}ff:fe${hex(rng, 2)}:${hex(rng, 4)}`
  return `2c0f:${hex(rng, 4)}:${hex(rng, 4)}:${hex(rng, 4)}::${hex(rng, 2)}`
}

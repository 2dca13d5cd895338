// What a template gets: fresh values for one text, each already a labeled span.
import { lookalikes, type Look } from "./lookalikes.ts"
import { makePerson, type Person } from "./names.ts"
import { phone, type PhoneStyle } from "./phones.ts"
import { ent, type Span } from "./render.ts"
import type { Rng } from "./rng.ts"
import * as v from "./values.ts"

export interface Ctx {
  r: Rng
  n: Look
  pick: <T>(xs: readonly T[]) => T
  person: (origin?: string) => Person
  P: (text: string) => Span
  email: (p: Person, domains?: readonly string[]) => Span
  role: (local: string, domain: string) => Span
  phone: (region?: string, style?: PhoneStyle) => Span
  card: () => Span
  iban: (country?: string) => Span
  ssn: () => Span
  nino: () => Span
  ip: () => Span
  emoji: () => string
  nfd: (text: string) => string
}

const EMOJI = ["🙂", "👍", "📦", "🎓", "💊", "🚚", "🙏🏽", "👋🏾", "😅", "🇮🇪", "🇦🇺", "🇳🇱", "🇸🇪", "🇷🇴", "🇭🇺", "🇭🇷", "👨‍👩‍👧", "❤️", "✅", "📞"]
const FREE = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "eircom.net", "bigpond.com", "ziggo.nl", "telenet.be", "telia.com", "yahoo.ro", "freemail.hu", "t-com.hr", "online.no", "mail.dk"]

export function createCtx(r: Rng, lang: string, origins: readonly string[], regions: readonly string[], ibans: readonly string[]): Ctx {
  const pick = <T>(xs: readonly T[]) => r.pick(xs)
  return {
    r,
    n: lookalikes(r, lang),
    pick,
    person: (origin) => {
      const p = makePerson(pick, origin ?? pick(origins))
      // Some writers' keyboards send decomposed accents: the same name, more UTF-16 units.
      return r.chance(0.1) ? { ...p, first: p.first.normalize("NFD"), last: p.last.normalize("NFD"), full: p.full.normalize("NFD") } : p
    },
    nfd: (text) => text.normalize("NFD"),
    P: (text) => ent("PERSON", text),
    email: (p, domains = FREE) => ent("EMAIL", v.email(r, p.first, p.last, domains)),
    role: (local, domain) => ent("EMAIL", `${local}@${domain}`),
    phone: (region, style) => ent("PHONE", phone(r, region ?? pick(regions), style ?? pick(["national", "national", "intl", "intl", "e164", "dots", "dashes", "00", "brackets", "compact"] as const))),
    card: () => ent("CARD", v.card(r)),
    iban: (country) => ent("IBAN", v.iban(r, country ?? pick(ibans))),
    ssn: () => ent("US_SSN", v.ssn(r)),
    nino: () => ent("UK_NINO", v.nino(r)),
    ip: () => ent("IP_ADDRESS", r.chance(0.6) ? v.ipv4(r) : v.ipv6(r)),
    emoji: () => pick(EMOJI),
  }
}

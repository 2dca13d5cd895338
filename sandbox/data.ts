import { freeText, mobileRange } from "./free-text.ts"
import { chatText } from "./messages.ts"
import { cardNumber, int, pick, rng, uuid, type Rng } from "./random.ts"

const FIRST = ["Ada", "Björn", "Chiara", "Dmitri", "Eun-ji", "Fatima", "Gustavo", "Hana", "Ivan", "Jamal", "Keiko", "Lars", "Maria", "Nia", "Oscar", "Priya", "Quentin", "Rosa", "Søren", "Tomás", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë"]
const LAST = ["Okafor", "Lindqvist", "Rossi", "Petrov", "Kim", "Haddad", "Silva", "Novak", "Müller", "Nakamura", "O'Brien", "García", "Johansson", "Dubois", "Kowalski", "Ndlovu", "Fernández", "Chen", "Andersen", "Moreau"]
const DOMAINS = ["example.com", "example.org", "mail.example.net", "corp.example"]
const COUNTRY = [
  { cc: "1", len: 10 },
  { cc: "44", len: 10 },
  { cc: "49", len: 11 },
  { cc: "33", len: 9 },
  { cc: "61", len: 9 },
]
const MEDIA = [
  { mediaTypeId: 4, mediaTypeName: "Call", digital: false },
  { mediaTypeId: 3, mediaTypeName: "Chat", digital: true },
  { mediaTypeId: 1, mediaTypeName: "Email", digital: true },
]
export const SKILLS = [
  { skillId: 4101, skillName: "Billing", mediaTypeId: 4, mediaTypeName: "Call" },
  { skillId: 4102, skillName: "Support Chat", mediaTypeId: 3, mediaTypeName: "Chat" },
  { skillId: 4103, skillName: "Email Care", mediaTypeId: 1, mediaTypeName: "Email" },
]

export interface Person {
  firstName: string
  lastName: string
  email: string
  phone: string
}

/** A contact as the seed's records API stores it; a field set to null by a PATCH is deleted. */
export interface RecordContact {
  id: string
  fields: Record<string, unknown>
  version: number
  /** How many PATCHes changed it: tests prove "transformed once" with this. */
  writes: number
}

/**
 * A completed contact in v34.0 field names. Ids are 64-bit integers on the
 * wire; they are held as digit strings here so one above 2^53 stays exact,
 * and routes render them as JSON numbers (see wire.ts).
 */
export interface CompletedContact {
  contactId: string
  masterContactId: string
  contactStartDate: string
  lastUpdateTime: string
  firstName: string
  lastName: string
  fromAddress: string
  toAddress: string
  mediaTypeId: number
  mediaTypeName: string
  skillId: number
  skillName: string
  agentId: number
  teamId: number
  totalDurationSeconds: number
  isOutbound: boolean
  isLogged: boolean
  abandoned: boolean
  dispositionNotes: string
}

export interface Message {
  id: string
  contactNumber: string
  direction: "inbound" | "outbound"
  authorName: string | null
  content: string | null
  createdAt: string
  contentRemoval?: { reason: string; at: string }
  authorNameRemoval?: { reason: string; at: string }
}

export function person(r: Rng): Person {
  const firstName = pick(r, FIRST)
  const lastName = pick(r, LAST)
  const country = pick(r, COUNTRY)
  let national = String(int(r, 2, 9))
  while (national.length < country.len) national += String(int(r, 0, 9))
  national = mobileRange(country.cc, national)
  const local = `${firstName}.${lastName}`.normalize("NFD").replace(/[^\w.]/g, "").toLowerCase()
  return { firstName, lastName, email: `${local}${int(r, 1, 999)}@${pick(r, DOMAINS)}`, phone: `+${country.cc}${national}` }
}

/** With a share of `returning`, an earlier person again with a new phone (odd i) or email (even i); else `p`. */
function returningOr(p: Person, people: Person[], i: number, lr: Rng, returning = 0): Person {
  if (returning && people.length && lr() < returning) {
    const earlier = people[Math.floor(lr() * people.length)]!
    const fresh = person(lr)
    p = i % 2 ? { ...earlier, phone: fresh.phone } : { ...earlier, email: fresh.email }
  }
  people.push(p)
  return p
}

export interface TenantData {
  records: Map<string, RecordContact>
  completed: CompletedContact[]
  messages: Map<string, Message>
  /** The personal values each record's free text (notes, callback note, custom field values) holds, by record id: tests prove none is written. */
  freeTextPii: Map<string, string[]>
  /** The personal values seeded into each message's text, by message id: not served, for tests that look for them in outputs. */
  messagePii: Map<string, string[]>
}

/** The first contact id above 2^53 (2^53 + 1: a double rounds it to 2^53). */
export const BIG_ID_BASE = 2n ** 53n + 1n

/**
 * Deterministic contacts for one tenant: the same seed gives the same people, ids and messages.
 * With `bigIds`, every contact id is above 2^53, as on a tenant whose ids have grown that far.
 */
export function generateContacts(seed: number, count: number, now: number, options: { bigIds?: boolean; returning?: number } = {}): TenantData {
  const r = rng(seed * 7919 + 17)
  const records = new Map<string, RecordContact>()
  const completed: CompletedContact[] = []
  const messages = new Map<string, Message>()
  const freeTextPii = new Map<string, string[]>()
  // Free text draws from its own stream, so the people, ids and messages stay what they were for a seed.
  const tr = rng(seed * 104_729 + 3)
  const messagePii = new Map<string, string[]>()
  const base = 600_000_000_000 + (seed % 1000) * 1_000_000
  // Returning customers draw from a stream of their own, so with the knob at 0 nothing else moves.
  const lr = rng(seed * 15_485_863 + 11)
  const people: Person[] = []
  for (let i = 0; i < count; i++) {
    const p = returningOr(person(r), people, i, lr, options.returning)
    const id = options.bigIds ? String(BIG_ID_BASE + BigInt((seed % 1000) * 1_000_000 + i)) : String(base + i)
    const media = pick(r, MEDIA)
    const skill = SKILLS.find((s) => s.mediaTypeId === media.mediaTypeId)!
    const start = new Date(now - int(r, 60, 29 * 86_400) * 1000).toISOString()
    const accountNumber = String(int(r, 10_000_000, 99_999_999))
    const card = i % 5 === 0 ? cardNumber(r) : undefined
    const invoice = int(r, 1000, 9999)
    const text = freeText(tr, p, { invoice, card })
    freeTextPii.set(id, text.values)
    records.set(id, {
      id,
      fields: {
        ...p,
        customFields: [
          { name: "accountNumber", value: accountNumber },
          { name: "callbackNote", value: text.callbackNote },
          ...(card ? [{ name: "cardNumber", value: card }] : []),
        ],
        notes: text.notes,
        channel: media.mediaTypeName.toLowerCase(),
        createdAt: start,
      },
      version: 1,
      writes: 0,
    })
    completed.push({
      contactId: id,
      masterContactId: id,
      contactStartDate: start,
      lastUpdateTime: start,
      firstName: p.firstName,
      lastName: p.lastName,
      fromAddress: media.mediaTypeId === 1 ? p.email : p.phone,
      toAddress: media.mediaTypeId === 1 ? "care@acme.example" : "+18005550100",
      mediaTypeId: media.mediaTypeId,
      mediaTypeName: media.mediaTypeName,
      skillId: skill.skillId,
      skillName: skill.skillName,
      agentId: int(r, 1000, 1050),
      teamId: int(r, 10, 14),
      totalDurationSeconds: int(r, 30, 1800),
      isOutbound: false,
      isLogged: true,
      abandoned: false,
      dispositionNotes: `Spoke with ${p.firstName}`,
    })
    if (media.digital) {
      const n = int(r, 1, 3)
      for (let m = 0; m < n; m++) {
        const mid = uuid(r)
        const text = chatText(seed, i, m, p, m % 2 === 0)
        messages.set(mid, {
          id: mid,
          contactNumber: id,
          direction: m % 2 === 0 ? "inbound" : "outbound",
          authorName: m % 2 === 0 ? `${p.firstName} ${p.lastName}` : "Agent Smith",
          content: text.content,
          createdAt: new Date(Date.parse(start) + m * 45_000).toISOString(),
        })
        if (text.pii.length) messagePii.set(mid, text.pii)
      }
    }
  }
  return { records, completed, messages, messagePii, freeTextPii }
}

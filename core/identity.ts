import { EMAIL, hasInvisible, strayAfterDomain } from "./command.ts"
import { parsePhone, toE164, toEmail } from "./normalize.ts"

// Identity resolution for data-subject requests (access and erasure): from the identifier a person gave,
// the other identifiers the tenant holds on the same contacts. Core owns the walk; a plugin owns the lookups
// (which APIs, which fields), so an access export and an erasure can resolve a person the same way.

export type IdentifierType = "EMAIL" | "PHONENO"

/** One identifier, normalized: a lower-cased email, or a phone number in E.164. */
export interface Identifier {
  type: IdentifierType
  value: string
  /**
   * An email whose domain is written in its own letters (`jane@пример.рф`), lower-cased as given: `value` holds it in
   * punycode (what keys and indexes compare), and a tenant that stores addresses as written is asked for this form too.
   */
  written?: string
}

/** What a lookup found for one identifier: the contacts that carry it, and every identifier on those contacts. */
export interface IdentityHit {
  /** Contact ids (any stable id: `records:<id>`, `acd:<id>`), so an identifier can say where it was seen. */
  contacts: string[]
  identifiers: Identifier[]
}

/** A resolved identifier: where it came from, and whether its own contacts were looked up. */
export interface ResolvedIdentifier extends Identifier {
  /** `requested`: the one asked about; `linked`: found on a contact of an identifier before it. */
  via: "requested" | "linked"
  /** How many links away from the requested identifier (0 for it). */
  depth: number
  /** True when its contacts were looked up (the requested one always; linked ones with `follow`). */
  followed: boolean
  /** Followed: the contacts its own lookup found; reported only: the contacts it was seen on. */
  contacts: string[]
}

export interface ResolveOptions {
  /** `follow`: look up the linked identifiers' contacts too; `report`: only list them. */
  linked: "follow" | "report"
  /** Links followed away from the requested identifier (default 2). */
  maxDepth?: number
  /** Identifiers at most (default 20): a shared switchboard number must not pull in a whole tenant. */
  maxIdentifiers?: number
}

export interface Resolution {
  identifiers: ResolvedIdentifier[]
  /** Every contact of a followed identifier. */
  contacts: string[]
  /** True when maxIdentifiers stopped the walk. */
  truncated: boolean
}

const key = (i: Identifier) => `${i.type}:${i.value}`

/**
 * The normalized identifier of a raw value, or undefined when it is none: a
 * value with `@` must look like an email; anything else must read as a phone
 * number in international form. Never throws and never echoes the value.
 * `stored`: a value the tenant holds (a contact's email or fromAddress), read as before: an address with a path or a
 * fragment after its domain still links its contact to the subject; only what a user types is refused for it.
 */
export function identifierOf(raw: unknown, type?: IdentifierType, stored = false): Identifier | undefined {
  if (typeof raw !== "string" && typeof raw !== "number") return undefined
  const text = String(raw).trim()
  if (!text) return undefined
  const asEmail = type ? type === "EMAIL" : text.includes("@")
  if (asEmail) {
    // toEmail reads the domain as a URL's host, which ends at #, /, ? or : (ada@example.com#x was ada@example.com).
    if (!stored && (strayAfterDomain(text) || hasInvisible(text))) return undefined
    const value = toEmail(text)
    if (!EMAIL.test(value)) return undefined
    const written = text.toLowerCase()
    return written !== value && EMAIL.test(written) ? { type: "EMAIL", value, written } : { type: "EMAIL", value }
  }
  try {
    return { type: "PHONENO", value: toE164(text) }
  } catch {
    return undefined
  }
}

/**
 * Walks from the requested identifier to the identifiers linked to it
 * through shared contacts, breadth first. With `report` only the requested
 * identifier's contacts are looked up and the linked ones are listed; with
 * `follow` each linked identifier's contacts are looked up too, up to
 * `maxDepth` links away. Lookups for one depth run one after another (a
 * person has few identifiers; the tenant's rate limit is shared).
 *
 * @example
 * const r = await resolveIdentity({ type: "EMAIL", value: "ada@example.com" }, lookup, { linked: "report" })
 * r.identifiers.filter((i) => i.via === "linked")   // the phones on Ada's contacts
 */
export async function resolveIdentity(requested: Identifier, lookup: (identifier: Identifier) => Promise<IdentityHit>, options: ResolveOptions): Promise<Resolution> {
  const maxDepth = options.linked === "follow" ? (options.maxDepth ?? 2) : 0
  const cap = options.maxIdentifiers ?? 20
  const found = new Map<string, ResolvedIdentifier>([[key(requested), { ...requested, via: "requested", depth: 0, followed: false, contacts: [] }]])
  const contacts = new Set<string>()
  let truncated = false
  let frontier = [found.get(key(requested))!]
  for (let depth = 0; frontier.length; depth++) {
    const next: ResolvedIdentifier[] = []
    for (const current of frontier) {
      current.followed = true
      const hit = await lookup({ type: current.type, value: current.value })
      for (const c of hit.contacts) contacts.add(c)
      current.contacts = [...new Set(hit.contacts)]
      for (const other of hit.identifiers) {
        if (found.has(key(other))) continue
        if (found.size >= cap) {
          truncated = true
          continue
        }
        const added: ResolvedIdentifier = { ...other, via: "linked", depth: depth + 1, followed: false, contacts: [...hit.contacts] }
        found.set(key(other), added)
        if (depth + 1 <= maxDepth) next.push(added)
      }
    }
    frontier = next
  }
  return { identifiers: [...found.values()], contacts: [...contacts], truncated }
}

/**
 * An identifier shown without its value: an email's first character and
 * domain (`a•••@example.com`), a phone's calling code and last two digits
 * (`+44•••••••18`). For summaries and logs; the value itself stays in the export file.
 */
export function maskIdentifier(identifier: Identifier): string {
  if (identifier.type === "EMAIL") {
    const at = identifier.value.lastIndexOf("@")
    return at < 1 ? "•••" : `${identifier.value[0]}•••@${identifier.value.slice(at + 1)}`
  }
  const digits = identifier.value.replace(/\D/g, "")
  if (digits.length < 6) return "+•••"
  let cc = digits.slice(0, 1)
  try {
    cc = parsePhone(identifier.value).callingCode
  } catch {}
  return `+${cc}${"•".repeat(Math.max(3, digits.length - cc.length - 2))}${digits.slice(-2)}`
}

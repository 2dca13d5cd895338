/**
 * The stand-in tenant's data: completed contacts (v34.0 field names, cxone-api.md §4.1) holding personal data
 * in names, addresses and notes, DFO messages for the digital ones, and skill activity rows (§6).
 * Written from the fact sheet only; nothing here is taken from cxedge's own sandbox.
 */

export interface SeedContact extends Record<string, unknown> {
  contactId: number | string
  fromAddress: string
  mediaTypeName: string
}

export interface SeedMessage {
  id: string
  contactNumber: string
  authorName: string | null
  text: string
  contentRemoved?: number
  authorRemoved?: number
}

/** Every personal value seeded anywhere: after an erasure none of them may be left in the stand-in's state. */
export const SEEDED_PII: string[] = []

const FIRST = ["Margarethe", "Tobiasz", "Imogen", "Rashida", "Evander", "Solveig", "Bartholomew", "Ngozi", "Leocadia", "Torvald", "Xiomara", "Cormac", "Yevgenia", "Anselm", "Philippa"]
const LAST = ["Oyelaran", "Wreczycki", "Castellanos", "Lindqvist", "Okonkwo", "Marchetti", "Fairweather", "Adebayo", "Szczepanska", "Brekke", "Villalobos", "Gallagher", "Derevyanko", "Hollenbeck", "Quartermaine"]
/** Phone numbers written as people and systems write them: spaces, dashes, brackets, always with the country code. */
const PHONES = ["+1 617-555-0143", "+44 20 7946 0018", "+1 (212) 555-0199", "+61 2 9374 4000", "+1 415 555 0172", "+33 1 42 68 53 00"]
const people = FIRST.map((first, i) => ({
  first,
  last: LAST[i]!,
  phone: i < PHONES.length ? PHONES[i]! : `+1 303-555-01${String(10 + i).padStart(2, "0")}`,
  email: `${first.toLowerCase()}.${LAST[i]!.toLowerCase()}@example.org`,
}))

const DAY = 86_400_000
/** Contacts start on these days before `now`: the test's window (30d) covers all of them. */
export function seedContacts(now: number): SeedContact[] {
  const out: SeedContact[] = []
  let n = 0
  // Two contacts per person: a voice call (phone subject) and a digital one (email subject); 15 people, 30 contacts, plus one
  // with a 64-bit id above 2^53 (cxone-api.md §8.4: contactId is int64).
  for (const p of people) {
    SEEDED_PII.push(p.first, p.last, p.phone, p.email)
    for (const media of ["Phone Call", "Chat"] as const) {
      n++
      const contactId: number | string = n === 30 ? "9007199254740993" : 5_000_000_100 + n
      const voice = media === "Phone Call"
      const start = new Date(now - (n + 1) * DAY / 2).toISOString()
      const note = voice
        ? `Caller ${p.first} ${p.last} asked for a callback on ${p.phone}; confirmed email ${p.email}.`
        : `Chat with ${p.first} ${p.last}: wants the invoice sent to ${p.email}, mobile ${p.phone}.`
      out.push({
        contactId,
        masterContactId: contactId,
        contactStartDate: start,
        lastUpdateTime: start,
        mediaTypeId: voice ? 4 : 3,
        mediaTypeName: media,
        mediaSubTypeName: voice ? "Regular" : "Chat",
        skillId: voice ? 4101 : 4102,
        skillName: voice ? "Billing Voice" : "Billing Chat",
        fromAddress: voice ? p.phone : p.email,
        toAddress: voice ? "+18005550100" : "chat@acme.example",
        firstName: p.first,
        lastName: p.last,
        dispositionNotes: note,
        agentId: 1200 + n,
        teamName: "Billing",
        totalDurationSeconds: 120 + n,
        isOutbound: false,
        tags: [{ contactId, tagId: 7, tagName: "billing" }],
        // A field no published version lists: a real tenant may add some.
        routingInsights: { score: n / 10, engine: "v2" },
      })
    }
  }
  return out
}

/** The digital contacts' DFO messages: the DFO contact number is the ACD contactId (cxone-api.md §5.1 says unverified). */
export function seedMessages(contacts: SeedContact[]): SeedMessage[] {
  const out: SeedMessage[] = []
  for (const c of contacts) {
    if (c.mediaTypeName !== "Chat") continue
    const name = `${c.firstName} ${c.lastName}`
    // 13 messages: more than one page of the stand-in's capped history page (10).
    for (let i = 1; i <= 13; i++) {
      const fromCustomer = i % 2 === 1
      out.push({
        id: `msg-${c.contactId}-${String(i).padStart(2, "0")}`,
        contactNumber: String(c.contactId),
        authorName: fromCustomer ? name : "Agent Kim",
        text: fromCustomer ? `Hi, this is ${name}, reach me at ${c.fromAddress}` : `Thanks ${c.firstName}, checking now.`,
      })
    }
  }
  return out
}

export interface SkillRow extends Record<string, unknown> {
  skillId: number
}

/** Skill activity rows (v34 fields); 4103 has a queue and no agent. */
export function seedSkills(now: number): SkillRow[] {
  const row = (skillId: number, skillName: string, queueCount: number, agentsAvailable: number, serviceLevel: number, waitSec: number): SkillRow => ({
    skillId, skillName, queueCount, agentsAvailable, serviceLevel,
    agentsACW: 0, agentsIdle: agentsAvailable, agentsLoggedIn: agentsAvailable + 2, agentsUnavailable: 1, agentsWorking: 1,
    businessUnitId: 4600123, campaignId: 12, campaignName: "Billing", contactsActive: queueCount + 1, isActive: true,
    isOutbound: false, mediaTypeId: 4, mediaTypeName: "Phone Call", inSLA: 40, outSLA: 3, serviceLevelGoal: 80, serviceLevelThreshold: 30,
    // The server-time format of cxone-api.md §8.4: seven fractional digits.
    serverTime: new Date(now).toISOString().replace(/\.(\d{3})Z$/, ".$10000Z"),
    earliestQueueTime: queueCount ? new Date(now - waitSec * 1000).toISOString() : null,
    workItemQueueType: null,
  })
  return [row(4101, "Billing Voice", 2, 3, 92, 45), row(4102, "Billing Chat", 0, 4, 100, 0), row(4103, "Collections", 7, 0, 61, 620)]
}

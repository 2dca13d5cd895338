// Seed data of the second stand-in tenant. Every personal value is listed in PII (tests assert none of them
// leaks into cxedge's outputs, and that an erasure leaves none behind in the tenant), every secret in SECRETS.
// Imports nothing from cxedge.

export const TENANT_ID = "7c1e4f0a-93d2-4b8e-a6f1-2d5c9e8b0a37"
export const USER_ID = "3f9a2c71-5b4e-4d08-9e6a-c1b2d3e4f5a6"
export const BU_ID = -48213 // icBUId may be negative (cxone-api.md 8.4)

export const CREDS = {
  accessKeyId: "S2KEY/Zx+9q7RrT2mWv4pLs8nNc1yHb6dFg3jKa5eUo0iQw==",
  accessKeySecret: "s2+sec/Ret:Tq9%Lm=",
  clientId: "standin2-client@cxone",
  clientSecret: "s2-client+secret/with:colon%and=",
}

/** The access key owner's claims: personal data of an employee. */
export const OWNER = { given: "Wilhelmina", family: "Okonkwo-Reyes", login: "wilhelmina.okonkwo@standin2.example" }

export interface SeedContact {
  contactId: string
  masterContactId: string
  mediaTypeId: number
  mediaTypeName: string
  fromAddress: string
  toAddress: string
  firstName: string
  lastName: string
  skillId: number
  dispositionNotes: string
  ageMinutes: number
}

export interface SeedMessage {
  id: string
  contactNumber: string
  direction: "inbound" | "outbound"
  authorName: string | null
  text: string
  ageMinutes: number
}

const people: [string, string, string, string][] = [
  // first, last, phone (as the ACD keeps it: national digits, no +), email
  ["Kasimir", "Vandersloot", "6175550143", "kasimir.vandersloot@mailbox.example"],
  ["Oluwaseun", "Adebayo-Lindqvist", "4420794600", "seun.adebayo@post.example"],
  ["Marisol", "Quintanilla", "3125550187", "marisol.q@inbox.example"],
  ["Thaddeus", "Brightwater", "2025550111", "t.brightwater@letters.example"],
  ["Ingeborg", "Halvorsen", "6465550123", "ingeborg.halvorsen@fjord.example"],
  ["Ptolemy", "Carrington", "7185550199", "ptolemy.c@scrolls.example"],
]

const media: [number, string][] = [
  [4, "Phone Call"],
  [1, "Email"],
  [3, "Chat"],
  [8, "Work Item"],
  [9, "SMS"],
]

export function seedContacts(): SeedContact[] {
  const out: SeedContact[] = []
  for (let i = 0; i < 30; i++) {
    const [first, last, phone, email] = people[i % people.length]!
    const [mediaTypeId, mediaTypeName] = media[i % media.length]!
    const isEmail = mediaTypeName === "Email" || mediaTypeName === "Chat"
    out.push({
      contactId: String(812000000000000n + BigInt(i * 7 + 3)),
      masterContactId: String(812000000000000n + BigInt(i * 7 + 3)),
      mediaTypeId,
      mediaTypeName,
      fromAddress: isEmail ? email : phone,
      toAddress: isEmail ? "care@standin2.example" : "8005550100",
      firstName: first,
      lastName: last,
      skillId: 5101 + (i % 3),
      dispositionNotes: `Caller ${first} ${last} asked to be called back on ${phone}`,
      ageMinutes: 60 * 24 * 9 - i * 400,
    })
  }
  return out
}

export const DIGITAL = new Set(["Email", "Chat", "Work Item", "SMS"])

export function seedMessages(contacts: SeedContact[]): SeedMessage[] {
  const out: SeedMessage[] = []
  let n = 0
  for (const c of contacts) {
    if (!DIGITAL.has(c.mediaTypeName)) continue
    const p = people.find((x) => x[0] === c.firstName)!
    const lines = [
      `Hello, this is ${c.firstName} ${c.lastName}, my email is ${p[3]} and my IBAN is GB82WEST12345698765432`,
      "Thanks, order 4471-22 is on its way, will do",
      `Please call me on +1 ${p[2].slice(0, 3)} ${p[2].slice(3, 6)} ${p[2].slice(6)}`,
    ]
    for (let k = 0; k < lines.length; k++) {
      n++
      out.push({
        id: `m2-${n.toString(16).padStart(6, "0")}-4c1d-8e2f-${c.contactId.slice(-6)}`,
        contactNumber: c.contactId,
        direction: k === 1 ? "outbound" : "inbound",
        authorName: k === 1 ? "Agent Smithers" : `${c.firstName} ${c.lastName}`,
        text: lines[k]!,
        ageMinutes: c.ageMinutes - k,
      })
    }
  }
  return out
}

export const SKILLS = [
  { skillId: 5101, skillName: "Billing", mediaTypeId: 4, emailFromAddress: null as string | null, queueCount: 3, agents: 2, sl: 91, waitSec: 40 },
  { skillId: 5102, skillName: "Email Care", mediaTypeId: 1, emailFromAddress: "gunnhild.sorensen@standin2.example", queueCount: 9, agents: 0, sl: 55, waitSec: 700 },
  { skillId: 5103, skillName: "Chat Help", mediaTypeId: 3, emailFromAddress: null, queueCount: 0, agents: 4, sl: 100, waitSec: 0 },
]

export const SCRIPTS = [
  { scriptId: "91001", scriptPath: "Company\\Callback", scriptName: "Callback", owner: "Bartholomew Featherstonehaugh" },
  { scriptId: "91002", scriptPath: "Company\\Survey", scriptName: "Survey", owner: "Bartholomew Featherstonehaugh" },
]

/** An extra, unknown environment value holding personal data (a technical contact). */
export const ENV_CONTACT = "Esperanza Villalobos-Trinh <esperanza.vt@standin2.example>"

/** Every personal value seeded; a test asserts none of these appears in an output. */
export function piiValues(): string[] {
  const v = new Set<string>()
  for (const [f, l, ph, em] of people) {
    v.add(f)
    v.add(l)
    v.add(ph)
    v.add(em)
  }
  v.add("GB82WEST12345698765432")
  v.add(OWNER.given)
  v.add(OWNER.family)
  v.add(OWNER.login)
  v.add("gunnhild.sorensen@standin2.example")
  v.add("Bartholomew Featherstonehaugh")
  v.add("Esperanza Villalobos-Trinh")
  v.add("esperanza.vt@standin2.example")
  return [...v]
}

/** Values that identify a subject and must be gone from the tenant after an erasure. */
export function subjectValues(): string[] {
  return people.flatMap(([f, l, ph, em]) => [f, l, ph, em])
}

export const SECRETS = [CREDS.accessKeyId, CREDS.accessKeySecret, CREDS.clientSecret]

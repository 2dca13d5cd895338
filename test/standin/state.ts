import type { AuthState } from "./auth.ts"
import { seedContacts, seedMessages, seedSkills, type SeedContact, type SeedMessage, type SkillRow } from "./seed.ts"

/** Everything the stand-in holds, open to the test for its checks. */
export interface StandinState {
  now(): number
  apiOrigin(): string
  auth: AuthState
  contacts: SeedContact[]
  messages: SeedMessage[]
  skills: SkillRow[]
  /** When skill activity last changed: an `updatedSince` at or after it is answered 304. */
  skillsChangedAt: number
  completedCalls: number
  erasures: { requestId: string; subjectIdentifier: string; subjectIdentifierType: string }[]
  /** Contact id -> how many erasures reached it. */
  writes: Map<string, number>
  transcripts: { contactNumber: string; recipients: string[] }[]
  started: { contactId: string; skillId: number; scriptId: string | null; scriptPath: string | null; parameters: string[]; startDate: string | null }[]
}

export function createState(now: () => number, apiOrigin: () => string, auth: { lifetimeSec?: number; revokeAfterCalls?: number } = {}): StandinState {
  const contacts = seedContacts(now())
  return {
    now,
    apiOrigin,
    auth: { lifetimeSec: auth.lifetimeSec ?? 3600, revokeAfterCalls: auth.revokeAfterCalls, calls: 0, issued: new Set(), refreshTokens: new Set(), grants: [] },
    contacts,
    messages: seedMessages(contacts),
    skills: seedSkills(now()),
    skillsChangedAt: now() - 1000,
    completedCalls: 0,
    erasures: [],
    writes: new Map(),
    transcripts: [],
    started: [],
  }
}

/** rate6's one tenant: its keys, its records (every name, address and number a person's) and what a job must leave. */

export const KEYS = {
  accessKeyId: "R6KEY+id/6666666666666666666666666666666666666666=",
  accessKeySecret: "r6+access/secret==",
  clientId: "rate6-app",
  clientSecret: "rate6-client+secret/",
  recordsClientId: "records-r6",
  recordsClientSecret: "records-secret-r6",
}
export const TENANT_ID = "66aa0b1c-6d6e-4f70-8a91-b2c3d4e5f666"

export type Contact = Record<string, unknown> & { id: string }

const FIRST = ["Oluwaseun", "Ragnhild", "Xiomara", "Bartłomiej", "Cathal", "Ngaio", "Dobromir", "Ines", "Tadhg", "Yevgenia"]
const LAST = ["Adebayo-Okafor", "Fjeldstad", "Quintanilla", "Wróblewski", "Mac Giolla", "Te Rangi", "Hristov", "Sarmento", "Ó Dubhghaill", "Zhukovska"]

/** `count` records, ids zero-padded so they list in order; the personal fields are the ones the matrix empties. */
export function seedRecords(count: number): Contact[] {
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST[i % FIRST.length]!
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!
    return {
      id: `r6-${String(i).padStart(5, "0")}`,
      firstName: first,
      lastName: last,
      email: `${first.toLowerCase()}.${i}@example.net`,
      phone: `+3531555${String(i).padStart(4, "0")}`,
      tier: i % 3 === 0 ? "gold" : "standard",
      openedAt: "2026-03-01T09:00:00Z",
    }
  })
}

/** The matrix every job runs: the four personal fields emptied (nullify deletes them), the rest left as it is. */
export const MATRIX = {
  name: "rate6",
  target: "patch",
  fields: [
    { path: "firstName", transform: "nullify" },
    { path: "lastName", transform: "nullify" },
    { path: "email", transform: "nullify" },
    { path: "phone", transform: "nullify" },
  ],
}

/** What the matrix makes of a record: the personal fields gone, every other field unchanged. */
export function expected(record: Contact): Contact {
  const { firstName: _f, lastName: _l, email: _e, phone: _p, ...rest } = record
  return rest as Contact
}

/** Every personal value seeded, in the forms a leak would take. */
export function piiOf(records: Contact[]): string[] {
  const values = new Set<string>()
  for (const r of records) for (const key of ["lastName", "email", "phone"]) values.add(r[key] as string)
  for (const first of FIRST) values.add(first)
  return [...values]
}

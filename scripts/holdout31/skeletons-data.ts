// Skeletons of the structured kinds: csv, json, log, table, yaml. Keys are
// the systems' own (English); each row is its own person and numbers.
import type { Ctx } from "./ctx.ts"
import { isUK, isUS } from "./extras.ts"
import type { Biz } from "./pack.ts"

/** Business columns: [key, placeholder base]. */
export const COLS: Record<Biz, [string, string][]> = {
  vet: [["pet", "pet"], ["chip", "chip"], ["policy", "pol"], ["claim", "claim"]],
  car: [["plate", "plate"], ["agreement", "agr"], ["vin", "vin"], ["deposit", "amt"]],
  util: [["meter", "meter"], ["reading", "read"], ["account", "acct"], ["supply_point", "supply"]],
  uni: [["student_id", "sid"], ["application", "app"], ["room", "room"], ["deposit", "amt"]],
}

/** The id column a text of this region may carry: SSN (US), NINO (UK), none. */
function idCol(c: Ctx): [string, string] | undefined {
  if (isUS(c) && c.rng.chance(0.6)) return ["ssn", "ssn"]
  if (isUK(c) && c.rng.chance(0.75)) return ["ni_number", "nino"]
  if (!isUS(c) && !isUK(c) && c.rng.chance(0.35)) return ["national_id", "natid"]
  return undefined
}

const q = (s: string) => `"${s}"`

export function csv(c: Ctx): string {
  const g = c.rng
  const cols = COLS[c.biz].slice(0, g.int(2, 4))
  const id = idCol(c)
  const card = g.chance(0.2)
  const head = ["name", "phone", "email", ...cols.map(([k]) => k), ...(id ? [id[0]] : []), ...(card ? ["card"] : []), "updated"]
  const rows = [head.join(",")]
  const people = [1, 2, 5, 6, 7].slice(0, g.int(3, 5))
  for (const n of people) {
    const cells = [g.chance(0.3) ? q(`{p${n}}`) : `{p${n}}`, `{ph${n}}`, `{em${n}}`, ...cols.map(([, b]) => (b === "amt" ? q(`{amt_${n}}`) : `{${b}_${n}}`))]
    if (id) cells.push(`{${id[1]}_${n}}`)
    if (card) cells.push(`{card_${n}}`)
    cells.push(q(`{dt_${n}}`))
    rows.push(cells.join(","))
  }
  return rows.join("\n")
}

export function table(c: Ctx): string {
  const g = c.rng
  const l = c.L.lab
  const cols = COLS[c.biz].slice(0, g.int(2, 3))
  const head = [l.name, l.phone, ...cols.map(([k]) => k), l.date]
  const rows = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`]
  const people = [1, 2, 5, 6].slice(0, g.int(2, 4))
  for (const n of people) {
    const phone = g.chance(0.2) ? `{ph${n}} ${c.L.or} {ph${n + 10}}` : `{ph${n}}`
    rows.push(`| ${[`{p${n}}`, phone, ...cols.map(([, b]) => `{${b}_${n}}`), `{dt_${n}}`].join(" | ")} |`)
  }
  return rows.join("\n")
}

export function json(c: Ctx): string {
  const g = c.rng
  const cols = COLS[c.biz]
  const id = idCol(c)
  const lines = [
    `{`,
    `  "source": "{biz}",`,
    `  "created": "{ts}",`,
    `  "customer": {`,
    `    "name": "{p1}",`,
    `    "phone": "{ph1}",`,
    `    "email": "{em1}"${id ? `,\n    "${id[0]}": "{${id[1]}}"` : ""}`,
    `  },`,
    `  "contacts": [{ "name": "{p2}", "mobile": "{ph2}" }],`,
    ...cols.slice(0, 3).map(([k, b]) => `  "${k}": "{${b}}",`),
    g.chance(0.3) ? `  "payment": { "card": "{card}" },` : `  "app_version": "{ver}",`,
    `  "agent": "{p3}",`,
    `  "client_ip": "{ip}"`,
    `}`,
  ]
  return lines.join("\n")
}

export function yaml(c: Ctx): string {
  const g = c.rng
  const cols = COLS[c.biz]
  const id = idCol(c)
  const lines = [
    `case:`,
    `  opened: {date}`,
    `  owner: {p3}`,
    `customer:`,
    `  name: {p1}`,
    `  phone: "{ph1}"`,
    `  email: {em1}`,
    ...(id ? [`  ${id[0]}: "{${id[1]}}"`] : []),
    `second_contact:`,
    `  name: {p2}`,
    `  mobile: "{ph2}"`,
    ...cols.slice(0, 3).map(([k, b]) => `${k}: "{${b}}"`),
    ...(c.region.iban && g.chance(0.3) ? [`refund_iban: "{iban}"`] : []),
    `notes: "${c.rng.pick(c.B.lines).replace(/"/g, "'")}"`,
  ]
  return lines.join("\n")
}

export function log(c: Ctx): string {
  const g = c.rng
  const cols = COLS[c.biz]
  const id = idCol(c)
  const lines = [
    `{ts_1} INFO  portal.login user={em1} ip={ip}`,
    `{ts_2} INFO  callback.requested name="{p1}" phone={ph1}`,
    `{ts_3} DEBUG client version={ver}`,
    ...cols.slice(0, 2).map(([k, b], i) => `{ts_${4 + i}} INFO  case.update ${k}={${b}}`),
    ...(id ? [`{ts_7} WARN  kyc.check ${id[0]}={${id[1]}} result=manual_review`] : []),
    `{ts_8} INFO  sms.sent to={ph2} agent="{p3}"`,
    ...(g.chance(0.4) ? [`{ts_9} WARN  auth.failed ip={ip_2}`] : []),
  ]
  return lines.join("\n")
}

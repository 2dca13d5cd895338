// E-mail addresses (customers on documentation domains; staff and role mailboxes at the business's `.example`
// domain) and the business's own phone line in each country.
import type { Biz } from "./biz.ts"
import type { Locale } from "./locales.ts"
import type { Person } from "./people.ts"
import { drawPhone, type Phone } from "./phones.ts"
import { seeded, type Rng } from "./rng.ts"
import { ascii } from "./values.ts"

const slug = (s: string) => ascii(s).toLowerCase().replace(/[\s]+/g, "")
const DOMAINS = ["example.com", "example.net", "example.org", "mail.example.org", "home.example.net", "post.example.com"]

/** A customer's address, in the forms people pick. */
export function customerEmail(r: Rng, p: Person): string {
  const g = slug(p.given).replace(/'/g, "")
  const f = slug(p.family.split(" ").at(-1)!)
  const local = r.pick([
    `${g}.${f}`, `${g}.${f}`, `${g[0]}.${f}`, `${g}_${f}`, `${f}.${g}`, `${g}.${f}+${r.pick(["orders", "home", "shop"])}`,
    `${g}${f}${r.int(1, 99)}`, `${g}${r.int(1970, 2004)}`, `${g[0]}${f}`,
  ])
  const dom = r.pick(DOMAINS)
  if (r.chance(0.08)) return `${local.charAt(0).toUpperCase()}${local.slice(1)}@${dom.charAt(0).toUpperCase()}${dom.slice(1)}`
  return `${local}@${dom}`
}

/** A member of staff's work address: given.family@ the business. */
export function staffEmail(p: Person, biz: Biz): string {
  return `${slug(p.given).replace(/'/g, "")}.${slug(p.family).replace(/'/g, "")}@${biz.domain}`
}

const lines = new Map<string, Phone>()
/** The business's line in a country: toll-free where the country has it (geographic in Canada). Always the same. */
export function bizLine(biz: Biz, loc: Locale): Phone {
  const key = `${biz.key} ${loc.cc}`
  let ph = lines.get(key)
  if (!ph) {
    const seed = [...key].reduce((a, c) => Math.imul(a ^ c.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5)
    ph = drawPhone(seeded(seed), loc.cc, loc.cc === "CA" ? "land" : "free")
    lines.set(key, ph)
  }
  return ph
}

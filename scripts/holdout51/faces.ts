// A person as a text writes them: given name, full name, title and family name, lower case, capitals,
// `Family, Given`, an initial; and what they carry: e-mail, phone in two written forms, a landline, the number said.
import type { Ctx } from "./ctx.ts"
import type { Piece } from "./draft.ts"
import { personalEmail, staffEmail, type Person } from "./people.ts"
import { drawPhone, writePhone, type Phone } from "./phones.ts"
import { saidPhone } from "./said.ts"

const P = (t: string): Piece => ({ t, ent: "PERSON" })
/** The family name standing alone: a Dutch particle takes a capital (`mevrouw Van den Berg`). */
function lastAlone(ctx: Ctx, p: Person): string {
  return ctx.loc.lang === "nl" ? p.family[0]!.toUpperCase() + p.family.slice(1) : p.family
}
function titled(ctx: Ctx, p: Person, name: string): Piece[] {
  const ts = ctx.pack.titles[p.gender]
  if (ts.length === 0) return [P(`${p.given} ${p.family}`)]
  return [{ t: `${ctx.rng.pick(ts)} ` }, P(name)]
}
function phoneOf(ctx: Ctx, role: string, kind: "mobile" | "fixed"): Phone {
  return ctx.memo(`${role}:${kind}:phone`, () => drawPhone(ctx.rng, ctx.loc.cc, kind))
}

export function personFace(ctx: Ctx, role: string, form: string): Piece[] {
  const p = ctx.person(role)
  const full = `${p.given} ${p.family}`
  const staff = role === "a" || role === "t"
  if (form.startsWith("g:")) {
    const [f, m] = form.slice(2).split("|") as [string, string]
    return [{ t: p.gender === "f" ? f : m }]
  }
  switch (form) {
    case "first": return [P(p.given)]
    case "full": return [P(full)]
    case "last": return [P(lastAlone(ctx, p))]
    case "voc": return [P(p.voc)]
    case "title": return titled(ctx, p, lastAlone(ctx, p))
    case "titlefull": return titled(ctx, p, full)
    case "lc": return [P(full.toLowerCase())]
    case "lcfirst": return [P(p.given.toLowerCase())]
    case "FULL": return [P(full.toUpperCase())]
    case "lastcomma": return [P(`${p.family}, ${p.given}`)]
    case "init": return [P(`${p.given[0]}. ${p.family}`)]
    case "email": return [{ t: staff ? staffEmail(p, ctx.biz.domain) : personalEmail(ctx.rng, p), ent: "EMAIL" }]
    case "phone": return [{ t: writePhone(ctx.rng, phoneOf(ctx, role, "mobile")), ent: "PHONE" }]
    case "phone2": {
      const first = ctx.cached(`${role}.phone`, () => personFace(ctx, role, "phone"))[0]!.t
      return [{ t: writePhone(ctx.rng, phoneOf(ctx, role, "mobile"), first), ent: "PHONE" }]
    }
    case "land": return [{ t: writePhone(ctx.rng, phoneOf(ctx, role, "fixed")), ent: "PHONE" }]
    case "said": return [{ t: saidPhone(ctx.rng, phoneOf(ctx, role, "mobile"), ctx.loc.lang), ent: "PHONE" }]
    default: throw new Error(`unknown person form ${role}.${form}`)
  }
}

// The structured kinds: form, yaml, json, csv, table and log, each laid out from the plan's rows.
import type { Ctx, Field } from "./ctx.ts"
import type { Doc } from "./doc.ts"
import { timestamp } from "./numbers.ts"
import { emoji, rows, type Plan } from "./plan.ts"

export const heading = (c: Ctx) => `${c.rng.pick(c.region.places)} — ${c.rng.pick(c.biz.brands)}`

function form(c: Ctx, d: Doc, p: Plan): void {
  d.add(`${heading(c)}\n`)
  for (const f of rows(c, p, c.rng.pick(["FAMILY given", "full", "FAMILY given"]), "local")) {
    const glued = f.key === c.lang.w.mobile && c.rng.chance(0.4)
    d.add(glued ? `${f.key}:` : `${f.key}: `)
    if (p.emoji && !glued && c.rng.chance(0.5)) d.add(emoji(c))
    f.put(d)
    d.add("\n")
  }
}

function yaml(c: Ctx, d: Doc, p: Plan): void {
  d.add(`${c.biz.key}_case:\n  source: ${c.rng.pick(c.biz.brands)}\n`)
  for (const f of rows(c, p, c.rng.pick(["full", "family given"]), "code")) {
    d.add(`  ${f.key}: `)
    f.put(d)
    d.add("\n")
  }
}

function json(c: Ctx, d: Doc, p: Plan): void {
  const pretty = c.rng.chance(0.5)
  const fs = rows(c, p, "full", "code")
  d.add(pretty ? "{\n" : "{")
  fs.forEach((f, i) => {
    d.add(`${pretty ? "  " : ""}"${f.key}": "`)
    f.put(d)
    d.add(`"${i < fs.length - 1 ? "," : ""}${pretty ? "\n" : i < fs.length - 1 ? " " : ""}`)
  })
  d.add("}")
}

function csv(c: Ctx, d: Doc, p: Plan): void {
  const fs = rows(c, p, c.rng.pick(["full", "family given"]), "code")
  d.add(fs.map((f) => f.key).join(",") + "\n")
  fs.forEach((f, i) => {
    d.add(i ? "," : "")
    quoted(d, f)
  })
}

/** CSV quotes a value that may hold a comma (coordinates, a second phone). */
function quoted(d: Doc, f: Field): void {
  const q = ["gps", "phone", "odometer", "note", "reading"].includes(f.key)
  if (q) d.add('"')
  f.put(d)
  if (q) d.add('"')
}

function table(c: Ctx, d: Doc, p: Plan): void {
  d.add(`${heading(c)}\n\n| ${c.rng.pick(["Field", "Item", "Key"])} | ${c.rng.pick(["Value", "Details"])} |\n|---|---|\n`)
  for (const f of rows(c, p, c.rng.pick(["full", "FAMILY given"]), "local")) {
    d.add(`| ${f.key} | `)
    f.put(d)
    d.add(" |\n")
  }
}

function log(c: Ctx, d: Doc, p: Plan): void {
  const fs = rows(c, p, "full", "code")
  const events = ["request.received", "case.updated", "callback.queued", "record.synced", "lookup.done"]
  for (let i = 0; i < fs.length; i += 2) {
    d.neg("timestamp", timestamp(c.rng)).add(` ${c.rng.pick(["INFO", "INFO", "WARN", "DEBUG"])} ${c.biz.key}.${c.rng.pick(events)}`)
    for (const f of fs.slice(i, i + 2)) {
      const q = ["name", "agent", "phone", "note", "emergency_contact", "next_of_kin", "contact", "gps", "odometer", "reading", "weight"].includes(f.key)
      d.add(` ${f.key}=${q ? '"' : ""}`)
      f.put(d)
      if (q) d.add('"')
    }
    d.add("\n")
  }
}

export const STRUCTURED: Record<string, (c: Ctx, d: Doc, p: Plan) => void> = { form, yaml, json, csv, table, log }

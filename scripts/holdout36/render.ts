// Each of the fourteen kinds lays the same items out its own way.
import type { Doc } from "./doc.ts"
import type { Ctx, Item, Seg } from "./compose.ts"
import { label } from "./labels.ts"

export function emit(doc: Doc, segs: Seg[]): void {
  for (const s of segs) {
    if (typeof s === "string") doc.t(s)
    else if ("P" in s) doc.person(s.P)
    else if ("E" in s) (s.E === "EMAIL" ? doc.email(s.v) : doc.ent(s.E, s.v))
    else doc.neg(s.N, s.v)
  }
}

const hasComma = (segs: Seg[]) => segs.some((s) => (typeof s === "string" ? s : "v" in s ? s.v : s.P).includes(","))
const slug = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "")

export interface Frame { staff: string; staffGiven: string; place: string; heading?: Seg[]; cc?: string; mail?: string; stamp: string }

function structured(c: Ctx, doc: Doc, items: Item[], f: Frame): void {
  const rows = items.filter((i) => i.value.length)
  const emitLine = (pre: string, it: Item, post = "\n") => {
    doc.t(pre)
    emit(doc, it.value)
    doc.t(post)
  }
  switch (c.kind) {
    case "form":
      doc.t(`${c.org} — ${c.lex.noun[c.biz]}\n`)
      for (const it of rows) emitLine(`${it.label}: `, it)
      return
    case "yaml":
      doc.t(`# ${slug(c.org)}\n${c.biz}_record:\n`)
      for (const it of rows) emitLine(`  ${it.key}: `, it)
      return
    case "json":
      doc.t("{")
      rows.forEach((it, i) => emitLine(`${i ? ", " : ""}"${it.key}": "`, it, '"'))
      doc.t("}")
      return
    case "csv": {
      const cols = rows.filter((it) => !hasComma(it.value))
      doc.t(cols.map((it) => it.key).join(",") + "\n")
      cols.forEach((it, i) => emitLine(i ? "," : "", it, ""))
      return
    }
    case "table":
      doc.t(`| ${c.lex.name === "Name" ? "Field" : "·"} | ${f.place} |\n|---|---|\n`)
      for (const it of rows) emitLine(`| ${it.label} | `, it, " |\n")
      return
    default:
      rows.forEach((it, i) => {
        if (i % 3 === 0) doc.t(`${i ? "\n" : ""}${f.stamp.slice(0, -2) + String(10 + i)} INFO ${slug(c.org)}`)
        const quoted = it.value.some((s) => typeof s === "string" ? s.includes(" ") : "v" in s ? s.v.includes(" ") : s.P.includes(" "))
        emitLine(` ${it.key}=${quoted ? '"' : ""}`, it, quoted ? '"' : "")
      })
  }
}

function lines(c: Ctx, doc: Doc, items: Item[], tag: (i: number) => Seg[], sep = "\n"): void {
  items.filter((i) => i.sentence.length).forEach((it, i) => {
    if (i) doc.t(sep)
    emit(doc, tag(i))
    emit(doc, it.sentence)
  })
}

function free(c: Ctx, doc: Doc, items: Item[], f: Frame, main: string): void {
  const r = c.rng
  switch (c.kind) {
    case "sms":
      emit(doc, [`${c.lex.hello} `, { P: f.staffGiven.toLowerCase() }, ", "])
      lines(c, doc, items, () => [], " ")
      doc.t(` ${c.lex.thanks}`)
      return
    case "chat":
      lines(c, doc, items, (i) => [`[${f.stamp.slice(11, 14)}${String(10 + 3 * i)}] `, ...(i % 2 ? [{ P: main }] : [`${c.lex.agent} `, { P: f.staff }]), ": "])
      return
    case "transcript":
      lines(c, doc, items, (i) => (i % 2 ? [`${label(c.lang, "caller")}: `] : [`${c.lex.agent} `, { P: f.staff }, ": "]))
      return
    case "voicemail": {
      const [a, b] = c.lex.vm.split("{name}") as [string, string]
      emit(doc, [a, { P: f.staffGiven }, b.replace("{org}", c.org), ". "])
      lines(c, doc, items, () => [], " ")
      return
    }
    case "email":
      emit(doc, ["From: ", { P: f.staff }, " <", { E: "EMAIL", v: f.mail! }, ">\n"])
      if (f.cc) emit(doc, ["cc ", { P: f.cc }, "\n"])
      doc.t(`Subject: ${c.org} — ${c.lex.noun[c.biz]}\n\n`)
      emit(doc, [`${c.lex.hello.charAt(0).toUpperCase()}${c.lex.hello.slice(1)},\n\n`])
      lines(c, doc, items, () => [], r.chance(0.5) ? "\n" : " ")
      emit(doc, [`\n\n${c.lex.thanks},\n`, { P: f.staff }])
      return
    default:
      emit(doc, [...(f.heading ?? [`${f.place} — ${c.org}`]), "\n"])
      lines(c, doc, items, () => [], c.kind === "summary" ? " " : "\n")
  }
}

export function render(c: Ctx, doc: Doc, items: Item[], f: Frame, main: string): void {
  if (c.structured) structured(c, doc, items, f)
  else free(c, doc, items, f, main)
}

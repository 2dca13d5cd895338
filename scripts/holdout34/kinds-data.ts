// Skeletons of the data kinds: csv, json, log, table, yaml; and the
// negatives-only texts of every kind.
import type { Ctx } from "./context.ts"
import type { Biz } from "./business.ts"
import { NUMS } from "./business.ts"
import { extras, lookalike, idLine, nounNum, type Style } from "./moves.ts"
import { ssn, nino, iban } from "./values.ts"
import { timestamp } from "./locales.ts"
import type { Key } from "./phrases.ts"

/** The key people are named by in each business's records. */
export const WHO: Record<Biz, string> = { vet: "owner", hotel: "guest", uni: "applicant", util: "account_holder" }

export function csvKind(c: Ctx): void {
  const num = c.r.pick(NUMS[c.biz])
  const us = c.loc.key === "US"
  const im = c.loc.key === "IM"
  c.t(`${WHO[c.biz]},phone,${num.kind},date${us ? ",ssn" : im ? ",ni_number" : ",email"}\n`)
  const rows = c.r.int(3, 5)
  for (let i = 0; i < rows; i++) {
    const p = c.person()
    const q = c.r.chance(0.3)
    c.t(q ? '"' : "").name(p, c.r.chance(0.2) ? "caps" : "full").t(q ? '",' : ",").tel().t(",").neg(num.kind, num.gen).t(",").date().t(",")
    if (us) c.b.e("US_SSN", ssn(c.r))
    else if (im) c.b.e("UK_NINO", nino(c.r, c.r.chance(0.5)))
    else c.mail(p)
    c.t("\n")
  }
}

export function jsonKind(c: Ctx): void {
  const a = c.person()
  const num = c.r.pick(NUMS[c.biz])
  c.t(`{"${WHO[c.biz]}": "`).name(a, "full").t('", "phone": "').tel().t(`", "${num.kind}": "`).neg(num.kind, num.gen).t('", "created": "').neg("timestamp", timestamp).t('"')
  if (c.r.chance(0.5)) c.t(', "alt_phone": "').tel("intl").t('"')
  extras(c, "json", a)
  if (c.r.chance(0.5)) {
    c.t(', "client_ip": "').b.e("IP_ADDRESS", `${c.r.int(11, 223)}.${c.r.int(0, 255)}.${c.r.int(0, 255)}.${c.r.int(1, 254)}`)
    c.t('"')
  }
  if (c.r.chance(0.5)) c.t(', "contact": {"name": "').name(c.person(), "given").t('", "phone": "').tel().t('"}')
  if (c.r.chance(0.4)) idLine(c, "json")
  if (c.r.chance(0.4)) lookalike(c, "json")
  c.t("}")
}

export function logKind(c: Ctx): void {
  const lines = c.r.int(2, 4)
  for (let i = 0; i < lines; i++) {
    const a = c.person()
    const num = c.r.pick(NUMS[c.biz])
    c.neg("timestamp", timestamp).t(` ${c.r.pick(["INFO", "WARN", "DEBUG"])} ${c.biz}.${c.r.pick(["update", "create", "lookup", "notify"])} ${WHO[c.biz]}=`)
    c.name(a, c.r.chance(0.6) ? "given" : "family").t(" staff=").name(c.person(), "given")
    if (c.r.chance(0.6)) c.t(" phone=").tel()
    c.t(` ${num.kind}=`).neg(num.kind, num.gen)
    if (c.r.chance(0.5)) c.t(" ip=").b.e("IP_ADDRESS", `${c.r.int(11, 223)}.${c.r.int(0, 255)}.${c.r.int(0, 255)}.${c.r.int(1, 254)}`)
    if (i === 0) extras(c, "log", a)
    if (c.r.chance(0.3)) lookalike(c, "log")
    c.t("\n")
  }
}

export function tableKind(c: Ctx): void {
  const num = c.r.pick(NUMS[c.biz])
  c.t(`| ${c.p("name")} | Tel | ${c.p(num.noun as Key)} | ${c.p("date")} |\n|---|---|---|---|\n`)
  const rows = c.r.int(2, 4)
  for (let i = 0; i < rows; i++) {
    c.t("| ").emo(0.2).name(c.person(), c.r.chance(0.2) ? "caps" : "full").t(" | ").tel().t(" | ").neg(num.kind, num.gen).t(" | ").date().t(" |\n")
  }
  if (c.r.chance(0.5)) c.t(`\n${c.p("iban")}: `).b.e("IBAN", iban(c.r, c.loc.iban))
}

export function yamlKind(c: Ctx): void {
  const a = c.person()
  const num = c.r.pick(NUMS[c.biz])
  c.t(`${WHO[c.biz]}: `).name(a, "full").t("\nphone: ").tel().t(`\n${num.kind}: `).neg(num.kind, num.gen).t("\ndate: ").date().t("\n")
  if (c.r.chance(0.6)) c.t("emergency_contact:\n  name: ").name(c.person(), "given").t('\n  phone: "').tel().t('"\n')
  extras(c, "kv", a)
  if (c.r.chance(0.5)) idLine(c, "kv")
  if (c.r.chance(0.4)) lookalike(c, "kv")
}

/** Only negatives: business numbers, ids, dates, money, names-as-words, lookalikes. */
export function negativesOnly(c: Ctx): void {
  const style: Style = c.kind === "json" ? "json" : c.kind === "log" ? "log" : ["csv", "yaml", "table", "form"].includes(c.kind) ? "kv" : "prose"
  if (style === "json") c.t('{"ref": "').neg("timestamp", timestamp).t('"')
  else if (style === "log") c.neg("timestamp", timestamp).t(" INFO batch.run")
  else {
    nounNum(c)
    c.t(`${c.p("date")}: `).date().t(", ").time().t(". ")
  }
  const n = c.r.int(2, 4)
  for (let i = 0; i < n; i++) lookalike(c, style)
  if (style === "prose" || style === "kv") {
    nounNum(c)
    c.t(`${c.p("paid")} `).money().t(". ")
    idLine(c)
    c.nameWord()
  }
  if (style === "json") c.t("}")
}

// Structured and spoken genres: csv, json, transcript, ticket, log, table, yaml.
import type { Scene } from "./scene.ts";
import type { Render } from "./skeletons-a.ts";
import { proseFields } from "./extras.ts";

const q = (S: Scene, put: () => void, quote: boolean) => {
  if (quote) S.lit('"');
  put();
  if (quote) S.lit('"');
};

export const csv: Render = (S, k, F) => {
  S.lit(["name", "phone", "alt_phone", "email", "ref", "date", ...F.map((x) => x.key)].join(",") + "\n");
  [k.c, k.o, k.s].forEach((p, i) => {
    S.name(p, i === 0 && S.r.chance(0.3) ? "caps" : "full").lit(",");
    S.phone(S.phoneOf("mobile"), { tail: false }).lit(",");
    if (i < 2) S.phone(S.phoneOf(), { tail: false });
    S.lit(",").email(p).lit(",").ref().lit(",");
    q(S, () => S.date(), S.loc.lang === "en");
    for (const x of F) { S.lit(","); if (i === 0) x.put(S); }
    S.lit("\n");
  });
};

export const json: Render = (S, k, F) => {
  S.lit('{\n  "customer": {"name": "').name(k.c).lit('", "phone": "').phone(S.phoneOf("mobile"), { tail: false });
  S.lit('", "email": "').email(k.c).lit('"},\n  "alt_contact": {"name": "').name(k.o).lit('", "phone": "').phone(undefined, { tail: false });
  S.lit('"},\n  "ref": "').ref().lit('",\n  "date": "').date().lit('",\n  "agent": "').name(k.s, "given").lit('",\n');
  for (const x of F) { S.lit(`  "${x.key}": "`); x.put(S); S.lit('",\n'); }
  S.lit('  "note": "').line().lit('"\n}');
};

export const transcript: Render = (S, k, F) => {
  const P = S.ph;
  const en = S.lang === "en";
  S.lit(`${P.agent}: ${P.biz[S.biz].name}, `).name(k.s, "given").lit(en ? " speaking\n" : "\n");
  S.lit(`${P.caller}: ${P.hi}, ${P.myName} `).name(k.c, S.r.chance(0.35) ? "lower" : "full").lit(". ").line().lit("\n");
  S.lit(`${P.agent}: ${P.ask}\n${P.caller}: `);
  if (en) S.spokenPhone().lit(` ${P.or} `).spokenPhone();
  else S.phone(S.phoneOf("mobile"), { tail: false }).lit(` ${P.or} `).phone();
  S.lit(`\n${P.agent}: ${P.noted}. `).name(k.c, "given").lit(`, ${P.email.toLowerCase()}?\n${P.caller}: `).email(k.c).lit("\n");
  if (F.length) { S.lit(`${P.caller}: `); proseFields(S, F, ", "); S.lit("\n"); }
  if (k.word) S.lit(`${P.caller}: `).wordPhrase(k.c.wordName ?? undefined).lit("\n");
  S.lit(`${P.caller}: ${S.r.pick(P.rel)} `).emoji(0.25).name(k.o, S.r.chance(0.4) ? "lower" : "given").lit(" ");
  if (en && S.r.chance(0.5)) S.spokenPhone(); else S.phone(S.phoneOf("mobile"), { tail: false });
  S.lit(`\n${P.agent}: ${P.bye}.`);
};

export const ticket: Render = (S, k, F) => {
  const P = S.ph;
  S.lit(`#${S.r.int(10000, 99999)} [${P.status}] ${P.biz[S.biz].title} — `).ref().lit(`\n${P.assigned}: `).name(k.s, "full");
  S.lit(`\n${P.customer}: `).emoji(0.4).name(k.c, "full").lit(" (").email(k.c).lit(", ").phone(S.phoneOf("mobile"), { tail: false }).lit(")\n\n");
  S.line().lit(" ").line().lit(`\n${S.r.pick(P.rel)}: `).emoji(0.4).name(k.o, "full").lit(", ").phone().lit("\n");
  if (F.length) { proseFields(S, F, "\n"); S.lit("\n"); }
  if (k.word) S.wordPhrase(k.c.wordName ?? undefined).lit(".\n");
  S.lit("-- ").name(k.s, "given").lit(" @ ").date();
};

export const log: Render = (S, k, F) => {
  const stamp = () => S.lit(`${String(S.r.pick([2025, 2026]))}-0${S.r.int(1, 9)}-1${S.r.int(0, 9)}T${S.r.int(10, 23)}:${S.r.int(10, 59)}:${S.r.int(10, 59)}Z `);
  stamp().lit(`INFO notify.sms to=`).phone(S.phoneOf("mobile"), { tail: false }).lit(' customer="').name(k.c).lit('" ref=').ref().lit("\n");
  stamp().lit("INFO crm.lookup email=").email(k.c).lit(" agent=").name(k.s, "given").lit("\n");
  stamp().lit("WARN dialer.retry number=").phone(undefined, { tail: false }).lit(' contact="').name(k.o).lit('" attempt=2\n');
  for (const x of F) { stamp().lit(`DEBUG profile.${x.key}=`); x.put(S); S.lit("\n"); }
  stamp().lit("INFO mail.sent to=").bizEmail().lit(" status=250");
};

export const table: Render = (S, k, F) => {
  const P = S.ph;
  S.lit(`| ${P.name} | ${P.phone} | ${P.email} | ${P.ref} | ${P.date} |\n|---|---|---|---|---|\n`);
  for (const p of [k.c, k.o, k.s]) {
    S.lit("| ").name(p, p === k.c && S.r.chance(0.3) ? "caps" : "full").lit(" | ");
    if (p !== k.s || S.r.chance(0.4)) S.phone(undefined, { tail: false });
    S.lit(" | ");
    S.email(p).lit(" | ").ref().lit(" | ").date().lit(" |\n");
  }
  if (F.length) { S.lit("\n"); proseFields(S, F, " · "); }
  if (k.word) S.lit("\n").wordPhrase(k.c.wordName ?? undefined).lit(".");
};

export const yaml: Render = (S, k, F) => {
  S.lit("customer:\n  name: ").name(k.c).lit('\n  phone: "').phone(S.phoneOf("mobile"), { tail: false }).lit('"\n  email: ').email(k.c);
  S.lit("\nalt_contact:\n  name: ").name(k.o).lit("\n  phone: ").phone(undefined, { tail: false });
  S.lit("\nref: ").ref().lit('\ndate: "').date().lit('"\nhandled_by: ').name(k.s, "given").lit("\n");
  for (const x of F) { S.lit(`${x.key}: `); x.put(S); S.lit("\n"); }
  S.lit("note: >\n  ").line();
};

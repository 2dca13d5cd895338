// Prose-like genres: form, sms, chat, summary, note, email, voicemail.
import type { Scene } from "./scene.ts";
import type { Person } from "./names.ts";
import { proseFields, type Field } from "./extras.ts";

export interface Cast {
  c: Person; // customer
  s: Person; // staff
  o: Person; // relative or colleague of the customer
  word: boolean; // also write the customer's name-word as a word
}
const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
export type Render = (S: Scene, k: Cast, F: Field[]) => void;

export const form: Render = (S, k, F) => {
  const P = S.ph;
  S.lit(`${P.biz[S.biz].name} — ${P.biz[S.biz].title}\n${P.name}: `).name(k.c, S.r.pick(["full", "full", "caps"]));
  S.lit(`\n${P.mobile}: `).phone(S.phoneOf("mobile"), { tail: false });
  S.lit(`\n${P.phone}: `).phone(S.phoneOf("fixed"));
  S.lit(`\n${P.email}: `).email(k.c).lit(`\n${P.date}: `).date().lit(`\n${P.ref}: `).ref();
  for (const x of F) { S.lit(`\n${x.label}: `); x.put(S); }
  S.lit(`\n${P.notes}: `).line().lit(` ${S.r.pick(P.rel)}: `).name(k.o);
  if (S.r.chance(0.5)) S.lit(", ").phone(undefined, { tail: false });
  if (k.word) S.lit(". ").wordPhrase(k.c.wordName ?? undefined);
  S.lit(`\n— `).emoji(0.4).name(k.s, "given");
};

export const sms: Render = (S, k, F) => {
  const P = S.ph;
  const st = S.r.chance(0.45) ? "lower" : "given";
  S.emoji(0.5).lit(`${P.hi} `).name(k.c, st).lit(", ").line().lit(" ");
  S.lit(`${cap(P.callMe)} `).emoji(0.3).twoPhones();
  if (F.length) { S.lit(". "); proseFields(S, F); }
  if (k.word) S.lit(". ").wordPhrase(k.c.wordName ?? undefined);
  S.lit(S.r.chance(0.5) ? " – " : "\n").name(k.s, S.r.chance(0.4) ? "lower" : "given").lit(` (${P.biz[S.biz].name})`);
};

export const chat: Render = (S, k, F) => {
  const P = S.ph;
  const t = () => `[${S.loc.time(S.r).replace(/ .*/, "")}] `;
  S.lit(t()).name(k.c, "full").lit(`: ${P.hi}! `).line().lit("\n");
  S.lit(t()).name(k.s, "given").lit(`: ${P.hi} `).name(k.c, "given").lit(`, ${P.ask}\n`);
  S.lit(t()).name(k.c, "given").lit(": ").emoji(0.6).phone(undefined, { label: `${P.mobile} ` }).lit(` ${P.or} `).phone(S.phoneOf("fixed")).lit("\n");
  if (F.length) { S.lit(t()).name(k.c, "given").lit(": "); proseFields(S, F); S.lit("\n"); }
  S.lit(t()).name(k.s, "given").lit(`: ${P.noted} `).emoji(0.5).lit("👍\n");
  if (k.word) S.lit(t()).name(k.c, "given").lit(": ").wordPhrase(k.c.wordName ?? undefined).lit(" 🙂");
};

export const summary: Render = (S, k, F) => {
  const P = S.ph;
  S.lit(`${P.summary} (`).date().lit(", ").emoji(0.3).name(k.s, "full").lit(`)\n${P.spoke} `).name(k.c, "surname", true).lit(". ");
  S.line().lit(" ").line().lit(` ${S.r.pick(P.rel)} `).name(k.o, "full").lit(": ").phone().lit(". ");
  S.lit(`${cap(P.callMe)}: `).phone(S.phoneOf("mobile")).lit(`, ${P.email.toLowerCase()} `).email(k.c).lit(".");
  if (F.length) { S.lit("\n"); proseFields(S, F); }
  if (k.word) S.lit("\n").wordPhrase(k.c.wordName ?? undefined).lit(".");
  S.lit("\n").name(k.c, "given").lit(" — ").bizEmail();
};

export const note: Render = (S, k, F) => {
  const P = S.ph;
  S.date().lit(" ").time().lit(" ").name(k.s, S.r.chance(0.3) ? "lower" : "given").lit(": ");
  S.name(k.c, S.r.chance(0.5) ? "lower" : "full").lit(" — ").line().lit(` ${P.backup} `).emoji(0.4).phone(undefined, { label: "tel " });
  S.lit(`; ${S.r.pick(P.rel)} `).name(k.o, S.r.chance(0.4) ? "lower" : "given");
  if (S.r.chance(0.5)) S.lit(" ").phone(S.phoneOf("mobile"), { tail: false });
  S.lit(".");
  if (F.length) { S.lit(" "); proseFields(S, F); }
  if (k.word) S.lit(" ").wordPhrase(k.c.wordName ?? undefined).lit(".");
};

export const email: Render = (S, k, F) => {
  const P = S.ph;
  S.lit(`${P.from}: `).name(k.c, "full").lit(" <").email(k.c).lit(">\n");
  S.lit(`${P.to}: ${P.biz[S.biz].name} <`).bizEmail().lit(`>\n${P.subject}: ${P.biz[S.biz].title} `).ref().lit("\n\n");
  S.lit(`${P.dear} `).name(k.s, "given").lit(",\n\n").line().lit(" ").line().lit("\n");
  S.lit(`${cap(P.callMe)} `).twoPhones().lit(".\n");
  if (F.length) { proseFields(S, F, "\n"); S.lit("\n"); }
  if (k.word) S.wordPhrase(k.c.wordName ?? undefined).lit(".\n");
  S.lit(`\n${P.regards},\n`).emoji(0.35).name(k.c, "full").lit("\n").phone(S.phoneOf("mobile"), { label: `${P.mobile}: `, tail: false });
};

export const voicemail: Render = (S, k, F) => {
  const P = S.ph;
  S.lit(`${P.vmFrom} `).phone(S.phoneOf("mobile"), { tail: false }).lit(", ").date().lit(" ").time().lit(":\n\"");
  S.lit(`${P.hi}, ${P.thisIs} `).emoji(0.3).name(k.c, S.r.chance(0.3) ? "lower" : "full").lit(". ").line().lit(" ");
  S.lit(`${cap(P.callMe)} `).phone().lit(`, ${P.backup} `).phone(S.phoneOf("fixed")).lit(". ");
  S.lit(`${S.r.pick(P.rel)} `).name(k.o, "given").lit(": ").phone(S.phoneOf("mobile"), { tail: false }).lit(". ");
  if (F.length) proseFields(S, F, ", ");
  if (k.word) S.lit(". ").wordPhrase(k.c.wordName ?? undefined);
  S.lit(`. ${P.bye}."\n→ `).name(k.s, "given");
};

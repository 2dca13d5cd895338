/** English: chat transcripts with timestamps and emoji, and SMS threads. */
import { join, r } from "./build.ts";
import { COMPANIES, PRODUCTS, STREETS_EN, TOWNS_EN, lk } from "./lookalikes.ts";
import { AGENTS, email, person } from "./names.ts";
import { phone } from "./phones.ts";
import { card, iban, ip, nino, ssn } from "./values.ts";
import { CC, EM, EMOJI, IB, IP, N, NI, P, PH, SSN, type Template } from "./kit.ts";
import type { Rng } from "./rng.ts";

const ts = (g: Rng): string => `[${String(g.int(8, 19)).padStart(2, "0")}:${String(g.int(0, 59)).padStart(2, "0")}]`;

export const enChat: Template[] = [
  { kind: "chat", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    return join([
      r`${ts(g)} ${P(a)} (Agent): Hi, you're chatting with ${P(a)} ${g.pick(EMOJI)} how can I help?`,
      r`${ts(g)} ${P(c.first)}: hey ${g.pick(EMOJI)} my card ${CC(card(g))} got declined twice`,
      r`${ts(g)} ${P(a)} (Agent): Sorry about that! Can you confirm the email on the account?`,
      r`${ts(g)} ${P(c.first)}: ${EM(email(g, c))} ${g.pick(EMOJI)}`,
      r`${ts(g)} ${P(a)} (Agent): Thanks ${P(c.first)}. I see order ${N("order-number", lk.order(g))} for ${N("amount", lk.amountUs(g))}.`,
    ]);
  } },
  { kind: "chat", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    return join([
      r`${N("date", lk.dateUs(g))} ${N("time", lk.time(g))} — Visitor: moving house 🏠 new address:`,
      r`${g.pick(EMOJI)} ${P(c.full)}`,
      r`${g.int(1, 99)} ${N("street", g.pick(STREETS_EN))}`,
      r`${N("town", g.pick(TOWNS_EN))} ${N("postcode", lk.postUk(g))}`,
      r`${N("time", lk.time(g))} — ${P(a)}: Got it 👍 and is ${PH(phone(g, "GB").written)} still the best number?`,
      r`${N("time", lk.time(g))} — Visitor: yes. also ${N("name-word", "Mark")} the old one as inactive pls`,
    ]);
  } },
  { kind: "chat", make: (g) => {
    const c = person(g);
    return join([
      r`bot: Please enter your Social Security number to continue.`,
      r`user: ${g.pick(EMOJI)} ${SSN(ssn(g))}`,
      r`bot: Thanks! Your case ${N("case-number", lk.caseNo(g))} is open. Our team at ${N("company", g.pick(COMPANIES))} will email ${EM(email(g, c))}.`,
      r`user: ok my wife ${P(person(g).first)} will call too`,
    ]);
  } },
  { kind: "chat", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    return join([
      r`${ts(g)} ${P(a)}: For the refund I need the IBAN 🙏`,
      r`${ts(g)} ${P(c.full)}: 🇮🇪 ${IB(iban(g, "IE"))}`,
      r`${ts(g)} ${P(c.full)}: and my NI number is ${NI(nino(g))} if you need it`,
      r`${ts(g)} ${P(a)}: Not needed, thanks! Refund of ${N("amount", lk.amountEu(g))} will show in ${N("duration", lk.duration(g))}.`,
    ]);
  } },
  { kind: "sms", make: (g) => {
    const c = person(g);
    return join([
      r`> ${N("company", g.pick(COMPANIES))}: your engineer arrives ${N("date", lk.dateUs(g))} between ${N("time", lk.time(g))} and ${N("time", lk.time(g))}. reply STOP to opt out`,
      r`< its ${P(c.full.toLowerCase())} here can u ring my son ${P(person(g).first.toLowerCase())} on ${PH(phone(g, "GB", "national").written)} instead ${g.pick(EMOJI)}`,
    ]);
  } },
  { kind: "chat", make: (g) => {
    const c = person(g);
    return join([
      r`${ts(g)} System: Session started (ip ${IP(ip(g))}, browser ${N("version", lk.version(g))})`,
      r`${ts(g)} ${P(c.first)}: ${g.pick(EMOJI)}${g.pick(EMOJI)} the ${N("product", g.pick(PRODUCTS))} shows error ${N("sku", lk.sku(g))}`,
      r`${ts(g)} ${P(g.pick(AGENTS))}: Could you try a reset? ${N("name-word", "Hope")} that helps!`,
      r`${ts(g)} ${P(c.first)}: nope. tracking for the new one? ${N("tracking-number", lk.tracking(g))} hasn't moved since ${N("date", lk.dateUs(g))}`,
    ]);
  } },
];

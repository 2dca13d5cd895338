/** English: more speech-to-text with mis-heard words, US and UK account work, lookalike-only texts. */
import { join, r } from "./build.ts";
import { COMPANIES, PRODUCTS, STREETS_EN, TOWNS_EN, lk } from "./lookalikes.ts";
import { AGENTS, email, person } from "./names.ts";
import { ELSEWHERE, EUROPE, phone } from "./phones.ts";
import { card, ipv4, ipv6, nino, ssn } from "./values.ts";
import { CC, EM, EMOJI, IP, N, NI, P, PH, SSN, type Template } from "./kit.ts";

const low = (s: string): string => s.toLowerCase();
const threes = (s: string): string => s.replace(/\D/g, "").replace(/(\d{3})(?=\d{4})/g, "$1 ");

export const enExtra: Template[] = [
  { kind: "stt", make: (g) => {
    const c = person(g);
    const k = card(g).replace(/\D/g, "").replace(/(\d{4})(?=\d)/g, "$1 ");
    return r`yeah hi i'm calling because i was charged to times for the ${N("product", low(g.pick(PRODUCTS)))} ${g.pick(["um", "uh"])} the card i used was ${CC(k)} and the name is ${P(low(c.first))} ${g.pick(["like", "uh"])} and my husband ${P(low(person(g).first))} also got a text from ${N("company", low(g.pick(COMPANIES)))} saying ${N("amount", `${g.int(20, 300)} dollars and ${g.int(10, 99)} cents`)} was due on the ${N("date", `${g.int(1, 28)}th`)}`;
  } },
  { kind: "stt", make: (g) => {
    const c = person(g);
    return r`agent: can i have a good number to call you back customer: yes it's ${PH(threes(phone(g, "US", "national").written))} and my email is the one on file agent: perfect ${P(low(c.first))} and the zip code customer: ${N("postcode", lk.postUs(g).slice(0, 5))} agent: great i'll note that the ${N("name-word", "bill")} was sent to the old address on ${N("street", low(g.pick(STREETS_EN)))}`;
  } },
  { kind: "note", make: (g) => r`no PII in this one: order ${N("order-number", lk.order(g))} / tracking ${N("tracking-number", lk.tracking(g))} / inv ${N("invoice", lk.invoice(g))} / amt ${N("amount", lk.amountUs(g))} / ${N("date", lk.dateUs(g))} ${N("time", lk.time(g))} / fw ${N("version", lk.version(g))} / zip ${N("postcode", lk.postUs(g))}. ${N("name-word", "May")} need a second truck.` },
  { kind: "note", make: (g) => r`Reviewed case ${N("case-number", lk.caseNo(g))}: customer typed ${N("luhn-invalid", lk.luhnBad(g))} into the card field (fails check) and ${N("iban-checksum", lk.ibanBad(g, g.pick(["GB", "IE", "DE", "NL"])))} as bank details. Asked them to re-enter; ${N("name-word", "Sunny")} side: no chargeback. Handle time ${N("duration", lk.duration(g))}.` },
  { kind: "ticket", make: (g) => {
    const c = person(g);
    return join([
      r`| ticket | customer | ip | opened |`,
      r`|---|---|---|---|`,
      r`| ${N("ticket", lk.ticket(g))} | ${P(c.full)} | ${IP(ipv4(g))} | ${N("date", lk.dateUs(g))} |`,
      r`| ${N("ticket", lk.ticket(g))} | ${P(person(g).full)} | ${IP(ipv6(g))} | ${N("date", lk.dateUs(g))} |`,
      r`Root cause per ${P(g.pick(AGENTS))}: session pinning on build ${N("version", lk.version(g))}.`,
    ]);
  } },
  { kind: "confirmation", make: (g) => {
    const c = person(g);
    return r`We've verified your identity, ${P(c.first)}. For your records: SSN ending ${N("last-four", g.digits(4))} (full number ${SSN(ssn(g))} was used only for this check). New mailing address: ${g.int(10, 9999)} ${N("street", g.pick(STREETS_EN))}, ${N("town", g.pick(TOWNS_EN))}, ${N("postcode", lk.postUs(g))}. Questions? Text ${PH(phone(g, "US", "national").written)}.`;
  } },
  { kind: "chat", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    return join([
      r`${N("time", lk.time(g))} | ${P(c.full)} | hello from Lagos ${g.pick(EMOJI)} my UK number doesn't work here, use ${PH(phone(g, g.pick(ELSEWHERE), "intl").written)}`,
      r`${N("time", lk.time(g))} | ${P(a)} | Noted! And for security, your NI number please?`,
      r`${N("time", lk.time(g))} | ${P(c.full)} | ${NI(nino(g))} 👍🏾`,
      r`${N("time", lk.time(g))} | ${P(a)} | Thanks — Mr ${P(c.last)}, the refund of ${N("amount", lk.amountUs(g))} is on its way.`,
    ]);
  } },
  { kind: "email", make: (g) => {
    const c = person(g);
    const boss = person(g);
    return join([
      r`From: ${P(c.full)} <${EM(email(g, c))}>`,
      r`To: ${EM(`complaints@${g.pick(["harbourline.co.uk", "kestrelmutual.com"])}`)}`,
      r`Cc: ${P(boss.full)} <${EM(email(g, boss))}>`,
      r`Subject: Re: your ref ${N("ticket", lk.ticket(g))}`,
      r``,
      r`My colleague ${P(boss.first)} and I still can't log in. Our office line is ${PH(phone(g, g.pick(EUROPE)).written)}.`,
      r``,
      r`-----Original Message-----`,
      r`From: ${P(g.pick(AGENTS))} (${N("company", g.pick(COMPANIES))})`,
      r`Sent: ${N("date", lk.dateUs(g))} ${N("time", lk.time(g))}`,
      r`We have reset your account. Please allow ${N("duration", lk.duration(g))}.`,
    ]);
  } },
  { kind: "callback", make: (g) => {
    const rows = [0, 1, 2].map(() => {
      const cc = g.pick(["PL", "SE", "DK", "NO", "FI", "AT", "CH", "BE", "PT", "IE"]);
      return r`${P(person(g).full)},${cc},${PH(phone(g, cc).written)},${N("ticket", lk.ticket(g))},${N("date", `2026-${String(g.int(1, 12)).padStart(2, "0")}-${String(g.int(1, 28)).padStart(2, "0")}`)}`;
    });
    return join([r`callback_queue.csv (Nordics & Central Europe desk)`, r`name,country,phone,ticket,requested`, ...rows]);
  } },
];


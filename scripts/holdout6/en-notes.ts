/** English: agent shorthand notes, escalation tickets, callback requests, account-change confirmations. */
import { join, r } from "./build.ts";
import { COMPANIES, PRODUCTS, STREETS_EN, TOWNS_EN, lk } from "./lookalikes.ts";
import { AGENTS, email, person } from "./names.ts";
import { ELSEWHERE, EUROPE, phone } from "./phones.ts";
import { card, iban, ip, ipv6, nino, ssn } from "./values.ts";
import { CC, EM, IB, IP, N, NI, P, PH, SSN, type Template } from "./kit.ts";

export const enNotes: Template[] = [
  { kind: "note", make: (g) => {
    const c = person(g);
    return r`cust ${P(c.full)} cb req re ${N("order-number", lk.order(g))} - wants refund ${N("amount", lk.amountUs(g))}. adv 3-5 wd. cb on ${PH(phone(g, "US", "national").written)} aft ${N("time", lk.time(g))} EST. ssn on file ${SSN(ssn(g))} (verified). -- ${P(g.pick(AGENTS))}`;
  } },
  { kind: "note", make: (g) => {
    const c = person(g);
    const col = person(g);
    return r`spoke w/ ${P(col.full)} (billing) abt acct of Mr ${P(c.last)}; dup charge on ${N("date", lk.dateUs(g))}. ${N("name-word", "Will")} call back once ${N("company", g.pick(COMPANIES))} confirms. NINO ${NI(nino(g))}. SKU ${N("sku", lk.sku(g))} swapped.`;
  } },
  { kind: "note", make: (g) => {
    const c = person(g);
    const row = `${c.last},${c.first}`;
    return join([
      r`pasted from CRM export:`,
      r`last,first,phone,email,postcode`,
      r`${P(c.last)},${P(c.first)},${PH(phone(g, "GB").written)},${EM(email(g, c))},${N("postcode", lk.postUk(g))}`,
      r`note: row ${N("ticket", lk.ticket(g))} dupes above (${row.length} chars) – merged. fw ${N("version", lk.version(g))}`,
    ]);
  } },
  { kind: "ticket", make: (g) => {
    const c = person(g);
    const v4 = ip(g);
    return join([
      r`ESCALATION ${N("ticket", lk.ticket(g))} — priority P2`,
      r`• Customer: ${P(c.full)} / ${EM(email(g, c))}`,
      r`• Issue: login blocked after ${N("name-word", "Sunny")} promo code; last login from ${IP(v4)} on ${N("date", lk.dateUs(g))} ${N("time", lk.time(g))}`,
      r`• Device: ${N("product", g.pick(PRODUCTS))}, app ${N("version", lk.version(g))}`,
      r`• Owner: ${P(g.pick(AGENTS))} → Tier 2 (${P(person(g).full)})`,
      r`• Tracking ${N("tracking-number", lk.tracking(g))} for replacement router`,
    ]);
  } },
  { kind: "ticket", make: (g) => {
    const c = person(g);
    const country = g.pick(["DE", "FR", "NL", "IE", "ES"]);
    return join([
      r`[Escalation] Refund to wrong account — ${N("case-number", lk.caseNo(g))}`,
      r`- Reporter: ${P(g.pick(AGENTS))}`,
      r`- Account holder: Mrs ${P(c.last)}`,
      r`- Correct IBAN: ${IB(iban(g, country))}`,
      r`- IBAN we used (bad check digits, rejected by bank): ${N("iban-checksum", lk.ibanBad(g, country))}`,
      r`- Amount: ${N("amount", lk.amountEu(g))}; invoice ${N("invoice", lk.invoice(g))}`,
    ]);
  } },
  { kind: "callback", make: (g) => {
    const c = person(g);
    const intl = phone(g, g.pick(ELSEWHERE), "intl").written;
    return r`CALLBACK REQUEST\nName: ${P(c.full)}\nBest number: ${PH(intl)} (travelling, ${N("time", lk.time(g))} local)\nAlt: ${PH(phone(g, g.pick(EUROPE)).written)}\nTopic: roaming charges ${N("amount", lk.amountUs(g))} in ${N("date", g.pick(["March", "June", "August"]))}\nBooked by: ${P(g.pick(AGENTS))}`;
  } },
  { kind: "callback", make: (g) => {
    const c = person(g);
    const p = phone(g, "US", "national").written;
    return r`Please call ${P(c.first)} back at ${PH(p)} ext. ${N("extension", String(g.int(10, 4999)))} re: ${N("order-number", lk.order(g))}. Mention ${N("name-word", "Grace")} period ends ${N("date", lk.dateUs(g))}.`;
  } },
  { kind: "confirmation", make: (g) => {
    const c = person(g);
    const k = card(g);
    return r`Account change confirmation\n\nDear ${P(c.full)},\nwe have updated your payment card to ${CC(k)} and your billing address to ${g.int(2, 240)} ${N("street", g.pick(STREETS_EN))}, ${N("town", g.pick(TOWNS_EN))} ${N("postcode", lk.postUk(g))}. Reference ${N("invoice", lk.invoice(g))}. If this wasn't you, call ${PH(phone(g, "GB", "national").written)}.\n\n${N("company", g.pick(COMPANIES))} Customer Care`;
  } },
  { kind: "confirmation", make: (g) => {
    const c = person(g);
    return r`✅ Change confirmed for ${P(c.full)}: contact email is now ${EM(email(g, c))}, phone ${PH(phone(g, "CA").written)}. Admin console session from ${IP(ipv6(g))} at ${N("time", lk.time(g))}. Order ${N("order-number", lk.order(g))} unaffected.`;
  } },
];

/** English: emails with quotes, signatures and disclaimers; complaint letters; survey answers. */
import { join, r } from "./build.ts";
import { COMPANIES, PRODUCTS, STREETS_EN, TOWNS_EN, lk } from "./lookalikes.ts";
import { AGENTS, email, person } from "./names.ts";
import { ELSEWHERE, phone } from "./phones.ts";
import { card, iban, ip, nino, ssn } from "./values.ts";
import { CC, EM, IB, IP, N, NI, P, PH, SSN, type Template } from "./kit.ts";

const DISCLAIMER = "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee. If you have received it in error, please notify the sender and delete it.";

export const enMail: Template[] = [
  { kind: "email", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    const co = g.pick(COMPANIES);
    return join([
      r`Hi ${P(a)},`,
      r``,
      r`Thanks for the quick reply. I've attached invoice ${N("invoice", lk.invoice(g))}; the ${N("amount", lk.amountUs(g))} was taken twice.`,
      r``,
      r`Best regards,`,
      r`${P(c.full)}`,
      r`Senior Buyer | ${N("company", co)}`,
      r`M: ${PH(phone(g, g.pick(["GB", "IE", "US"])).written)} | ${EM(email(g, c))}`,
      r``,
      r`> On ${N("date", lk.dateUs(g))}, at ${N("time", lk.time(g))}, ${P(a)} <${EM(`${a.toLowerCase()}@support.${co.split(" ")[0]!.toLowerCase().replace(/\W/g, "")}.com`)}> wrote:`,
      r`> Dear ${P(c.first)}, could you send the invoice number?`,
      r``,
      r`${DISCLAIMER}`,
    ]);
  } },
  { kind: "email", make: (g) => {
    const c = person(g);
    const acc = person(g);
    return join([
      r`Subject: RE: RE: FW: payroll change for ${P(acc.full)}`,
      r``,
      r`Hello,`,
      r`Please update the deposit details for our employee ${P(acc.full)} (SSN ${SSN(ssn(g))}) to account ${IB(iban(g, g.pick(["DE", "NL", "GB"])))} effective ${N("date", lk.dateUs(g))}.`,
      r``,
      r`Kind regards`,
      r`${P(c.first)}`,
      r`--`,
      r`${P(c.full)}, HR Operations`,
      r`${N("company", g.pick(COMPANIES))} · ${g.int(1, 300)} ${N("street", g.pick(STREETS_EN))} · ${N("town", g.pick(TOWNS_EN))}`,
      r`Tel. ${PH(phone(g, "US", "intl").written)}`,
      r`Sent from my ${N("product", g.pick(PRODUCTS))}`,
    ]);
  } },
  { kind: "complaint", make: (g) => {
    const c = person(g);
    const prev = g.pick(AGENTS);
    return r`${g.int(1, 99)} ${N("street", g.pick(STREETS_EN))}\n${N("town", g.pick(TOWNS_EN))}\n${N("postcode", lk.postUk(g))}\n${N("date", lk.dateUs(g))}\n\nDear Sir or Madam,\n\nFORMAL COMPLAINT – account ${N("account-number", `${g.int(1, 9)}${g.digits(7)}`)}\n\nOn ${N("date", lk.dateUs(g))} I spoke to ${P(prev)}, who promised a refund of ${N("amount", lk.amountUs(g))}. Since then I have called ${N("count", String(g.int(3, 9)))} times. My National Insurance number, ${NI(nino(g))}, was read aloud to me by a second agent, ${P(person(g).full)}, which I find unacceptable. I expect a written response within ${N("duration", "14 days")}.\n\nYours faithfully,\n\n${P(c.full)}\n${EM(email(g, c))}`;
  } },
  { kind: "complaint", make: (g) => {
    const c = person(g);
    return r`To whom it may concern — I am writing on behalf of my father, Mr ${P(c.last)}, who was charged on a card ending ${N("last-four", g.digits(4))} although the full number ${CC(card(g))} was cancelled in ${N("date", g.pick(["May", "January", "last July"]))}. Our ${N("name-word", "Bill")} Pay reference ${N("order-number", lk.order(g))} shows the payment. You can reach me, ${P(person(g).full)}, on ${PH(phone(g, "GB", "intl").written)}.`;
  } },
  { kind: "survey", make: (g) => {
    const c = person(g);
    return r`Q3 (What could we do better?): honestly ${P(g.pick(AGENTS))} was great but the wait was ${N("duration", lk.duration(g))}!! ${P(c.first)} ${g.pick(["x", "😤", "👎"])}`;
  } },
  { kind: "survey", make: (g) => r`Survey free text: The ${N("product", g.pick(PRODUCTS))} update ${N("version", lk.version(g))} broke everything. Will cancel in ${N("name-word", "June")} if not fixed. Order ${N("order-number", lk.order(g))}, paid ${N("amount", lk.amountUs(g))}. ${N("company", g.pick(COMPANIES))} used to be good.` },
  { kind: "survey", make: (g) => {
    const c = person(g);
    return r`"Agent ${P(g.pick(AGENTS))} sorted it in ${N("duration", lk.duration(g))}. 10/10. If you want to follow up: ${EM(email(g, c))} or ${PH(phone(g, g.pick(ELSEWHERE), "intl").written)}" — submitted ${N("date", lk.dateUs(g))} ${N("time", lk.time(g))} from ${IP(ip(g))}`;
  } },
  { kind: "email", make: (g) => r`Hi team, quick heads-up: ticket ${N("ticket", lk.ticket(g))} and ${N("ticket", lk.ticket(g))} are duplicates. The customer quoted ${N("luhn-invalid", lk.luhnBad(g))} as a card but it fails validation, and an IBAN ${N("iban-checksum", lk.ibanBad(g, g.pick(["GB", "DE", "FR"])))} that the bank bounced. Build ${N("version", lk.version(g))}, postcode ${N("postcode", lk.postUs(g))}. Thanks from the ${N("name-word", "Rose")} Garden team.` },
];

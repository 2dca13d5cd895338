/** English: voicemail, UK letters with sort codes, SMS with emails, "this is" introductions. */
import { join, r } from "./build.ts";
import { COMPANIES, PRODUCTS, TOWNS_EN, lk } from "./lookalikes.ts";
import { AGENTS, email, person } from "./names.ts";
import { phone } from "./phones.ts";
import { iban, nino } from "./values.ts";
import { EM, EMOJI, IB, N, NI, P, PH, type Template } from "./kit.ts";

export const enMore: Template[] = [
  { kind: "stt", make: (g) => {
    const c = person(g);
    return r`voicemail transcript: hi this is ${P(c.full)} calling from ${N("town", g.pick(TOWNS_EN))} uh about the ${N("product", g.pick(PRODUCTS))} order ${N("order-number", `${g.int(1, 9)}${g.digits(7)}`)} could someone call me on ${PH(phone(g, g.pick(["US", "GB", "IE"])).written)} any time after ${N("time", `${g.int(2, 5)} pm`)} thanks bye`;
  } },
  { kind: "complaint", make: (g) => {
    const c = person(g);
    return join([
      r`Dear Ms ${P(person(g).last)},`,
      r`Re: direct debit cancelled without notice (sort code ${N("sort-code", `${g.int(10, 99)}-${g.int(10, 99)}-${g.int(10, 99)}`)}, account ${N("account-number", `${g.int(1, 9)}${g.digits(7)}`)})`,
      r`I was told on ${N("date", lk.dateUs(g))} that the mandate would move to ${IB(iban(g, "GB"))}. It did not, and I was charged a ${N("amount", lk.amountUs(g))} late fee.`,
      r`My NI number is ${NI(nino(g))} should you need to check my pension credit.`,
      r`Yours sincerely,`,
      r`${P(c.full)} (Mrs)`,
    ]);
  } },
  { kind: "sms", make: (g) => {
    const c = person(g);
    return r`${g.pick(EMOJI)} hi its ${P(c.first.toLowerCase())} again, pls send the contract to ${EM(email(g, c))} not my work one. ${N("name-word", "will")} sign tonite. my brother ${P(person(g).full.toLowerCase())} has the other copy`;
  } },
  { kind: "email", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    return join([
      r`Dear ${P(c.first)},`,
      r`This is ${P(a)} from ${N("company", g.pick(COMPANIES))}. As discussed, your upgrade to ${N("product", g.pick(PRODUCTS))} ships on ${N("date", lk.dateUs(g))} (tracking ${N("tracking-number", lk.tracking(g))}).`,
      r`If anything goes wrong, reply here or call my direct line ${PH(phone(g, "US", "national").written)} ext. ${N("extension", String(g.int(100, 899)))}.`,
      r`Warm regards,`,
      r`${P(a)} | Customer Success`,
      r`This message may contain confidential information. Unauthorized use is prohibited.`,
    ]);
  } },
];

/** English: raw speech-to-text and AI post-call summaries. */
import { join, r } from "./build.ts";
import { COMPANIES, PRODUCTS, TOWNS_EN, STREETS_EN, lk } from "./lookalikes.ts";
import { AGENTS, email, person } from "./names.ts";
import { phone } from "./phones.ts";
import { card, iban, nino, ssn } from "./values.ts";
import { CC, EM, FILLER, IB, N, NI, P, PH, SSN, type Template } from "./kit.ts";

const lower = (s: string): string => s.toLowerCase();
const spaced = (digits: string): string => digits.replace(/\D/g, "").replace(/(\d{3})(?=\d)/g, "$1 ");

export const enSpeech: Template[] = [
  { kind: "stt", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    const ph = phone(g, "GB", "national").written;
    return r`thank you for calling ${N("company", g.pick(COMPANIES))} my name is ${P(lower(a))} how can i help ${g.pick(FILLER)} yeah hi my name is ${P(lower(c.full))} i'm calling about my bill from ${N("date", lk.dateUs(g))} ${g.pick(FILLER)} it says ${N("amount", lk.amountUs(g))} and i think that's wrong can i take a number in case we get cut off yes it's ${PH(spaced(ph))} lovely and that's the mobile yeah`;
  } },
  { kind: "stt", make: (g) => {
    const c = person(g);
    const s = ssn(g).replace(/\D/g, "");
    return r`${g.pick(FILLER)} so to verify can i get the last name please it's ${P(lower(c.last))} m as in ${N("name-word", "mark")} and the social security number please ${SSN(`${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`)} okay and your order is ${N("order-number", g.pick([`${g.int(1, 9)}${g.digits(8)}`, lk.order(g)]))} placed ${N("date", lk.dateUs(g))} right`;
  } },
  { kind: "stt", make: (g) => {
    const c = person(g);
    const k = card(g).replace(/-/g, " ");
    return r`i'd like to pay ${g.pick(FILLER)} the balance of ${N("amount", lk.amountUs(g))} with a card sure go ahead it's ${CC(k)} expiry ${N("date", `${g.int(1, 12)} ${g.int(27, 31)}`)} and the name on the card ${P(lower(c.full))} ${g.pick(FILLER)} will that go through today ${N("name-word", "will")} it yeah it'll post in ${N("duration", lk.duration(g))}`;
  } },
  { kind: "stt", make: (g) => {
    const c = person(g);
    const n = nino(g);
    const rel = person(g);
    return r`hi it's ${P(lower(c.first))} calling for my mum ${P(lower(rel.full))} she's got a hearing thing ${g.pick(FILLER)} her national insurance is ${NI(n.toLowerCase())} and she lives on ${N("street", lower(g.pick(STREETS_EN)))} in ${N("town", lower(g.pick(TOWNS_EN)))} postcode ${N("postcode", lower(lk.postUk(g)))} the ${N("name-word", "jack")} in the hall stopped working after the engineer came on ${N("date", g.pick(["may the third", "march 12", "the 14th"]))}`;
  } },
  { kind: "summary", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    const ph = phone(g, g.pick(["US", "CA"])).written;
    const e = email(g, c);
    return join([
      r`**Call summary** (auto-generated)`,
      r`- Customer: ${P(c.full)} (verified via DOB and postcode ${N("postcode", lk.postUs(g))})`,
      r`- Reason: disputed charge of ${N("amount", lk.amountUs(g))} on invoice ${N("invoice", lk.invoice(g))}.`,
      r`- Outcome: ${P(a)} raised case ${N("case-number", lk.caseNo(g))}; refund expected within ${N("duration", "5-7 business days")}.`,
      r`- Follow-up: customer prefers ${PH(ph)} or ${EM(e)}.`,
      r`- Sentiment: frustrated → neutral. Product: ${N("product", g.pick(PRODUCTS))}.`,
    ]);
  } },
  { kind: "summary", make: (g) => {
    const c = person(g);
    const spouse = person(g);
    const ib = iban(g, "GB");
    return r`Summary: The caller, ${P(c.full)}, asked to move their direct debit to a new account (${IB(ib)}) and to add their partner ${P(spouse.first)} as an authorised contact. The previous agent, ${P(g.pick(AGENTS))}, had logged ticket ${N("ticket", lk.ticket(g))} on ${N("date", lk.dateUs(g))} but the change was not applied. Next payment of ${N("amount", lk.amountUs(g))} is due ${N("date", lk.dateUs(g))}. No further action from ${N("company", g.pick(COMPANIES))} required. Note: the ${N("name-word", "bill")} for ${N("name-word", "May")} was already paid.`;
  } },
  { kind: "summary", make: (g) => {
    const c = person(g);
    const ph = phone(g, g.pick(["IE", "GB", "US"]), "intl").written;
    const bad = lk.luhnBad(g);
    return r`AI summary — ${N("date", lk.dateUs(g))} ${N("time", lk.time(g))}\nCustomer ${P(c.full)} reported the app (${N("version", lk.version(g))}) crashing at checkout. They read out a long reference ${N("luhn-invalid", bad)} which is not a card number. Callback number confirmed: ${PH(ph)}. Handle time ${N("duration", lk.duration(g))}.`;
  } },
];

/** Italian, Dutch and Portuguese texts. */
import { join, r } from "./build.ts";
import { COMPANIES, PRODUCTS, lk } from "./lookalikes.ts";
import { AGENTS, email, person } from "./names.ts";
import { phone } from "./phones.ts";
import { card, iban, ip } from "./values.ts";
import { CC, EM, EMOJI, IB, IP, N, P, PH, type Template } from "./kit.ts";

export const it: Template[] = [
  { kind: "chat", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    return join([
      r`${N("time", lk.time(g))} ${P(a)}: Buongiorno! ${g.pick(EMOJI)}`,
      r`${N("time", lk.time(g))} ${P(c.first)}: salve, sono ${P(c.full)}, il mio numero è ${PH(phone(g, "IT").written)}`,
      r`${N("time", lk.time(g))} ${P(a)}: Grazie sig.ra ${P(c.last)}, pratica ${N("ticket", lk.ticket(g))} aperta.`,
    ]);
  } },
  { kind: "email", make: (g) => {
    const c = person(g);
    return join([
      r`Gentile servizio clienti,`,
      r`vi chiedo il rimborso di ${N("amount", lk.amountEu(g))} sull'IBAN ${IB(iban(g, "IT"))}.`,
      r`Cordiali saluti,`,
      r`${P(c.full)} – ${EM(email(g, c))}`,
    ]);
  } },
  { kind: "note", make: (g) => r`Cliente ${P(person(g).full)}: carta ${CC(card(g))} bloccata il ${N("date", lk.dateEu(g))}; CAP ${N("postcode", lk.postEu(g))}. Collega ${P(g.pick(AGENTS))} ha richiamato.` },
];

export const nl: Template[] = [
  { kind: "chat", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    return join([
      r`${N("time", lk.time(g))} ${P(a)}: Goedemiddag, waarmee kan ik helpen?`,
      r`${N("time", lk.time(g))} ${P(c.first)}: mijn naam is ${P(c.full)} ${g.pick(EMOJI)} bestelling ${N("order-number", lk.order(g))} is kapot aangekomen`,
      r`${N("time", lk.time(g))} ${P(a)}: Vervelend! Op welk nummer kan ik u terugbellen, mevrouw ${P(c.last)}?`,
      r`${N("time", lk.time(g))} ${P(c.first)}: ${PH(phone(g, g.pick(["NL", "BE"])).written)}`,
    ]);
  } },
  { kind: "note", make: (g) => r`Klant ${P(person(g).full)} wil terugbetaling op ${IB(iban(g, g.pick(["NL", "BE"])))}; oude rekening ${N("iban-checksum", lk.ibanBad(g, "NL"))} klopt niet. Postcode ${N("postcode", lk.postEu(g))}, factuur ${N("invoice", lk.invoice(g))}.` },
  { kind: "summary", make: (g) => {
    const c = person(g);
    return r`Samenvatting: meneer ${P(c.last)} meldt storing ${N("product", g.pick(PRODUCTS))} sinds ${N("date", lk.dateEu(g))}, modem ${IP(ip(g))}, software ${N("version", lk.version(g))}. Mail bevestiging naar ${EM(email(g, c))}.`;
  } },
];

export const pt: Template[] = [
  { kind: "chat", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    return join([
      r`${N("time", lk.time(g))} ${P(a)}: Olá! Em que posso ajudar? ${g.pick(EMOJI)}`,
      r`${N("time", lk.time(g))} ${P(c.first)}: chamo-me ${P(c.full)}, o meu telemóvel é ${PH(phone(g, "PT").written)}`,
      r`${N("time", lk.time(g))} ${P(c.first)}: e o IBAN para o reembolso ${IB(iban(g, "PT"))}`,
    ]);
  } },
  { kind: "email", make: (g) => {
    const c = person(g);
    return join([
      r`Exmos. Senhores,`,
      r`Venho reclamar da fatura ${N("invoice", lk.invoice(g))} de ${N("amount", lk.amountEu(g))}, paga com o cartão ${CC(card(g))}.`,
      r`Com os melhores cumprimentos,`,
      r`${P(c.full)}`,
      r`${EM(email(g, c))} | ${PH(phone(g, "PT", "intl").written)}`,
    ]);
  } },
  { kind: "note", make: (g) => r`Sem dados pessoais: fatura ${N("invoice", lk.invoice(g))}, ${N("amount", lk.amountEu(g))}, cartão recusado ${N("luhn-invalid", lk.luhnBad(g))}, IBAN inválido ${N("iban-checksum", lk.ibanBad(g, "PT"))}, app ${N("version", lk.version(g))}.` },
  { kind: "note", make: (g) => r`Sr. ${P(person(g).last)} ligou; encomenda ${N("order-number", lk.order(g))}, código postal ${N("postcode", lk.postEu(g))}. ${N("company", g.pick(COMPANIES))} devolve em ${N("duration", lk.duration(g))}.` },
];

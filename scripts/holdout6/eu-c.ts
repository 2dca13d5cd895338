/** More European texts: speech-to-text, callbacks, surveys, confirmations and lookalike-only notes. */
import { join, r } from "./build.ts";
import { COMPANIES, PRODUCTS, lk } from "./lookalikes.ts";
import { AGENTS, email, person } from "./names.ts";
import { EUROPE, phone } from "./phones.ts";
import { card, iban, ipv6 } from "./values.ts";
import { CC, EM, IB, IP, N, P, PH, type Template } from "./kit.ts";

const low = (s: string): string => s.toLowerCase();
// Speech engines write digits in pairs; an odd count keeps a leading group of three.
function grouped(s: string): string {
  const d = s.replace(/\D/g, "");
  const head = d.length % 2 === 1 ? d.slice(0, 3) : d.slice(0, 2);
  return [head, ...(d.slice(head.length).match(/\d\d/g) ?? [])].join(" ");
}

export const deMore: Template[] = [
  { kind: "stt", make: (g) => {
    const c = person(g);
    return r`ja hallo ähm hier ist ${P(low(c.full))} ich hab eine frage zu der rechnung vom ${N("date", `${g.int(1, 28)}. ${g.pick(["mai", "juni", "märz"])}`)} da steht ${N("amount", `${g.int(20, 300)} euro ${g.int(10, 99)}`)} und äh meine nummer ist ${PH(grouped(phone(g, "DE", "national").written))} genau`;
  } },
  { kind: "confirmation", make: (g) => {
    const c = person(g);
    return r`Bestätigung Ihrer Änderung\nHallo ${P(c.first)},\nIhre neue Bankverbindung ${IB(iban(g, g.pick(["DE", "AT", "CH"])))} gilt ab ${N("date", lk.dateEu(g))}. Kundennummer ${N("account-number", `KD-${g.digits(7)}`)}. Bei Fragen: ${EM(`service@${g.pick(["kestrelmutual.de", "verdant-mobile.at"])}`)}\nIhr ${N("company", g.pick(COMPANIES))} Team`;
  } },
  { kind: "note", make: (g) => r`Lieferung ${N("tracking-number", lk.tracking(g))} verspätet, Gutschrift ${N("amount", lk.amountEu(g))} auf Rechnung ${N("invoice", lk.invoice(g))}; Kundin hat im ${N("name-word", "Mai")} schon reklamiert. Artikel ${N("sku", lk.sku(g))}, PLZ ${N("postcode", lk.postEu(g))}.` },
];

export const frMore: Template[] = [
  { kind: "stt", make: (g) => {
    const c = person(g);
    return r`oui bonjour euh c'est ${P(low(c.full))} j'appelle pour ma facture euh de ${N("amount", `${g.int(20, 300)} euros`)} vous pouvez me rappeler au ${PH(grouped(phone(g, "FR", "national").written))} voilà merci`;
  } },
  { kind: "survey", make: (g) => r`Avis client : conseillère ${P(g.pick(AGENTS))} très aimable, mais attente de ${N("duration", `${g.int(12, 50)} minutes`)}. Commande ${N("order-number", lk.order(g))}. ${g.pick(["😕", "👍🏼", "🙄"])} — ${P(person(g).first)}` },
  { kind: "callback", make: (g) => {
    const c = person(g);
    return r`Demande de rappel — ${P(c.full)} — ${PH(phone(g, g.pick(["BE", "CH", "FR"]), "intl").written)} — créneau ${N("time", lk.time(g))} — dossier ${N("case-number", lk.caseNo(g))}`;
  } },
];

export const esMore: Template[] = [
  { kind: "stt", make: (g) => {
    const c = person(g);
    return r`sí buenas eh me llamo ${P(low(c.full))} y llamo por el recibo de ${N("name-word", "mayo")} eh mi teléfono es el ${PH(grouped(phone(g, "ES", "national").written))} vale gracias`;
  } },
  { kind: "complaint", make: (g) => {
    const c = person(g);
    return r`Hoja de reclamación\nNombre: ${P(c.full)}\nCorreo: ${EM(email(g, c))}\nHechos: el técnico no vino el ${N("date", lk.dateEu(g))}; llamé ${N("count", String(g.int(3, 8)))} veces. Contrato ${N("account-number", `C-${g.digits(8)}`)}.\nFirma: ${P(c.full)}`;
  } },
  { kind: "callback", make: (g) => r`Rellamada solicitada: ${P(person(g).full)}, tel. ${PH(phone(g, g.pick(EUROPE), "intl").written)}, tema tarjeta ${CC(card(g))}, agente ${P(g.pick(AGENTS))}.` },
];

export const itMore: Template[] = [
  { kind: "stt", make: (g) => {
    const c = person(g);
    return r`sì pronto ehm sono ${P(low(c.full))} chiamo per la bolletta di ${N("amount", `${g.int(20, 300)} euro`)} il mio cellulare è ${PH(grouped(phone(g, "IT", "national").written))} grazie`;
  } },
  { kind: "summary", make: (g) => r`Riepilogo: il cliente ${P(person(g).full)} segnala che il ${N("product", g.pick(PRODUCTS))} (firmware ${N("version", lk.version(g))}) si blocca; indirizzo IPv6 ${IP(ipv6(g))}. Ticket ${N("ticket", lk.ticket(g))}, scadenza ${N("date", lk.dateEu(g))}.` },
  { kind: "note", make: (g) => r`Nessun dato personale: ordine ${N("order-number", lk.order(g))}, fattura ${N("invoice", lk.invoice(g))}, importo ${N("amount", lk.amountEu(g))}, carta letta male ${N("luhn-invalid", lk.luhnBad(g))}, IBAN errato ${N("iban-checksum", lk.ibanBad(g, "IT"))}.` },
];

export const nlMore: Template[] = [
  { kind: "stt", make: (g) => {
    const c = person(g);
    return r`ja goedemiddag eh u spreekt met ${P(low(c.full))} ik bel over de factuur van ${N("name-word", "mei")} mijn nummer is ${PH(grouped(phone(g, "NL", "national").written))} dank u`;
  } },
  { kind: "email", make: (g) => {
    const c = person(g);
    return join([
      r`Beste ${P(g.pick(AGENTS))},`,
      r`Mijn betaling met kaart ${CC(card(g))} is mislukt. Kunt u mij bellen op ${PH(phone(g, "NL", "intl").written)}?`,
      r`Met vriendelijke groet,`,
      r`${P(c.full)}`,
      r`Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.`,
    ]);
  } },
  { kind: "note", make: (g) => r`Storing opgelost na reset; ${N("product", g.pick(PRODUCTS))} v ${N("version", lk.version(g))}, zending ${N("tracking-number", lk.tracking(g))}, ${N("duration", `${g.int(5, 40)} min`)}. ${N("company", g.pick(COMPANIES))}.` },
];

export const ptMore: Template[] = [
  { kind: "stt", make: (g) => {
    const c = person(g);
    return r`sim boa tarde ahn fala ${P(low(c.full))} liguei por causa da fatura de ${N("amount", `${g.int(20, 300)} euros`)} o meu número é ${PH(grouped(phone(g, "PT", "national").written))} obrigado`;
  } },
  { kind: "confirmation", make: (g) => {
    const c = person(g);
    return r`Confirmação: ${P(c.full)}, o seu email foi alterado para ${EM(email(g, c))} em ${N("date", lk.dateEu(g))} às ${N("time", lk.time(g))}. ✅ Código postal ${N("postcode", lk.postEu(g))}.`;
  } },
  { kind: "survey", make: (g) => r`Comentário: a ${P(g.pick(AGENTS))} foi impecável 👏 mas o ${N("product", g.pick(PRODUCTS))} voltou a falhar em ${N("date", lk.dateEu(g))}. Encomenda ${N("order-number", lk.order(g))}.` },
];

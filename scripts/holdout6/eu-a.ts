/** German, French and Spanish texts. */
import { join, r } from "./build.ts";
import { COMPANIES, PRODUCTS, lk } from "./lookalikes.ts";
import { AGENTS, email, person } from "./names.ts";
import { ELSEWHERE, phone } from "./phones.ts";
import { card, iban, ip } from "./values.ts";
import { CC, EM, EMOJI, IB, IP, N, P, PH, type Template } from "./kit.ts";

export const de: Template[] = [
  { kind: "chat", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    return join([
      r`[${N("time", lk.time(g))}] ${P(a)}: Guten Tag, wie kann ich helfen? ${g.pick(EMOJI)}`,
      r`[${N("time", lk.time(g))}] ${P(c.full)}: Hallo, meine Rückzahlung über ${N("amount", lk.amountEu(g))} fehlt noch. IBAN ${IB(iban(g, "DE"))}`,
      r`[${N("time", lk.time(g))}] ${P(a)}: Danke, Frau ${P(c.last)}. Vorgang ${N("ticket", lk.ticket(g))} ist angelegt.`,
    ]);
  } },
  { kind: "note", make: (g) => {
    const c = person(g);
    return r`Kd. ${P(c.full)} ruft wg. Rechnung ${N("invoice", lk.invoice(g))} v. ${N("date", lk.dateEu(g))} an; Rückruf unter ${PH(phone(g, g.pick(["DE", "AT", "CH"])).written)} ab ${N("time", lk.time(g))} Uhr. Tochter ${P(person(g).first)} ist bevollmächtigt. PLZ ${N("postcode", lk.postEu(g))}.`;
  } },
  { kind: "email", make: (g) => {
    const c = person(g);
    return join([
      r`Sehr geehrte Damen und Herren,`,
      r`bitte buchen Sie künftig von meiner Karte ${CC(card(g))} ab. Die alte Nummer ${N("luhn-invalid", lk.luhnBad(g))} aus Ihrem Schreiben stimmt nicht.`,
      r`Mit freundlichen Grüßen`,
      r`${P(c.full)}`,
      r`Tel.: ${PH(phone(g, "DE", "intl").written)} · ${EM(email(g, c))}`,
      r`Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.`,
    ]);
  } },
  { kind: "summary", make: (g) => {
    const c = person(g);
    return r`Zusammenfassung (KI): Herr ${P(c.last)} meldet Störung des ${N("product", g.pick(PRODUCTS))} seit ${N("date", lk.dateEu(g))}. Firmware ${N("version", lk.version(g))}, Router-IP ${IP(ip(g))}. Kollegin ${P(g.pick(AGENTS))} hat Techniker für ${N("date", lk.dateEu(g))} gebucht. Sendung ${N("tracking-number", lk.tracking(g))}.`;
  } },
];

const frOnlyNegatives: Template = {
  kind: "note",
  make: (g) => r`RAS côté données perso : commande ${N("order-number", lk.order(g))}, colis ${N("tracking-number", lk.tracking(g))}, ${N("amount", lk.amountEu(g))} le ${N("date", lk.dateEu(g))} à ${N("time", lk.time(g))}, carte ${N("luhn-invalid", lk.luhnBad(g))} invalide. ${N("company", g.pick(COMPANIES))}.`,
};

export const fr: Template[] = [
  { kind: "chat", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    return join([
      r`${N("time", lk.time(g))} ${P(a)} : Bonjour, que puis-je faire pour vous ? 😊`,
      r`${N("time", lk.time(g))} ${P(c.first)} : je m'appelle ${P(c.full)}, ma commande ${N("order-number", lk.order(g))} n'est jamais arrivée 😡`,
      r`${N("time", lk.time(g))} ${P(a)} : Désolé ! Un numéro pour vous rappeler ?`,
      r`${N("time", lk.time(g))} ${P(c.first)} : ${PH(phone(g, g.pick(["FR", "BE", "CH"])).written)}`,
    ]);
  } },
  { kind: "email", make: (g) => {
    const c = person(g);
    return join([
      r`Madame, Monsieur,`,
      r`Suite à mon appel du ${N("date", lk.dateEu(g))} avec M. ${P(person(g).last)}, je vous prie de rembourser ${N("amount", lk.amountEu(g))} sur le compte ${IB(iban(g, g.pick(["FR", "BE"])))}.`,
      r`Cordialement,`,
      r`${P(c.full)}`,
      r`${EM(email(g, c))}`,
      r`Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le détruire.`,
    ]);
  } },
  frOnlyNegatives,
  { kind: "note", make: (g) => {
    const c = person(g);
    return r`Mme ${P(c.last)} – chgt adresse, CP ${N("postcode", lk.postEu(g))}; IBAN fourni ${N("iban-checksum", lk.ibanBad(g, "FR"))} refusé (clé fausse). Rappel ${PH(phone(g, "FR", "national").written)} le ${N("date", lk.dateEu(g))}.`;
  } },
];

export const es: Template[] = [
  { kind: "chat", make: (g) => {
    const c = person(g);
    const a = g.pick(AGENTS);
    return join([
      r`${N("time", lk.time(g))} ${P(a)}: ¡Hola! ¿En qué puedo ayudarte? 👋`,
      r`${N("time", lk.time(g))} Cliente: me llamo ${P(c.full)} y quiero cambiar la cuenta: ${IB(iban(g, "ES"))}`,
      r`${N("time", lk.time(g))} Cliente: mi móvil es ${PH(phone(g, "ES").written)} 🙏`,
    ]);
  } },
  { kind: "summary", make: (g) => {
    const c = person(g);
    return r`Resumen: la Sra. ${P(c.last)} llamó por el cargo de ${N("amount", lk.amountEu(g))} del ${N("date", lk.dateEu(g))}. Su hijo ${P(person(g).first)} vive en México y dejó el número ${PH(phone(g, "MX", "intl").written)}. Incidencia ${N("ticket", lk.ticket(g))}.`;
  } },
  { kind: "email", make: (g) => {
    const c = person(g);
    return join([
      r`Estimados señores:`,
      r`Adjunto la factura ${N("invoice", lk.invoice(g))}. Pagué con la tarjeta ${CC(card(g))} y me cobraron dos veces.`,
      r`Un saludo,`,
      r`${P(c.full)} · ${EM(email(g, c))} · ${PH(phone(g, g.pick(ELSEWHERE), "intl").written)}`,
      r`Este mensaje es confidencial. Si usted no es el destinatario, bórrelo.`,
    ]);
  } },
  { kind: "note", make: (g) => r`Llamada ${N("duration", lk.duration(g))}; cliente lee pedido ${N("order-number", lk.order(g))} y tarjeta ${N("luhn-invalid", lk.luhnBad(g))} (no pasa Luhn). ${N("company", g.pick(COMPANIES))} enviará SMS. Versión app ${N("version", lk.version(g))}.` },
];

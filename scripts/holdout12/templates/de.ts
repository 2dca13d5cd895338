/** German (Germany, Austria, Switzerland). */
import { neg, t } from "../builder.ts";
import type { Template } from "../ctx.ts";

export const DE: Template[] = [
  { kind: "call", make: (c) => {
    const p = c.person();
    return t`[Spracherkennung] kundin: ja grüß gott hier ist ${c.P(p.full.toLowerCase())} das paket ${c.n.tracking()} ist seit ${c.n.date()} in der filiale\nagent ${c.P(c.person().first.toLowerCase())}: unter welcher nummer erreiche ich sie\nkundin: ${c.phone()} oder mein mann ${c.P(c.person().first.toLowerCase())}`;
  } },
  { kind: "chat", make: (c) => {
    const p = c.person();
    return t`${c.emoji()} Kunde: Wo bleibt mein Paket? Sendungsnummer ${c.n.tracking()}\nAgentin ${c.P(c.person().first)}: Hallo ${c.P(p.first)}, das Paket liegt in der Packstation, Abholcode ${c.n.pin()}. Zustellfenster war ${c.n.window()}.\nKunde: Danke! Bitte Rückruf an ${c.phone()}.`;
  } },
  { kind: "payout", make: (c) => {
    const p = c.person();
    return t`Betreff: Auszahlung fehlt (Händler-ID ${c.n.seller()})\n\nSehr geehrte Damen und Herren,\ndie Auszahlung über ${c.n.amount()} vom ${c.n.date()} ist nicht eingegangen. Mein Konto: ${c.iban()}. In Ihrem Portal steht ${c.n.iban()}, das ist falsch. USt-IdNr. ${c.n.vat()}.\n\nMit freundlichen Grüßen\n${c.P(p.full)}\n${c.email(p)}`;
  } },
  { kind: "driver-note", make: (c) => t`Fahrer-Notiz ${c.n.time()}: Empf. nicht angetr., Nachbar ${c.P(c.person().last)} Hausnr. ${c.n.house()} hat angenommen. ${c.n.weight()}, ${c.n.dims()}. Tel. Kd. ${c.phone()} mailbox` },
  { kind: "refund-email", make: (c) => {
    const p = c.person();
    return t`Guten Tag ${c.pick(["Frau", "Herr"])} ${c.P(p.last)},\n\nwir haben Ihre Erstattung veranlasst:\n\n| Bestellung | Artikel | Betrag |\n|---|---|---|\n| ${c.n.order()} | Müsli-Box Mai | ${c.n.amount()} |\n| ${c.n.order()} | Rosé-Glas 6er | ${c.n.amount()} |\n\nDie Gutschrift erfolgt auf die Karte ${c.card()}.\n\nFreundliche Grüße\n${c.P(c.person().full)}\nKundenservice`;
  } },
  { kind: "address-form", make: (c) => {
    const p = c.person();
    return t`Adressänderung\nName: ${c.P(p.full)}\nNeue Anschrift: ${c.accented()}-Gasse ${c.n.house()}, ${c.n.postcode()}\nE-Mail: ${c.email(p)}\nTelefon: ${c.phone()}\nSendung: ${c.n.tracking()}`;
  } },
  { kind: "customs", make: (c) => {
    const p = c.person();
    return t`Zollanfrage: Sendung aus UK an ${c.P(p.full)}. Einfuhrumsatzsteuer ${c.n.amount()}, Zolltarifnummer ${c.n.tariff()}, EORI des Absenders ${c.n.eori()}. Warenwert ${c.n.amount()}, ${c.n.weight()}. Rückfragen: ${c.phone()}, Absender in Übersee ${c.foreignPhone()}.`;
  } },
  { kind: "restaurant", make: (c) => {
    const p = c.person();
    return t`Eskalation Partner ${c.n.restaurant()}: Inhaber ${c.P(p.full)} beschwert sich, dass Fahrer ${c.P(c.person().first)} am ${c.n.date()} um ${c.n.time()} 40 Min. zu spät kam. Auszahlung ${c.n.amount()} auf ${c.iban()} fehlt. Admin-Login von ${c.ip()}.`;
  } },
  { kind: "review-reply", make: (c) => {
    const p = c.person();
    return t`Bewertung (App Store, 1★) von ${c.P(p.first)}: „Paket beschädigt, keiner ruft zurück.“\nAntwort: Liebe/r ${c.P(p.first)}, das tut uns leid! Schreib uns bitte an ${c.shopEmail("hilfe", "kurier-express.de")} mit der Sendungsnummer. Viele Grüße, ${c.P(c.person().first)}`;
  } },
  { kind: "sms", make: (c) => t`Kurier Express: Ihr Paket ${c.n.tracking()} kommt am ${c.n.date()} zwischen ${c.n.window()}. Code ${c.n.pin()}. Fragen? ${c.phone()}` },
  { kind: "chat", region: "CH", make: (c) => t`Kunde: Grüezi, Bestellung ${c.n.order()} à ${c.n.amount()} nicht erhalten. Die Nummer ${c.n.luhn()} auf der Quittung, ist das meine Karte?\nAgent: Nein, das ist eine Belegnummer. Ihre MWST-Nr. ${c.n.vat()} ist hinterlegt. Paket ${c.n.tracking()}, PLZ ${c.n.postcode()}.` },
  { kind: "driver-note", region: "AT", make: (c) => t`Zustellung ${c.n.tracking()} ${c.n.date()} ${c.n.time()}: Wohnung ${c.n.house()}, Stiege 2, niemand da. Abholstation ${c.n.locker()} PIN ${c.n.pin()}. ${c.n.dims()} ${c.n.weight()}` },
];

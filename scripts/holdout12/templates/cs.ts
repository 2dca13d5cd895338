/** Czech. */
import { t } from "../builder.ts";
import type { Template } from "../ctx.ts";

export const CS: Template[] = [
  { kind: "chat", make: (c) => {
    const p = c.person();
    return t`Zákazník: kde je můj balík? ${c.emoji()} číslo zásilky ${c.n.tracking()}\nOperátorka ${c.P(c.person().first)}: Dobrý den, pane ${c.P(p.last)}, balík je na výdejním místě, PSČ ${c.n.postcode()}, kód ${c.n.pin()}.\nZákazník: díky, volejte na ${c.phone()}`;
  } },
  { kind: "call", make: (c) => {
    const p = c.person();
    return t`[přepis hovoru] volající: dobrý den tady ${c.P(p.full.toLowerCase())} kurýr PPL nepřijel v čase ${c.n.window()}\noperátor: číslo objednávky prosím\nvolající: ${c.n.order()} a telefon ${c.phone()}`;
  } },
  { kind: "payout", make: (c) => {
    const p = c.person();
    return t`Předmět: výplata prodejce ${c.n.seller()}\n\nDobrý den,\nvýplata ${c.n.amount()} ze dne ${c.n.date()} nepřišla na účet ${c.iban("CZ")}. DIČ ${c.n.vat()}. Číslo ${c.n.iban()} v e-mailu je chybné.\n\nS pozdravem\n${c.P(p.full)}\n${c.email(p)}`;
  } },
  { kind: "driver-note", make: (c) => t`řidič ${c.n.time()}: nikdo doma, předáno sousedce ${c.P(c.person().full)} č.p. ${c.n.house()}. ${c.n.weight()}. tel ${c.phone()}` },
  { kind: "refund-email", make: (c) => {
    const p = c.person();
    return t`Vážená paní ${c.P(p.last)},\n\nvrácení peněz:\n| Objednávka | Částka |\n| ${c.n.order()} | ${c.n.amount()} |\nČástka bude vrácena na kartu ${c.card()}. Kód ${c.n.luhn()} na účtence není karta.\n\n${c.P(c.person().first)}, zákaznická podpora`;
  } },
  { kind: "sms", make: (c) => t`PPL: zásilka ${c.n.tracking()} bude doručena ${c.n.date()} v čase ${c.n.window()}. Box ${c.n.locker()}, PIN ${c.n.pin()}.` },
  { kind: "restaurant", make: (c) => t`Eskalace partnera ${c.n.restaurant()}: majitel ${c.P(c.person().full)} hlásí, že kurýr ${c.P(c.person().first)} dorazil v ${c.n.time()}. Kontakt ${c.phone()}, ${c.email(c.person())}, login z ${c.ip()}.` },
  { kind: "customs", make: (c) => t`Celní řízení: zásilka pro ${c.P(c.person().full)}, kód ${c.n.tariff()}, clo ${c.n.amount()}, EORI ${c.n.eori()}, ${c.n.dims()}. Odesílatel ${c.foreignPhone()}.` },
  { kind: "address-form", make: (c) => {
    const p = c.person();
    return t`Změna adresy\nJméno: ${c.P(p.full)}\nAdresa: Náměstí Míru ${c.n.house()}, ${c.n.postcode()} Praha\nTelefon: ${c.phone()}\nE-mail: ${c.email(p)}`;
  } },
];

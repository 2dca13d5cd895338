/** Extra texts for the other languages: negatives only, foreign callers, reviews. */
import { t } from "../builder.ts";
import type { Template } from "../ctx.ts";

export const DE_X: Template[] = [
  { kind: "customs", make: (c) => t`Zollinfo: Sendung ${c.n.tracking()}, Rechnung ${c.n.order()}, Zolltarifnummer ${c.n.tariff()}, EORI ${c.n.eori()}, USt-IdNr. ${c.n.vat()}, ${c.n.weight()}, ${c.n.dims()}, Wert ${c.n.amount()}, Abgang ${c.n.date()} ${c.n.time()}. Ref. ${c.n.luhn()}.` },
  { kind: "call", make: (c) => t`[Transkript] anrufer: hello do you speak english my name is ${c.P(c.person().full)} i call from abroad\nagent: ja bitte\nanrufer: number ${c.foreignPhone()} the parcel ${c.n.tracking()} is for my mother ${c.P(c.person().first)}` },
];
export const NL_X: Template[] = [
  { kind: "review-reply", make: (c) => {
    const p = c.person();
    return t`Recensie (App Store, 1★) – ${c.P(p.first)}: "Bezorger ${c.P(c.person().first)} belde niet aan."\nReactie: Hoi ${c.P(p.first)}, sorry! Stuur je ordernummer naar ${c.shopEmail("klantenservice", "marktplaza.eu")}. Groet, ${c.P(c.person().first)}`;
  } },
  { kind: "driver-note", make: (c) => t`rit ${c.n.date()}: ${c.n.tracking()} ${c.n.weight()} ${c.n.dims()} huisnr ${c.n.house()} ${c.n.postcode()} – niemand thuis, kaartje, automaat ${c.n.locker()} code ${c.n.pin()}. kaartnr ${c.n.luhn()} is geen bankkaart.` },
];
export const FR_X: Template[] = [
  { kind: "driver-note", make: (c) => t`livreur ${c.n.time()} : absent, déposé chez voisin ${c.P(c.person().last)} n° ${c.n.house()}, ${c.n.weight()}. tél ${c.phone()} messagerie. IBAN ${c.n.iban()} noté par erreur sur le bon.` },
  { kind: "review-reply", make: (c) => {
    const p = c.person();
    return t`Avis Google Play (2★) de ${c.P(p.full)} : « Livreur impoli. »\nRéponse : Bonjour ${c.P(p.first)}, désolés ! Écrivez-nous à ${c.shopEmail("aide", "hungryhub.app")}. ${c.P(c.person().first)}, équipe support`;
  } },
];
export const PL_X: Template[] = [
  { kind: "address-form", make: (c) => {
    const p = c.person();
    return t`Zmiana adresu dostawy\nImię i nazwisko: ${c.P(p.full)}\nAdres: ul. Długa ${c.n.house()}, ${c.n.postcode()} Kraków\nTelefon: ${c.phone()}\nE-mail: ${c.email(p)}\nPrzesyłka: ${c.n.tracking()}`;
  } },
  { kind: "customs", make: (c) => t`Zgłoszenie celne ${c.n.order()}: kod CN ${c.n.tariff()}, EORI ${c.n.eori()}, NIP ${c.n.vat()}, ${c.n.weight()}, wartość ${c.n.amount()}, ${c.n.date()}. Numer ${c.n.iban()} w formularzu jest błędny.` },
];
export const CS_X: Template[] = [
  { kind: "review-reply", make: (c) => {
    const p = c.person();
    return t`Recenze (App Store, 2★) – ${c.P(p.full)}: „Kurýr nechal balík venku.“\nOdpověď: Dobrý den, ${c.P(p.first)}, omlouváme se. Napište nám na ${c.shopEmail("podpora", "marktplaza.eu")}. ${c.P(c.person().first)}`;
  } },
  { kind: "chat", make: (c) => t`Zákazník: zásilka ${c.n.tracking()} stojí od ${c.n.date()}, hmotnost ${c.n.weight()}, rozměry ${c.n.dims()}\nOperátor: Dobrý den, balík je ve Z-BOXu ${c.n.locker()}, PIN ${c.n.pin()}, vyzvednout do ${c.n.time()}. Karta ${c.n.luhn()} na štítku je jen číslo šarže.` },
];

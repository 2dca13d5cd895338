/** Dutch (Netherlands) and Flemish (Belgium). */
import { t } from "../builder.ts";
import type { Template } from "../ctx.ts";

export const NL: Template[] = [
  { kind: "chat", make: (c) => {
    const p = c.person();
    return t`Klant: waar blijft mijn pakket ${c.emoji()} track & trace ${c.n.tracking()}\nMedewerker ${c.P(c.person().first)}: Hoi ${c.P(p.first)}, het ligt bij het afhaalpunt in ${c.n.postcode()}. Ophaalcode ${c.n.pin()}.\nKlant: top, bel me op ${c.phone()} als het er is`;
  } },
  { kind: "call", make: (c) => {
    const p = c.person();
    return t`[spraak-naar-tekst] beller: goeiedag met ${c.P(p.full.toLowerCase())} de koerier zegt adres onbekend maar ik woon op nummer ${c.n.house()} postcode ${c.n.postcode()}\nagent: mag ik uw telefoonnummer\nbeller: ${c.phone()}`;
  } },
  { kind: "payout", make: (c) => {
    const p = c.person();
    return t`Onderwerp: uitbetaling verkoper ${c.n.seller()}\n\nBeste,\nde uitbetaling van ${c.n.amount()} (periode ${c.n.date()}) staat nog open. Rekening: ${c.iban()}. Btw-nummer ${c.n.vat()}. Het nummer ${c.n.iban()} in jullie mail klopt niet.\n\nMet vriendelijke groet,\n${c.P(p.full)}\n${c.email(p)}`;
  } },
  { kind: "driver-note", make: (c) => t`chauff. ${c.n.time()}: niet thuis, afgegeven bij buren ${c.P(c.person().full)} nr ${c.n.house()}. ${c.n.weight()}. klant gebeld ${c.phone()} geen gehoor` },
  { kind: "refund-email", make: (c) => {
    const p = c.person();
    return t`Beste ${c.pick(["meneer", "mevrouw"])} ${c.P(p.last)},\n\nuw terugbetaling is verwerkt.\n| Bestelling | Bedrag | Datum |\n| ${c.n.order()} | ${c.n.amount()} | ${c.n.date()} |\nHet bedrag komt op kaart ${c.card()}.\n\nGroeten,\n${c.P(c.person().first)} – Klantenservice`;
  } },
  { kind: "address-form", region: "BE", make: (c) => {
    const p = c.person();
    return t`Adreswijziging\nNaam: ${c.P(p.full)}\nStraat: Kerkstraat ${c.n.house()}, ${c.n.postcode()} Gent\nGSM: ${c.phone("BE")}\nE-mail: ${c.email(p)}\nZending: ${c.n.tracking()}`;
  } },
  { kind: "restaurant", region: "BE", make: (c) => t`Escalatie restaurant ${c.n.restaurant()}: uitbater ${c.P(c.person().full)} meldt dat koerier ${c.P(c.person().first)} bestelling ${c.n.order()} (${c.n.amount()}) niet ophaalde om ${c.n.time()}. Terugbellen: ${c.phone()}.` },
  { kind: "sms", make: (c) => t`PostNL: je pakket ${c.n.tracking()} wordt ${c.n.date()} bezorgd tussen ${c.n.window()}. Pakketautomaat ${c.n.locker()}, code ${c.n.pin()}.` },
  { kind: "customs", make: (c) => {
    const p = c.person();
    return t`Douane: zending voor ${c.P(p.full)} uit de VS. Invoerrechten ${c.n.amount()}, GN-code ${c.n.tariff()}, EORI ${c.n.eori()}, ${c.n.dims()}. Afzender belde vanaf ${c.foreignPhone()}.`;
  } },
];

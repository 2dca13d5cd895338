// nl-NL texts: written one by one (ruitschade, creditcardbetwistingen, machtigingen van de zorgverzekeraar, waterlekkages,
// parkeervergunningen, stadionkassa, trajectabonnement, e-learning).
import { mk } from "./markup.ts"

const t = mk("nl-NL")

export const NL_NL = [
  t("chat", `RuitFix – chat
[09:31] Jij: hoi, er zit een ster in mijn voorruit na een steenslag op de A2
[09:32] {{PERSON|Sanne}} (RuitFix): Hoi! Vervelend. Wat is je kenteken?
[09:32] Jij: {{neg:plate|KX-418-T}}
[09:33] {{PERSON|Sanne}} (RuitFix): Dank je. Reparatie is gratis via je verzekering. Morgen om {{neg:time|10:30}} in Utrecht?
[09:33] Jij: top, bel me op {{PHONE|06-28417736}} als het uitloopt`),
  t("transcript", `MEDEWERKER: Oranjekaart, afdeling betwistingen, u spreekt met {{PERSON|Wouter}}.
BELLER: Goedemiddag, ik zie een afschrijving van {{neg:amount|€ 129,95}} van een webshop die ik niet ken.
MEDEWERKER: Dat zoeken we uit. Uw naam?
BELLER: {{PERSON|Fenna Dijkstra}}.
MEDEWERKER: En uw telefoonnummer?
BELLER: {{PHONE|nul zes, eenenveertig, nul twee, achtentachtig, drieënzeventig}}.
MEDEWERKER: Dank u. Het geld wordt teruggestort op {{IBAN|NL66 RABO 0318 8462 09}}.`),
  t("email", `Van: {{PERSON|Henk van der Wal}} <{{EMAIL|henkvdwal@example.nl.example.org}}>
Aan: {{EMAIL|machtigingen@zorgkompas.example}}
Onderwerp: Machtiging fysiotherapie

Geachte heer/mevrouw,

Mijn huisarts heeft 18 behandelingen fysiotherapie voorgeschreven. Ik vraag hiervoor een machtiging aan. Mijn polisnummer is {{neg:policy-number|ZK 7104 4182}}.

U kunt mij bereiken op {{PHONE|010-4129930}}.

Met vriendelijke groet,
{{PERSON|Henk van der Wal}}`),
  t("sms", `Waterbedrijf Delta: er is een lekkage in uw straat. Tot {{neg:time|15.00}} uur geen water. Meer info: {{PHONE|0800 0224}}`),
  t("note", `Lekkage gemeld door mevr. {{PERSON|Yildiz}} (Oudegracht 112, {{neg:postcode|3511 AX}}). Water komt uit de meterput. Monteur {{PERSON|Ruud}} gaat {{neg:date|8 december}}. Tel. {{PHONE|+31 6 4102 8873}}.`),
  t("ticket", `Gemeente Haarlem – Aanvraag bewonersvergunning
Naam: {{PERSON|Bakker-Osei, Esther}}
Kenteken: {{neg:plate|GZ-772-P}}
Telefoon: {{PHONE|023 531 4407}}
E-mail: {{EMAIL|esther.bakkerosei@example.com}}
Incasso IBAN: {{IBAN|NL67 INGB 0007 7145 82}}
Eerder opgegeven (fout): {{neg:iban-checksum|NL73 RABO 0318 8462 09}}`),
  t("chat", `Stadionkassa Noord
supporter: mijn seizoenkaart scant niet meer bij poort 4
{{PERSON|Joost}} | Kassa: Vervelend! Wat is je klantnummer?
supporter: {{neg:customer-number|SN 448 1207}}
{{PERSON|Joost}} | Kassa: Ik zie het, de chip is defect. Nieuwe kaart ligt zaterdag klaar bij de kassa op naam van {{PERSON|Mehmet Aydın}}.
supporter: ja dat ben ik, dank je`),
  t("transcript", `medewerker: reizigersservice trajectabonnementen met {{PERSON|lotte}}
reiziger: hoi ik wil mijn abonnement amersfoort zwolle opzeggen
medewerker: dat kan per de eerste van de maand wat is uw naam
reiziger: {{PERSON|pieter de boer}}
medewerker: en een nummer waarop we u kunnen bellen
reiziger: {{PHONE|nul zes, negentien, vierendertig, zesenvijftig, eenentachtig}}`),
  t("ticket", `LeerLab – Ticket {{neg:ticket-number|LL-NL-5512}}
Cursist: {{PERSON|Anouk Vermeulen}}
E-mail: {{EMAIL|anouk.v@example.net}}
Probleem: kan niet inloggen sinds update {{neg:version|6.0.2}}
IP: {{IP_ADDRESS|2001:db8:77::a1}}
Telefoon: {{PHONE|0031 20 624 8817}}`),
]

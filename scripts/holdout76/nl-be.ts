// nl-BE texts, written one by one: a lift maintainer and a heating servicer in Flanders, a SaaS help desk, a forwarder
// and customs broker in the port of Antwerp and an office park's tenant desk.
import { mk } from "./mk.ts"

const nb = mk("nl-BE")

export const NL_BE = [
  nb("ticket", `Liftservice Rupelstreek · Storing {{neg:ticket-number|LSS-118204}}
Installatie: goederenlift magazijn Hoboken, {{neg:postcode|2660}} Antwerpen
Gemeld op {{neg:date|01/12/2026}} om {{neg:time|06:58}} door magazijnverantwoordelijke {{PERSON|Wouter Claessens}}, {{PHONE|0479 83 12 64}}
Technieker bereikbaar op {{PHONE|0478 90 12 33}}
Update {{neg:time|09:35}}: eindeloopschakelaar vervangen, lift terug in dienst. Onderdeel op bestelling {{neg:order-number|BST-20931}}.`),
  nb("email", `Van: {{PERSON|Els Verstraeten}} <{{EMAIL|els.verstraeten@example.org}}>
Aan: {{EMAIL|support@planbord.example.com}}
Onderwerp: Nieuwe gebruikers + IP-whitelist

Dag team,
Graag toegang voor {{PERSON|Hamza Boukhari}} en {{PERSON|Lotte Peeters}} in omgeving {{neg:account-number|PB-4471}}. Ons nieuwe publieke IP is {{IP_ADDRESS|198.51.100.203}}, het oude ({{IP_ADDRESS|198.51.100.77}}) mag eruit.

Met vriendelijke groeten,
{{PERSON|Els Verstraeten}}
T {{PHONE|03 448 21 90}}`),
  nb("chat", `#interventies · Warmtezorg Kempen
[07:02] Technieker 5: ketel basisschool Geel in storing, F.75
[07:03] Planning: directeur {{PERSON|Dirk Verhaegen}} is er vanaf half acht, gsm {{PHONE|014 41 77 25}}
[07:05] Technieker 5: ok, ik neem de {{neg:name-word|bos}} sleutels van het depot mee
[07:06] Planning: werkbon {{neg:ticket-number|WK-66310}}, vorige factuur {{neg:amount|€ 289,50}} staat nog open`),
  nb("form", `Onderaannemer — Liftservice Rupelstreek
Bedrijf: Kempense Liftmontage BV
Contactpersoon: {{PERSON|Bart Goossenaerts}}
Btw-nummer: {{neg:tax-id|BE 0823.115.408}}
Telefoon: {{PHONE|+32 3 295 71 08}}
E-mail: {{EMAIL|info@kempense-liftmontage.example.org}}
IBAN: {{IBAN|BE74 0017 4123 8007}}`),
  nb("ticket", `Scheldepoort Forwarding & Douane · Import {{neg:booking-ref|SPF-IM-402871}}
Container {{neg:tracking-number|OOLU 718230 4}} gelost Deurganckdok {{neg:date|29 november}}
Ontvanger: Vlaamse Fietsfabriek NV, contact {{PERSON|Kristof De Smet}}, {{PHONE|09 264 71 38}}
{{neg:reference|GN-code 8712.00.30}}, antidumpingrecht + btw {{neg:amount|€ 11.204,75}}
Chauffeur: {{PERSON|Piotr Nowicki}}, nummerplaat {{neg:plate|1-XQM-482}}, levering {{neg:date|3 december}} {{neg:time|07:30}}`),
  nb("email", `Van: {{EMAIL|boekhouding@zuiderdokken-beheer.example.org}}
Aan: {{PERSON|Annelies Wouters}}
Onderwerp: Afrekening servicekosten 2025

Beste mevrouw {{PERSON|Wouters}},
U ontvangt {{neg:amount|€ 746,20}} terug. Het opgegeven rekeningnummer {{neg:iban-checksum|NL80 RABO 0318 2645 07}} klopt niet; graag bevestiging van {{IBAN|NL71 RABO 0318 2645 07}} of een Belgisch nummer.
Vragen? Bel {{PERSON|Jeroen Hendrickx}} op {{PHONE|050 33 41 82}}.`),
  nb("ticket", `Planbord Support · Ticket {{neg:ticket-number|PB-30177}} · SSO-fout na certificaatwissel
Aanvrager: {{PERSON|Sarah Van den Broeck}}
> 2026-12-02T08:11:52Z ERROR saml.verify user="{{PERSON|Mohamed Amrani}}" ip={{IP_ADDRESS|fd12:3b::8}} reason=InvalidSignature
Antwoord support ({{PHONE|09 233 15 87}}): nieuw certificaat nog niet opgeladen in Planbord. Opgelost {{neg:time|10:20}}, release {{neg:version|6.1.3}}.`),
  nb("chat", `Teams · Onthaal Zuiderdokken
[12:30] Onthaal: firma voor de ramen is er, verantwoordelijke {{PERSON|Arben Krasniqi}}
[12:31] Facility: staat op de lijst voor vandaag? telefoonnummer?
[12:31] Onthaal: ja, {{PHONE|0491 56 30 28}}, werkvergunning {{neg:case-number|WV-2026-331}}
[12:33] Facility: ok, badge {{neg:serial-number|ZD-5520}} geven, terug voor 17 uur`),
  nb("form", `werkbon;klant;adres;contact;gsm;toestel;datum
{{neg:ticket-number|WK-66402}};Apotheek De Linde;Markt 14, {{neg:postcode|2440}} Geel;{{PERSON|Hilde Janssens}};{{PHONE|0487 13 52 96}};Bulex Thema (sn {{neg:serial-number|BX1944021}});{{neg:date|08/12/2026}}`),
  nb("email", `Van: {{PERSON|Kwabena Owusu}} <{{EMAIL|k.owusu@example.com}}>
Aan: {{EMAIL|douane@scheldepoort.example.org}}
Cc: {{PERSON|Liesbeth Smets}}
Onderwerp: FW: Betaling invoerrechten AWB {{neg:tracking-number|057-29148806}}

Graag de invoerrechten ({{neg:amount|€ 1.512,00}}) aanrekenen op onze bedrijfskaart {{CARD|4453 1775 0982 2466}}.
-------- Doorgestuurd bericht --------
> Van: {{PERSON|Liesbeth Smets}}
> Kan iemand de rechten betalen vóór {{neg:time|15:00}}? Anders blijft de zending staan.`),
  nb("ticket", `Liftservice Rupelstreek · Onderdelen {{neg:order-number|BST-21055}}
Voor: kantoortoren Kievitplein, lift 3
Besteld via magazijn {{PHONE|03 827 40 19}} · leverancier {{PERSON|Dilnoza Karimova}} {{PHONE|+32 9 243 18 60}}
Betaald met kaart {{neg:masked-card|•••• 7014}}, bedrag {{neg:amount|€ 2.430}}
Noot: de {{neg:name-word|bakker}} naast de ingang vraagt of de lift vóór Kerstmis klaar is.`),
  nb("chat", `Slack #planbord-billing
[09:50] Billing 1: klant vraagt terugbetaling op {{IBAN|BE42 7350 0988 1254}}
[09:51] Billing 2: factuur?
[09:51] Billing 1: {{neg:invoice-number|PB-F-26-1183}}, {{neg:amount|€ 540,00}}, dubbel betaald op {{neg:date|27/11/2026}}
[09:53] Billing 2: ok, gepland voor morgen`),
  nb("form", `Bezoekersregistratie Zuiderdokken
Naam: {{PERSON|Dieter Lammens}}
Firma: Koeltechniek Noord
Bezoekt: Advocatenkantoor Baert
Gsm: {{PHONE|0468 22 91 47}}
Aankomst: {{neg:time|13:45}}
Id-kaart: {{neg:reference|592-1044818-33}}`),
  nb("email", `Van: {{PERSON|Marieke Van Hove}} <{{EMAIL|marieke.vanhove@example.net}}>
Aan: {{EMAIL|service@warmtezorg-kempen.example.org}}
Onderwerp: Onderhoudscontract — betaling per kaart

Hallo, de jaarlijkse onderhoudsbeurt ({{neg:amount|€ 165}}) mag op deze kaart: {{CARD|6011 7440 2219 6536}}. Uw technieker {{PERSON|Senne Aerts}} mag bellen naar {{PHONE|011 27 64 03}} om af te spreken.
Groetjes, {{PERSON|Marieke}}`),
  nb("ticket", `Scheldepoort · Export zeevracht {{neg:booking-ref|SPF-EX-90124}}
Verlader: Brouwerij Het Anker, contact {{PERSON|Joke De Wilde}}
Container {{neg:tracking-number|MSCU 508812 0}} · {{neg:reference|GN 2203.00.01}} · 18 pallets
Ontvanger: Tokyo Beer Imports, attn {{PERSON|Haruto Saito}}, tel. {{PHONE|03 231 77 46}} (via hun Antwerpse agent)
Douaneaangifte {{neg:reference|26BE000412881}} aanvaard om {{neg:time|16:12}}.`),
]

// nl-NL texts: written one by one (storingen bij de netbeheerder, tuincentrum, keukens, fotoafdrukken,
// lenzenabonnement, gevonden voorwerpen van een taxi-app, taal-app, boekhandel, bandenservice, zorgvervoer).
import { mk } from "./markup.ts"

const t = mk("nl-NL")

export const NL_NL = [
  t("transcript", `MEDEWERKER: Netbeheer Delta-Noord, storingsdienst, met {{PERSON|Sanne}}.
BELLER: Ja goedenavond, met {{PERSON|Hüseyin Aksoy}} uit Zwolle, we zitten sinds half zes zonder stroom.
MEDEWERKER: Wat is uw postcode en huisnummer?
BELLER: {{neg:postcode|8023 AB}}, nummer 14.
MEDEWERKER: Klopt, er is een storing in uw wijk. Monteurs zijn onderweg. Op welk nummer kunnen we u een sms sturen?
BELLER: {{PHONE|nul zes, achtentwintig, eenenzeventig, vierenveertig, nul negen}}
MEDEWERKER: Dus {{PHONE|06-28 71 44 09}}. Dank u, meneer {{PERSON|Aksoy}}.`),
  t("email", `Onderwerp: Bezorging kerstboom + potgrond – bestelling {{neg:order-number|TZB-448210}}

Beste {{PERSON|Marloes}},

Je bestelling wordt zaterdag {{neg:date|12 december}} tussen {{neg:time|9.00}} en {{neg:time|13.00}} bezorgd. Onze bezorger {{PERSON|Dirk-Jan}} belt je op {{PHONE|06 48213317}} als hij eraan komt. Je kreeg er een {{neg:name-word|bos}} hulst gratis bij 🎄

Met vriendelijke groet,
{{PERSON|Esther Kloosterman}}
Tuincentrum De Zonnebloem, Apeldoorn
{{EMAIL|bezorging@dezonnebloem.example.com}} | {{PHONE|055 521 30 88}}`),
  t("chat", `Keukenhuis Stroomlijn – chat
[13:10] Bezoeker: hoi, de vaatwasser in mijn nieuwe keuken lekt
[13:11] {{PERSON|Priscilla}} | Stroomlijn: Vervelend! Wat is je ordernummer?
[13:11] Bezoeker: {{neg:order-number|KS-2026-1183}}
[13:12] {{PERSON|Priscilla}} | Stroomlijn: Dank je. Ik plan monteur {{PERSON|Wouter}} in voor donderdag. Klopt je nummer nog, {{PHONE|020-6241188}}?
[13:12] Bezoeker: nee, liever mobiel {{PHONE|+31 (0)6 2871 4409}}
[13:13] {{PERSON|Priscilla}} | Stroomlijn: Aangepast 👍`),
  t("note", `Fotofabriek klantcontact {{neg:date|01-12}}: mevr. {{PERSON|Yvonne de Ruiter}} belt over fotoboek, foto's wazig geprint. Herdruk gratis. Betaald met creditcard {{CARD|2223 0050 7184 1296}}, maar dubbel afgeschreven ({{neg:amount|€ 42,95}}). Terugboeken. Tel.{{PHONE|(010) 412 88 31}}.`),
  t("ticket", `Lenzenlijn – Abonnement wijzigen
Klant: {{PERSON|Boukhari, Samira}}
Klantnummer: {{neg:customer-number|LL-0044817}}
Maandbedrag: {{neg:amount|€ 21,50}}
Nieuwe rekening: {{IBAN|NL41 RABO 0318 2744 56}}
Oude rekening (afsluiten): {{neg:iban-checksum|NL14 RABO 0318 2744 56}}
Mobiel: {{PHONE|06-12 84 77 30}}`),
  t("sms", `TaxiTik: Hoi {{PERSON|Bram}}, chauffeur {{PERSON|Ahmet}} heeft je sjaal gevonden. Ophalen bij ons kantoor Amsterdam-Sloterdijk vóór {{neg:date|18-12}}. Vragen? Bel {{PHONE|0800-0221}}`),
  t("email", `Van: {{PERSON|Joost van Wijngaarden}} <{{EMAIL|joost.vanwijngaarden@example.net}}>
Aan: {{EMAIL|support@taalmaatje.example.com}}
Onderwerp: Account gehackt?

Hallo,

Ik kreeg een mail dat er is ingelogd vanaf {{IP_ADDRESS|198.51.100.77}}, maar dat was ik niet. Kunnen jullie mijn account blokkeren? Bellen mag ook: {{PHONE|0031 30 271 4456}}.

Groet,
{{PERSON|Joost}}`),
  t("transcript", `medewerker: boekhandel de leesmuis goedemiddag
klant: ja hallo met {{PERSON|anneke jansen}} ik heb een boek besteld voor mijn kleinzoon
klant: is het al binnen
medewerker: even kijken op naam {{PERSON|jansen}} ja het ligt klaar
klant: kunt u me een berichtje sturen als ik het op moet halen op {{PHONE|nul zes, een twee, drieëndertig, achtenvijftig, negentig}}
medewerker: komt goed mevrouw`),
  t("ticket", `Bandenservice Kruisweg – Werkorder
Klant: {{PERSON|R. Oosterhuis}}
Kenteken: {{neg:plate|GZ-318-K}}
Werk: winterbanden wisselen, uitlijnen
Bedrag: {{neg:amount|€ 89,00}}
Betaling: pin
Telefoon: {{PHONE|0513 41 22 07}}
Afspraak: {{neg:date|07-12-2026}} {{neg:time|10.30}}`),
  t("note", `Zorgvervoer Ziekenhuis Amstelheuvel – dhr. {{PERSON|Kees Roos}} (88), rolstoel, afspraak cardiologie {{neg:date|10-12}} {{neg:time|14.15}}. Ophalen vanaf verzorgingshuis. Contactpersoon dochter {{PERSON|Ingrid}}: {{PHONE|06 39 17 50 22}}. Bij geen gehoor: zoon {{PERSON|Marco}} in België {{PHONE|+32 478 22 14 90}}.`),
]

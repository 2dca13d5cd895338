// nl-BE texts: written one by one (storingen bij de netbeheerder, tuincentrum, opticien, taxi-app, boekhandel,
// keukenplaatser, patiëntenvervoer).
import { mk } from "./markup.ts"

const t = mk("nl-BE")

export const NL_BE = [
  t("transcript", `medewerker: netwerk schelde-leie storingsdienst goeiendag
beller: ja dag ik ben {{PERSON|els de smet}} uit lochristi we hebben geen stroom meer sinds een uur of vier
medewerker: mevrouw {{PERSON|de smet}} ik zie een storing in uw straat de technieker is onderweg
beller: kunt ge mij verwittigen als het opgelost is
medewerker: zeker op welk nummer
beller: {{PHONE|nul vier zeven negen, dertig, achtenvijftig, twaalf}}
medewerker: {{PHONE|0479 30 58 12}} genoteerd`),
  t("email", `Onderwerp: Levering buxusplanten – bestelling {{neg:order-number|HGB-20771}}

Dag mevrouw {{PERSON|Peeters}},

Uw 40 buxusplanten worden geleverd op woensdag {{neg:date|9 december}} tussen {{neg:time|8u}} en {{neg:time|12u}}. Onze chauffeur {{PERSON|Stijn}} belt u op {{PHONE|0476 81 20 33}} een halfuur op voorhand.

Met vriendelijke groeten,
{{PERSON|Lieve Verhaegen}}
Tuincentrum Het Groene Blad, Mechelen
{{EMAIL|info@hetgroeneblad.example.com}}
{{PHONE|015 41 29 70}}`),
  t("ticket", `Optiek Klaarzicht – Lenzenabonnement
Klant: {{PERSON|Claes, Jens}}
Product: daglenzen, 90 stuks / 3 maanden
Domiciliëring: {{IBAN|BE29 7350 4288 1664}}
Bedrag: {{neg:amount|€ 67,50}}
GSM: {{PHONE|0032 479 30 58 12}}
E-mail: {{EMAIL|jens.claes@example.org}}`),
  t("chat", `TaxiGent app – gevonden voorwerpen
Jij: ik heb mijn portefeuille laten liggen in de taxi gisteren om {{neg:time|23u15}}
{{PERSON|Lotte}} (TaxiGent): Dag! We hebben inderdaad een portefeuille gevonden. Op welke naam staat je identiteitskaart?
Jij: {{PERSON|Karel Van den Bossche}}
{{PERSON|Lotte}} (TaxiGent): Klopt. Je kan hem ophalen aan ons kantoor aan de Dampoort, of we sturen hem op voor {{neg:amount|€ 7,50}}.
Jij: ik kom hem halen, merci!`),
  t("note", `Boekhandel Leesgraag Antwerpen – {{neg:date|02/12}} – klant Mevr. {{PERSON|Nadia Boukhris}} reserveerde 5 ex. voor schoolklas. Betaald met Visa {{CARD|4716 2539 9018 3479}} (nummer doorgegeven via telefoon, hier genoteerd door {{PERSON|Tine}}, WISSEN). Ophaling vrijdag. Tel. {{PHONE|03/231 55 80}}.`),
  t("sms", `Keukens Vanhove: Beste {{PERSON|Wim}}, onze plaatser komt maandag {{neg:date|14/12}} om {{neg:time|7u30}}. Gelieve de oude keuken leeg te maken. Vragen: {{PHONE|09 233 44 17}}`),
  t("ticket", `Patiëntenvervoer AZ Sint-Elisabeth – Aanvraag
Patiënt: {{PERSON|Jacobs, Godelieve}}
Geboortedatum: {{neg:date|03/04/1935}}
Rit: thuis → radiotherapie, {{neg:date|11/12/2026}} {{neg:time|9u45}}
Adres: Kerkstraat 18, {{neg:postcode|3000}} Leuven
Contact: schoonzoon {{PERSON|Rudi Maes}} {{PHONE|+32 16 20 41 88}}
Terugbetaling op: {{IBAN|BE89 0016 7209 4585}}`),
]

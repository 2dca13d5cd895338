// nl-NL texts, written one by one: een uitvaartonderneming, CJIB-achtige boetelijn, parkeerapp, campings, cv-ketelonderhoud,
// loterij, tandtechnisch lab, ongediertebestrijding.
import { mk } from "./markup.ts"

const t = mk("nl-NL")

export const NL_NL = [
  t("asr", `medewerker: goedemiddag uitvaartzorg de linde u spreekt met {{PERSON|sanne}}
beller: ja hallo mijn moeder is vannacht overleden in het verpleeghuis
medewerker: gecondoleerd mag ik uw naam
beller: {{PERSON|ruud van der meulen}}
medewerker: en uw telefoonnummer
beller: {{PHONE|nul zes, een twee, vier acht, drie drie, zeven een}}`),
  t("legacy", `BOETE INFO   BESCHIKKING {{neg:reference|6012 4418 2093 1177}}
NAAM     {{PERSON|EL AMRANI, KARIM}}
KENTEKEN {{neg:plate|GX-218-K}}
BEDRAG   {{neg:amount|€ 109,00}}   VERVALDATUM {{neg:date|15-12-2026}}
TEL      {{PHONE|010 4128 355}}`),
  t("sms", `parkeerapp: je sessie in zone {{neg:reference|363}} loopt tot {{neg:time|17:45}}. hulp nodig? bel {{PHONE|020 7713 482}}`),
  t("voicemail", `Voicemail van {{PHONE|+31 6 2841 7730}} (0:29)
"Hoi met {{PERSON|Femke Dijkstra}}, we hebben een kampeerplek geboekt voor {{neg:date|12 juli}}, nummer {{neg:booking-ref|KP-77120}}, maar we komen met twee auto's, kan dat? Bel me even terug, doei."`),
  t("ivr", `ivr 2026-12-03 08:12:55 beller={{PHONE|+31302405518}} keuze=storing_cv
ivr postcode="{{neg:postcode|3581 KX}}" huisnr=12
ivr naam_asr="{{PERSON|willem bos}}" zekerheid=0.71
ivr wachtrij=monteurs_utrecht`),
  t("email", `Van: {{PERSON|Joost Verhagen}} <{{EMAIL|joost.verhagen@example.net}}>
Aan: {{EMAIL|prijzen@staatsloterij-fictief.example}}
Onderwerp: Uitbetaling prijs

Beste,

Ik heb {{neg:amount|€ 1.000}} gewonnen met lot {{neg:serial-number|AK 044 1873}}. Graag uitbetalen op {{IBAN|NL53 RABO 0318 7422 65}}. Telefonisch bereikbaar op {{PHONE|06 1993 4420}}.

Met vriendelijke groet,
{{PERSON|Joost Verhagen}}`),
  t("asr", `spreker 1: en op welk nummer kan de monteur u bellen
spreker 2: {{PHONE|nul twintig, zes drie vier, zeventien, tweeëntwintig}}
spreker 1: prima en uw naam
spreker 2: {{PERSON|priscilla koenraads}}
spreker 1: de monteur komt {{neg:date|woensdag 3 december}} tussen acht en twaalf`),
  t("note", `Tandtechnisch lab: praktijk {{PERSON|Aksoy}} belde, brug {{neg:order-number|TL-5530}} past niet. Retour via PostNL {{neg:tracking-number|3SABCD1234567}}. Contact assistente {{PERSON|Lotte}} {{PHONE|030 2405 518}}.`),
  t("legacy", `ONGEDIERTE WERKBON  NR {{neg:order-number|OB-20419}}   TECHNICUS {{PERSON|HENDRIKS}}
KLANT  {{PERSON|MWANGI, ESTHER}}
TEL    {{PHONE|06 4417 2290}}
ADRES  KERKSTRAAT 12, {{neg:postcode|5211 AB}} DEN BOSCH
SOORT  MUIZEN   VOLGENDE BEZOEK {{neg:date|08-01-2027}}`),
  t("email", `Onderwerp: Terugbetaling dubbele parkeerkosten

Hallo, op {{neg:date|2 december}} is {{neg:amount|€ 3,20}} twee keer afgeschreven. Graag terugstorten op {{IBAN|NL02 INGB 0007 7341 82}}, niet op {{neg:iban-checksum|NL03 INGB 0007 7341 82}}.
Groet, {{PERSON|Daan Vos}}`),
  t("asr", `[00:00:03] Agent: camping de zandhoeve goedemorgen
[00:00:06] Klant: hoi ik wil graag betalen voor de staanplaats
[00:00:09] Agent: dat kan met creditcard
[00:00:11] Klant: {{CARD|vier negen een zeven, zes twee nul drie, acht acht vier een, nul vijf zeven twee}}
[00:00:20] Agent: dank u mevrouw {{PERSON|tahiri}}`),
  t("sms", `hoi met {{PERSON|roos}} van de lab 🦷 kroon is klaar, ophalen na {{neg:time|14:00}}. vragen? {{PHONE|06 3820 1147}}`),
  t("ivr", `bot: Welkom bij Loterij Hulp. Wat is uw klantnummer?
u: {{neg:customer-number|LH 8820 117}}
bot: Bedankt {{PERSON|Noortje}}. Uw laatste inzet was {{neg:amount|€ 15}} op {{neg:date|29-11-2026}}.
u: ik wil mijn abonnement stopzetten`),
  t("note", `Uitvaart: familie {{PERSON|Soeters}} wil condoleanceregister online. Contactpersoon {{PERSON|Anouk Soeters}}, {{EMAIL|anouk.soeters@example.com}}, {{PHONE|0032 478 21 44 90}} (woont in België).`),
]

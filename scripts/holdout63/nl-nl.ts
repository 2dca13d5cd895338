// nl-NL texts: written one by one (fertiliteitskliniek, leerlingenvervoer, bioscoop, diervoeding-abonnement,
// zonnepanelen-lease, rijschool, laadpalen, bibliotheek, veerboot met auto, uitvaartverzekering, fietsenmaker).
import { mk } from "./markup.ts"

const t = mk("nl-NL")

export const NL_NL = [
  t("chat", `Fertiliteitscentrum Amstelzijde – chat
[08:44] Jij: goedemorgen, ik moet mijn echo van woensdag verzetten
[08:45] {{PERSON|Sanne}} (planning): Goedemorgen! Wat is uw naam?
[08:45] Jij: {{PERSON|Naima El Khatib}}
[08:46] {{PERSON|Sanne}} (planning): Ik heb donderdag {{neg:date|10 december}} om {{neg:time|8.15}} bij dr. {{PERSON|Visser}}.
[08:46] Jij: top, mijn nummer is {{PHONE|06-38174402}}`),
  t("email", `Onderwerp: Aanvraag leerlingenvervoer

Geachte heer/mevrouw,

Voor onze zoon {{PERSON|Daan Bakker}} (De Regenboog, speciaal onderwijs) vragen wij taxivervoer aan vanaf {{neg:date|4 januari 2027}}. Ons adres ligt in {{neg:postcode|3514 AB}} Utrecht.

U kunt ons bereiken op {{PHONE|030 271 8836}} of {{PHONE|+31 6 2290 4417}}.

Met vriendelijke groet,
{{PERSON|Marieke Bakker}} en {{PERSON|Joost Bakker}}`),
  t("sms", `FilmHuis Noord: je tickets voor vr {{neg:time|21.00}} staan klaar, reservering {{neg:booking-ref|FHN-2291-07}}. Vragen? Bel {{PHONE|020 218 4409}}`),
  t("transcript", `MEDEWERKER: Brokkenbox, met {{PERSON|Thijs}}.
BELLER: Hoi, met {{PERSON|Roos de Wit}}. Mijn abonnement voor de kattenbrokken is twee keer afgeschreven.
MEDEWERKER: Vervelend. Wat is uw telefoonnummer?
BELLER: {{PHONE|nul zes, vierendertig, negenenvijftig, eenentwintig, zeventig}}
MEDEWERKER: {{PHONE|06 34592170}}, ik zie het. Ik stort {{neg:amount|€ 27,95}} terug.`),
  t("note", `ZonLease: klant {{PERSON|Henk Mulder}} meldt omvormerstoring sinds {{neg:date|29-11}}. Contract {{neg:contract-number|ZL-2023-11847}}. Monteur ingepland. Restitutie {{neg:amount|€ 14,20}} op {{IBAN|NL55 ABNA 5183 9260 47}}. Tel {{PHONE|0570 61 33 48}}.`),
  t("ticket", `RIJSCHOOL DE GROENE GOLF – INSCHRIJVING
Naam: {{PERSON|Yilmaz, Emre}}
Geboortedatum: {{neg:date|14-05-2008}}
Mobiel: {{PHONE|06 19 44 70 38}}
E-mail: {{EMAIL|emre.yilmaz@postvak.example}}
Pakket: 20 lessen + examen {{neg:amount|€ 1.395}}
Betaald met: {{neg:masked-card|•••• 2208}}`),
  t("chat", `LaadNed support
Jij: laadpaal bij de Jumbo in Zwolle geeft een rood lampje
{{PERSON|Fatima}} (LaadNed): Hoi! Wat is het paalnummer?
Jij: {{neg:charger-id|NL-LDN-E07731}}
{{PERSON|Fatima}} (LaadNed): Ik heb hem gereset. Lukt het nu?
Jij: ja, dank je`),
  t("note", `Bibliotheek Rivierenland: lid {{PERSON|Wilhelmina Bos}} ({{neg:date|03-09-1948}}) kan niet inloggen, app {{neg:version|7.1.4}}. Pasnummer {{neg:member-number|2 0418 00447 1932}}. Wachtwoord gereset, dochter {{PERSON|Ineke}} helpt thuis. Tel {{PHONE|0344 62 17 05}}.`),
  t("email", `Van: Waddenveer Reserveringen <{{EMAIL|reserveringen@waddenveer.example}}>
Aan: {{PERSON|Pieter Jan de Graaf}}
Onderwerp: Wijziging autoreservering {{neg:booking-ref|WV-TX-55091}}

Beste {{PERSON|Pieter Jan}},
Uw overtocht Den Helder–Texel op {{neg:date|27 december}} is omgezet naar een auto met aanhanger. Meerprijs {{neg:amount|€ 38,50}}.
Vragen? {{PHONE|0222 36 90 14}}`),
  t("transcript", `medewerker uitvaartverzekering de laatste eer u spreekt met {{PERSON|ingrid}}
beller ja goedemiddag mijn moeder is overleden {{PERSON|johanna van dijk}}
medewerker gecondoleerd mag ik het polisnummer
beller {{neg:policy-number|LE 7730 2291 4}}
medewerker en uw telefoonnummer
beller {{PHONE|nul zes een twee drie negen acht vier vier zeven}}`),
  t("sms", `Fietsdokter Vondel: Hoi {{PERSON|Lotte}}, je fiets is klaar. {{neg:amount|€ 42,50}}. Open tot {{neg:time|18.00}}. {{PHONE|020 612 4495}}`),
  t("ticket", `FIETSDOKTER VONDEL – WERKBON {{neg:order-number|FDV-4471}}
Klant: {{PERSON|Kevin Tjoe}}
Tel: {{PHONE|+31 20 778 3016}}
Fiets: Gazelle, framenr {{neg:serial-number|GZ 8810 4471}}
Reparatie: nieuwe ketting en remblokken
Oude rekening: {{neg:iban-checksum|NL56 ABNA 5183 9260 47}} (fout, gecorrigeerd)`),
]

// nl-NL texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("nl-NL")

export const NL_1 = [
  t("chat", `[13:40] Klant: hoi, mijn telefoon heeft geen bereik meer sinds vanochtend
[13:41] {{PERSON|Sanne}} (Klantenservice Belnet): Hoi! Vervelend. Wat is je mobiele nummer?
[13:41] Klant: {{PHONE|06-41827390}}
[13:42] {{PERSON|Sanne}} (Klantenservice Belnet): Dank je. Staat het abonnement op naam van {{PERSON|Thijs van der Heijden}}?
[13:42] Klant: ja klopt
[13:44] {{PERSON|Sanne}} (Klantenservice Belnet): Er is een storing in {{neg:postcode|3511 AB}} en omgeving. Verwacht opgelost om {{neg:time|17.00}} uur.`),
  t("chat", `{{PERSON|Fleur}}: goedemiddag, mijn pakket staat al 3 dagen op "onderweg"
PakketPost: Hallo {{PERSON|Fleur}}, wat is je trackingcode?
{{PERSON|Fleur}}: {{neg:tracking-number|3SPKP 0047 7812 93}}
PakketPost: Het ligt bij een buurtpunt, de buren op nr. 14, familie {{PERSON|Bakker}}.
{{PERSON|Fleur}}: haha ok, ze zijn nooit thuis. kan de bezorger me bellen? {{PHONE|06 18 22 47 90}}`),
  t("note", `dhr. {{PERSON|Jansen}} belt over dubbele afschrijving {{neg:amount|€ 39,95}} op {{neg:date|4 maart}}. kaart {{neg:masked-card|**** 2184}}. dispuut gestart {{neg:case-number|ZB-2026-55120}}. terugbellen {{PHONE|0612345670}} na {{neg:time|18.00}}`),
  t("note", `Mevr. {{PERSON|Yasmina Ait Taleb}} meldt gaslucht bij de meter. Doorverbonden met storingsdienst. Meter {{neg:meter-number|G4 0091 4427}}. Adres: Kerkstraat 22, {{neg:postcode|2511 ZH}} Den Haag. Vaste lijn {{PHONE|070 362 1844}}.`),
  t("email", `Onderwerp: Vertraagde vlucht {{neg:flight-number|HV 5423}}

Beste klantenservice,

Mijn vlucht van {{neg:date|12 april}} van Amsterdam naar Malaga had vier uur vertraging. Graag ontvang ik de compensatie van {{neg:amount|€ 400}} op mijn rekening:
{{IBAN|NL91 ABNA 0417 1643 00}}

Boekingsnummer: {{neg:booking-ref|KL7X2Q}}. U kunt mij bereiken op {{PHONE|+31 6 2841 7730}}.

Met vriendelijke groet,
{{PERSON|Marloes de Vries}}`),
  t("email", `Beste meneer {{PERSON|Şahin}},

Hierbij bevestigen wij uw afspraak bij Tandartspraktijk De Linde op dinsdag {{neg:date|16 juni}} om {{neg:time|10.15}} uur bij tandarts {{PERSON|Pieter Hendriks}}.

Verhinderd? Bel ons op {{PHONE|030 231 7742}} of mail naar {{EMAIL|balie@tandartsdelinde.example}}.

Met vriendelijke groet,
{{PERSON|Noor}}
Assistente`),
  t("transcript", `Medewerker: Energie Noord, u spreekt met {{PERSON|Daan}}.
Klant: Goedemorgen, met {{PERSON|Hendrik Visser}}, ik wil mijn meterstanden doorgeven.
Medewerker: Prima meneer {{PERSON|Visser}}. Uw klantnummer?
Klant: {{neg:customer-number|EN-3301772}}.
Medewerker: En op welk nummer kunnen we u bereiken?
Klant: {{PHONE|nul zes, vierentwintig, achtendertig, negentien, zeventig}}.
Medewerker: {{PHONE|Nul zes, vierentwintig, achtendertig, negentien, zeventig}}. Dank u.`),
  t("transcript", `[00:00:01] agent: zuidbank pasjesservice met {{PERSON|lotte}}
[00:00:04] klant: hallo met {{PERSON|kees de jong}} mijn pinpas is gestolen
[00:00:08] agent: wat vervelend meneer {{PERSON|de jong}} heeft u het kaartnummer
[00:00:11] klant: ja {{CARD|5228 4410 0927 3310}}
[00:00:20] agent: de kaart is geblokkeerd
[00:00:22] klant: kunt u me terugbellen op {{PHONE|nul zes een twee drie vier vijf zes zeven acht}}`),
  t("summary", `Samenvatting gesprek {{neg:date|02-03-2026}}
Klant: {{PERSON|Ingrid Mulder}}
Reden: streamingabonnement opzeggen
Actie: opgezegd per {{neg:date|31-03-2026}}, laatste betaling {{neg:amount|€ 13,99}}
Bevestiging naar {{EMAIL|ingrid.mulder@example.com}}`),
  t("summary", `Dhr. {{PERSON|Rajesh Jagessar}} belde over schade aan zijn auto (polis {{neg:policy-number|AV-2201-8841}}). Aanrijding met fietser op {{neg:date|8 februari}}. Fietser: {{PERSON|Eva Pattinama}}, {{PHONE|06 51 98 02 43}}. Expert komt {{neg:date|14 februari}}.`),
  t("form", `Naam: {{PERSON|Bos, Willemijn}}
Telefoon: {{PHONE|020-7543210}}
Mobiel: {{PHONE|+31 (0)6 1284 5590}}
E-mail: {{EMAIL|w.bos@example.org}}
Postcode: {{neg:postcode|1017 CE}}
IBAN: {{IBAN|NL20 INGB 0001 2345 67}}`),
  t("form", `klant={{PERSON|Ahmed El Amrani}}; tel={{PHONE|0031 6 44 19 82 07}}; email={{EMAIL|ahmed.elamrani@example.com}}; order={{neg:order-number|BN-4471029}}; router_ip={{IP_ADDRESS|192.168.178.1}}; fw={{neg:version|7.29.3}}`),
]

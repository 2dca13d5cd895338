// nl-BE texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("nl-BE")

export const NL_BE = [
  t("chat", `Apotheek De Gouden Leeuw – chat
[09:30] Bezoeker: goeiemorgen, is het voorschrift van mijn vader al binnen? {{PERSON|Gustaaf Verbeke}}
[09:32] {{PERSON|Lieselot}} (apotheker): Goeiemorgen! Ja, het ligt klaar vanaf {{neg:time|14u}}. Remgeld {{neg:amount|€ 4,20}}.
[09:32] Bezoeker: merci, ik ben zijn dochter {{PERSON|Hilde}}. bel gerust op {{PHONE|0478 21 33 90}}`),
  t("email", `Onderwerp: Huurwaarborg – appartement Kortrijksesteenweg 88, {{neg:postcode|9000}} Gent

Beste {{PERSON|Jonas}},

Na de plaatsbeschrijving van {{neg:date|29 november}} geven we de huurwaarborg van {{neg:amount|€ 1.800}} volledig vrij. Het bedrag wordt gestort op {{IBAN|BE69 3101 8337 7778}}.

Met vriendelijke groeten,
{{PERSON|Ann De Smedt}}
Immo Leie – {{PHONE|09 225 41 87}}
{{EMAIL|verhuur@immoleie.example}}`),
  t("transcript", `AGENT: Dierenartsenpraktijk De Kempen, {{PERSON|Evelien}}.
BELLER: Dag, met {{PERSON|Koen Vermeulen}}. Onze kat eet niet meer sinds gisteren.
AGENT: Kom vandaag om {{neg:time|17u30}}. Op welk nummer kunnen we u bereiken?
BELLER: {{PHONE|nul vier vijfennegentig, achttien, vierenveertig, zevenentwintig}}.
AGENT: {{PHONE|0495 18 44 27}}, dank u, meneer {{PERSON|Vermeulen}}.`),
  t("note", `Kredietmakelaar – klanten {{PERSON|Peeters}} ({{PERSON|Wim}} + {{PERSON|Nathalie Claes}}). Huis Mechelen {{neg:amount|€ 365.000}}, eigen inbreng {{neg:amount|€ 70.000}}. Afspraak bank {{neg:date|16/12}} {{neg:time|14u}}. Tel. {{PHONE|015 41 22 90}}.`),
  t("sms", `PakjesPiet: uw pakket {{neg:tracking-number|PP 3340 1182 BE}} wordt morgen geleverd tussen {{neg:time|9u}} en {{neg:time|13u}}. Wijzigen: {{PHONE|03 231 44 09}}`),
  t("ticket", `Ticket {{neg:ticket-number|INS-2026-1188}} – Inschrijvingen
Student: {{PERSON|EL MOUSSAOUI, Imane}}
Opleiding: master handelsingenieur
Probleem: diploma niet opgeladen, portaal gaf foutmelding (versie {{neg:version|3.2.14}})
Contact: {{EMAIL|imane.elmoussaoui@student.example}}, {{PHONE|+32 470 61 28 55}}
Behandeld door: {{PERSON|Pieter-Jan}}`),
  t("email", `Onderwerp: Maandelijkse gift – nieuwe rekening

Goedendag,

Ik steun Vzw Warme Handen al jaren met {{neg:amount|€ 12}} per maand. Gelieve voortaan de rekening {{IBAN|BE13 7350 4128 8339}} te gebruiken. De oude rekening in jullie bevestigingsbrief, {{neg:iban-checksum|BE31 7350 4128 8339}}, is fout getypt.

Met dank,
{{PERSON|Marleen Goossens}}
{{PHONE|011 22 74 18}}`),
  t("chat", `Jij (22:10): hallo, iemand heeft mijn streamingaccount overgenomen
KijkKast Hulp – {{PERSON|Sander}} (22:12): Dag! Ik zie een aanmelding vanaf {{IP_ADDRESS|2001:db8:be:7::1a}} om {{neg:time|21:58}}. Was u dat?
Jij (22:12): nee
KijkKast Hulp – {{PERSON|Sander}} (22:13): Ik heb alle toestellen afgemeld en een resetlink gestuurd.`),
  t("note", `Autoverhuur Zaventem: klant {{PERSON|Mbala, Christelle}} contract {{neg:contract-number|ZAV-88213}}. Wagen {{neg:plate|1-ABC-482}} terug met kras rechtervoordeur. Borg {{neg:amount|€ 500}} vastgehouden op kaart {{neg:masked-card|•••• 3393}}. Tel. {{PHONE|0032 479 55 10 22}}.`),
  t("transcript", `[00:00:01] agent: tandartspraktijk het zonnetje goeiendag met {{PERSON|nele}}
[00:00:04] beller: ja dag ik wil een afspraak voor mijn zoon
[00:00:06] agent: hoe heet hij
[00:00:07] beller: {{PERSON|arne de wilde}}
[00:00:09] agent: en uw gsm-nummer
[00:00:11] beller: {{PHONE|nul vier zeven negen, vijf vijf, twaalf, zesendertig}}
[00:00:17] agent: genoteerd woensdag om {{neg:time|15u}}`),
  t("ticket", `Bagagedossier {{neg:reference|BRUBW40417}} – Noordzee Air
Passagier: {{PERSON|Bram Van den Broeck}}
Vlucht {{neg:flight-number|NZ 604}} Malaga–Brussel, {{neg:date|05/12/2026}}
Koffer: zwart, label {{neg:tracking-number|NZ 330128}}
Levering: Meir 40, {{neg:postcode|2000}} Antwerpen
Contact: {{PHONE|+32 3 201 18 40}}`),
  t("sms", `Tandarts {{PERSON|Maes}}: herinnering afspraak {{PERSON|Lotte}} op {{neg:date|19/12}} om {{neg:time|10u15}}. Annuleren: {{PHONE|016 22 41 90}}`),
  t("email", `Onderwerp: Uitbetaling aanvullend pensioen

Beste,

Ik ga met pensioen op {{neg:date|1 april 2027}}. Graag ontvang ik mijn aanvullend pensioen op {{IBAN|BE06 0014 3287 6522}}. Aansluitingsnummer {{neg:member-number|AP-2291044}}.

Vriendelijke groeten,
{{PERSON|Rudi Wouters}}
{{PHONE|050 33 41 27}}`),
  t("chat", `[za 14:02] {{PERSON|seppe}}: hoi, hebben jullie de pixel 9 in de winkel in Leuven?
[za 14:04] {{PERSON|Femke}} – GSM Planeet Leuven: Hoi {{PERSON|Seppe}}! Ja, nog 1 in het grijs, {{neg:amount|€ 799}}.
[za 14:04] {{PERSON|seppe}}: kan je die reserveren? {{PHONE|0486 30 71 42}}
[za 14:05] {{PERSON|Femke}} – GSM Planeet Leuven: Gereserveerd tot morgen {{neg:time|18u}}.`),
  t("note", `Schenker mevr. {{PERSON|Van Acker}} belde: eenmalige gift {{neg:amount|€ 250}} met kaart {{CARD|5520 8900 3318 4700}}. Fiscaal attest naar {{EMAIL|g.vanacker@telenet.example}}. Genoteerd door {{PERSON|Dries}}.`),
  t("transcript", `AGENT: PakjesPiet klantendienst, {{PERSON|Yannick}}.
KLANT: Dag, {{PERSON|Sofie Hermans}} hier. Mijn pakje is als geleverd gemeld maar ik heb niks.
AGENT: Wat is het trackingnummer?
KLANT: {{neg:tracking-number|PP 3340 1190 BE}}.
AGENT: Het ligt bij de buren op nummer 12. Mag de koerier u bellen op {{PHONE|0472 11 48 03}}?
KLANT: Ja, prima.`),
  t("sms", `Immo Leie: {{PERSON|Jonas}}, vergeet de sleutels niet af te geven op {{neg:date|2/12}}. Groeten, {{PERSON|Ann}}`),
]

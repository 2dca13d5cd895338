// Dutch texts (nl-NL), written one by one: spraak-naar-tekst-transcripties, voicemails, IVR-logs en gesprekssamenvattingen
// van een klantcontactcentrum.
import { mk } from "./mk.ts"

const nl = mk("nl-NL")

export const NL_NL = [
  nl("transcript", `[automatische transcriptie · Waterbedrijf Amstelland · facturen]
medewerker: waterbedrijf amstelland goedemorgen u spreekt met {{PERSON|Femke}}
beller: ja goedemorgen eh het gaat over mijn jaarnota
medewerker: mag ik uw naam
beller: {{PERSON|Gerrit Hoogendoorn}}, {{PERSON|h o o g e n d o o r n}}
medewerker: en een telefoonnummer
beller: {{PHONE|nul zes, eenenveertig, tweeëntachtig, zevenenzeventig, vijfendertig}}
medewerker: {{PHONE|nul zes een vier acht twee zeven zeven drie vijf}}, genoteerd
beller: de meterstand is {{neg:reference|00917}} en jullie rekenen {{neg:amount|€ 388,15}}`),
  nl("voicemail", `Voicemail · Polderbank pasblokkade · {{neg:date|28 november}} {{neg:time|23:05}}
"hallo met {{PERSON|Sanne de Wit}}, mijn portemonnee is gestolen, mijn creditcard is {{CARD|5366 1809 4427 7109}}, wilt u die blokkeren, mijn nummer is {{PHONE|nul zes, negenentwintig, veertien, vijfenvijftig, dertig}}, dank u wel"`),
  nl("transcript", `SPREKER_1: polderbank passen en kaarten, u spreekt met {{PERSON|Thijs}}
SPREKER_2: goedemiddag ik ben mijn pas kwijt
SPREKER_1: kunt u het kaartnummer voorlezen
SPREKER_2: {{neg:luhn-invalid|4527 1668 0039 4759}}... nee wacht, {{CARD|4527 1668 0039 4756}}
SPREKER_1: en de naam van de rekeninghouder
SPREKER_2: {{PERSON|Wilma Brouwer}}
SPREKER_1: de terugboeking gaat naar {{IBAN|NL12 RABO 0318 4729 55}}
SPREKER_2: ja klopt`),
  nl("ivr", `IVR Ziekenhuis Rijnoever afspraken · versie {{neg:version|3.9.2}}
ani={{PHONE|+31 30 271 8846}} ip_bron={{IP_ADDRESS|192.0.2.201}}
dtmf_patientnr={{neg:reference|PAT 448 2017}}
asr_naam="{{PERSON|Anneke Dijkstra}}"
asr_datum="{{neg:date|15 december}}" {{neg:time|10:40}}
resultaat=bevestigd`),
  nl("summary", `Gesprekssamenvatting · Autoverhuur Delta pechhulp
{{PERSON|Jeroen Kuipers}} meldde pech op de A2 bij Eindhoven om {{neg:time|17:35}}. Huurcontract {{neg:booking-ref|ADV-30582}}. Mobiel {{PHONE|06 5520 1874}}, e-mail {{EMAIL|j.kuipers@example.com}}. Takelwagen gestuurd, eigen risico van {{neg:amount|€ 275}} niet van toepassing.`),
  nl("transcript", `medewerker: golfstroom mobiel nummerbehoud, met {{PERSON|Lotte}}
beller: hoi ik wil mijn nummer meenemen
medewerker: prima welk nummer is het
beller: {{PHONE|nul zes, achttien, zevenendertig, vierenveertig, negenentwintig}}
medewerker: {{PHONE|nul zes achttien zevenendertig vierenveertig negenentwintig}}
beller: ja
medewerker: en op wiens naam stond het abonnement
beller: {{PERSON|Bram Verhoeven}}
medewerker: de overstap is op {{neg:date|3 december}} rond {{neg:time|6 uur}}`),
  nl("voicemail", `Voicemail-transcriptie · Hotel De Gouden Karpel reserveringen
"goedendag, met {{PERSON|Marloes Timmermans}}, ik heb een reservering {{neg:booking-ref|GK 5521}} voor {{neg:date|19 december}}, we komen pas rond {{neg:time|22:30}}, kunt u mij terugbellen op {{PHONE|nul twee nul, zeven drie acht, vierenveertig vijftien}}, dank u"`),
  nl("transcript", `SPREKER_1: autoverhuur delta pechhulp
SPREKER_2: hallo we hebben een lekke band
SPREKER_1: op wiens naam staat de huur
SPREKER_2: {{PERSON|Youssef El Amrani}}
SPREKER_1: en een nummer
SPREKER_2: {{PHONE|nul zes, eenentwintig, drieëntachtig, nul nul, zesenveertig}}
SPREKER_1: het kenteken
SPREKER_2: {{neg:plate|GZ-418-K}}
SPREKER_1: de monteur is er over ongeveer veertig minuten`),
  nl("summary", `Samenvatting (automatisch) · Waterbedrijf Amstelland · medewerker {{PERSON|Daan Mulder}}
Klant {{PERSON|Ingrid Schouten}} wijzigt de incasso naar {{IBAN|NL89 INGB 0007 2613 90}}. Het eerst voorgelezen nummer, {{neg:iban-checksum|NL00 INGB 0007 2613 90}}, was ongeldig. Termijnbedrag {{neg:amount|€ 37}} per maand vanaf {{neg:date|1 januari}}. Postcode {{neg:postcode|1072 GX}}. Telefoon {{PHONE|020 738 4415}}.`),
  nl("ivr", `2026-12-01 09:55:41 golfstroom-port ivr {{neg:version|5.3.7}}
cli={{PHONE|+31 6 2914 5530}} sip={{IP_ADDRESS|2001:db8:31::7a}}
asr_naam="{{PERSON|Sven Oosterhuis}}"
asr_email="{{EMAIL|sven.oosterhuis@example.net}}"
status=overstap_aangevraagd`),
  nl("transcript", `medewerker: ziekenhuis rijnoever afsprakenbureau, met {{PERSON|Noor}}
beller: goedemorgen ik bel voor mijn vader
medewerker: naam van de patiënt
beller: {{PERSON|Hendrik Zwart}}
medewerker: en u bent
beller: {{PERSON|Esther Zwart}}, bereikbaar op {{PHONE|nul tien, vier zes zes, twintig negenendertig}}
medewerker: ik kan hem inplannen op {{neg:date|maandag 7 december}} om {{neg:time|9:20}}, kamer {{neg:room-number|B 114}}
beller: prima, hij gaat met de {{neg:name-word|bakker}} van hiernaast mee`),
  nl("voicemail", `Voicemail · Polderbank · {{neg:time|06:20}}
"hallo met {{PERSON|Ruud Smeets}}, de automaat heeft mijn pas ingeslikt, die eindigt op {{neg:masked-card|**** 9187}}, bel mij op {{PHONE|nul zes, twaalf, zesenvijftig, zeventig, achtentachtig}} of mail naar {{EMAIL|ruud.smeets@example.org}}"`),
  nl("summary", `Gespreksnotitie · Hotel De Gouden Karpel
{{PERSON|Fleur Postma}} boekt kamer {{neg:room-number|23}} van {{neg:date|27 december}} tot {{neg:date|30 december}}, {{neg:amount|€ 119}} per nacht. Garantiekaart {{CARD|5588 0123 7746 0922}}. Ze wil uitzicht op het {{neg:name-word|bos}}. Contact {{EMAIL|fleur.postma@example.com}}.`),
  nl("transcript", `SPREKER_1: golfstroom mobiel, met {{PERSON|Stijn}}
SPREKER_2: goedenavond ik kreeg een sms dat de overstap mislukt is
SPREKER_1: uw nummer
SPREKER_2: {{PHONE|nul zes, vierenzestig, zeventien, drieëntwintig, achtenveertig}}
SPREKER_1: naam
SPREKER_2: {{PERSON|Karin Jonkman}}
SPREKER_1: de geboortedatum klopte niet, ik maak melding {{neg:case-number|GS-71403}}, we proberen het om {{neg:time|21:00}} opnieuw`),
  nl("ivr", `ivr_trace waterbedrijf-amstelland {{neg:version|2.6.0}} ani {{PHONE|050 318 2276}} ip {{IP_ADDRESS|172.31.5.12}}
menu 1 > meterstand > {{neg:reference|04471}}
menu 2 > asr_naam "{{PERSON|Klaas Wierenga}}"
postcode "{{neg:postcode|9711 LM}}"
einde {{neg:time|12:14}}`),
]

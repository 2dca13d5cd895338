// Dutch and Nordic texts of holdout69 (nl-NL, sv-SE, da-DK, nb-NO, fi-FI), written one by one: threads with
// "Op … schreef …:", "Den … skrev …:", "… kirjoitti:", forwarded headers (Van:/Från:/Fra:/Lähettäjä:), signatures,
// chat exports, CRM rows, call summaries and ticket histories.
import { mk } from "./mk.ts"

const nl = mk("nl-NL")
const sv = mk("sv-SE")
const da = mk("da-DK")
const nb = mk("nb-NO")
const fi = mk("fi-FI")

export const NL_NL = [
  nl("email", `Beste mevrouw {{PERSON|Hoekstra}},

Het teveel betaalde bedrag van {{neg:amount|€ 63,20}} storten we terug.

Met vriendelijke groet,
{{PERSON|Ruben Verschoor}}
Medewerker Klantenservice | Waterbedrijf Zuidrand
T {{PHONE|010 428 3319}} | M {{PHONE|06 2874 1093}}
Dit bericht kan vertrouwelijke informatie bevatten.

Op di 4 mrt 2025 om 10:12 schreef {{PERSON|Marloes Hoekstra}} <{{EMAIL|marloes.hoekstra@example.nl.example}}>:
> Mijn rekeningnummer is {{IBAN|NL51 RABO 0318 4427 65}}.`),
  nl("chat", `[05-03-2025 20:14] {{PERSON|Sem de Groot}}: hoi, mijn pakket {{neg:tracking-number|3SABC4417208}} is nog niet bezorgd
[05-03-2025 20:15] Chatbot: Ik verbind je met een medewerker.
[05-03-2025 20:18] {{PERSON|Yara}} (klantenservice): Hoi {{PERSON|Sem}}, het ligt bij het afhaalpunt in {{neg:postcode|3511 LK}}.
[05-03-2025 20:18] {{PERSON|Sem de Groot}}: top, sms me op {{PHONE|06 4190 2287}}`),
  nl("note", `Klant;Telefoon;E-mail;Opmerking
{{PERSON|Joost van Dijkhuizen}};{{PHONE|020 612 4870}};{{EMAIL|joostvd@example.org}};opzegging per {{neg:date|31-03-2025}}
{{PERSON|Fenna Bos-Kuipers}};{{PHONE|+31 6 3302 7741}};;betalingsregeling {{neg:amount|€ 40}} p/m`),
  nl("summary", `Gespreksverslag {{neg:date|06-03-2025}}
Meneer {{PERSON|Hendrik Smeets}} belt over zijn energiecontract {{neg:contract-number|EN-4471092}}. Hij geeft zijn nummer op: {{PHONE|nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig}} — genoteerd {{PHONE|nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig}}. Medewerker: {{PERSON|Noor Bakker}}.`),
  nl("email", `Van: {{PERSON|Priscilla Tjon-A-Fat}} <{{EMAIL|p.tjonafat@example.com}}>
Verzonden: maandag 3 maart 2025 09:20
Aan: Debiteuren <{{EMAIL|debiteuren@woonstede.example}}>
Onderwerp: Huur maart

Goedemorgen, de huur gaat voortaan van {{IBAN|NL23 INGB 0007 3316 42}}. Het oude nummer {{neg:iban-checksum|NL11 INGB 0007 3316 42}} klopt niet meer.
Groet, {{PERSON|Priscilla}} – {{PHONE|06 5518 2036}}`),
  nl("ticket", `Melding {{neg:ticket-number|MLD-40281}}
04-03 {{PERSON|Bas Janssen}}: klant {{PERSON|Ingrid Mulder}}, modem {{IP_ADDRESS|192.168.2.254}}, tel. {{PHONE|030 271 8846}}
04-03 {{PERSON|Bas Janssen}}: firmware {{neg:version|6.2.4}}, herstart
05-03 {{PERSON|Bas Janssen}}: opgelost`),
  nl("chat", `{{PERSON|Lotte Brouwer}}  13:02
kan iemand {{PERSON|Mohamed Amrani}} terugbellen? zijn creditcard {{CARD|4462 8013 5570 2188}} werd geweigerd
{{PERSON|Thijs Vermeulen}}  13:05
doe ik, {{PHONE|06 1147 9352}} toch?`),
  nl("note", `**Naam:** {{PERSON|Wilma Dekker}}
**Telefoon:** {{PHONE|050 318 6642}}
**Kaart:** {{neg:masked-card|•••• 2281}}
- terugbellen om {{neg:time|14:30}}`),
  nl("transcript", `MEDEWERKER: Zorgverzekeraar Delta, u spreekt met {{PERSON|Anouk}}.
BELLER: Goedemiddag, {{PERSON|Gerrit Postma}}, over mijn declaratie.
MEDEWERKER: Uw polisnummer?
BELLER: {{neg:policy-number|ZV-3318204}}.
MEDEWERKER: En een telefoonnummer?
BELLER: {{PHONE|058 213 7740}}.
MEDEWERKER: De {{neg:amount|€ 118,50}} wordt op {{neg:date|14 maart}} uitbetaald.`),
  nl("summary", `Automatische samenvatting
• Klant: {{PERSON|Esmée Verhoeven}}
• Onderwerp: nummerbehoud {{PHONE|06 3827 1159}}
• E-mail: {{EMAIL|esmee.verhoeven@example.net}}
• Medewerker: {{PERSON|Daan}}`),
]

export const SV_SE = [
  sv("email", `Hej {{PERSON|Elin}},

Vi har nu återbetalat {{neg:amount|349 kr}}.

Med vänliga hälsningar
{{PERSON|Johan Lindqvist}}
Kundtjänst, Fakturaavdelningen | Mälarkraft AB
Direkt: {{PHONE|08-612 47 90}} | Mobil: {{PHONE|070-318 42 65}}
Detta e-postmeddelande kan innehålla konfidentiell information.

Den 4 mars 2025 kl. 11:05 skrev {{PERSON|Elin Sjöberg}} <{{EMAIL|elin.sjoberg@example.se.example}}>:
> Jag har blivit dubbeldebiterad för faktura {{neg:invoice-number|F-2025-33817}}.`),
  sv("chat", `[2025-03-05 18:30] {{PERSON|Oskar Nyström}}: hej, mitt bredband ligger nere
[2025-03-05 18:31] Chattbot: Jag kopplar dig till en handläggare.
[2025-03-05 18:34] {{PERSON|Frida}} (kundtjänst): Hej {{PERSON|Oskar}}! Det är en störning i {{neg:postcode|413 04}}, klart ca {{neg:time|21:00}}.
[2025-03-05 18:34] {{PERSON|Oskar Nyström}}: ok, sms:a {{PHONE|073-402 18 57}}`),
  sv("note", `Kund;Telefon;E-post;Ärende
{{PERSON|Astrid Holmgren}};{{PHONE|031-704 28 16}};{{EMAIL|astrid.holmgren@example.com}};uppsägning {{neg:date|31.03.2025}}
{{PERSON|Emir Hodžić}};{{PHONE|+46 76 218 40 93}};;avbetalning {{neg:amount|450 kr}}/mån`),
  sv("summary", `Samtalsanteckning {{neg:date|06.03.2025}}
Fru {{PERSON|Margareta Eklund}} ringer om sin hemförsäkring {{neg:policy-number|HF-5520713}}. Återbetalning till {{IBAN|SE78 8000 0821 4930 1275 6640}}. Nås på {{PHONE|019-22 71 48}}. Handläggare: {{PERSON|Viktor Berglund}}.`),
  sv("email", `Från: {{PERSON|Nils Åkesson}} <{{EMAIL|nils.akesson@example.org}}>
Skickat: den 3 mars 2025 08:44
Till: Kundservice <{{EMAIL|kundservice@nordpilen.example}}>
Ämne: Kort nekat

Hej, kortet {{CARD|5355 0291 7743 6184}} nekas. Förra veckan skrev jag fel: {{neg:luhn-invalid|5355 0291 7743 6182}}. Ring {{PHONE|072-519 36 04}}.`),
  sv("ticket", `Ärende {{neg:case-number|KS-70314}}
04/03 {{PERSON|Linnea Forsberg}}: kund {{PERSON|Ali Rahimi}}, router {{IP_ADDRESS|fd3c:88a1:2::1}}, tel {{PHONE|040-611 72 38}}
04/03 {{PERSON|Linnea Forsberg}}: firmware {{neg:version|4.0.12}}
05/03 {{PERSON|Linnea Forsberg}}: löst`),
  sv("chat", `{{PERSON|Maja Lundgren}}  09:40
kan någon ringa {{PERSON|Kerstin Wallin}}? hon vill byta konto
{{PERSON|Hugo Sandberg}}  09:43
jag tar det, {{PHONE|070-644 18 29}}`),
  sv("note", `**Kund:** {{PERSON|Sofia Ahmadi}}
**Mobil:** {{PHONE|076-903 41 27}}
**Gammalt konto (fel):** {{neg:iban-checksum|SE12 8000 0821 4930 1275 6640}}
- ring tillbaka {{neg:time|13:15}}`),
  sv("transcript", `HANDLÄGGARE: Trygga Hem, {{PERSON|Ebba}}.
KUND: Hej, {{PERSON|Per-Olof Strand}} här, om min skada.
HANDLÄGGARE: Ditt skadenummer?
KUND: {{neg:claim-number|SK-2025-8812}}.
HANDLÄGGARE: Och ett telefonnummer?
KUND: {{PHONE|018-471 20 36}}.
HANDLÄGGARE: Ersättning {{neg:amount|12 400 kr}} betalas ut {{neg:date|14.03.2025}}.`),
  sv("summary", `Automatisk sammanfattning
• Kund: {{PERSON|Alva Nordin}}
• Ämne: flytt av abonnemang
• Kontakt: {{PHONE|073-811 26 40}}, {{EMAIL|alva.nordin@example.net}}
• Handläggare: {{PERSON|Isak}}`),
]

export const DA_DK = [
  da("email", `Kære {{PERSON|Mette}},

Vi har tilbagebetalt {{neg:amount|275 kr.}} til din konto.

Med venlig hilsen
{{PERSON|Rasmus Kjærgaard}}
Kundeservicemedarbejder | Fjordvarme A/S
Direkte: {{PHONE|33 14 52 80}} | Mobil: {{PHONE|22 41 87 50}}
Denne e-mail kan indeholde fortrolige oplysninger.

Den 4. mar. 2025 kl. 10.12 skrev {{PERSON|Mette Bundgaard}} <{{EMAIL|mette.bundgaard@example.dk.example}}>:
> Min konto er {{IBAN|DK03 3000 0012 8874 51}}.`),
  da("chat", `[05.03.2025 16:22] {{PERSON|Mads Østergaard}}: hej, min pakke er ikke kommet
[05.03.2025 16:23] Chatbot: Jeg forbinder dig med en medarbejder.
[05.03.2025 16:25] {{PERSON|Signe}} (kundeservice): Hej {{PERSON|Mads}}, den ligger i pakkeshoppen i {{neg:postcode|8000}}.
[05.03.2025 16:26] {{PERSON|Mads Østergaard}}: tak, skriv til {{PHONE|31 76 20 94}}`),
  da("note", `Kunde;Telefon;E-mail;Note
{{PERSON|Camilla Dahl}};{{PHONE|+45 40 18 36 72}};{{EMAIL|camilla.dahl@example.com}};opsigelse {{neg:date|31.03.2025}}
{{PERSON|Jonas Vestergaard}};{{PHONE|86 12 47 39}};;afdrag {{neg:amount|500 kr.}}`),
  da("summary", `Samtalenotat {{neg:date|06.03.2025}}
Fru {{PERSON|Birthe Kristoffersen}} ringer om sin forsikring {{neg:policy-number|FS-4407218}}. Hun får udbetalt til {{IBAN|DK68 5301 0004 7721 96}}. Telefon {{PHONE|28 53 91 04}}. Medarbejder: {{PERSON|Anders Thygesen}}.`),
  da("email", `Fra: {{PERSON|Søren Damgaard}} <{{EMAIL|soren.damgaard@example.org}}>
Sendt: 3. marts 2025 09:15
Til: Kundeservice <{{EMAIL|kundeservice@nordlys-el.example}}>
Emne: Betalingskort

Hej, mit kort {{CARD|4571 0832 6619 4056}} afvises. Ring venligst på {{PHONE|61 27 04 83}}.`),
  da("ticket", `Sag {{neg:case-number|SAG-22917}}
04.03 {{PERSON|Line Frederiksen}}: kunde {{PERSON|Kasper Holst}}, router {{IP_ADDRESS|10.0.20.1}}, tlf. {{PHONE|42 70 19 35}}
04.03 {{PERSON|Line Frederiksen}}: firmware {{neg:version|3.6.9}}
05.03 {{PERSON|Line Frederiksen}}: løst`),
  da("chat", `{{PERSON|Ida Mortensen}}  11:20
kan nogen ringe til {{PERSON|Henrik Lauridsen}}? han har skrevet forkert IBAN {{neg:iban-checksum|DK12 5301 0004 7721 96}}
{{PERSON|Emil Rasmussen}}  11:23
jeg gør det, {{PHONE|51 84 26 17}}`),
  da("note", `**Kunde:** {{PERSON|Nanna Winther}}
**Mobil:** {{PHONE|26 39 15 80}}
**Kort:** {{neg:masked-card|XXXX 6630}}
- ringes op kl. {{neg:time|14.00}}`),
  da("summary", `Automatisk resumé
• Kunde: {{PERSON|Frederik Juhl}}
• Emne: nummerflytning {{PHONE|53 17 62 48}}
• E-mail: {{EMAIL|frederik.juhl@example.net}}
• Medarbejder: {{PERSON|Louise}}`),
  da("transcript", `MEDARBEJDER: Tryg Bolig, det er {{PERSON|Julie}}.
KUNDE: Hej, {{PERSON|Torben Skovgaard}} her, om min vandskade.
MEDARBEJDER: Skadenummer?
KUNDE: {{neg:claim-number|SKD-8830412}}.
MEDARBEJDER: Og telefon?
KUNDE: {{PHONE|97 12 40 56}}.
MEDARBEJDER: Vi udbetaler {{neg:amount|8.400 kr.}} den {{neg:date|12.03.2025}}.`),
]

export const NB_NO = [
  nb("email", `Hei {{PERSON|Ingrid}},

Vi har refundert {{neg:amount|399 kr}}.

Med vennlig hilsen
{{PERSON|Eirik Haugland}}
Kundebehandler | Fjellkraft AS
Direkte: {{PHONE|22 47 81 30}} | Mobil: {{PHONE|412 38 905}}
Denne e-posten kan inneholde konfidensiell informasjon.

Den tir. 4. mars 2025 kl. 10:12 skrev {{PERSON|Ingrid Solberg}} <{{EMAIL|ingrid.solberg@example.no.example}}>:
> Kontonummeret mitt er {{IBAN|NO39 1503 4412 876}}.`),
  nb("chat", `[05.03.2025, 17:45] {{PERSON|Sindre Bakken}}: hei, fiberen er nede
[05.03.2025, 17:46] Chatbot: Jeg setter deg over til en rådgiver.
[05.03.2025, 17:49] {{PERSON|Thea}} (kundeservice): Hei {{PERSON|Sindre}}! Feil i området {{neg:postcode|5003}}, rettes innen {{neg:time|20:00}}.
[05.03.2025, 17:49] {{PERSON|Sindre Bakken}}: ok, send sms til {{PHONE|926 14 377}}`),
  nb("note", `Kunde;Telefon;E-post;Merknad
{{PERSON|Kari Nordvik}};{{PHONE|+47 481 20 395}};{{EMAIL|kari.nordvik@example.com}};oppsigelse {{neg:date|31.03.2025}}
{{PERSON|Arne Tveit}};{{PHONE|55 31 84 20}};;nedbetaling {{neg:amount|600 kr}}`),
  nb("summary", `Samtalenotat {{neg:date|06.03.2025}}
Fru {{PERSON|Solveig Aasen}} ringer om innboforsikringen {{neg:policy-number|IF-7730148}}. Utbetaling til {{IBAN|NO54 9710 0528 413}}. Telefon {{PHONE|934 70 218}}. Rådgiver: {{PERSON|Magnus Lie}}.`),
  nb("email", `Fra: {{PERSON|Håkon Rønning}} <{{EMAIL|hakon.ronning@example.org}}>
Sendt: mandag 3. mars 2025 08:30
Til: Kundeservice <{{EMAIL|kundeservice@vestlandsnett.example}}>
Emne: Kort avvist

Hei, kortet {{CARD|5590 4411 8203 7730}} blir avvist. Ring meg på {{PHONE|917 42 063}}.`),
  nb("ticket", `Sak {{neg:case-number|SAK-61208}}
04.03 {{PERSON|Marte Dahle}}: kunde {{PERSON|Jørgen Hansen}}, ruter {{IP_ADDRESS|192.168.10.1}}, tlf. {{PHONE|73 52 18 64}}
04.03 {{PERSON|Marte Dahle}}: fastvare {{neg:version|2.8.5}}
05.03 {{PERSON|Marte Dahle}}: løst`),
  nb("chat", `{{PERSON|Nora Ellingsen}}  10:05
kan noen ringe {{PERSON|Bjørn Strøm}}? feil kontonummer {{neg:iban-checksum|NO12 9710 0528 413}}
{{PERSON|Tobias Lund}}  10:08
tar det, {{PHONE|468 21 937}}`),
  nb("note", `**Kunde:** {{PERSON|Silje Moen}}
**Mobil:** {{PHONE|980 13 462}}
**Kort:** {{neg:masked-card|**** 5517}}
- ring tilbake kl. {{neg:time|15:30}}`),
  nb("summary", `Automatisk sammendrag
• Kunde: {{PERSON|Vegard Holm}}
• Tema: nummeroverføring {{PHONE|452 96 108}}
• E-post: {{EMAIL|vegard.holm@example.net}}
• Rådgiver: {{PERSON|Ane}}`),
  nb("transcript", `RÅDGIVER: Trygg Forsikring, {{PERSON|Martin}}.
KUNDE: Hei, {{PERSON|Randi Sætre}} her, om en skade på bilen.
RÅDGIVER: Skadenummer?
KUNDE: {{neg:claim-number|BIL-5520931}}.
RÅDGIVER: Telefonnummer?
KUNDE: {{PHONE|412 07 683}}.
RÅDGIVER: Egenandel {{neg:amount|4 000 kr}}.`),
]

export const FI_FI = [
  fi("email", `Hei {{PERSON|Aino}},

palautimme {{neg:amount|45,90 €}} tilillesi.

Ystävällisin terveisin
{{PERSON|Juha Virtanen}}
Asiakaspalveluneuvoja | Järvisähkö Oy
Suora: {{PHONE|09 4257 3318}} | Matkapuhelin: {{PHONE|040 718 2293}}
Tämä viesti voi sisältää luottamuksellista tietoa.

ti 4.3.2025 klo 10.12 {{PERSON|Aino Heikkinen}} ({{EMAIL|aino.heikkinen@example.fi.example}}) kirjoitti:
> Tilinumeroni on {{IBAN|FI39 1590 3000 0412 86}}.`),
  fi("chat", `[05.03.2025 klo 19.10] {{PERSON|Mikko Laaksonen}}: moi, netti ei toimi
[05.03.2025 klo 19.11] Chatbot: Yhdistän sinut asiakaspalvelijalle.
[05.03.2025 klo 19.14] {{PERSON|Laura}} (asiakaspalvelu): Hei {{PERSON|Mikko}}! Alueella {{neg:postcode|33100}} on vika, korjataan klo {{neg:time|21.00}} mennessä.
[05.03.2025 klo 19.15] {{PERSON|Mikko Laaksonen}}: ok, tekstaa {{PHONE|050 463 1187}}`),
  fi("note", `Asiakas;Puhelin;Sähköposti;Huomio
{{PERSON|Satu Korhonen}};{{PHONE|+358 44 912 3076}};{{EMAIL|satu.korhonen@example.com}};irtisanominen {{neg:date|31.3.2025}}
{{PERSON|Timo Räsänen}};{{PHONE|03 3125 4480}};;maksusuunnitelma {{neg:amount|60 €}}/kk`),
  fi("summary", `Puhelumuistio {{neg:date|6.3.2025}}
Asiakas {{PERSON|Eila Mäkinen}} soittaa kotivakuutuksesta {{neg:policy-number|KV-3304127}}. Korvaus tilille {{IBAN|FI45 4055 0012 3380 47}}. Puhelin {{PHONE|045 216 7093}}. Käsittelijä: {{PERSON|Ville Salonen}}.`),
  fi("email", `Lähettäjä: {{PERSON|Pekka Lindroos}} <{{EMAIL|pekka.lindroos@example.org}}>
Lähetetty: maanantai 3. maaliskuuta 2025 8.50
Vastaanottaja: Asiakaspalvelu <{{EMAIL|asiakaspalvelu@saimaanvesi.example}}>
Aihe: Kortti hylätty

Hei, korttini {{CARD|4920 6603 1587 4420}} hylätään. Soittakaa {{PHONE|041 530 2868}}.`),
  fi("ticket", `Tiketti {{neg:ticket-number|TIK-48120}}
04.03 {{PERSON|Riikka Nieminen}}: asiakas {{PERSON|Jari Kettunen}}, reititin {{IP_ADDRESS|fd00:12:34::1}}, puh. {{PHONE|014 338 2107}}
04.03 {{PERSON|Riikka Nieminen}}: laiteohjelmisto {{neg:version|5.1.4}}
05.03 {{PERSON|Riikka Nieminen}}: ratkaistu`),
  fi("chat", `{{PERSON|Hanna Lehtonen}}  14:12
voiko joku soittaa {{PERSON|Markku Aaltoselle}}? väärä tilinumero {{neg:iban-checksum|FI12 4055 0012 3380 47}}
{{PERSON|Joni Peltola}}  14:15
hoidan, {{PHONE|040 582 1736}}`),
  fi("note", `**Asiakas:** {{PERSON|Noora Hiltunen}}
**Puhelin:** {{PHONE|050 391 2754}}
**Kortti:** {{neg:masked-card|**** 8842}}
- soitto takaisin klo {{neg:time|12.30}}`),
  fi("summary", `Automaattinen yhteenveto
• Asiakas: {{PERSON|Anssi Karjalainen}}
• Aihe: numeronsiirto {{PHONE|044 708 3152}}
• Sähköposti: {{EMAIL|anssi.karjalainen@example.net}}
• Asiakaspalvelija: {{PERSON|Tiina}}`),
  fi("transcript", `ASIAKASPALVELIJA: Turva Vakuutus, {{PERSON|Oona}}.
ASIAKAS: Hei, {{PERSON|Kalevi Hirvonen}} täällä, autovahingosta.
ASIAKASPALVELIJA: Vahinkonumero?
ASIAKAS: {{neg:claim-number|VH-2025-3317}}.
ASIAKASPALVELIJA: Puhelinnumero?
ASIAKAS: {{PHONE|045 127 6094}}.
ASIAKASPALVELIJA: Korvaus {{neg:amount|1 250 €}} maksetaan {{neg:date|14.3.2025}}.`),
]

// de-AT texts, written one by one: Austrian lift and heating service desks, a SaaS help desk, a forwarder and customs
// agent in Linz and Graz, and a Viennese office landlord's tenant desk.
import { mk } from "./mk.ts"

const at = mk("de-AT")

export const DE_AT = [
  at("ticket", `Alpenlift Service GmbH · Störung {{neg:ticket-number|ALS-2026-08817}}
Anlage: Personenaufzug A1, Bürohaus Lassallestraße, {{neg:postcode|1020}} Wien
Gemeldet {{neg:date|02.12.2026}} {{neg:time|07:48}} von Hausbetreuer {{PERSON|Dragan Petrović}}, {{PHONE|0664 518 3390}}
Monteur-Hotline: {{PHONE|0732 77 12 40}}
Befund: Türschwert verstellt, nachjustiert. Anlage wieder in Betrieb. Nächste Wartung lt. Vertrag {{neg:contract-number|WV-44190}}.`),
  at("email", `Von: {{PERSON|Magdalena Stöckl}} <{{EMAIL|m.stoeckl@example.net}}>
An: {{EMAIL|support@kontora.example.com}}
Betreff: IP-Freigabe für Filiale Graz

Liebes Support-Team,
bitte die Adresse {{IP_ADDRESS|198.51.100.36}} für unseren Mandanten {{neg:account-number|KT-AT-00712}} freischalten. Die alte {{IP_ADDRESS|198.51.100.35}} kann raus.
Wir sind auf Version {{neg:version|3.9.4}}.

Liebe Grüße
{{PERSON|Magdalena Stöckl}}
Tel. {{PHONE|0316 82 44 71}}`),
  at("chat", `#einsatz-heizung · Wärmeservice Donautal
[06:52] Disposition: Gaskessel Volksschule Aspern Störung F.28, kein Warmwasser
[06:53] Techniker 07: Schulwart {{PERSON|Erwin Gruber}} sperrt ab 7 auf, {{PHONE|0676 842 1193}}
[06:55] Disposition: ok fahr hin. Brauch ich die {{neg:name-word|lange}} Leiter?
[06:56] Techniker 07: nein, Kessel steht im Keller. Auftrag {{neg:order-number|WD-31205}}`),
  at("form", `Subunternehmer-Stammdaten — Alpenlift Service GmbH
Firma: Montagen NK e.U.
Ansprechpartner: {{PERSON|Nikola Kovačević}}
UID: {{neg:tax-id|ATU68124493}}
Telefon: {{PHONE|+43 664 381 2207}}
E-Mail: {{EMAIL|office@montagen-nk.example.net}}
IBAN: {{IBAN|AT07 4300 0123 4567 8933}}
PLZ/Ort: {{neg:postcode|8020}} Graz`),
  at("ticket", `Tauern Spedition & Zollagentur · Import {{neg:booking-ref|TSZ-I-60418}}
Container {{neg:tracking-number|HLXU 120457 3}} via Koper, Bahn nach Linz, ETA {{neg:date|9. Dezember}}
Empfänger: Ennstaler Metallbau GmbH, z. Hd. {{PERSON|Ursula Hofbauer}}, {{PHONE|+43 662 87 31 55}}
Zolltarifnummer {{neg:reference|7318.15.95}}, EUSt und Zoll gesamt {{neg:amount|€ 7.412,30}}
Frächter-Dispo {{PHONE|0662 43 90 17}}, Kennzeichen {{neg:plate|L-48217X}}`),
  at("email", `Von: Buchhaltung Gürtelhof Immobilienverwaltung <{{EMAIL|buchhaltung@example.net}}>
An: {{PERSON|Sebastian Wallner}}
Betreff: Betriebskostenabrechnung 2025 — Guthaben

Sehr geehrter Herr {{PERSON|Wallner}},
die Abrechnung ergibt ein Guthaben von {{neg:amount|1.284,50 €}}. Die von Ihnen angegebene Bankverbindung {{neg:iban-checksum|AT96 1200 0520 6654 3301}} ist leider ungültig; wir überweisen an {{IBAN|AT87 1200 0520 6654 3301}}, sofern Sie das bis {{neg:date|15. Dezember}} bestätigen.
Rückfragen: {{PERSON|Sabine Haslinger}}, {{PHONE|01 512 48 36}}`),
  at("ticket", `Kontora Support · Ticket {{neg:ticket-number|KT-91422}} · "Benutzer sperren"
Angelegt von {{PERSON|Thomas Eder}} (Admin)
Bitte den Zugang von {{PERSON|Lejla Hadžić}} deaktivieren, Austritt {{neg:date|30.11.2026}}.
> 2026-11-30 18:04:12 INFO session.end user="{{PERSON|Lejla Hadžić}}" ip={{IP_ADDRESS|fd4e:21a0::3c}}
Erledigt vom 2nd-Level ({{PHONE|01 604 21 88}}) um {{neg:time|09:20}}. Lizenz freigegeben.`),
  at("chat", `Teams · Tenant Desk Gürtelhof
[13:05] Empfang Gürtelhof: Mieter 3. OG fragt nach Zutrittskarte für Reinigungsfirma
[13:06] Objektleitung: Firma? Ansprechperson?
[13:07] Empfang Gürtelhof: SaubaPlus, Vorarbeiterin {{PERSON|Ayşe Kaya}}, {{PHONE|0699 1733 4820}}. Karten {{neg:serial-number|ZK-7710}} und {{neg:serial-number|ZK-7711}}
[13:09] Objektleitung: passt, Kaution {{neg:amount|50 Euro}} pro Karte`),
  at("form", `auftrag;kunde;adresse;kontakt;telefon;geraet;termin
{{neg:order-number|WD-31377}};Hotel Stadtpark;Landstraßer Hauptstraße 2, {{neg:postcode|1030}} Wien;{{PERSON|Reinhard Schöberl}};{{PHONE|+43 1 713 2284}};Brennwerttherme (SN {{neg:serial-number|VC-4412098}});{{neg:date|04.12.2026}} {{neg:time|08:00}}`),
  at("email", `Von: {{PERSON|Katarína Horváthová}} <{{EMAIL|k.horvathova@example.org}}>
An: {{EMAIL|zoll@tauern-spedition.example.net}}
Cc: {{PERSON|Markus Steiner}}
Betreff: AW: Zahlung Zoll Sendung {{neg:tracking-number|235-61047722}}

Hallo Herr {{PERSON|Steiner}},
die Zollgebühr bezahlen wir per Firmenkreditkarte, {{CARD|5356 1290 8847 1202}}, gültig bis {{neg:card-expiry|11/27}}. Bitte nur diesen Betrag ({{neg:amount|€ 612,40}}) belasten.
Mit freundlichen Grüßen
{{PERSON|Katarína Horváthová}}, Einkauf`),
  at("ticket", `Alpenlift · Ersatzteilbestellung {{neg:order-number|BE-2026-1143}}
Für Anlage Seestadt Büroturm, Aufzug 4
Bestellt über Lager {{PHONE|0316 71 82 05}} · Lieferant-Kontakt {{PERSON|Jelena Marković}} {{PHONE|0512 58 40 92}}
Teile: Tragseil 8 mm (4 Stk), Bremsbelag-Satz
Zahlung per Karte {{CARD|4026 1339 5587 4210}} (vom Lieferanten telefonisch verlangt — Vorgang an Compliance gemeldet, {{PHONE|+43 664 904 1178}})`),
  at("chat", `Slack #kontora-billing
[10:40] Buchhaltung 2: Kunde hat Rechnung {{neg:invoice-number|R-2026-04418}} doppelt überwiesen
[10:41] Kundenservice Billing: Rückzahlung an welche IBAN?
[10:41] Buchhaltung 2: {{IBAN|AT24 2011 1822 2121 9800}}, Betrag {{neg:amount|€ 2.160,00}}
[10:42] Kundenservice Billing: ok, ich {{neg:name-word|will}} das noch mit dem Kunden abklären`),
  at("form", `Besucheranmeldung Bürohaus Gürtelhof
Name des Besuchers: {{PERSON|Rafał Zieliński}}
Firma: Klimatechnik Nord
Besuchter Mieter: Steuerberatung Auer & Partner
Mobil: {{PHONE|0650 277 1846}}
Datum/Uhrzeit: {{neg:date|07.12.2026}} {{neg:time|10:30}}
Ausweis-Nr.: {{neg:reference|P 4471820}}`),
  at("email", `Von: {{PERSON|Gerhard Pointner}} <{{EMAIL|g.pointner@example.com}}>
An: {{EMAIL|service@waermeservice-donautal.example.net}}
Betreff: Wartungsvertrag Heizung — Rechnung

Grüß Gott,
die Rechnung {{neg:invoice-number|WD-R-8812}} über {{neg:amount|412,80 €}} zahlen wir an Ihr deutsches Konto {{IBAN|DE23 5001 0517 5406 8912 34}}, richtig?
Der Techniker {{PERSON|Samir Hodžić}} war am {{neg:date|27. November}} da, sehr zufrieden.
{{PERSON|G. Pointner}}`),
  at("ticket", `Tauern Spedition · Luftfracht Export · {{neg:tracking-number|AWB 257-30418865}}
Versender: Zillertaler Glashütte, Kontakt {{PERSON|Theresa Kröll}}, {{PHONE|0664 207 5518}}
Empfänger: Kyoto Crafts Co., attn {{PERSON|Aiko Matsumoto}}
Warennummer {{neg:reference|7013.37.99}}, 2 Colli, 64 kg
Update {{neg:time|15:10}}: {{PERSON|Theresa Kröll}} bittet um Rückruf bzgl. Exportanmeldung {{neg:reference|ATX-26-0091832}}.`),
]

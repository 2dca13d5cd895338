// Swiss German and Belgian French texts (three of each locale's fifteen in English), written one by one: Inkasso and
// recouvrement calls and letters (a Betreibung, a double payment, a cession de créance, a father who died), Mängelmeldungen,
// a Nebenkostenabrechnung and a décompte de charges, a lockout, facade works, learner support (a married name, an
// account takeover, a proctoring flag, training vouchers), and appliance desks (warranty calls, a recall, a scratched
// floor, a spare part), with QR references and structured communications, of a debt-collection agency, a property
// manager, an online-course platform and an appliance warranty and repair desk.
import { mk } from "./mk.ts"

const ch = mk("de-CH")
const be = mk("fr-BE")

export const DE_CH = [
  ch("call", `Anrufnotiz Inkasso — Dossier {{neg:case-number|KI-2026-004718}} — {{neg:date|09.03.2026}}, {{neg:time|14.20 Uhr}}
Schuldner: Herr {{PERSON|Beat Gisler}}. Forderung der Krankenkasse Alpina für Prämienausstände Oktober bis Dezember 2025, total {{neg:amount|CHF 1'386.45}} inkl. Mahngebühren.
Die Betreibung läuft, Zahlungsbefehl Nr. {{neg:case-number|26-041187}} des Betreibungsamts Winterthur. Er hat keinen Rechtsvorschlag erhoben und will jetzt eine Lösung, bevor gepfändet wird.
Vereinbart: Ratenzahlung 6 × {{neg:amount|CHF 231.10}}, erste Rate per {{neg:date|31.03.2026}}. Der QR-Einzahlungsschein mit Referenz {{neg:payment-ref|00 00000 00004 41002 60312 55773}} geht per Post.
Rückrufnummer, so wie er sie diktiert hat: {{PHONE|null sieben neun, zwei drei neun, zwölf, achtundachtzig}}. Im Geschäft ({{neg:company|Gisler Sanitär AG}}) bitte nicht anrufen, seine Mitarbeitenden wissen nichts davon.`),

  ch("email", `Von: {{PERSON|Regula Baumgartner}} <{{EMAIL|regula.baumgartner@example.ch}}>
An: Inkasso <{{EMAIL|inkasso@example.ch}}>
Betreff: Dossier {{neg:case-number|KI-2026-003902}} – Doppelzahlung Februar

Grüezi

Ich habe die Rate vom Februar ({{neg:amount|CHF 180.00}}) versehentlich zweimal überwiesen, am {{neg:date|02.02.2026}} und am {{neg:date|05.02.2026}}. Bitte zahlen Sie den zu viel bezahlten Betrag auf mein Konto bei der Kantonalbank zurück: {{IBAN|CH65 0070 0110 0044 7182 0}}.

Auf Ihrer letzten Abrechnung steht übrigens noch {{neg:iban-checksum|CH28 0900 0000 8532 7440 2}} als mein Konto. Das ist falsch abgeschrieben (die Prüfziffer geht nicht auf) und ausserdem habe ich das Postkonto gekündigt.

Freundliche Grüsse
{{PERSON|Regula Baumgartner}}
Tel. {{PHONE|044 384 27 61}}

---
Antwort von {{neg:company|Kessler Inkasso AG}}:
Sehr geehrte Frau {{PERSON|Baumgartner}}, die Rückzahlung von {{neg:amount|CHF 180.00}} ist veranlasst (Valuta {{neg:date|13.03.2026}}). Ihr Dossier weist danach noch {{neg:amount|CHF 540.00}} aus, also drei Raten. Die alte Kontoangabe haben wir gelöscht.
Mit freundlichen Grüssen, Kundendienst, Tel. {{PHONE|043 211 96 08}}`),

  ch("chat", `[Zahlungsassistent] Grüezi! Geben Sie bitte Ihre Dossiernummer ein.
Besucher: {{neg:case-number|KI-2026-005533}}
[Zahlungsassistent] Offener Betrag: {{neg:amount|CHF 96.40}}. Möchten Sie mit Karte bezahlen?
Besucher: ja aber es kommt immer ein Fehler
[Zahlungsassistent] Ich verbinde Sie mit einer Mitarbeiterin.
Mitarbeiterin: Guten Tag, hier ist {{PERSON|Corinne Wyss}}. Die Kartennummer, die Sie eingegeben haben, {{neg:luhn-invalid|4796 3220 4851 9067}}, ist ungültig – wahrscheinlich ein Zahlendreher am Schluss.
Besucher: sorry, {{CARD|4796 3220 4851 9076}} gültig bis {{neg:card-expiry|09/28}}
Mitarbeiterin: Danke, die Zahlung ist durch und das Dossier damit erledigt. Ich lösche die Kartennummer aus dem Verlauf. Wohin darf ich die Quittung schicken?
Besucher: {{EMAIL|d.petrovic78@example.ch}}
Mitarbeiterin: Ist verschickt. Schönen Tag noch!`),

  ch("note", `Mängelmeldung {{neg:case-number|MM-2026-1187}} — Liegenschaft {{neg:property-ref|Obj. 4410}}, {{neg:street|Pestalozzistrasse 18}}, {{neg:postcode|8032}} Zürich, {{neg:unit-number|Whg. 3.2}} (3. OG links)
Gemeldet am {{neg:timestamp|11.03.2026, 07:48}} via Mieterportal von {{PERSON|Sandra Imhof}}: Geschirrspüler ({{neg:appliance-model|V-ZUG Adora 55}}) zeigt {{neg:error-code|F20}}, Wasser bleibt stehen.
Hauswart {{PERSON|Kurt Ammann}} war vor Ort: Pumpe blockiert, Gerät Baujahr 2014. Reparatur lohnt sich nicht, Ersatz offerieren.
Offerte {{neg:company|Hofstetter Haustechnik GmbH}}: {{neg:amount|CHF 1'940.–}} inkl. Montage und Entsorgung. Eigentümerin (Frau {{PERSON|Lehmann}}) per Mail um Freigabe gebeten.
Mieterin erreichbar unter {{PHONE|079 412 58 03}}, ab 17 Uhr; Schlüssel beim Hauswart.`),

  ch("email", `Von: Bewirtschaftung <{{EMAIL|bewirtschaftung@example.ch}}>
An: {{EMAIL|lukas.brunner@example.com}}
Betreff: Nebenkostenabrechnung 2025 – {{neg:unit-number|Whg. 1.4}}, {{neg:street|Schönbergweg 7}}, {{neg:postcode|3006}} Bern

Sehr geehrter Herr {{PERSON|Brunner}}

Die Nebenkostenabrechnung 2025 für Ihre Wohnung ({{neg:area|72 m²}}) ergibt bei Akontozahlungen von {{neg:amount|CHF 2'160.00}} und effektiven Kosten von {{neg:amount|CHF 2'572.60}} eine Nachzahlung von {{neg:amount|CHF 412.60}}. Grund sind vor allem die Heizkosten und der Ersatz der Umwälzpumpe, die im {{neg:name-word|Sommer}} ausgestiegen ist.

Bitte überweisen Sie den Betrag innert 30 Tagen mit dem beiliegenden QR-Einzahlungsschein (Referenz {{neg:payment-ref|00 00000 02604 18830 00077 00106}}). Sie können innert 30 Tagen Einsicht in die Belege verlangen.

Freundliche Grüsse
{{PERSON|Martina Gerber}}, Bewirtschafterin
{{PHONE|031 322 64 18}}

---
> Guten Tag, ich zahle in zwei Raten. Für Rückzahlungen gilt neu mein Konto {{IBAN|CH04 8080 8005 5129 0336 7}}. Erreichbar bin ich unter {{PHONE|076 338 41 97}}. Gruss, {{PERSON|Lukas Brunner}}`),

  ch("chat", `Tenant portal — chat (English)
Tenant: Hi, the heating in our flat has been off since last night. It's 16 degrees inside and we have a baby.
Agent: Good morning, this is {{PERSON|Yvonne Stalder}} from the property management. Which building are you in?
Tenant: {{neg:street|Baarerstrasse 41}}, flat {{neg:unit-number|5.1}}, Zug
Agent: Thank you. The boiler for the whole building has a fault; {{neg:company|Keller Wärmetechnik AG}} will be there by 11:00. I'll also bring you an electric heater this morning.
Tenant: Can the technician call me when he arrives? I'm working from home. {{PHONE|077 590 12 86}}
Agent: Noted. Which name should he ask for?
Tenant: {{PERSON|Aidan Fitzgerald}}
Agent: Thanks. If the heating is off for more than a day you can ask for a rent reduction; I'll note the start time ({{neg:timestamp|15.03.2026, 22:30}}). Where should I send the confirmation?
Tenant: {{EMAIL|aidan.fitzgerald@example.ie}}`),

  ch("call", `Telefonnotiz {{neg:date|16.03.2026}} — Wasserschaden — {{neg:street|Güterstrasse 112}}, {{neg:postcode|4053}} Basel, {{neg:unit-number|Whg. 4.1}}
Anruferin {{PERSON|Nadia Bianchi}}: Wasser tropft im Bad von der Decke, vermutlich aus der Wohnung darüber (Mieter in den Ferien). Notfall-Sanitär aufgeboten, Hauptleitung im Keller zugedreht.
Nachbar im 5. OG, {{PERSON|Reto Schmid}}, hat einen Schlüssel; erreicht über {{PHONE|+41 79 263 44 81}}. Ursache: geplatzter Flexschlauch unter dem Lavabo.
Gebäudeversicherung informiert, Schadennummer {{neg:case-number|SCH-26-77014}}. Trocknungsgeräte ab morgen für ca. 10 Tage; Stromkosten werden der Mieterin vergütet.
Rückrufnummer der Mieterin, wie sie sie gesagt hat: {{PHONE|null sechs eins, zwei sieben drei, fünfundachtzig, vierundvierzig}}.`),

  ch("chat", `Lernenden-Support – Chat
Lernende: Hallo, mein Zertifikat für den Kurs «Projektmanagement Grundlagen» ({{neg:course-id|PMG-104}}) zeigt den falschen Namen.
Support: Hallo! Ich bin {{PERSON|Jana Kälin}}. Welcher Name steht drauf?
Lernende: «{{PERSON|Anna-Lena Vögeli}}» statt «{{PERSON|Anna-Lena Vögeli-Rüegg}}». Ich habe im Herbst geheiratet.
Support: Das passe ich an. Bitte bestätigen Sie mir Ihre E-Mail-Adresse.
Lernende: {{EMAIL|al.voegeli@example.ch}}
Support: Danke. Das neue Zertifikat hat die Nummer {{neg:certificate-id|ZRT-PMG104-2026-00871}}, das alte wird ungültig. Noch etwas: Ihr Konto war gestern um {{neg:time|22.13 Uhr}} von {{IP_ADDRESS|203.0.113.58}} aus angemeldet. Waren Sie das?
Lernende: Ja, im Hotel in Lugano.
Support: Gut, dann ist alles in Ordnung. Bitte aktualisieren Sie die App auf {{neg:version|6.4.1}}, die ältere Version zeigt Zertifikate manchmal doppelt an.`),

  ch("note", `Sicherheitsnotiz — Lernkonto {{neg:learner-id|L-2041778}}
{{neg:timestamp|2026-03-10T03:12:44Z}} Login von {{IP_ADDRESS|2001:db8:85a3:1f::7}} (neues Gerät, Browser Firefox)
{{neg:timestamp|2026-03-10T03:14:02Z}} E-Mail geändert: {{EMAIL|m.hofstetter@example.ch}} → {{EMAIL|mh.kurse2026@example.com}}
{{neg:timestamp|2026-03-10T03:15:30Z}} Gutschein eingelöst (Wert {{neg:amount|CHF 150.–}})
Der Lernende {{PERSON|Marco Hofstetter}} hat sich heute Morgen gemeldet ({{PHONE|052 214 39 07}}): Er war es nicht. Seine bisherigen Logins kamen alle von {{IP_ADDRESS|192.168.10.24}} über den Firmen-Proxy.
Massnahmen: Konto gesperrt, E-Mail zurückgesetzt, Gutschein storniert, MFA erzwungen. Zwei gebuchte Kurse ({{neg:course-id|WEB-220}}, {{neg:course-id|DATA-310}}) unverändert.`),

  ch("email", `From: Billing <{{EMAIL|billing@example.ch}}>
To: {{EMAIL|finance@example.com}}
Subject: Invoice {{neg:invoice-number|RE-2026-00362}} — 25 learner licences

Dear Ms {{PERSON|Oberholzer}},

Please find attached our invoice for 25 annual licences for your staff at {{neg:company|Brunner & Steiner Treuhand AG}} ({{neg:amount|CHF 390.00}} each, total {{neg:amount|CHF 9'750.00}} excl. VAT).

Payment within 30 days to:
  Account holder: Campus Digital AG
  IBAN: {{IBAN|CH89 0023 5235 4119 2007 0}}
  QR reference: {{neg:payment-ref|00 00000 00000 00073 31048 20198}}

Your account manager {{PERSON|Fabienne Rochat}} can be reached directly on {{PHONE|+41 44 298 71 50}}.

Kind regards,
{{PERSON|Luca Moretti}}
Accounts Receivable`),

  ch("call", `Anruf Garantieservice — {{neg:date|13.03.2026}}
Kundin {{PERSON|Ursula Zbinden}}, Thun. Waschmaschine {{neg:appliance-model|V-ZUG Adora SLQ}}, Modell {{neg:model-number|AW6T4F11}}, Fabrikationsnummer {{neg:serial-number|11025 004718}}, Kaufdatum {{neg:date|18.04.2024}} → noch in Garantie.
Fehler {{neg:error-code|E:36}} nach dem Schleudern, Tür bleibt verriegelt, Wäsche nass drin.
Techniker-Termin am Dienstag, 8–12 Uhr. Die Kundin hat ihre Handynummer so durchgegeben: {{PHONE|null sieben acht, neun null eins, vierzig, siebzehn}}. Festnetz {{PHONE|033 222 41 09}} nur abends.
Sie fragte, ob wir die Wäsche vorher rausholen können: Notentriegelung erklärt (Klappe unten rechts).`),

  ch("note", `Servicerapport {{neg:ticket-number|SR-26-30852}} — Techniker {{PERSON|Dominik Aebi}}
Kunde: {{PERSON|Jürg Stucki}}, {{neg:street|Dufourstrasse 44}}, {{neg:postcode|9000}} St. Gallen, {{PHONE|071 226 57 13}}
Gerät: {{neg:appliance-model|Miele G 7310 SC}}, Fab.-Nr. {{neg:serial-number|10/128448510}}, Software {{neg:version|3.12.0}}
Meldung {{neg:error-code|F14}} (Wasserzulauf). Auszug App-Protokoll:
  {{neg:timestamp|2026-03-12 18:03:21}} WLAN verbunden, IP {{IP_ADDRESS|192.168.1.112}}
  {{neg:timestamp|2026-03-12 19:47:05}} Programmabbruch Zulauf
Aquastop-Schlauch ersetzt, Testprogramm ohne Fehler. Garantiefall (Kauf 2024), keine Rechnung.`),

  ch("email", `Von: Garantieservice <{{EMAIL|garantie@example.ch}}>
An: {{EMAIL|s.mueller-odermatt@example.ch}}
Betreff: Ihre Garantieverlängerung {{neg:warranty-number|GV-2026-118834}}

Sehr geehrte Frau {{PERSON|Müller-Odermatt}}

Besten Dank für Ihre Bestellung. Die Garantie für Ihren Wäschetrockner {{neg:appliance-model|Schulthess Spirit 540}} (Seriennummer {{neg:serial-number|SP540-22-19083}}) ist bis am {{neg:date|14.03.2029}} verlängert. Der Betrag von {{neg:amount|CHF 189.–}} wurde Ihrer Mastercard {{neg:masked-card|•••• 6213}} belastet.

Bitte beachten Sie: Schäden durch fehlende Reinigung des Flusensiebs sind nicht gedeckt. Wir bitten Sie, diesen Hinweis {{neg:name-word|ernst}} zu nehmen, wir sehen ihn leider oft.

Im Garantiefall erreichen Sie uns unter {{PHONE|0848 802 313}}.

Freundliche Grüsse
{{neg:company|Schulthess Maschinen AG}}, Kundendienst`),

  ch("note", `Collector note (English-speaking debtor) — {{neg:case-number|KI-2026-006120}}
{{PERSON|Oliver Brennan}}, former employee of a Vaduz fiduciary, owes {{neg:amount|CHF 2'318.90}} to a Zurich language school (course fees 2025). Moved to Liechtenstein in January.
He agreed on the phone to {{neg:amount|CHF 400}} per month from April. Pays from his Liechtenstein account {{IBAN|LI88 0881 0000 0020 1765 1}}; asked us to put the dossier number in the payment note, not a QR reference.
Contact: {{PHONE|00423 236 11 90}} (office) or e-mail {{EMAIL|obrennan@example.li}}. Prefers English; do not send German letters without an English summary.
Review after the second instalment ({{neg:date|31.05.2026}}).`),

  ch("chat", `[Servicebot] Willkommen beim Reparaturservice. Worum geht es?
Kunde: Kaffeemaschine macht keinen Kaffee mehr, Display zeigt Fehler 8
[Servicebot] Bitte geben Sie die Seriennummer ein (Typenschild hinter dem Wassertank).
Kunde: {{neg:serial-number|4410-2205-8871}}
[Servicebot] Danke. Ich verbinde Sie mit einem Mitarbeiter.
Mitarbeiter: Grüezi, {{PERSON|Pascal Rüfenacht}} am Apparat. Ihre {{neg:appliance-model|Jura E8}} ist 26 Monate alt, die Garantie (24 Monate) ist leider abgelaufen. Die Pauschalreparatur kostet {{neg:amount|Fr. 249.–}}, inklusive Entkalkung und Rückversand.
Kunde: ok. Das Gerät ist {{neg:name-word|klein}} genug für ein Paket, oder?
Mitarbeiter: Ja, wir schicken Ihnen eine Versandbox. Ihre Adresse?
Kunde: {{PERSON|Heidi Lüthi}}, {{neg:street|Bahnhofstrasse 3}}, {{neg:postcode|5400}} Baden, Tel. {{PHONE|056 222 18 93}}
Mitarbeiter: Danke, Frau {{PERSON|Lüthi}}. Die Box kommt in zwei Tagen.`),
]

export const FR_BE = [
  be("call", `Appel entrant — recouvrement amiable — dossier {{neg:case-number|RA/2026/018844}} — {{neg:date|10/03/2026}} à {{neg:time|9h40}}
Débiteur : M. {{PERSON|Sébastien Marchal}}, facture impayée d'un fournisseur d'énergie ({{neg:invoice-number|FA-2025-0918237}}) de {{neg:amount|642,18 €}}, plus {{neg:amount|65,00 €}} de frais de rappel.
Il conteste les frais mais pas la facture. Expliqué que les frais sont plafonnés par la loi et que nous ne pouvons pas les retirer sans accord du créancier ; demande transmise.
Plan d'apurement proposé : 6 mensualités de {{neg:amount|107,03 €}}, premier paiement le {{neg:date|5 avril}}, avec la communication structurée {{neg:payment-ref|+++090/4183/37004+++}}.
Numéro de rappel, dicté par le débiteur : {{PHONE|zéro quatre septante-cinq, soixante et un, vingt-huit, nonante-quatre}}. Ne pas appeler avant 17h (travaille en équipe).`),

  be("email", `De : Service Recouvrement <{{EMAIL|recouvrement@example.be}}>
À : {{EMAIL|y.aitouali@example.be}}
Objet : Cession de créance — dossier {{neg:case-number|RA/2026/020317}}

Madame {{PERSON|Ait Ouali}},

Par la présente, nous vous informons que votre ancien fournisseur de télécommunications a cédé à notre mandant, le {{neg:date|12 janvier 2026}}, la créance qu'il détenait sur vous. Montant : {{neg:amount|486,12 €}} (principal {{neg:amount|431,12 €}}, frais de rappel {{neg:amount|55,00 €}}).
À partir de cette notification, seul un paiement sur le compte {{IBAN|BE97 0682 1539 0749}}, avec la communication {{neg:payment-ref|+++260/2031/94558+++}}, libère valablement.

Service Recouvrement

---
Réponse du {{neg:date|16/03/2026}} :
Bonjour, je n'ai jamais reçu de facture de ce montant ; mon abonnement a été résilié en 2024. Avant de payer quoi que ce soit, je veux une copie du contrat et des factures. Vous pouvez m'appeler au {{PHONE|0478 93 26 15}} après 18h.
{{PERSON|Yasmina Ait Ouali}}`),

  be("chat", `Chat — service recouvrement
Visiteuse : bonjour, mon père a reçu un courrier de chez vous mais il est décédé en janvier
Agent : Toutes nos condoléances, madame. Pouvez-vous me donner le numéro de dossier indiqué sur le courrier ?
Visiteuse : {{neg:case-number|RA/2026/019662}}
Agent : Merci. Le dossier est au nom de M. {{PERSON|Roger Stassart}}. Je suspends toute démarche dès maintenant. Pour clôturer, il nous faut une copie de l'acte de décès et savoir si la succession a été acceptée ou si les héritiers y ont renoncé.
Visiteuse : on a renoncé chez le notaire, en février
Agent : Dans ce cas la dette ne vous est pas transmise. Envoyez l'attestation de renonciation à {{EMAIL|successions@example.be}} et nous fermerons le dossier.
Visiteuse : d'accord. je suis sa fille, {{PERSON|Carine Stassart}}, si besoin {{PHONE|0465 38 72 91}}
Agent : Merci, madame {{PERSON|Stassart}}. Vous ne recevrez plus de courrier à son nom.`),

  be("note", `Collector note (English) — file {{neg:case-number|RA/2026/022960}}
Debtor {{PERSON|Henrik Sørensen}}, Danish, works for an EU agency in Brussels, unpaid gym membership (12 months, {{neg:amount|€ 588.00}}) from a club in Etterbeek that closed in 2025.
He says the club stopped the service in October and he owes only 9 months. Creditor's contract confirms the closure date. New balance agreed: {{neg:amount|€ 441.00}}, paid in 3 transfers from his Luxembourg account {{IBAN|LU28 0019 4006 4475 0000}} with communication {{neg:payment-ref|+++550/0176/20445+++}}.
Contact: {{PHONE|+32 485 02 73 19}} or {{EMAIL|henrik.sorensen@example.eu}}; also a Luxembourg mobile {{PHONE|00352 621 408 337}} when on mission.
Next step: check first transfer on {{neg:date|31/03/2026}}.`),

  be("note", `Note chantier — copropriété {{neg:property-ref|ACP-1127}}, {{neg:street|Rue de la Station 52}}, {{neg:postcode|1300}} Wavre
Rénovation des façades du {{neg:date|13 avril}} au {{neg:date|29 mai}} par {{neg:company|Renard Façades SRL}}. Échafaudage devant toutes les fenêtres ; les seuils en {{neg:name-word|pierre}} bleue fissurés seront remplacés.
Propriétaires à prévenir personnellement :
- {{neg:unit-number|lot 3}} : M. {{PERSON|Jean-Luc Piron}}, {{PHONE|0489 60 13 57}} (malvoyant, lui lire le planning au téléphone)
- {{neg:unit-number|lot 8}} : Mme {{PERSON|Amélie Fontaine}}, absente jusqu'au {{neg:date|20 avril}}, clés déposées chez le syndic
Budget voté en AG : {{neg:amount|186.400 € HTVA}}, appel de fonds en trois tranches.
Contact chantier : {{PERSON|Cédric Renard}}, {{PHONE|+32 470 58 39 26}}, présent tous les matins à 7h30.`),

  be("email", `De : Syndic — comptabilité <{{EMAIL|compta@example.be}}>
À : {{EMAIL|jonathan.dupuis@example.com}}
Objet : Décompte annuel des charges 2025 — Résidence Les Tilleuls ({{neg:property-ref|ACP-0841}}), {{neg:unit-number|appartement 2B}}

Monsieur {{PERSON|Dupuis}},

Veuillez trouver ci-joint le décompte des charges communes 2025 de votre appartement ({{neg:area|85 m²}}, 312/10.000es) :
  Provisions versées : {{neg:amount|2.160,00 €}}
  Charges réelles (chauffage, ascenseur, nettoyage, assurance) : {{neg:amount|2.497,35 €}}
  Solde à payer : {{neg:amount|337,35 €}}
Merci de verser le solde pour le {{neg:date|15/04/2026}} sur le compte de l'association des copropriétaires {{IBAN|BE59 0010 9374 5526}} avec la communication {{neg:payment-ref|+++721/0038/81506+++}}.

Cordialement,
{{PERSON|Isabelle Lemaire}}, gestionnaire
{{PHONE|+32 2 640 81 25}}

> Madame, la ligne « ascenseur » me semble double : il y a eu deux factures de 1.100 € pour le même contrat ? Merci de vérifier. {{PERSON|Jonathan Dupuis}}, {{PHONE|0471 82 09 56}}`),

  be("chat", `Ligne d'urgence — chat (23h48)
Locataire : je suis enfermé dehors, ma clé est restée à l'intérieur 😩 il fait 2 degrés
Permanence : Bonsoir, {{PERSON|Maxime}} de la permanence. À quelle adresse ?
Locataire : {{neg:street|Boulevard Émile Jacqmain 90}}, {{neg:postcode|1000}} Bruxelles, 4e étage
Permanence : Nous n'avons pas de double pour cet immeuble. Je peux envoyer un serrurier agréé, mais une ouverture de nuit est à vos frais, environ {{neg:amount|180 €}}.
Locataire : ok pas le choix
Permanence : Il vous appellera dans dix minutes. Votre numéro ?
Locataire : {{PHONE|0476 29 85 03}}
Permanence : Et votre nom, pour vérifier avec le bail ?
Locataire : {{PERSON|Arnaud Delhaize}}, {{neg:unit-number|app. 4B}}
Permanence : C'est bon, monsieur {{PERSON|Delhaize}}. Le serrurier vous demandera une pièce d'identité avant d'ouvrir.`),

  be("call", `Appel — locataire — {{neg:date|17/03/2026}}
Mme {{PERSON|Fatima Benali}}, {{neg:street|Chaussée de Charleroi 112}}, {{neg:postcode|6000}} Charleroi, {{neg:unit-number|app. 3}}. Humidité et moisissures dans la chambre des enfants depuis janvier ; elle a déjà aéré, acheté un déshumidificateur.
Le propriétaire (M. {{PERSON|Delvaux}}) ne répond plus. Expliqué que nous gérons le bien depuis le {{neg:date|1er mars}} et qu'un expert viendra mesurer l'humidité.
Elle demande une réduction de loyer ; transmis au propriétaire, pas d'engagement de notre part.
Numéro qu'elle a dicté : {{PHONE|zéro quatre huitante-six, trente-trois, septante, vingt et un}}. Son mari {{PERSON|Karim}} au {{PHONE|0456 71 30 92}}, à appeler seulement si elle ne répond pas.`),

  be("chat", `Support examens — chat
Apprenant : bonjour, mon examen final a été annulé, le message dit « comportement suspect »
Support : Bonjour, {{PERSON|Laure Bastin}} du service examens. Votre identifiant apprenant ?
Apprenant : {{neg:learner-id|APP-5318027}}
Support : Merci. La surveillance automatique a détecté une deuxième voix à {{neg:time|10h14}} et un visage hors du cadre. La session venait de {{IP_ADDRESS|2001:db8:be:7a::15}}.
Apprenant : c'est ma fille de 6 ans qui est entrée dans la pièce, je lui ai demandé de sortir
Support : Je comprends. J'ai regardé l'enregistrement : elle reste vingt secondes et vous ne lui parlez pas de l'examen. Je lève le signalement ; votre note de 15/20 est validée pour le module {{neg:course-id|GRH-330}}.
Apprenant : merci beaucoup !
Support : L'attestation vous arrivera par e-mail d'ici lundi. Bon week-end.`),

  be("email", `From: {{PERSON|Priya Venkataraman}} <{{EMAIL|priya.v@example.org}}>
To: Learner Support <{{EMAIL|support@example.be}}>
Subject: Invoice for my employer — order {{neg:order-number|CMD-2026-39261}}

Hello,

I took the "Data Protection Officer" course ({{neg:course-id|DPO-310}}) in February and paid {{neg:amount|€ 1,290.00}} myself. My employer in Brussels will reimburse me if the invoice is in the company's name. Could you reissue it to:
  {{neg:company|Vandenberghe & Claes Consulting BV}}, {{neg:street|Boulevard du Régent 37}}, {{neg:postcode|1000}} Brussels, VAT BE 0712.448.309

The refund of my payment (once they pay) can go to my own account, {{IBAN|BE06 1430 9281 1422}}.

Thanks a lot,
{{PERSON|Priya Venkataraman}}
Mobile {{PHONE|+32 460 21 88 47}}`),

  be("note", `Note comptable — paiement par chèques-formation — {{neg:date|16/03/2026}}
Client entreprise : {{neg:company|Lambotte & Heymans SRL}}, trois inscriptions à « Excel avancé » ({{neg:course-id|XLA-240}}), {{neg:amount|390 €}} par personne.
L'employeur paie en chèques-formation (30 € la pièce, dont 15 € pris en charge par la Région) : 13 chèques par inscrit.
Inscrits :
- {{PERSON|Quentin Lambotte}} — {{EMAIL|q.lambotte@example.be}}
- {{PERSON|Sarah Heymans}} — {{EMAIL|s.heymans@example.be}}
- {{PERSON|Didier Gobert}} — {{EMAIL|d.gobert@example.be}}
Les chèques de M. {{PERSON|Gobert}} ne sont pas encore arrivés chez l'émetteur ; relance envoyée au service RH ({{PHONE|081 22 73 40}}). Accès au cours ouvert en attendant, à bloquer le {{neg:date|30/04/2026}} si rien n'arrive.`),

  be("call", `Appel — rappel de sécurité sèche-linge — {{neg:date|13/03/2026}}
M. {{PERSON|Hervé Lecomte}}, Tournai, a reçu notre courrier de rappel concernant les sèche-linge {{neg:appliance-model|Candy GrandVita GVS H9A2TCEX}} fabriqués entre 2022 et 2023 (risque de surchauffe du moteur).
Numéro de série lu par le client : {{neg:serial-number|39005837 2211 0062}} → dans la série concernée.
Consigne : ne plus utiliser l'appareil et le débrancher. Technicien pour la modification gratuite mercredi matin.
Numéro dicté par le client : {{PHONE|zéro quatre septante-trois, quatre-vingt-six, douze, trente-neuf}}. Fixe {{PHONE|069 22 53 81}}.
Il demande un dédommagement pour les deux semaines sans sèche-linge : transmis au fabricant, sans promesse.
Dossier rappel {{neg:warranty-number|RC-SEC-2026-00918}}.`),

  be("email", `De : Service après-vente <{{EMAIL|sav@example.be}}>
À : {{EMAIL|isabelle.dethier@example.com}}
Objet : Devis de réparation — réfrigérateur {{neg:appliance-model|Liebherr CNd 5723}}

Madame {{PERSON|Dethier}},

Suite au passage de notre technicien {{PERSON|Jérôme Lambert}}, votre réfrigérateur (n° de série {{neg:serial-number|LH-84.117.032.9}}) a un compresseur défectueux. L'appareil a 3 ans et demi : hors garantie fabricant (2 ans).
Devis :
  Compresseur + gaz : {{neg:amount|389,00 €}}
  Main-d'œuvre : {{neg:amount|120,00 €}}
  Déplacement déjà payé ({{neg:amount|45 €}}, carte {{neg:masked-card|**** 4480}})
Vu le montant, un remplacement peut être plus judicieux ; nous vous laissons choisir. Pour accepter le devis, répondez à ce message ou appelez le {{PHONE|02 534 61 20}}.

Cordialement,
{{neg:company|Lambert Électroménager SRL}}`),

  be("note", `Réclamation livraison-installation {{neg:case-number|LIV-26-2207}}
Cliente : {{PERSON|Sophie Lambert}}, {{neg:street|Rue des Tanneurs 17}}, {{neg:postcode|5000}} Namur, {{PHONE|0498 37 60 29}}.
Livraison le {{neg:date|9 mars 2026}} d'un lave-vaisselle {{neg:appliance-model|Miele G 5210 SC}} par l'équipe de {{neg:company|Transports Jacquet SRL}}. En sortant l'ancien appareil, les livreurs ont rayé le parquet (trois traces d'environ 40 cm) et arraché le joint du plan de travail.
Photos reçues par e-mail ({{EMAIL|sophie.lambert.namur@example.be}}). Le transporteur reconnaît les faits ; devis du parqueteur : {{neg:amount|640 €}}.
Proposition : remboursement du devis plus un geste de {{neg:amount|50 €}}. Cliente d'accord au téléphone, confirmation écrite à envoyer.`),

  be("chat", `Parts shop — chat (English)
Customer: hi, I need a new door seal for my washing machine, the rubber ring. Model {{neg:appliance-model|Whirlpool FFB 8458 WV}}
Agent: Hello! I'm {{PERSON|Jonas Peeters}}. The seal for that model is part {{neg:model-number|C00524532}}, {{neg:amount|€ 64.90}} plus {{neg:amount|€ 6.95}} shipping. Shall I order it?
Customer: yes. card {{neg:luhn-invalid|4518 6309 7126 4895}}
Agent: That number doesn't pass the check, maybe a typo in the last digits?
Customer: sorry, {{CARD|4518 6309 7126 4859}} exp {{neg:card-expiry|01/28}}
Agent: Payment accepted, order {{neg:order-number|PT-2026-70913}}, delivery in two or three days to the address on your account. I've removed the card number from the chat. Confirmation to which e-mail?
Customer: {{EMAIL|k.obrien.bxl@example.ie}}
Agent: Sent. There's a fitting video in the app if you want to do it yourself.`),
]

// Dutch and Italian texts (three of each locale's fifteen in English), written one by one: incasso calls with
// betalingsregelingen and a payment holiday, a time-barred claim, a creditor's batch of files, a bank transfer's
// reference, reparatieverzoeken, mice, servicekosten, a lift breakdown, a notice to quit, a suspected holiday sublet,
// learner-support chats and notes (certificaten, dyslexia adjustments, an auto-renewal, plagiarism), and appliance
// calls, quotes and reports (spoiled food, a fake warranty call, a third failed repair), of a debt-collection agency, a
// property manager, an online-course platform and an appliance warranty and repair desk.
import { mk } from "./mk.ts"

const nl = mk("nl-NL")
const it = mk("it-IT")

export const NL_NL = [
  nl("call", `Telefoonnotitie incasso — dossier {{neg:case-number|INC-2026-07731}} — {{neg:date|10-03-2026}} {{neg:time|11:05}}
Debiteur: dhr. {{PERSON|Daan Mulder}}, openstaande nota van een zorgverzekeraar (eigen risico 2025), hoofdsom {{neg:amount|€ 385,00}} plus {{neg:amount|€ 57,75}} incassokosten.
Hij werkt als {{neg:name-word|bakker}} en begint om vier uur 's nachts, dus bellen na 14:00. Inkomen is wisselend sinds zijn contract omgezet is naar oproep.
Betalingsregeling afgesproken: 8 termijnen van {{neg:amount|€ 55,35}}, eerste termijn op {{neg:date|1 april}}. Bevestiging per post.
Terugbelnummer zoals hij het opgaf: {{PHONE|nul zes, eenentwintig, drieënveertig, zesenzeventig, achtenvijftig}}. Zijn vriendin ({{PERSON|Sanne}}) weet niets van de schuld — niet met haar bespreken.`),

  nl("email", `Van: {{PERSON|Ilse Brouwer}} <{{EMAIL|ilse.brouwer@example.nl}}>
Aan: Incasso <{{EMAIL|incasso@example.nl}}>
Onderwerp: Dossier {{neg:case-number|INC-2026-06904}} — al betaald!

Geachte heer, mevrouw,

U stuurde mij op {{neg:date|4 maart 2026}} een tweede aanmaning voor {{neg:amount|€ 212,40}}. Dat bedrag heb ik op {{neg:date|18-02-2026}} al overgemaakt naar de schuldeiser zelf, van mijn rekening {{IBAN|NL39 RABO 0315 2864 07}}. Het afschrift zit in de bijlage.

Op uw brief staat als rekeningnummer voor betalingen {{neg:iban-checksum|NL86 ABNA 0583 1174 23}}; mijn bank-app geeft aan dat dat nummer niet klopt. Misschien goed om na te kijken.

Graag ontvang ik schriftelijk dat het dossier gesloten is. Bellen mag ook: {{PHONE|06 1938 4402}}.

Met vriendelijke groet,
{{PERSON|Ilse Brouwer}}
{{neg:street|Johan de Wittlaan 12}}, {{neg:postcode|2517 JR}} Den Haag`),

  nl("chat", `Klantportaal incasso — chat
Klant: hoi, ik heb een regeling bij jullie maar deze maand lukt de termijn niet, mijn auto moest naar de garage
Medewerker: Hallo, met {{PERSON|Yusuf Kaya}}. Wat is je dossiernummer?
Klant: {{neg:case-number|INC-2026-05388}}
Medewerker: Dank je. Je hebt nog 5 termijnen van {{neg:amount|€ 62,50}}. Ik kan de termijn van april één keer overslaan; dan schuift alles een maand op en wordt de laatste termijn {{neg:date|1 oktober}}. Wel graag een kopie van de garagerekening.
Klant: kan ik die mailen?
Medewerker: Ja, naar {{EMAIL|regelingen@example.nl}}, met je dossiernummer erbij.
Klant: top. mijn nummer is trouwens veranderd, het is nu {{PHONE|06 3827 5091}}
Medewerker: Aangepast. Let op: als de termijn van mei ook niet binnenkomt, vervalt de regeling.`),

  nl("note", `Collector note (English) — file {{neg:case-number|INC-2026-09015}}
Debtor {{PERSON|Tomasz Nowicki}}, Polish, works at a distribution centre in Venlo via an agency. Unpaid rent to his former housing provider: {{neg:amount|€ 1,140.00}} (two months, December 2025 and January 2026 — see lease).
He says the agency deducted rent from his salary for December; payslip received, shows {{neg:amount|€ 570.00}} deducted. Creditor asked to confirm; balance likely {{neg:amount|€ 570.00}}.
Payment plan: {{neg:amount|€ 95}} a month for 6 months from his German account {{IBAN|DE22 1001 0010 0918 2736 45}} (he lives just across the border in Straelen).
Contact: {{PHONE|0031 6 3950 2174}} (WhatsApp ok), {{EMAIL|tnowicki@example.pl}}. Speaks English and some German, no Dutch.`),

  nl("note", `Reparatieverzoek {{neg:case-number|RV-26-04418}} — complex Hof van Delft ({{neg:property-ref|HvD-03}}), {{neg:street|Phoenixstraat 61}}, {{neg:postcode|2611 AL}} Delft, {{neg:unit-number|3-hoog}}
Melding {{neg:timestamp|12-03-2026 08:17}} via huurdersportaal door {{PERSON|Mohamed Bouzid}}: lekkage bij de afvoer van de douche, water loopt door naar de benedenburen (mevr. {{PERSON|Hoekstra}}, 2-hoog).
Loodgieter {{neg:company|Jansen & Zn. Installatietechniek B.V.}} ingepland voor vandaag 13:00–15:00; contactpersoon {{PERSON|Kees Jansen}}, {{PHONE|06-57204419}}.
Het is een {{neg:name-word|klein}} lek volgens de huurder, maar het plafond beneden is al verkleurd → ook schilder inplannen na droging.
Huurder bereikbaar op {{PHONE|015 262 18 47}}. Kosten voor de verhuurder (afvoer is gemeenschappelijk).`),

  nl("email", `Van: Huurdersadministratie <{{EMAIL|huurders@example.nl}}>
Aan: {{EMAIL|fleur.vandijk@example.com}}
Onderwerp: Servicekostenafrekening 2025 — {{neg:street|Oudegracht 214}}, {{neg:unit-number|unit 4B}}

Beste mevrouw {{PERSON|Van Dijk}},

Hierbij de jaarafrekening servicekosten 2025 voor uw woning ({{neg:area|68 m²}}):
  Betaalde voorschotten: {{neg:amount|€ 1.080,00}}
  Werkelijke kosten (schoonmaak trappenhuis, lift, glasbewassing, tuinonderhoud): {{neg:amount|€ 942,30}}
  Terug te ontvangen: {{neg:amount|€ 137,70}}
We storten het bedrag binnen 30 dagen op het rekeningnummer dat bij ons bekend is, {{IBAN|NL30 SNSB 0920 4731 64}}. Klopt dat niet meer, laat het ons dan vóór {{neg:date|1 april}} weten.

Met vriendelijke groet,
{{PERSON|Jeroen Postma}}
Huurdersadministratie, {{PHONE|030-2947 531}}

> Beste meneer, klopt nog. Maar de lift stond in december 3 weken stil, moet dat niet verrekend worden? Groet, {{PERSON|Fleur van Dijk}} ({{PHONE|06 2284 6013}})`),

  nl("chat", `Huurderschat
Huurder: goedemorgen, we hebben muizen in de keuken. keutels in de kast en vannacht zag ik er een over het aanrecht lopen
Medewerker: Goedemorgen, {{PERSON|Esther Dekker}} hier. Vervelend! U woont boven het restaurant op de hoek, toch?
Huurder: ja, en de {{neg:name-word|kok}} zei dat ze daar ook last van hebben
Medewerker: Dan pakken we het hele pand aan. Ik schakel {{neg:company|Plaagdierbeheer Visscher B.V.}} in; ze komen donderdag tussen 9:00 en 12:00 en gaan ook bij het restaurant langs. De kosten zijn voor de verhuurder.
Huurder: ok, donderdag ben ik thuis
Medewerker: Mag de bestrijder u bellen als hij voor de deur staat?
Huurder: {{PHONE|06 5018 3927}}. ik ben {{PERSON|Rik Hoogland}}, {{neg:street|Oude Boteringestraat 31}}, {{neg:postcode|9712 GD}} Groningen
Medewerker: Genoteerd, meneer {{PERSON|Hoogland}}. Tip: bewaar eten in afgesloten bakken en stop gaatjes rond leidingen alvast dicht met staalwol.`),

  nl("call", `Gesprek huurder — {{neg:date|17-03-2026}} — huurachterstand
{{PERSON|Thijs Jansen}} belt n.a.v. onze brief: 2 maanden achterstand, {{neg:amount|€ 1.696,00}}. Hij is sinds januari werkloos, WW is aangevraagd maar nog niet toegekend.
Afspraak: vanaf april de huur plus {{neg:amount|€ 150}} per maand extra; schuldhulpverlening van de gemeente aangeraden, hij gaat zich aanmelden.
Nummer zoals hij het noemde: {{PHONE|nul zes, achtenveertig, twaalf, negentig, zevenendertig}}. Vaste lijn van zijn moeder {{PHONE|070 345 90 12}} mag als noodnummer.
Niet naar de deurwaarder zolang de regeling loopt. Volgende controle {{neg:date|15 mei}}.`),

  nl("chat", `Cursistenservice — chat
Cursist: hoi, ik heb de cursus Excel voor gevorderden ({{neg:course-id|XLS-202}}) afgerond maar krijg geen certificaat
Support: Hallo! Met {{PERSON|Bram}} van de cursistenservice. Wat is het e-mailadres van je account?
Cursist: {{EMAIL|r.vandermeer@example.nl}}
Support: Dank je, {{PERSON|Ruud}}. Eén eindopdracht is nog niet beoordeeld. De docent heeft hem nu nagekeken: 8,1. Je certificaat heeft nummer {{neg:certificate-id|CERT-XLS202-260318-0092}}.
Cursist: top! Is dat ook geldig voor mijn werkgever?
Support: Ja, het staat in het register. Overigens zag ik vandaag een inlog op je account vanaf {{IP_ADDRESS|198.51.100.201}}, ben jij dat geweest?
Cursist: ja op kantoor
Support: Prima. Update de app naar {{neg:version|3.9.4}}, dan zie je het certificaat ook in de app.`),

  nl("note", `Notitie toegankelijkheid — cursist {{neg:learner-id|CA-2093618}}
{{PERSON|Julia Vermeulen}} heeft dyslexie; de verklaring van een GZ-psycholoog is ontvangen op {{neg:date|6-3-2026}}.
Aanpassingen voor de opleiding HR-adviseur ({{neg:course-id|HRA-500}}): 30 % extra tijd bij alle toetsen, voorleesfunctie aan, groter lettertype.
Docent {{PERSON|Arjen Smit}} is geïnformeerd. Mentorgesprek gepland op {{neg:date|19 maart}} om {{neg:time|15:30}}; uitnodiging gestuurd naar {{EMAIL|julia.vermeulen@example.nl}}. Telefonisch via {{PHONE|06 1574 8290}} (liever WhatsApp).
De toetsomgeving (versie {{neg:version|2.11.4}}) ondersteunt de extra tijd; getest met een proefaccount.
Verklaring opgeslagen in het beveiligde dossier, niet in het gewone cursistprofiel.`),

  nl("email", `From: {{PERSON|Lucía Fernández Ortega}} <{{EMAIL|lucia.fo@example.es}}>
To: Learner Support <{{EMAIL|support@example.nl}}>
Subject: Refund — order {{neg:order-number|ORD-NL-2026-3318}}

Hello,

I enrolled in "Dutch for Expats A2" ({{neg:course-id|NLA2-110}}) on {{neg:date|1 March}} but my employer has now booked a classroom course for me. I have not started any module. Could you refund the {{neg:amount|€ 249.00}}?

I paid with my Visa ending {{neg:masked-card|**** 7702}}. If a card refund is not possible, please transfer it to my Belgian account {{IBAN|BE33 0633 4077 1846}} (I live in Maastricht but bank in Belgium).

You can reach me on {{PHONE|043 325 61 08}} during office hours.

Best regards,
{{PERSON|Lucía Fernández Ortega}}`),

  nl("call", `Garantiemelding telefonisch — {{neg:date|13 maart 2026}}
Klant: mevr. {{PERSON|Ayşe Yılmaz}}, Arnhem. Wasmachine {{neg:appliance-model|Miele WWD 320}}, serienummer {{neg:serial-number|000/177492635}}, gekocht {{neg:date|02-09-2024}}, fabrieksgarantie 2 jaar → gedekt.
Storing: programma stopt, melding {{neg:error-code|F19}}, deur blijft op slot. Noodontgrendeling uitgelegd.
Monteur ingepland voor dinsdag tussen 8:00 en 12:00. Haar nummer, zoals ze het zei: {{PHONE|nul twintig, zes twee vier, negenendertig, achttien}} — dat is haar werk in Amsterdam, ze werkt daar tot 17:00. Mobiel {{PHONE|06 4831 7702}}.
Garantienummer {{neg:warranty-number|GN-2026-035518}}.`),

  nl("email", `Van: Reparatieservice <{{EMAIL|reparatie@example.nl}}>
Aan: {{EMAIL|kverbeek@example.nl}}
Onderwerp: Offerte reparatie koelkast — {{neg:appliance-model|Liebherr ICBNd 5163}}

Beste heer {{PERSON|Verbeek}},

Onze monteur heeft uw inbouwkoelkast (serienummer {{neg:serial-number|LH 82.930.114.7}}) bekeken. De ventilator van de vriezer is defect. Het apparaat is 2 jaar en 4 maanden oud; de fabrieksgarantie is verlopen, maar volgens de wet mag u verwachten dat een koelkast langer meegaat. We rekenen daarom alleen het onderdeel:
  Ventilator: {{neg:amount|€ 64,50}}
  Arbeid en voorrijden: {{neg:amount|€ 0,00}}
Het voorrijtarief van {{neg:amount|€ 49}} dat op {{neg:date|10 maart}} van uw kaart ({{neg:masked-card|•••• 3318}}) is afgeschreven, storten we terug.

Akkoord? Antwoord op deze mail of bel {{PHONE|088 115 2040}}.

Met vriendelijke groet,
{{PERSON|Wendy de Graaf}}
{{neg:company|De Graaf Witgoedservice B.V.}}`),

  nl("note", `Werkbon {{neg:ticket-number|WB-26-11930}} — monteur {{PERSON|Erik Bos}}
Klant: {{PERSON|Hanneke Vos}}, {{neg:street|Van Welderenstraat 70}}, {{neg:postcode|6511 MN}} Nijmegen, {{PHONE|024 360 71 45}}.
Apparaat: vaatwasser {{neg:appliance-model|Bosch Serie 4 SMV4HVX33E}}, E-nr. {{neg:model-number|SMV4HVX33E/54}}, FD {{neg:serial-number|0203}}, software {{neg:version|2.7.15}}.
Storing {{neg:error-code|E24}} (afvoer). Afvoerpomp vrijgemaakt, glasscherf eruit. Geen onderdelen nodig.
Home Connect gaf "offline": vaatwasser opnieuw gekoppeld, kreeg {{IP_ADDRESS|192.168.178.44}}. Test OK.
Klant wil de factuur per mail: {{EMAIL|h.vos.nijmegen@example.nl}}. Bedrag {{neg:amount|€ 89,00}} (buiten garantie).`),

  nl("chat", `Service desk — chat (English)
Customer: The technician didn't show up. I took the morning off for nothing. Booking {{neg:ticket-number|WB-26-12855}}
Agent: I'm very sorry. This is {{PERSON|Floor Meijer}}. The technician got stuck at an earlier job in Zaandam and the text message to you was never sent. That's our mistake.
Customer: it's the second time. the washing machine has been broken for ten days
Agent: I can give you the first slot tomorrow, 8:00–10:00, and a {{neg:amount|€ 25}} voucher for the trouble. Which number should the technician call?
Customer: {{PHONE|+31 6 4302 9175}}, and I'm {{PERSON|Stelian Popescu}}
Agent: Booked. The confirmation goes to {{EMAIL|stelian.popescu@example.ro}}. If he's late again tomorrow, call us free on {{PHONE|0800-0227}}.
Customer: ok. thanks`),
]

export const IT_IT = [
  it("call", `Nota telefonata — recupero crediti — pratica {{neg:case-number|RC-2026-018352}} — {{neg:date|11/03/2026}} ore {{neg:time|10.25}}
La debitrice, sig.ra {{PERSON|Lucia Ferrante}}, contesta il sollecito per bollette telefoniche del 2014 ({{neg:amount|€ 412,80}}): sostiene che il credito è prescritto (cinque anni per le bollette).
Nel fascicolo del creditore ci sono solo due solleciti, del 2015 e del 2016, e nessun atto interruttivo successivo. Ha ragione: la pratica torna al creditore come non esigibile, nessun'altra azione.
Per {{neg:name-word|fortuna}} nel frattempo non ha pagato nulla: anche un piccolo versamento poteva essere letto come riconoscimento del debito.
Riceverà una lettera di chiusura entro 15 giorni. Recapito dettato dalla debitrice: {{PHONE|tre tre nove, cinque due otto, sessantuno, trentanove}}.`),

  it("email", `Da: {{PERSON|Roberta Gatti}} <{{EMAIL|r.gatti@example.it}}>
A: Affidi <{{EMAIL|affidi@example.it}}>
Oggetto: Nuovo affido pratiche — lotto {{neg:reference|L-2026-03}}

Buongiorno,

vi affidiamo tre nuove posizioni (bollette dell'acqua 2024–2025, già sollecitate due volte):
1. {{PERSON|Giovanni Mancuso}}, Catania — {{neg:amount|€ 284,50}} — tel. {{PHONE|347 930 5862}} — fattura {{neg:invoice-number|FT-24-118302}}
2. {{PERSON|Carla Benedetti}}, Acireale — {{neg:amount|€ 96,10}} — e-mail {{EMAIL|carla.benedetti61@example.it}}
3. {{PERSON|Orazio Puglisi}}, Catania — {{neg:amount|€ 1.105,00}} — tel. {{PHONE|095 724 1836}} (fisso), utenza chiusa per morosità
Per la sig.ra {{PERSON|Benedetti}} è in corso una domanda di bonus idrico: non procedete prima del {{neg:date|15 aprile}}.

Cordiali saluti,
Ufficio crediti, {{neg:company|Acquedotto Serena S.p.A.}}, tel. {{PHONE|+39 02 6293 5780}}`),

  it("chat", `Chat recupero crediti
Utente: buongiorno, voglio pagare tutto con un bonifico, mi date l'iban?
Operatore: Buongiorno, sono {{PERSON|Stefano Orlando}}. Mi dà il numero della pratica?
Utente: {{neg:case-number|RC-2026-019907}}
Operatore: Saldo {{neg:amount|€ 527,30}}. IBAN {{IBAN|IT61 K030 6912 7051 0000 0591 234}}, causale obbligatoria "RC-2026-019907 saldo".
Utente: non posso pagare con la carta? {{CARD|6011 9372 6538 1043}}
Operatore: In chat no, e ho oscurato il numero: per la carta serve il link sicuro che le mando per SMS. Il bonifico va benissimo.
Utente: se pago entro venerdì togliete gli interessi?
Operatore: Posso togliere gli interessi di mora ({{neg:amount|€ 38,40}}) se il bonifico arriva entro il {{neg:date|20/03/2026}}: in tutto {{neg:amount|€ 488,90}}.
Utente: ok. mandatemi la conferma scritta a {{EMAIL|pietro.sanna@example.it}}
Operatore: Inviata, sig. {{PERSON|Sanna}}. Diffidi di messaggi che indicano IBAN diversi da questo.`),

  it("note", `Collector note (English) — file {{neg:case-number|RC-2026-020114}}
Debtor {{PERSON|Fiona McLeod}}, Scottish, teaches English in Bologna. Owes {{neg:amount|€ 2,280.00}} to a Swiss online retailer (furniture, delivered {{neg:date|14/07/2025}}), 4 instalments missed.
She says half the order arrived damaged and she returned it; retailer confirms a return but has not credited it. Sent the retailer the courier's proof of return ({{neg:reference|BRT 0712 4480 19}}).
Expected balance after credit: {{neg:amount|€ 1,140.00}}. She'll pay {{neg:amount|€ 190}} a month from her Swiss account (kept from her years in Lugano), {{IBAN|CH77 0900 0000 4600 2135 7}}.
Contact: {{PHONE|+39 348 902 6617}} or {{EMAIL|fiona.mcleod@example.co.uk}}.`),

  it("note", `Segnalazione {{neg:case-number|SG-2026-0388}} — Condominio {{neg:street|Via Giuseppe Verdi 14}}, {{neg:postcode|20121}} Milano
Ascensore fermo dal {{neg:date|9 marzo}}: scheda di controllo bruciata dopo il temporale. La ditta di manutenzione, {{neg:company|Elevatori Brambilla S.r.l.}}, aspetta il pezzo: 10–12 giorni.
Al quinto piano abita la sig.ra {{PERSON|Adele Pozzi}}, 87 anni, in carrozzina, che non può uscire di casa. La figlia {{PERSON|Marta}} ({{PHONE|02 3659 7218}}) chiede una soluzione.
Organizzato: montascale a cingoli con due operatori il martedì e il venerdì, {{neg:amount|€ 120}} a uscita, a carico del condominio (spesa urgente dell'amministratore, da ratificare in assemblea).
Il tecnico {{PERSON|Gianni Brambilla}} ({{PHONE|331 906 2538}}) conferma il pezzo per il {{neg:date|20/03/2026}}.`),

  it("email", `Da: {{PERSON|Irene Valentini}} <{{EMAIL|irene.valentini@example.it}}>
A: Gestione locazioni <{{EMAIL|locazioni@example.it}}>
Oggetto: Disdetta del contratto — {{neg:street|Corso Vittorio Emanuele II 48}}, {{neg:unit-number|int. 6}}

Buongiorno,

come previsto dal contratto vi comunico la disdetta con sei mesi di preavviso: lascerò l'appartamento il {{neg:date|30 settembre 2026}}.
Vorrei fissare il sopralluogo per la restituzione del deposito cauzionale ({{neg:amount|€ 1.800,00}}), da versare sul mio conto {{IBAN|IT57 A076 0101 6000 0001 2967 384}}.
La lavastoviglie non funziona da gennaio (l'ho già segnalato al proprietario): non vorrei che mi fosse addebitata.

Saluti,
{{PERSON|Irene Valentini}}, {{PHONE|349 275 6308}}

---
{{neg:name-word|Gentile}} sig.ra {{PERSON|Valentini}}, ricevuta, grazie. Il sopralluogo si può fissare nell'ultima settimana di settembre. La lavastoviglie è ancora in garanzia: la facciamo riparare prima, senza costi per lei.
Gestione locazioni, {{PHONE|011 839 2675}}`),

  it("chat", `Chat condòmini
Condòmino: buonasera, il vicino del piano di sopra fa feste fino alle 3 ogni venerdì e sabato, non si dorme ☹️
Operatrice: Buonasera, sono {{PERSON|Sara Guidi}} dell'amministrazione. Mi dice la scala e l'interno?
Condòmino: {{neg:street|Via Roma 77}}, scala A, {{neg:unit-number|int. 9}}; il rumore viene dall'interno 12
Operatrice: Il regolamento vieta i rumori molesti dopo le 23. Mando un richiamo scritto all'interno 12; se continua, l'assemblea può decidere una sanzione.
Condòmino: grazie. se serve mi richiami 📞 {{PHONE|333 582 9076}}, {{PERSON|Enrico Tedesco}}
Operatrice: Grazie, sig. {{PERSON|Tedesco}}. Le consiglio di annotare date e orari: servono se si arriva dal giudice di pace.`),

  it("call", `Telefonata — {{neg:date|16/03/2026}}
Chiama la sig.ra {{PERSON|Loredana Morelli}} ({{neg:unit-number|int. 4}}, {{neg:street|Via dei Mille 22}}, {{neg:postcode|80121}} Napoli): nell'appartamento di fronte (int. 5, locato al sig. {{PERSON|Fabio Cirillo}}) da gennaio entrano ed escono turisti con le valigie ogni due o tre giorni.
Il contratto vieta la sublocazione. Verificato: l'annuncio online con le foto dell'appartamento esiste.
Azione: lettera di contestazione al conduttore, informato il proprietario.
La sig.ra {{PERSON|Morelli}} ha dettato il numero così: {{PHONE|tre sei otto, nove due cinque, quarantotto, zero sei}}. Non vuole essere nominata nella lettera.`),

  it("chat", `Supporto abbonamenti — chat
Utente: mi avete addebitato {{neg:amount|€ 179,00}} per il rinnovo annuale, ma io avevo disdetto!
Supporto: Buongiorno, sono {{PERSON|Chiara}} del supporto. Mi scrive l'e-mail dell'account?
Utente: {{EMAIL|lorenzo.fabbri@example.it}}
Supporto: Grazie. Vedo la disdetta del {{neg:date|28 febbraio}}, ma l'app (versione {{neg:version|9.2.1}}) aveva un errore e non l'ha registrata. Le rimborso l'intero importo sulla carta {{neg:masked-card|**** 5725}}, in 5–10 giorni lavorativi.
Utente: ok, e i corsi che sto facendo?
Supporto: Restano accessibili fino al {{neg:date|31 marzo}}. Il rinnovo automatico ora è disattivato.`),

  it("note", `Nota didattica — corso {{neg:course-id|MKT-215}}, consegna del modulo 4
La tutor {{PERSON|Daniela Ruggiero}} segnala due elaborati quasi identici (somiglianza 92 %), dei corsisti {{PERSON|Andrea Costa}} ({{EMAIL|andrea.costa.mkt@example.it}}) e {{PERSON|Beatrice Leone}}.
Log delle consegne:
  {{neg:timestamp|2026-03-10 22:41:07 CET}} consegna A da {{IP_ADDRESS|2001:db8:1c:3f::8}}
  {{neg:timestamp|2026-03-10 22:43:55 CET}} consegna B, stesso indirizzo
Stessa rete: i due corsisti sono coinquilini. Colloqui separati fissati per il {{neg:date|18/03/2026}}; nessuna sanzione prima dei colloqui.`),

  it("email", `From: {{PERSON|Hannah Schulze}} <{{EMAIL|hannah.schulze@example.de}}>
To: Learner Support <{{EMAIL|help@example.it}}>
Subject: Company invoice — order {{neg:order-number|ORD-IT-2026-7719}}

Hello,

I'm based in your Milan office's partner company and bought "Italian for Business B1" ({{neg:course-id|ITB1-140}}) for {{neg:amount|€ 420.00}} with my personal Mastercard (ending {{neg:masked-card|**** 1130}}). My employer needs the invoice in the company's name, {{neg:company|Schulze & Bauer Logistik GmbH}}, Italian branch.

If you can't reissue the invoice, please refund the card and I'll have the company buy it directly; their French account for incoming refunds is {{IBAN|FR76 1009 6001 8501 4487 0231 967}}.

Thank you,
{{PERSON|Hannah Schulze}}
{{PHONE|+39 02 8530 2291}}`),

  it("call", `Chiamata — garanzia estesa — {{neg:date|12 marzo 2026}}
Cliente: sig. {{PERSON|Vincenzo Caruso}}, Roma. Frigorifero {{neg:appliance-model|Whirlpool W7X 92O OX}} fermo da due giorni (luci accese, non raffredda), matricola {{neg:serial-number|8591 4402 7736}}, garanzia estesa fino al 2027.
Chiede il rimborso del cibo buttato (circa {{neg:amount|€ 150}}): la polizza copre fino a {{neg:amount|€ 200}} per deterioramento degli alimenti, servono elenco e foto.
Tecnico prenotato per domani mattina. Il cliente ha dettato il fisso così: {{PHONE|zero sei, cinquantotto, trentadue, novantuno, sessantaquattro}}; cellulare {{PHONE|340 615 2987}}.
Pratica {{neg:warranty-number|GE-IT-26-020583}}.`),

  it("email", `Da: Assistenza clienti <{{EMAIL|assistenza@example.it}}>
A: {{EMAIL|m.deangelis@example.it}}
Oggetto: Tentativo di truffa che ci ha segnalato

{{neg:name-word|Gentile}} sig.ra {{PERSON|De Angelis}},

grazie per averci segnalato la telefonata del {{neg:date|10 marzo}} dal numero {{PHONE|+39 366 294 8351}}: chi chiamava diceva di lavorare per noi e le ha chiesto i dati della carta per "rinnovare la garanzia" della sua lavatrice {{neg:appliance-model|Indesit BWE 71283X}}.
Non eravamo noi: non chiediamo mai i dati della carta al telefono. Abbiamo segnalato il numero alla Polizia Postale ({{neg:reference|PP-2026-18374}}).
La sua garanzia è valida fino al {{neg:date|04/11/2027}} e non va rinnovata. Se ha comunicato il numero della carta, la blocchi subito.

Cordiali saluti,
{{PERSON|Tommaso Neri}}, servizio clienti, numero verde {{PHONE|800 239 658}}`),

  it("note", `Pratica {{neg:case-number|AS-2026-3052}} — terzo guasto in garanzia
Cliente {{PERSON|Alessia Vitale}}, lavastoviglie {{neg:appliance-model|Bosch Serie 4 SMS4HVI33E}}, matricola {{neg:serial-number|FD 0306 12094}}, acquistata il {{neg:date|2 febbraio 2025}}.
Interventi: {{neg:date|14/10/2025}} pompa di scarico; {{neg:date|09/01/2026}} scheda elettronica; {{neg:date|03/03/2026}} di nuovo errore {{neg:error-code|E25}}.
Al terzo guasto la cliente chiede la sostituzione (Codice del consumo). Approvata dal responsabile {{PERSON|Paolo Greco}}: nuovo apparecchio consegnato e installato senza costi, ritiro del vecchio.
Contatto cliente: {{PHONE|045 592 3786}}, {{EMAIL|alessia.vitale@example.it}}.`),

  it("chat", `Warranty desk — chat (English)
Customer: hi, my coffee machine leaks from underneath, bought it in Rome last year
Agent: Hello, I'm {{PERSON|Federica Gallo}}. Which model is it, and do you have the receipt?
Customer: {{neg:appliance-model|De'Longhi Magnifica S ECAM22.110}}, receipt yes, {{neg:date|2 August 2025}}
Agent: Then it's covered by the 2-year legal warranty. We'll collect it and repair it at our lab. Address?
Customer: {{neg:street|Via Cavour 190}}, {{neg:postcode|00184}} Roma. I'm {{PERSON|Nathan Brooks}}
Agent: Phone number for the courier?
Customer: {{PHONE|+39 347 551 2086}}
Agent: And an e-mail for the repair updates?
Customer: {{EMAIL|nbrooks.rome@example.com}}
Agent: Done, {{PERSON|Nathan}}. The courier will come on Wednesday.`),
]

// Romanian and Greek texts, written one by one: complaints and bot-to-agent chats, accident, tow, hail, ferry and fraud
// notes, letters of the Poliția Rutieră, CNAIR, Attiki Odos and the Greek traffic police quoted in e-mails, fleet
// threads and call summaries. Greek is written in Greek script, and in Greeklish where customers type it so. Names are
// declined as the languages decline them.
import { mk } from "./mk.ts"

const ro = mk("ro-RO")
const el = mk("el-GR")

export const RO_RO = [
  ro("chat", `[19:20] Client: Bună seara. Vreau să fac o reclamație. Am închiriat o mașină de {{neg:name-word|Crăciun}} de la Otopeni ({{neg:station-code|OTP-01}}) și angajatul de la ghișeu a vorbit urât cu soția mea, a zis că „nu avem timp de turiști”.
[19:22] Suport: Bună seara și ne pare foarte rău. Îmi puteți da numărul rezervării?
[19:22] Client: {{neg:booking-ref|ROR-4406391}}
[19:24] Suport: Am găsit-o: {{neg:car-model|Dacia Logan}}, ridicată pe {{neg:date|24.12.2025}} la 22:40. Am transmis reclamația șefului de stație, care vă va suna personal.
[19:25] Client: ok. sunt {{PERSON|Adrian Dumitrescu}}, numărul meu e {{PHONE|0740 118 392}}
[19:26] Suport: Mulțumesc, domnule {{PERSON|Dumitrescu}}. Ca scuză, v-am pus pe cont un voucher de {{neg:amount|150 lei}} pentru următoarea închiriere.`),

  ro("call", `Accident cu terță parte — Cluj-Napoca, Calea Florești, {{neg:date|14.11.2026}} 08:35
A sunat chiriașul {{PERSON|Cristian Avram}}: {{neg:car-model|Renault Megane}} {{neg:plate|CJ 18 RNT}}, lovit din spate la semafor de un {{neg:car-model|Volkswagen Golf}} {{neg:plate|CJ 04 MPE}}.
Șoferul celuilalt vehicul, doamna {{PERSON|Mihaela Pop}}, a recunoscut vina; au completat constatarea amiabilă, fără poliție. RCA-ul doamnei {{PERSON|Mihaelei Pop}}: Groupama, poliță {{neg:policy-number|RO-RCA-2205937164}}, telefon {{PHONE|0264 593 207}}.
Nimeni rănit. Bara spate și haion deformate, mașina se poate conduce.
I-am cerut să trimită pozele și constatarea la {{EMAIL|daune@example.ro}}. Dosar {{neg:claim-number|DN-RO-26-0771}}. Mașină de schimb de la Aeroportul Cluj ({{neg:station-code|CLJ-01}}) de mâine.`),

  ro("email", `De la: Departamentul Amenzi <{{EMAIL|amenzi@example.ro}}>
Către: {{EMAIL|elena.ionescu@example.ro}}
Subiect: Proces-verbal de contravenție — {{neg:plate|B 204 KTR}}

Stimată doamnă {{PERSON|Ionescu}},

am primit de la Poliția Rutieră București procesul-verbal de mai jos, emis pe numele societății noastre:

  „Seria PBX nr. {{neg:fine-ref|PBX 0592736}}, încheiat la {{neg:date|03.11.2026}}. Autoturismul {{neg:plate|B 204 KTR}} a fost înregistrat de radar pe Șoseaua Kiseleff circulând cu 78 km/h, limita fiind de 50 km/h. Amendă: 9 puncte-amendă, respectiv {{neg:amount|1.305 lei}}, achitabilă în contul {{IBAN|RO31 TREZ 7005 069X XX01 8813}}.“

Conform contractului, am comunicat poliției datele doamnei {{PERSON|Elena Ionescu}} ca utilizator al autoturismului la data respectivă; procesul-verbal va fi reemis pe numele dumneavoastră. Taxa administrativă de {{neg:amount|75 lei}} a fost reținută de pe cardul {{neg:masked-card|**** 3305}}.

Cu stimă,
{{PERSON|Raluca Tănase}}
Departamentul Amenzi, tel. {{PHONE|021 312 4477}}`),

  ro("note", `Dispecerat tractare — DN1, Valea Prahovei, între Comarnic și Sinaia, {{neg:date|6.12.2026}} 18:05
{{neg:car-model|Dacia Duster}} {{neg:plate|B 771 XRV}}, {{neg:odometer|58 736 km}}: ambreiajul nu mai cuplează, mașina oprită pe acostament, ninge. Patru persoane în mașină.
Poziție {{neg:gps|45.2712, 25.5561}}.
Tractare: {{neg:company|Tractări Lupu SRL}}, Sinaia, șofer {{PHONE|0731 552 804}}, sosire estimată 18:50. Destinație: service partener Brașov.
Clientul ({{PERSON|Bogdan Nistor}}, {{PHONE|0753 962 440}}) și familia duși cu taxi la pensiunea din Sinaia; mașină de schimb mâine 09:00 din Brașov ({{neg:station-code|BRV-01}}).
Comanda {{neg:reference|TRC-26-1957}}.`),

  ro("chat", `Asistent virtual: Bună! Sunt asistentul virtual. Cu ce te pot ajuta?
Utilizator: am primit o amendă pt rovinietă. dar mașina e a voastră
Asistent virtual: Pentru amenzi, te rog să scrii numărul călătoriei din aplicație.
Utilizator: {{neg:booking-ref|TRP-RO-770412}}
Asistent virtual: Îți fac legătura cu un coleg.
Operator: Bună ziua! Am verificat: mașina {{neg:car-model|Toyota Corolla}} {{neg:plate|B 118 ZGR}} avea rovinieta expirată pe {{neg:date|30.11.2026}}, iar călătoria ta a fost pe A2 pe {{neg:date|2.12.2026}}. Este vina noastră.
Utilizator: deci nu plătesc?
Operator: Nu, plătim noi amenda CNAIR și îți anulăm taxa de procesare. Scrie-mi te rog un e-mail de contact pentru confirmare.
Utilizator: {{EMAIL|v.georgescu@example.ro}}
Operator: Mulțumesc! Confirmarea pleacă azi. Aplicația ta ({{neg:version|6.1.3}}) s-a conectat ultima dată de la {{IP_ADDRESS|192.0.2.88}} — dacă nu ai fost tu, schimbă parola sau sună-ne la {{PHONE|021 209 6833}}.`),

  ro("email", `De la: {{EMAIL|florin.stan@example.it}}
Către: {{EMAIL|garantii@example.ro}}
Subiect: garanția de 500 € nereturnată

Bună ziua, locuiesc în Italia și am închiriat o mașină la Iași în august ({{neg:booking-ref|ROR-4398120}}). Garanția de 500 € nu mi-a fost returnată, iar cardul meu italian a fost între timp închis. Vă rog să-mi trimiteți banii în contul {{IBAN|IT71 Q030 6901 6221 0000 0592 736}}.

---

Stimate domnule {{PERSON|Stan}},

am verificat: blocarea de {{neg:amount|500 €}} a fost anulată pe {{neg:date|28.08.2026}}, dar cardul fiind închis, banca emitentă a păstrat suma. Am solicitat băncii confirmarea și, ca să nu mai așteptați, vă transferăm suma în contul italian indicat în 5 zile lucrătoare.

Cu stimă,
Relații Clienți, tel. {{PHONE|031 860 2953}}`),

  ro("call", `Cheie lipsă — Constanța, parcarea hotelului de pe {{neg:street|Strada Ștefan cel Mare}}, {{neg:date|16.08.2026}} 13:10
A sunat clienta {{PERSON|Andreea Munteanu}}: la preluarea fără personal, în cutia cu cod nu era nicio cheie pentru {{neg:car-model|Hyundai i20}} {{neg:plate|CT 09 LMA}}. Mașina e în parcare, încuiată.
Verificat: clientul anterior a returnat mașina azi dimineață, dar a plecat cu cheia în buzunar. L-am sunat — e deja pe drum spre Brașov și trimite cheia prin curier mâine.
Până atunci: un {{neg:car-model|Dacia Sandero}} de la biroul din Mamaia, adus de un coleg la 14:30, fără taxă de livrare.
Numărul clientei, spus cifră cu cifră: {{PHONE|zero șapte doi trei, șase șase zero, unu nouă patru}}; confirmare pe {{EMAIL|andreea.munteanu@example.ro}}.`),

  ro("note", `Daună grindină — parcarea Otopeni, {{neg:date|22.07.2026}}
{{neg:car-model|Škoda Octavia}} {{neg:plate|IF 44 KPR}}, predată de clientul {{PERSON|Radu Ciobanu}} după furtuna din seara de 21.07. Zeci de urme pe capotă și plafon, parbriz intact.
Poze: IMG_8812–IMG_8830 la predare; IMG_8711–IMG_8725 la ridicare (fără urme).
Fenomen natural, acoperit de CASCO; clientul nu plătește franșiza (avea asigurare completă). Dosar {{neg:claim-number|CSC-26-07-1188}}.
{{PERSON|Radu Ciobanu}} ne-a trimis și o fotografie cu avertizarea ANM pe telefon — atașată. Telefon {{PHONE|0799 204 617}}.`),

  ro("email", `De la: {{EMAIL|catalina.marin@example.ro}}
Către: {{EMAIL|flota@vulpeconstruct.example.ro}}
Subiect: Revizii decembrie — mașini de înlocuire pentru {{neg:company|Vulpe Construct SRL}}

Bună ziua, domnule {{PERSON|Vulpe}},

trei dintre autoutilitarele din contractul {{neg:agreement-number|FL-RO-0447}} au revizia anuală în decembrie. Ca să nu rămâneți fără ele pe șantier, propun:
 – {{neg:plate|B 207 VCN}}: service pe 9.12, înlocuită cu un {{neg:car-model|Ford Transit}} adus la Pipera la 8:00;
 – {{neg:plate|B 208 VCN}}: service pe 10.12, la fel;
 – {{neg:plate|B 315 VCN}}: are și schimbul de anvelope de iarnă, stă două zile (11–12.12).
Șoferii lasă doar cheile la poartă; preluăm și aducem noi, fără costuri în plus.
Dacă vreo dată nu vă convine, sunați-mă: {{PHONE|0722 481 903}}. Facturile rămân ca până acum, în contul {{IBAN|RO77 INGB 0000 9999 0381 6572}}.

Cu stimă,
{{PERSON|Cătălina Marin}}, Key Account Manager`),

  ro("chat", `Client: bună, mi-ați pus 350 lei taxă one-way Cluj → Timișoara, dar la rezervare nu scria nimic
Agent: Bună ziua! Taxa apare la pasul 3, la „Returnare în altă locație”. Înțeleg că nu era evidentă.
Client: nu era deloc. pot să plătesc măcar jumătate?
Agent: Pot reduce taxa la {{neg:amount|175 lei}}. Vreți să o achitați acum, cu link de plată?
Client: dă-mi un link. sau na, cardul e {{CARD|4149 2007 6618 3305}}
Agent: Vă rog nu scrieți numărul cardului în chat — l-am mascat. Vă trimit link securizat pe SMS: la ce număr?
Client: {{PHONE|0735 615 027}}. rezervarea e {{neg:booking-ref|ROR-4412290}}
Agent: Trimis. Returnarea rămâne la Aeroportul Timișoara ({{neg:station-code|TSR-01}}), {{neg:date|9.12.2026}}, ora 18:00.`),

  ro("note", `Verificare șofer — rezervare {{neg:booking-ref|ROR-4413004}}, Otopeni, {{neg:date|3.12.2026}}
Rezervarea online era pentru un {{neg:car-model|Volkswagen Tiguan}}. Șoferul, {{PERSON|Darius Stoica}}, are 20 de ani (permis {{neg:licence-number|ROU 7309215}}, din 2024). Pentru clasa SUV vârsta minimă e 23 de ani, așa că sistemul a blocat contractul la ghișeu.
I-am oferit un {{neg:car-model|Dacia Logan}} (vârstă minimă 19 ani, suprataxă șofer tânăr {{neg:amount|40 lei}}/zi). A acceptat; diferența de preț, {{neg:amount|612 lei}}, returnată pe cardul {{neg:masked-card|**** 8816}}.
Tatăl lui, {{PERSON|Marius Stoica}}, care plătise rezervarea, a sunat de la {{PHONE|0723 118 605}} să întrebe de ce. I-am explicat regula; pe site vârsta minimă apare doar în termeni — semnalat echipei web.`),

  ro("call", `Mașină electrică descărcată — A1 km 117, lângă Pitești, {{neg:date|28.11.2026}} 17:30
Client: {{neg:car-model|Dacia Spring}} {{neg:plate|B 330 EVZ}}, baterie 1 %, oprit pe banda de urgență. Cardul de încărcare {{neg:charge-card-id|RO-EVC-0539716}} a fost refuzat la stația din Ciolpani, așa că n-a încărcat deloc.
Cauza: cardul nu fusese activat la predare. Activat la 17:36.
Tractare la stația de încărcare rapidă din Pitești, {{neg:energy|24 kWh}} necesari. Tractarea pe costul nostru.
Clientul ({{PERSON|Vlad Enache}}) a primit voucher {{neg:amount|100 lei}}. Telefon {{PHONE|0268 471 022}}, e-mail {{EMAIL|vlad.enache@example.ro}}.`),

  ro("note", `Phishing — SMS fals în numele nostru, raportat {{neg:date|4.12.2026}}
Clienta {{PERSON|Ioana Mihăilă}} a primit pe {{PHONE|0745 902 316}} un SMS: „Rezervarea dvs. a fost suspendată. Achitați taxa de {{neg:amount|4,99 lei}} aici: …”. A intrat pe link și a introdus cardul {{CARD|4256 0183 9927 5069}}, data expirării și CVV-ul; apoi banca i-a cerut confirmarea unei plăți de {{neg:amount|2.480 lei}} la un magazin online, pe care n-a aprobat-o.
Pagina falsă era găzduită pe {{IP_ADDRESS|203.0.113.44}}, copie a paginii noastre de plată. Clienta a blocat cardul la bancă la 10:15.
Noi: raportat la DNSC și la firma de hosting; avertizare pe site și în aplicație. Contul clientei nu a fost accesat (ultimele autentificări doar de pe {{IP_ADDRESS|198.51.100.201}}, telefonul ei).
Răspuns trimis pe {{EMAIL|ioana.mihaila@example.ro}}.`),

  ro("email", `De la: Obiecte pierdute <{{EMAIL|obiecte.pierdute@example.ro}}>
Către: {{EMAIL|s.radulescu@example.ro}}
Subiect: Laptopul uitat în {{neg:car-model|Kia Sportage}} {{neg:plate|B 904 HKL}}

Bună ziua, doamnă {{PERSON|Rădulescu}},

colegii de la curățenie au găsit un laptop într-o husă gri în portbagajul mașinii returnate pe {{neg:date|1 decembrie 2026}} ({{neg:booking-ref|ROR-4411763}}). Îl păstrăm la stația din Baneasa.
Vă putem trimite laptopul prin curier la adresa din Iași (cod poștal {{neg:postcode|700259}}); costul de {{neg:amount|35 lei}} se plătește la livrare. Confirmați-ne adresa și un număr de telefon pentru curier.

Cu stimă,
Obiecte pierdute, {{PHONE|021 310 6295}}

> Pe 2 dec. 2026, {{PERSON|Simona Rădulescu}} a scris:
> Am uitat laptopul în mașină!! Vă rog sunați-mă la {{PHONE|0765 204 118}}.`),

  ro("call", `Apel de la Poliție — {{neg:date|5.12.2026}} 10:20
Un agent de la Brigada Rutieră București a cerut datele utilizatorului pentru {{neg:car-model|Toyota RAV4}} {{neg:plate|B 221 TTN}} (VIN {{neg:vin|JTMW43FV70D527093}}): o cameră de pe Șoseaua Colentina a surprins mașina plecând de la locul unui accident ușor (oglinda ruptă a unei mașini parcate), pe {{neg:date|3.12.2026}} la 22:41. Adresă oficială {{neg:police-ref|BR-7350/3-XII-2026}}.
Contractul la acea dată: clientul {{PERSON|Gheorghe Bălan}}. Datele le dăm doar pe adresă scrisă — primită pe e-mail la 10:42, transmise la 11:05.
L-am sunat și pe client, ca să nu fie luat prin surprindere; a zis că „a simțit ceva”, dar a crezut că a fost o groapă. Numărul lui, spus pe cifre: {{PHONE|zero șapte patru patru, doi unu nouă, opt zero șase}}.
Mașina verificată la Otopeni: zgârietură pe oglinda dreaptă, poze IMG_9930–IMG_9934.`),
]

export const EL_GR = [
  el("note", `Παραβίαση όρου πλοίου — σύμβαση {{neg:agreement-number|GR-SYM-2026-08814}}, {{neg:date|12/09/2026}}
{{neg:car-model|Peugeot 208}} {{neg:plate|ΙΚΧ-4821}}, ενοικίαση από Πειραιά. Η μονάδα τηλεματικής ({{IP_ADDRESS|10.77.30.4}}) δείχνει το όχημα στο Ηράκλειο από {{neg:timestamp|2026-09-08 06:40}} ({{neg:gps|35.3387, 25.1442}}) — μεταφέρθηκε με πλοίο χωρίς έγκριση (όρος 7.2).
Κατά την επιστροφή: γρατζουνιά στην πίσω πόρτα και σπασμένος καθρέφτης (φωτογραφίες IMG_6620–IMG_6627), πιθανώς από το γκαράζ του πλοίου. Η ασφάλεια δεν καλύπτει ζημιές σε πλοίο χωρίς έγκριση.
Ενημερώθηκε τηλεφωνικά ο μισθωτής, κ. {{PERSON|Παπαδόπουλος}}: χρέωση ζημιάς {{neg:amount|640 €}} + ρήτρα {{neg:amount|300 €}}. Τον {{PERSON|Παπαδόπουλο}} θα καλέσει ο προϊστάμενος για τυχόν ένσταση, στο {{PHONE|694 736 2270}}.`),

  el("chat", `Bot: Geia sas! Eimai o psifiakos voithos. Pos mporo na voithiso?
Pelatis: kalispera, epestrepsa to amaksi prin 20 meres kai i eggyisi einai akoma desmevmeni
Bot: I eggyisi apodesmevetai entos 7 ergasimon imeron apo tin epistrofi. Thelete na milisete me ekprosopo?
Pelatis: nai
Bot: Sas syndeo…
Ekprosopos: Kalispera! Ton arithmo kratisis parakalo.
Pelatis: {{neg:booking-ref|GRR-5520963}}. plirosa me tin {{CARD|5355 8412 0674 0190}}
Ekprosopos: Parakalo min grafete olokliro ton arithmo tis kartas edo — ton ekrypsa. Vrika to provlima: to amaksi epistrafike sto Irakleio ({{neg:station-code|HER-01}}) {{neg:date|14/11/2026}}, alla i epistrofi den kleistike sto systima, opote i desmeusi ton {{neg:amount|400 €}} emeine anoixti. Tin ekleisa tora kai apodesmeftike.
Pelatis: ok. kai an den fanei?
Ekprosopos: An den emfanistei se 3 ergasimes, kaleste sto {{PHONE|210 900 5937}} me ton kodiko {{neg:reference|APD-26-1639}}. To onoma sas gia to arxeio?
Pelatis: {{PERSON|Kostas Lamprou}}
Ekprosopos: Efxaristo, kyrie {{PERSON|Lamprou}}.`),

  el("email", `Από: Τμήμα Παραβάσεων <{{EMAIL|paravaseis@example.gr}}>
Προς: {{EMAIL|a.michailidis@example.gr}}
Θέμα: Παράβαση διοδίων Αττικής Οδού — {{neg:plate|ΥΡΑ-5316}}

Αγαπητέ κ. {{PERSON|Μιχαηλίδη}},

λάβαμε από την Αττική Οδό την παρακάτω ειδοποίηση:

  «Διέλευση χωρίς καταβολή διοδίου από τον σταθμό Κηφισίας την {{neg:date|14/10/2026}} ώρα {{neg:time|18:22}}, όχημα {{neg:plate|ΥΡΑ-5316}}. Αριθμός παράβασης {{neg:fine-ref|ΑΟ-26-3907152}}. Οφειλόμενο ποσό {{neg:amount|2,80 €}} και πρόστιμο {{neg:amount|30 €}}.»

Το όχημα ήταν μισθωμένο σε εσάς εκείνη την ημέρα. Εξοφλήσαμε την ειδοποίηση και χρεώσαμε το συνολικό ποσό ({{neg:amount|32,80 €}}) και το διαχειριστικό τέλος των {{neg:amount|10 €}} στην κάρτα {{neg:masked-card|**** 0190}}.

Με εκτίμηση,
{{PERSON|Βασιλική Αθανασίου}}
Τμήμα Παραβάσεων, τηλ. {{PHONE|211 198 3062}}`),

  el("call", `Βλάβη — Εγνατία Οδός, ρεύμα προς Θεσσαλονίκη, μετά το τούνελ Μετσόβου, {{neg:date|30/11/2026}} 15:10
Κάλεσε ο κ. {{PERSON|Σταύρος Καραγιάννης}}: {{neg:car-model|Toyota C-HR}} {{neg:plate|ΝΙΑ-6092}}, {{neg:odometer|71 653 χλμ.}}, ανέβηκε η θερμοκρασία του κινητήρα και βγήκε ατμός. Σταμάτησε στη ΛΕΑ.
Ρυμούλκηση: {{neg:company|Οδική Βοήθεια Ζαφειρίου Ο.Ε.}}, οδηγός {{PHONE|698 330 1172}}, άφιξη σε 45 λεπτά, προς συνεργάτη στα Γιάννενα.
Τον αριθμό του τον είπε ψηφίο ψηφίο: {{PHONE|έξι εννιά πέντε, ένα ένα οκτώ, δύο μηδέν τέσσερα τρία}}.
Στον κ. {{PERSON|Καραγιάννη}} στάλθηκε SMS με αριθμό συμβάντος {{neg:reference|ΟΒ-26-11-0904}}. Αντικαταστατικό από Ιωάννινα ({{neg:station-code|IOA-01}}) αύριο 09:00· επιβεβαίωση στο {{EMAIL|s.karagiannis@example.gr}}.`),

  el("chat", `[21:40] Πελάτης: καλησπέρα, κλείδωσα τα κλειδιά μέσα στο αυτοκίνητο. Είμαι στη {{neg:street|Λεωφόρος Νίκης}}, κοντά στον Λευκό Πύργο
[21:41] Υποστήριξη: Καλησπέρα! Ποιο όχημα είναι;
[21:41] Πελάτης: {{neg:car-model|Fiat Tipo}}, {{neg:plate|ΝΕΒ-1907}}
[21:42] Υποστήριξη: Το όχημα δεν έχει τηλεματική, οπότε στέλνουμε κλειδαρά. Θα σας καλέσει από το {{PHONE|2310 271 406}}, άφιξη σε 30 λεπτά περίπου.
[21:43] Πελάτης: ευχαριστώ. το κινητό μου είναι {{PHONE|693 702 5518}}
[21:44] Υποστήριξη: Σημειώθηκε. Το όνομα του μισθωτή;
[21:44] Πελάτης: {{PERSON|Αναστασία Ρήγα}}
[22:19] Υποστήριξη: Ο κλειδαράς μας ενημέρωσε ότι ανοίξατε. Καλό βράδυ, κυρία {{PERSON|Ρήγα}}!`),

  el("email", `Από: {{EMAIL|eleni.georgiou@example.gr}}
Προς: {{EMAIL|stolos@afoinikolaou.example.gr}}
Θέμα: Επιστροφή οχημάτων λήξης μίσθωσης — ευρήματα επιθεώρησης

Καλημέρα κ. {{PERSON|Νικολάου}},

τα τρία οχήματα της σύμβασης {{neg:agreement-number|FL-GR-0128}} που επέστρεψε η {{neg:company|Αφοί Νικολάου Ο.Ε.}} στις {{neg:date|28 Νοεμβρίου 2026}} επιθεωρήθηκαν:
 • {{neg:plate|ΝΗΒ-2047}} ({{neg:car-model|Citroën Berlingo}}): {{neg:odometer|118 640 χλμ.}}, όριο 120 000 — εντός. Κανονική φθορά.
 • {{neg:plate|ΝΗΒ-2048}}: βαθουλώματα στη συρόμενη πόρτα, εκτίμηση {{neg:amount|380 €}}.
 • {{neg:plate|ΝΗΒ-2051}}: {{neg:odometer|131 905 χλμ.}} → υπέρβαση {{neg:odometer|11 905 χλμ.}} × {{neg:amount|0,08 €}} = {{neg:amount|952,40 €}}.
Οι φωτογραφίες είναι στον σύνδεσμο που σας στείλαμε. Αν θέλετε να δείτε τα οχήματα πριν εκδοθεί το τιμολόγιο, βρίσκονται στο Καλοχώρι έως τις 12/12 — πείτε μου ώρα.

Πληρωμή όπως πάντα, στον λογαριασμό {{IBAN|GR21 0140 1250 0002 9002 1075 331}}.

Με εκτίμηση,
{{PERSON|Ελένη Γεωργίου}}
Key Account Manager, {{PHONE|2310 554 018}}`),

  el("note", `Ατύχημα με τρίτο όχημα — Αθήνα, Λ. Κηφισού, {{neg:date|18/11/2026}} 08:45
Μισθωτής {{PERSON|Ευάγγελος Ζερβός}}, {{neg:car-model|Hyundai i20}} {{neg:plate|ΙΟΡ-2215}}. Το τρίτο όχημα ({{neg:car-model|Opel Corsa}} {{neg:plate|ΖΗΚ-8804}}) άλλαξε λωρίδα και τον χτύπησε στο πλάι.
Οδηγός τρίτου: {{PERSON|Δημήτρης Αλεξίου}}, ασφάλεια Interamerican, συμβόλαιο {{neg:policy-number|IA-77259036}}, κινητό {{PHONE|697 558 0319}}. Συμπλήρωσαν Δήλωση Φιλικού Διακανονισμού, υπογεγραμμένη και από τους δύο.
Φωτογραφίες: IMG_3301–IMG_3309 και το έντυπο (IMG_3310).
Τραυματισμοί: κανένας. Όχημα κινείται. Φάκελος ζημιάς {{neg:claim-number|ZM-GR-26-0882}}.`),

  el("call", `Κλοπή από πάρκινγκ ξενοδοχείου — Γλυφάδα, {{neg:date|02/12/2026}} 07:20
Κάλεσε ο {{PERSON|Μάρκος Βλαχάκης}}: είχε δώσει το {{neg:car-model|Škoda Kamiq}} {{neg:plate|ΙΚΜ-6071}} (VIN {{neg:vin|TMBGR9NW1P2685139}}) με το κλειδί στον υπάλληλο στάθμευσης του ξενοδοχείου. Το πρωί έλειπαν και το αυτοκίνητο και το κλειδί από το ντουλάπι της ρεσεψιόν.
GPS: το όχημα κινήθηκε στις {{neg:timestamp|2026-12-02 03:26}} και σταμάτησε στις 03:58 σε αποθήκη στον Ασπρόπυργο, {{neg:gps|38.0612, 23.5874}}. Ενημερώθηκε αμέσως η Ασφάλεια — περιπολικό στο σημείο 05:10, το όχημα βρέθηκε ανέπαφο. Δικογραφία {{neg:police-ref|ΤΑΓ-2026-7309}}.
Την ευθύνη για το κλειδί έχει το ξενοδοχείο· ζητήσαμε τα στοιχεία της ασφάλειάς του.
Το κινητό του, όπως το είπε: {{PHONE|έξι εννιά τέσσερα, εννιά μηδέν δύο, τρία τρία ένα μηδέν}}.`),

  el("email", `Από: {{EMAIL|ch.mavridou@example.gr}}
Προς: {{EMAIL|parapona@example.gr}}
Θέμα: Χρέωση 120 € για επιστροφή σε άλλη πόλη

Νοίκιασα αυτοκίνητο στην Αθήνα ({{neg:booking-ref|GRR-5524017}}) και το άφησα στη Θεσσαλονίκη. Δεν ήξερα ότι υπάρχει χρέωση, κανείς δεν μου το είπε. Θέλω τα 120 € πίσω στον λογαριασμό {{neg:iban-checksum|GR87 0170 4470 0053 9062 7158 320}}.

---

Αγαπητή κυρία {{PERSON|Μαυρίδου}},

η κράτηση έγινε για επιστροφή στην Αθήνα· την αλλαγή σε Θεσσαλονίκη δεν μας τη δηλώσατε, και το τέλος άλλης πόλης ({{neg:amount|120 €}}) αναγράφεται στους όρους που αποδεχτήκατε. Επειδή όμως είναι η πρώτη σας ενοικίαση, σας επιστρέφουμε ως χειρονομία καλής θέλησης το μισό, {{neg:amount|60 €}}.
Στον αριθμό λογαριασμού που γράψατε λείπει ή έχει αλλάξει κάποιο ψηφίο — το σύστημα πληρωμών δεν τον δέχεται. Στείλτε μας, παρακαλώ, μια φωτογραφία από το βιβλιάριο ή την εφαρμογή της τράπεζας.

Με εκτίμηση,
Εξυπηρέτηση Πελατών, τηλ. {{PHONE|801 11 22 333}}

> {{neg:date|20/11/2026}}, η πελάτισσα απάντησε: «Συγγνώμη, το σωστό είναι {{IBAN|GR87 0170 4470 0053 9062 7158 302}}.»`),

  el("chat", `Πελάτισσα: γεια σας, το {{neg:car-model|Renault Zoe}} δείχνει 12 % και ο φορτιστής στο Μαρούσι δεν δέχεται την κάρτα
Υποστήριξη: Γεια σας! Ποιος είναι ο αριθμός στην κάρτα φόρτισης;
Πελάτισσα: {{neg:charge-card-id|GR-EVC-35962}}
Υποστήριξη: Η κάρτα είναι ενεργή. Ο φορτιστής {{neg:station-code|MAR-DC-02}} είναι εκτός δικτύου από το πρωί. Ο πιο κοντινός που λειτουργεί είναι στο εμπορικό κέντρο, 900 μ. μακριά.
Πελάτισσα: εντάξει, θα πάω. η {{neg:name-word|ζωή}} με ηλεκτρικό στην Αθήνα...
Υποστήριξη: Σας καταλαβαίνουμε! Για τα {{neg:energy|30 kWh}} που χρειάζεστε θα κάνει περίπου 40 λεπτά. Αν υπάρξει πρόβλημα, καλέστε στο {{PHONE|210 482 1193}}.`),

  el("note", `Έλεγχος διπλώματος — κράτηση {{neg:booking-ref|GRR-5526630}}, Αεροδρόμιο Θεσσαλονίκης ({{neg:station-code|SKG-01}}), {{neg:date|04/12/2026}}
Οδηγός: {{PERSON|Arben Hoxha}}, αλβανικό δίπλωμα {{neg:licence-number|AL 2093516K}}, χωρίς διεθνή άδεια οδήγησης. Διαμένει στην Αλβανία, ήρθε για δουλειά.
Οι όροι μας: δίπλωμα εκτός ΕΕ χωρίς διεθνή άδεια → δεν παραδίδεται όχημα. Ο πελάτης ενημερώθηκε, η κράτηση ακυρώθηκε χωρίς χρέωση.
Μπορεί να ξανακλείσει με διεθνή άδεια. Κινητό {{PHONE|+355 69 205 9718}}, e-mail {{EMAIL|arben.hoxha@example.com}}.`),

  el("email", `Από: Τμήμα Παραβάσεων <{{EMAIL|klisi.paravasis@example.gr}}>
Προς: {{EMAIL|andreas.christodoulou@example.com}}
Θέμα: Κλήση Τροχαίας Ηρακλείου — {{neg:plate|ΗΡΚ-8253}}

Αγαπητέ κ. {{PERSON|Χριστοδούλου}},

η Τροχαία Ηρακλείου μάς κοινοποίησε την παρακάτω κλήση:
  «Την {{neg:date|21 Οκτωβρίου 2026}} ώρα 11:35, στον ΒΟΑΚ στο ύψος της Αγίας Πελαγίας, το όχημα {{neg:plate|ΗΡΚ-8253}} καταγράφηκε από κάμερα με ταχύτητα 112 χλμ./ώρα, όριο 80. Πρόστιμο {{neg:amount|150 €}}. Αριθμός κλήσης {{neg:fine-ref|ΤΡ-ΗΡ-2026-07931}}.»

Ως μισθωτής, θα λάβετε την κλήση στη διεύθυνσή σας στη Λεμεσό. Την εγγύηση των {{neg:amount|300 €}} που καταβάλατε με τραπεζική μεταφορά σάς την επιστρέψαμε στον λογαριασμό {{IBAN|CY81 0020 0123 0000 0012 3960 5827}}.

Με εκτίμηση,
{{PERSON|Βασιλική Αθανασίου}}, τηλ. {{PHONE|2810 334 120}}`),

  el("note", `Τηλεφωνική κράτηση — λάθη στον αριθμό κάρτας, {{neg:date|05/12/2026}}
Η πελάτισσα {{PERSON|Ιωάννα Σταματοπούλου}} έκλεισε τηλεφωνικά {{neg:car-model|Mercedes-Benz}} V-Class για γάμο στο Ναύπλιο (19/12). Ο συνάδελφος πληκτρολογούσε την κάρτα όπως την υπαγόρευε:
  1η φορά {{neg:luhn-invalid|4929 5063 1178 2025}} — απορρίφθηκε (λάθος ψηφίο ελέγχου)
  2η φορά {{neg:luhn-invalid|4929 5036 1178 2052}} — πάλι απορρίφθηκε
  3η, με τα ψηφία ανά δύο: {{CARD|4929 5063 1178 2052}} — εγκρίθηκε.
Προκαταβολή {{neg:amount|150 €}}. Επιβεβαίωση στο {{EMAIL|ioanna.stam@example.gr}} και SMS στο {{PHONE|693 162 2407}}.
Ζητήθηκε από το IT η φόρμα να δείχνει αμέσως αν ο αριθμός είναι λάθος ({{neg:reference|IT-5283}}).`),

  el("call", `Klisi — skasmeno lasticho sti Naxo, dromos pros Apollona, {{neg:date|22/08/2026}} 16:30
Pelatis {{PERSON|Giorgos Tsakiris}}, {{neg:car-model|Suzuki Jimny}} {{neg:plate|ΕΜΡ-5011}}: to piso dexio lastixo skistike se chomatodromo. Rezerva yparxei, alla o grylos leipei apo to portbagaz.
Stalthike o synergatis mas sti Naxo, {{PHONE|22850 2 3961}}, afixi se 1 ora. O pelatis perimenei se taverna konta.
Kinito pelati: {{PHONE|695 372 8804}}.
Xreosi lastichou {{neg:amount|95 €}} — den kalyptetai (chomatodromos, oros 5.4). Ton enimerosame.`),

  el("chat", `Πελάτης: καλημέρα, θέλω να προσθέσω τη γυναίκα μου ως δεύτερη οδηγό στην κράτηση {{neg:booking-ref|GRR-5529340}}
Υποστήριξη: Καλημέρα! Ονοματεπώνυμο και αριθμό διπλώματος, παρακαλώ.
Πελάτης: {{PERSON|Σοφία Κωστοπούλου}}, δίπλωμα {{neg:licence-number|ΑΒ 316958}}
Υποστήριξη: Ευχαριστώ. Την κυρία {{PERSON|Κωστοπούλου}} την προσθέσαμε, επιβάρυνση {{neg:amount|5 €}} την ημέρα, σύνολο {{neg:amount|35 €}}.
Πελάτης: και αν πάμε με το πλοίο στην Άνδρο;
Υποστήριξη: Για πλοίο χρειάζεται έγκριση — την καταχωρίσαμε για {{neg:date|12/12/2026}}, χωρίς χρέωση. Για οποιοδήποτε πρόβλημα στο νησί: {{PHONE|697 221 4408}}.`),
]

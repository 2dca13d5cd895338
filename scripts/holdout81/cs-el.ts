// Texts of Czechia and Greece, written one by one: domácí péče and κατ' οίκον φροντίδα, tepelná čerpadla and
// fotovoltaika, αντλίες θερμότητας and φωτοβολταϊκά on loans, a sportovní klub's příspěvky and a σύλλογος's συνδρομές
// and youth academy, and a krmivo and τροφή subscription. Greek texts mix Greek and Latin script (Greeklish, Latin
// e-mail addresses, a Romanian carer, a German bank).
import { mk } from "./mk.ts"

const cs = mk("cs-CZ")
const el = mk("el-GR")

export const CS_CZ = [
  cs("email", `Od: {{PERSON|Jana Dvořáková}} <{{EMAIL|jana.dvorakova@example.cz}}>
Komu: Domácí péče <{{EMAIL|pece@example.cz}}>
Předmět: Maminka po propuštění z nemocnice

Dobrý den,

maminku ({{PERSON|Věra Dvořáková}}, 84 let) propouštějí {{neg:date|24. 3.}} z Fakultní nemocnice Olomouc po operaci kyčle. Bydlí sama na adrese {{neg:street|Palackého 12}}, {{neg:postcode|779 00}} Olomouc, ve třetím patře bez výtahu. Potřebovali bychom první dva týdny péči ráno i večer.

Příspěvek na péči jí úřad práce zatím nepřiznal, takže to budeme platit my — zálohu {{neg:amount|6 480 Kč}} pošlu z účtu {{IBAN|CZ52 0800 0000 0021 9438 7512}}, jakmile mi pošlete smlouvu.

Já pracuji v Drážďanech, nejlépe mě zastihnete večer.

S pozdravem
{{PERSON|Jana Dvořáková}}
mobil {{PHONE|+49 1577 204 8831}}, maminka {{PHONE|585 204 961}}`),

  cs("call", `Automatický přepis — servisní linka, tepelná čerpadla — {{neg:date|11. 3. 2026}}
Operátor: Servis, dobrý den, u telefonu {{PERSON|Tomáš}}.
Zákazník: Dobrý den. Máme od vás čerpadlo, {{neg:product|Stiebel Eltron WPL}}, a soused si stěžuje, že venkovní jednotka v noci hučí. Prý to slyší až v ložnici.
Operátor: Rozumím. Od kdy to je?
Zákazník: Od té doby, co mrzne. Asi od února.
Operátor: To bude odmrazování, ale pošleme technika, ať změří hluk. Číslo zakázky máte?
Zákazník: {{neg:order-number|SRV-2026-0733}}.
Operátor: Děkuji. Na jaké číslo vám technik zavolá?
Zákazník: {{PHONE|Sedm set sedmdesát čtyři, nula devět nula, tři sta dvanáct}}. A sousedovi radši ne, ten je naštvaný.`),

  cs("sms", `HC Slavoj — mládež 🏒
Trenér: Dobrý den, rolba na zimáku je rozbitá, trénink U11 se ve čtvrtek přesouvá z {{neg:time|16:00}} na {{neg:time|17:30}}. {{PERSON|Hrubeš}}
Rodič ({{PHONE|775 248 016}}): Dobře, {{PERSON|Vojta}} přijde. Platí ještě turnaj v Kladně {{neg:date|28. 3.}}?
Trenér: Platí, sraz {{neg:time|7:15}} u stadionu, startovné {{neg:amount|300 Kč}} vybírám na místě.`),

  cs("chat", `Chat — krmivo v předplatném
Zákaznice: dobrý den, jsme chovatelská stanice, fence vrhla 7 štěňat 🐶 chtěla bych objednat větší balení štěněcích granulí a fakturu na firmu
Operátor: Gratulujeme! Pro chovatele máme balení {{neg:weight|15 kg}} {{neg:product|Puppy Jehněčí}} za {{neg:amount|1 890 Kč}}. Na jakou firmu?
Zákaznice: {{neg:company|Chovatelská stanice Od Lesní Tůně s.r.o.}}, objednávku dělám já, {{PERSON|Romana Kadlecová}}
Operátor: Děkuji, fakturu pošlu na {{EMAIL|romana.kadlecova@example.cz}}. Číslo objednávky {{neg:order-number|OBJ-CZ-518827}}.
Zákaznice: super, a fenku jménem {{neg:pet-name|Ronja}} máte v systému už z loňska`),

  cs("form", `Žádost o úvěr na fotovoltaiku — webový formulář
Jméno a příjmení: {{PERSON|Radek Procházka}}
E-mail: {{EMAIL|radek.prochazka@example.cz}}
Telefon: {{PHONE|+420 605 117 382}}
Místo instalace: chata, Lipno nad Vltavou (pozemková instalace, ne střecha)
Korespondenční adresa: {{neg:street|Masarykova 45}}, {{neg:postcode|602 00}} Brno
Výkon: {{neg:capacity|7,4 kWp}}, baterie {{neg:capacity|11 kWh}}
Částka: {{neg:amount|245 000 Kč}}
Číslo elektroměru: {{neg:meter-number|EAN 859182400611248833}}
Dodavatel instalace: {{neg:company|Solární systémy Procházka s.r.o.}} (není příbuzný)
IP: {{IP_ADDRESS|10.0.14.77}}`),

  cs("note", `Záznam z návštěvy — domácí péče — {{neg:date|18. 3. 2026}}
Klient: pan {{PERSON|Jaroslav Krejčí}}, 89 let, Plzeň. Návštěva {{neg:time|8:00}}–{{neg:time|9:15}}.
Klient nemohl najít klíče, po půl hodině nalezeny v lednici. Pan {{PERSON|Krejčí}} byl přesto {{neg:name-word|veselý}}, zpíval. Doporučuji rodině zvážit schránku na klíče u dveří — domluveno se zámečníkem, {{neg:company|Zámky Hrubý s.r.o.}}, {{PHONE|377 421 806}}.
Sousedka paní {{PERSON|Vránová}} má náhradní klíč: {{PHONE|387 312 558}}.
Pečovatelka: {{PERSON|Lenka Horáková}}`),

  cs("email", `Od: {{PERSON|Pavel Hájek}} <{{EMAIL|pavel.hajek@example.cz}}>
Komu: Výbor klubu <{{EMAIL|vybor@example.cz}}>
Předmět: Hromadný e-mail s adresami všech rodičů

Dobrý den,

včerejší pozvánku na valnou hromadu ({{neg:date|28. 3. 2026}}, {{neg:time|18:00}}, klubovna) jste poslali všem rodičům v kopii, ne ve skryté kopii. Každý teď vidí adresy ostatních, např. {{EMAIL|m.sedlackova@example.cz}}, {{EMAIL|tonda.rybar@example.com}} a mou. To je podle GDPR únik osobních údajů.

Prosím, oznamte to a příště použijte skrytou kopii.

{{PERSON|Pavel Hájek}}, otec hráče U15, člen č. {{neg:member-number|SK-0419}}
{{PHONE|499 620 184}}`),

  cs("crm", `Export CRM — servis tepelných čerpadel, Jihomoravský kraj
id;zákazník;telefon;e-mail;stav
{{neg:contract-number|TC-JM-0811}};{{PERSON|Zdeněk Pospíšil}};{{PHONE|541 228 736}};{{EMAIL|zpospisil@example.cz}};roční servis {{neg:date|2026-03-04}}, chyba E-13 odstraněna
{{neg:contract-number|TC-JM-0812}};{{PERSON|Hana Kučerová}};{{PHONE|737 415 092}};—;výměna oběhového čerpadla, čeká na díl
{{neg:contract-number|TC-JM-0813}};{{neg:company|Vinařství Bílé Hory s.r.o.}};{{PHONE|519 512 340}};{{EMAIL|info.vinarstvi@example.cz}};záruční oprava, firmware {{neg:version|4.12.3}}`),

  cs("call", `Přepis — zákaznická linka, krmivo — 00:03:05
Operátor: Dobrý den, s kým mluvím?
Zákazník: {{PERSON|Miroslav Beneš}}. Chtěl bych zrušit předplatné. Kocour nám minulý týden umřel, ledviny.
Operátor: To je mi moc líto. Předplatné {{neg:order-number|PŘ-CZ-204416}} ruším k dnešnímu dni.
Zákazník: Zbyly nám dva pytle {{neg:product|Renal Care}}, neotevřené. Nevíte, jestli je vezme útulek?
Operátor: Útulek v Liberci je bere, pošlu vám kontakt. Na jaké číslo?
Zákazník: {{PHONE|šest set šest, dvě stě osmdesát devět, čtyři sta třicet}}.
Operátor: Zapsáno. A ještě jednou upřímnou soustrast.`),

  cs("sms", `Dobrý den paní {{PERSON|Novotná}} ☀️ ČEZ Distribuce schválila připojení vaší elektrárny. Revize proběhne {{neg:date|2. 4.}} v {{neg:time|9:00}}, pak vám vymění elektroměr. Dotazy: {{PHONE|739 618 204}}. Zakázka {{neg:order-number|ZAK-4417}}`),

  cs("form", `Přihláška na příměstský florbalový tábor — online
Jméno dítěte: {{PERSON|Eliška Fialová}}
Datum narození: {{neg:date|3. 9. 2014}}
Zákonný zástupce: {{PERSON|Lucie Fialová}}
Telefon: {{PHONE|720 145 398}}
E-mail: {{EMAIL|lucie.fialova@example.cz}}
Termín: {{neg:date|13. 7.}}–{{neg:date|17. 7. 2026}}
Cena: {{neg:amount|3 900 Kč}}
Platba kartou: {{CARD|5192 0348 7716 4026}}, platnost {{neg:card-expiry|06/28}}
Zdravotní omezení: alergie na pyl`),

  cs("chat", `WhatsApp — Domácí péče Praha
Dcera: dobrý den, může pečovatelka u tatínka taky vyvenčit psa a nakoupit? {{neg:pet-name|Alík}} je hodný, jen tahá
Dispečink: Dobrý den, ano, venčení i nákup zvládneme v rámci návštěvy, hodina stojí {{neg:amount|380 Kč}}. Adresa {{neg:street|Vinohradská 112}}?
Dcera: ano. Jsem {{PERSON|Markéta Kolářová}}, 📞 {{PHONE|731 884 260}}
Dispečink: Děkujeme. Od pondělí tam bude chodit paní {{PERSON|Ivana Musilová}}. {{neg:name-word|Zima}} končí, tak si procházky užijí 🙂`),

  cs("note", `Interní poznámka — úvěr FVE — {{neg:loan-number|UV-FVE-22716}}
Klient chce úvěr předčasně splatit a vrátit přeplatek {{neg:amount|4 212 Kč}}. Nejdřív uvedl účet {{neg:iban-checksum|SK37 1100 0000 0026 1847 3159}} — banka ho odmítla, kontrolní číslice nesedí. Opraveno na {{IBAN|SK73 1100 0000 0026 1847 3159}}.
Kontakt: {{PERSON|Juraj Hudák}}, {{PHONE|+421 905 318 442}}, {{EMAIL|juraj.hudak@example.sk}}.`),

  cs("email", `Od: {{EMAIL|k.vlckova@example.cz}}
Komu: Předplatné <{{EMAIL|predplatne@example.cz}}>
Předmět: Re: Dárkové předplatné pro babičku

Dobrý den,
babička je {{neg:name-word|svoboda}} sama — nechce, abychom jí cokoli objednávali bez ptaní 🙂 Tak jsem se zeptala a souhlasí. Pro kocoura {{neg:pet-name|Mourek}}, {{neg:weight|2 kg}} měsíčně, na adresu {{neg:street|náměstí Míru 7}}, Tábor.
{{PERSON|Kateřina Vlčková}}
{{PHONE|604 227 913}}

> Dne {{neg:date|12. 3. 2026}} Předplatné napsal(a):
> Dárkové předplatné lze zaplatit předem na 3, 6 nebo 12 měsíců.`),

  cs("crm", `Sportovní klub — trenéři mládeže (export {{neg:timestamp|2026-03-21 06:45}})
trenér;tým;licence;telefon;e-mail
{{PERSON|Filip Zeman}};U9;{{neg:licence-number|TL-C-20418}};{{PHONE|595 172 604}};{{EMAIL|filip.zeman@example.cz}}
{{PERSON|Barbora Kyselová}};U13 dívky;{{neg:licence-number|TL-B-11873}};{{PHONE|728 460 105}};—
{{PERSON|Jiří Malík}};U17;prošlá {{neg:date|31. 12. 2025}};{{PHONE|222 540 318}};{{EMAIL|jmalik@example.cz}}`),
]

export const EL_GR = [
  el("email", `Από: {{PERSON|Ελένη Κωνσταντίνου}} <{{EMAIL|eleni.konstantinou@example.de}}>
Προς: Κατ' οίκον φροντίδα <{{EMAIL|frontida@example.gr}}>
Θέμα: Νυχτερινή νοσηλεύτρια για τον πατέρα μου στα Χανιά

Καλησπέρα σας,

ο πατέρας μου, {{PERSON|Μιχάλης Κωνσταντίνου}}, 81 ετών, βγαίνει από το νοσοκομείο Χανίων στις {{neg:date|25/03/2026}} μετά από χειρουργείο καρδιάς. Μένει μόνος, {{neg:street|Οδός Χατζημιχάλη Γιάνναρη 14}}. Εγώ ζω στο Μόναχο και κατεβαίνω μόνο το Πάσχα.

Χρειαζόμαστε νοσηλεύτρια τις νύχτες για δύο εβδομάδες. Θα πληρώνω από τον γερμανικό μου λογαριασμό, {{IBAN|DE67 4307 0024 0031 8290 77}}.

Ευχαριστώ,
{{PERSON|Ελένη}}
{{PHONE|+49 89 2180 4417}} · πατέρας {{PHONE|28210 74 336}}`),

  el("call", `Αυτόματη απομαγνητοφώνηση — αντλίες θερμότητας ζεστού νερού — {{neg:date|10/03/2026}}
Υπάλληλος: Καλημέρα, είμαι ο {{PERSON|Στέλιος}}, πώς μπορώ να βοηθήσω;
Πελάτης: Καλημέρα. Μπήκα στο πρόγραμμα για αλλαγή θερμοσίφωνα και θέλω αντλία θερμότητας για το νερό. Η προσφορά είναι η {{neg:quote-number|ΠΡ-26-0318}}.
Υπάλληλος: Μάλιστα, η {{neg:product|Ariston Nuos Plus}} 200 λίτρων, {{neg:amount|2.150 €}} με την εγκατάσταση, πριν από την επιδότηση. Σε ποιο τηλέφωνο να σας καλέσουμε για το ραντεβού;
Πελάτης: {{PHONE|Έξι ενενήντα πέντε, εκατό ογδόντα τρία, σαράντα, δεκαεννιά}}.
Υπάλληλος: Ευχαριστώ. Το παλιό θερμοσίφωνο το παίρνουμε εμείς για ανακύκλωση.`),

  el("sms", `Ακαδημία μπάσκετ 🏀
Γονέας ({{PHONE|697 205 4418}}): Καλησπέρα, ο {{PERSON|Άρης}} έχει πυρετό, δεν θα έρθει στον αγώνα της Κυριακής.
Προπονητής: Περαστικά! Η συνδρομή Μαρτίου ({{neg:amount|35 €}}) για τον αθλητή {{neg:member-number|AST-2026-219}} είναι ακόμη ανοιχτή, όποτε μπορείτε. {{PERSON|Νίκος Φραγκιαδάκης}}`),

  el("chat", `Chat — τροφή με συνδρομή
Pelatis: geia sas, taizo tis adespotes gates sti geitonia, 15-20 gates. Exete ekptosi gia megala sakia?
Υπάλληλος: Καλησπέρα! Ναι, για φιλοζωικές ομάδες και εθελοντές υπάρχει έκπτωση 20%. Το σακί {{neg:weight|20 kg}} βγαίνει {{neg:amount|47,20 €}}.
Pelatis: teleia. Eimai o {{PERSON|Giannis Theodorou}}, to kinito mou 👉 {{PHONE|6944 205 871}}
Υπάλληλος: Ευχαριστώ, {{PERSON|Γιάννη}}. Σας στέλνω τη φόρμα εθελοντή στο email σας;
Pelatis: nai, {{EMAIL|giannis.theod@example.gr}}`),

  el("form", `Αίτηση χρηματοδότησης φωτοβολταϊκών — φόρμα
Ονοματεπώνυμο: {{PERSON|Γιώργος Παπαδάκης}}
Email: {{EMAIL|g.papadakis@example.gr}}
Τηλέφωνο: {{PHONE|+30 698 112 5037}}
Διεύθυνση: {{neg:street|Λεωφόρος Κνωσού 118}}, {{neg:postcode|713 06}} Ηράκλειο
Ισχύς: {{neg:capacity|10 kWp}}, μπαταρία {{neg:capacity|5 kWh}}
Ποσό: {{neg:amount|11.200 €}}
Αριθμός παροχής ΔΕΔΔΗΕ: {{neg:meter-number|1 40718852-01 6}}
Εγκαταστάτης: {{neg:company|Ηλιακά Συστήματα Κρήτης Α.Ε.}}
IP: {{IP_ADDRESS|2001:db8:3c4d:15::1a2f}}`),

  el("note", `Σημείωμα συντονισμού — κατ' οίκον φροντίδα — {{neg:date|18/03/2026}}
Απεργία στα πλοία: η φροντίστρια {{PERSON|Δήμητρα Αλεξίου}} δεν μπόρεσε να περάσει στην Πάρο. Ο ωφελούμενος, κ. {{PERSON|Ανδρέας Μαυρίδης}}, 87 ετών, έμεινε χωρίς επίσκεψη.
Καλέσαμε τη γειτόνισσα, κυρία {{PERSON|Ρηνιώ}}, {{PHONE|22840 51 207}}, που του πήγε φαγητό και τα φάρμακα. Ο κ. {{PERSON|Μαυρίδης}} είπε ότι είναι «μια χαρά», αλλά η κόρη ζητά να τον πάρουμε τηλέφωνο και το απόγευμα.
Η γάτα του, η {{neg:pet-name|Ψιψίνα}}, ταΐστηκε.`),

  el("email", `Από: {{PERSON|Κατερίνα Γεωργίου}} <{{EMAIL|k.georgiou@example.com}}>
Προς: Ακαδημία — Σύλλογος <{{EMAIL|akadimia@example.gr}}>
Θέμα: Φωτογραφία του γιου μου στο Instagram

Καλησπέρα,

είδα στο Instagram του συλλόγου φωτογραφία από το τουρνουά με τον {{PERSON|Παναγιώτη}}, με το πρόσωπο και το όνομά του. Στην εγγραφή είχα δηλώσει ότι ΔΕΝ συναινώ.

Παρακαλώ να κατέβει σήμερα.

{{PERSON|Κατερίνα Γεωργίου}}
{{PHONE|2310 902 446}}

> Στις {{neg:date|12/03/2026}} η Ακαδημία έγραψε:
> Συγχαρητήρια στα παιδιά μας για την 2η θέση! 📸`),

  el("crm", `CRM export — αντλίες θερμότητας, Αττική
id;πελάτης;τηλέφωνο;email;κατάσταση
{{neg:contract-number|ΑΘ-ΑΤ-0511}};{{PERSON|Κώστας Λαμπρόπουλος}};{{PHONE|210 363 9024}};{{EMAIL|k.lampropoulos@example.gr}};εγκαταστάθηκε {{neg:date|04/03/2026}}
{{neg:contract-number|ΑΘ-ΑΤ-0512}};{{PERSON|Dimitris Alexiou}};{{PHONE|694 552 3108}};{{EMAIL|d.alexiou@example.com}};αναμονή επιδότησης
{{neg:contract-number|ΑΘ-ΑΤ-0513}};{{neg:company|Ξενοδοχείο Αιγαίο Α.Ε.}};{{PHONE|22890 24 517}};{{EMAIL|info.aigaio@example.gr}};προσφορά για 40 δωμάτια`),

  el("call", `Απομαγνητοφώνηση — εξυπηρέτηση πελατών, τροφή — 00:02:40
Υπάλληλος: Καλησπέρα, με ποιον μιλάω;
Πελάτισσα: Με την {{PERSON|Σοφία Νικολαΐδου}}. Ο κούριερ άφησε το δέμα μου στον διπλανό, και ο διπλανός λείπει στο χωριό.
Υπάλληλος: Συγγνώμη! Βλέπω την παραγγελία {{neg:order-number|ΠΑΡ-GR-407731}}. Σας στέλνουμε νέο σακί αύριο, χωρίς χρέωση.
Πελάτισσα: Ευχαριστώ. Το κινητό μου είναι {{PHONE|έξι ενενήντα εννιά, τετρακόσια δώδεκα, πενήντα οχτώ, τριάντα ένα}}, να με πάρει ο κούριερ πριν έρθει.
Υπάλληλος: Καταχωρήθηκε. Και ο σκύλος σας, ο {{neg:pet-name|Μπόμπος}}, δεν θα μείνει νηστικός.`),

  el("sms", `Καλημέρα κυρία {{PERSON|Ζαχαρίου}} 🌬️ λόγω μελτεμιού (8 μποφόρ) δεν μπορούμε να ανεβάσουμε τα πάνελ στη στέγη αύριο. Νέα ημερομηνία {{neg:date|2 Απριλίου}}, {{neg:time|07:30}}. Επικοινωνία: {{PHONE|2810 247 305}}. Εργασία {{neg:order-number|ΕΡΓ-5129}}`),

  el("form", `Εγγραφή αθλητή — κολύμβηση — online
Όνομα παιδιού: {{PERSON|Αναστασία Ρήγα}}
Ημερομηνία γέννησης: {{neg:date|22/11/2013}}
Γονέας: {{PERSON|Ιωάννα Ρήγα}}
Τηλέφωνο: {{PHONE|698 430 7715}}
Email: {{EMAIL|ioanna.riga@example.gr}}
Κάρτα υγείας αθλητή: εκκρεμεί, ιατρική βεβαίωση έως {{neg:date|30/04/2026}}
Πληρωμή με κάρτα: {{CARD|2223 0417 6650 9187}}, λήξη {{neg:card-expiry|10/28}}`),

  el("chat", `Viber — Φροντίδα Αθήνας
Γιος: καλημέρα, η μητέρα μου λέει ότι η φροντίστρια της είπε να της δώσει τον κωδικό της κάρτας για να ψωνίσει. Είναι αυτό κανονικό;
Συντονισμός: Καθόλου! Οι φροντίστριές μας δεν ζητούν ποτέ κωδικούς. Ποια ήταν;
Γιος: Η νέα, η {{PERSON|Aurelia}}. Είμαι ο {{PERSON|Θανάσης Πετρόπουλος}}, 📞 {{PHONE|697 318 0462}}. Η μητέρα μου μένει {{neg:street|Ερμού 24}}
Συντονισμός: Ευχαριστούμε που μας ενημερώσατε. Την αποσύρουμε σήμερα και σας καλεί η υπεύθυνη, {{PERSON|Βάσω Λιάπη}}, από το {{PHONE|210 651 3280}}.`),

  el("note", `Εσωτερικό σημείωμα — δάνειο Φ/Β — {{neg:loan-number|ΔΑΝ-ΦΒ-30218}}
Ο πελάτης ζει στη Λευκωσία, εξοχικό στη Ρόδο. Πρώτα έδωσε λογαριασμό {{neg:iban-checksum|CY90 0020 0195 0000 3570 4918 3726}} — απορρίφθηκε, λάθος ψηφία ελέγχου. Σωστός: {{IBAN|CY09 0020 0195 0000 3570 4918 3726}}. Εγκρίθηκε για {{neg:amount|8.400 €}}.
Επαφή: {{PERSON|Χρύσανθος Ιωάννου}}, {{PHONE|+357 99 418 273}}, {{EMAIL|chrysanthos.ioannou@example.com.cy}}.`),

  el("email", `Από: Κτηνιατρείο <{{EMAIL|vet.kifisia@example.gr}}>
Προς: Συνδρομές <{{EMAIL|syndromes@example.gr}}>
Θέμα: RE: Διαιτητική τροφή για ασθενή μας

Καλησπέρα,
επιβεβαιώνουμε τη συνταγή για τον σκύλο {{neg:pet-name|Ρεξ}} της κυρίας {{PERSON|Μαρίνας Βλάχου}}: νεφρική δίαιτα, {{neg:weight|3 kg}} τον μήνα, επανέλεγχος σε τρεις μήνες με την {{neg:name-word|ελπίδα}} να βελτιωθεί η κρεατινίνη.
Dr. {{PERSON|Alexandros Petrakis}}, DVM
{{PHONE|210 220 9146}}

> Στις {{neg:date|12/03/2026}} οι Συνδρομές έγραψαν:
> Για τη διαιτητική σειρά χρειαζόμαστε επιβεβαίωση από τον κτηνίατρο.`),

  el("crm", `Κατ' οίκον φροντίδα — πρόγραμμα (export {{neg:timestamp|2026-03-21 06:50}})
ωφελούμενος;φροντίστρια;τηλ. οικογένειας;σημείωση
{{PERSON|Ευάγγελος Τσακίρης}};{{PERSON|Aurelia Popescu}} → αντικατάσταση;{{PHONE|694 207 5531}};διαβήτης, ινσουλίνη {{neg:time|08:00}}
{{PERSON|Φωτεινή Καραγιάννη}};{{PERSON|Σταυρούλα Μπέη}};{{PHONE|210 958 4160}};νυχτερινή φροντίδα από {{neg:date|1/4}}, πληρωμή από {{IBAN|GR43 0172 0350 0050 3511 8420 907}}
{{PERSON|Ιωάννης Δρακόπουλος}};—;{{PHONE|697 551 3802}};αναμονή, ασφάλεια {{neg:policy-number|ΑΣΦ-440917}}`),
]

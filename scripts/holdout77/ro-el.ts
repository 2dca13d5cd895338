// Texts of Romania and Greece (Greek script), written one by one: quoted marketplace threads, agents' case notes,
// report forms and moderation log lines, and quoted reviews of a trust-and-safety and support desk.
import { mk } from "./mk.ts"

const ro = mk("ro-RO")
const el = mk("el-GR")

export const RO_RO = [
  ro("thread", `Dispută {{neg:case-number|DSP-2026-61204}}, conversație citată — anunț {{neg:listing-id|OLX-7723019}} (mașină de spălat, Cluj)
cumpărător vlad_cj: mai e disponibilă?
vânzătoare {{PERSON|Ioana Mureșan}}: da, sunați-mă direct la {{PHONE|0722 418 390}}, aici nu prea intru
cumpărător vlad_cj: prefer să rămânem pe platformă`),
  ro("report", `raport tip=plată_în_afara_platformei autor=@bunica_vinde anunț={{neg:listing-id|RO-6390-B}}
text="vânzătorul a cerut avans de {{neg:amount|300 lei}} pe Revolut și a lăsat mailul {{EMAIL|avans.rapid.ro@example.com}}"
acțiune=anunț_șters moderator=mod_ro_6 tel_în_text={{PHONE|0756 884 210}}`),
  ro("case", `Notă agent: contul lui {{PERSON|Cristina Dumitrescu}} a fost preluat, autentificare de la {{IP_ADDRESS|203.0.113.66}} pe {{neg:date|2 decembrie}} la {{neg:time|03:22}}. Telefonul de recuperare schimbat din {{PHONE|+40 733 905 261}}. Restabilit; rambursare {{neg:amount|450 lei}} în {{IBAN|RO21 INGB 0000 9999 0123 4567}}.`),
  ro("review", `Recenzie citată în reclamația {{neg:case-number|RC-3390}}: „Cabana din Sinaia superbă, dar gazda, {{PERSON|Sorin}}, nu răspundea. Vecina, doamna {{PERSON|Elena Stan}}, ne-a dat cheia, are numărul {{PHONE|0244 312 875}}.” Răspuns: „Scuze, eram la munte fără semnal.”`),
  ro("case", `Plată către vânzător: {{PERSON|Mihai Constantinescu}} a introdus {{neg:iban-checksum|RO22 INGB 0000 9999 0123 4567}}, respins. Corect: {{IBAN|RO38 RNCB 0082 0441 8933 0001}}. Comanda {{neg:order-number|CMD-RO-18724}}, suma {{neg:amount|1.200 RON}}.`),
  ro("thread", `Rezervare {{neg:booking-ref|CAZ-BV-5071}}, mesaje gazdă/oaspete
oaspete {{PERSON|Andreea Popa}}: ajungem pe la {{neg:time|22:40}}, e în regulă?
gazdă {{PERSON|Nicolae Ardelean}}: da, fiul meu vă așteaptă, {{PHONE|0745 209 117}}
oaspete: mulțumim frumos! ⛰️`),
  ro("report", `jurnal_moderare acțiune=eliminare motiv=date_de_contact anunț={{neg:listing-id|TEL-2718}} text="iPhone 13 impecabil, sunați {{PHONE|021 312 4478}} după ora 18" versiune={{neg:version|6.0.7}} revizor=mod_ro_1`),
  ro("case", `Verificare identitate: buletin pe numele {{PERSON|Ștefan Bălan}}, cod poștal {{neg:postcode|400124}}, Cluj-Napoca. Card {{CARD|5167 3204 9981 7369}} adăugat; prima încercare {{neg:luhn-invalid|5167 3204 9981 7368}} refuzată. Telefon confirmat {{PHONE|+40 264 405 318}}.`),
  ro("case", `Plângere vecin, proprietatea {{neg:listing-id|AP-CT-5518}} (Constanța). Vecinul de la etajul 3, domnul {{PERSON|Gheorghe Radu}}, a sunat de pe {{PHONE|0741 933 206}}: petrecere până la {{neg:time|03:30}} în noaptea de {{neg:date|28 noiembrie}}. Oaspeții avertizați prin aplicație; gazda a confirmat.`),
  ro("review", `★☆☆☆☆ „Telefon zgâriat, vânzător nepoliticos.” — {{PERSON|Gabriela Neagu}}. Răspuns: „Poză din {{neg:date|27 noiembrie}}, era perfect. Mai am {{neg:name-word|speranța}} că veți reveni.”`),
  ro("case", `Rambursare: cumpărătorul {{PERSON|Adrian Lungu}} a plătit {{neg:amount|289 lei}} cu cardul {{neg:masked-card|**** 4482}}. Card complet {{CARD|6011 2177 5039 4482}}. Vânzătoarea {{PERSON|Roxana Iliescu}} notificată, telefon {{PHONE|0264 597 130}}.`),
  ro("report", `alertă_ato utilizator=dan.m ip_nou={{IP_ADDRESS|2001:db8:7e::21}} ip_vechi={{IP_ADDRESS|192.168.2.15}} email_nou={{EMAIL|dm.recuperare@example.net}} tel_nou={{PHONE|0769 230 514}} raportat_de=dan.m`),
  ro("thread", `Mesaje citate, anunț {{neg:listing-id|MOB-40718}} (canapea extensibilă)
„cumpărător” transport_rapid_uk: am plătit {{neg:amount|1.650 lei}} în loc de 650, vă rog returnați diferența pe Revolut
vânzătoare {{PERSON|Loredana Cozma}}: în aplicație nu apare nicio plată
„cumpărător”: sunați-mă la {{PHONE|+44 7862 204 386}} și vă explic`),
  ro("case", `Închiriere auto între persoane, rezervarea {{neg:booking-ref|MAS-IS-40317}} (Iași). Proprietarul {{PERSON|Valentin Chiriac}} cere {{neg:amount|180 lei}} pentru plinul nefăcut; chiriașa trimite bonul de la benzinărie, ora {{neg:time|19:42}}, {{neg:date|29 noiembrie}}. Decizie: cerere respinsă. Proprietar informat la {{PHONE|0232 217 604}}.`),
  ro("review", `Recenzie citată de vânzător în contestație: „Am primit bicicleta, dar altă culoare decât în poze. Vânzătorul a răspuns repede.” — utilizatoarea ana_maria_bv. Vânzătorul {{PERSON|Sebastian Enache}} cere ștergerea recenziei; refuzat, nu încalcă regulile. Cod poștal livrare {{neg:postcode|500030}}.`),
]

export const EL_GR = [
  el("thread", `Διαφορά {{neg:case-number|ΔΦ-2026-71190}}, παράθεση συνομιλίας — αγγελία {{neg:listing-id|AGG-5520931}} (ψυγείο, Πειραιάς)
αγοραστής kostas_pir: είναι ακόμα διαθέσιμο;
πωλήτρια {{PERSON|Ελένη Παπαδοπούλου}}: ναι, πάρτε με στο {{PHONE|694 127 3308}}, εδώ δεν μπαίνω συχνά
αγοραστής kostas_pir: προτιμώ μέσω πλατφόρμας`),
  el("report", `αναφορά τύπος=πληρωμή_εκτός αναφέρων=@giagia_poulaei αγγελία={{neg:listing-id|GR-8053-TH}}
κείμενο="ζήτησε προκαταβολή {{neg:amount|80 €}} σε λογαριασμό {{IBAN|GR93 0172 0240 0000 2024 1234 507}} πριν τη συνάντηση"
ενέργεια=διαγραφή συντονιστής=mod_gr_2 τηλ_στο_κείμενο={{PHONE|699 208 4471}}`),
  el("case", `Σημείωση πράκτορα: ο λογαριασμός του {{PERSON|Γιώργου Αντωνίου}} παραβιάστηκε, σύνδεση από {{IP_ADDRESS|198.51.100.150}} στις {{neg:date|2 Δεκεμβρίου}} ώρα {{neg:time|03:50}}. Το email άλλαξε σε {{EMAIL|ga.help.desk@example.com}}. Αποκαταστάθηκε.`),
  el("review", `Κριτική σε παράπονο {{neg:case-number|ΠΡ-5129}}: «Υπέροχο σπίτι στη Νάξο, αλλά ο οικοδεσπότης {{PERSON|Μανώλης}} δεν απαντούσε. Η γειτόνισσα, η κυρία {{PERSON|Δέσποινα}}, μας βοήθησε, τηλ. {{PHONE|22850 41 736}}.»`),
  el("case", `Πληρωμή πωλητή: ο {{PERSON|Αθανάσιος Κωνσταντίνου}} έδωσε {{neg:iban-checksum|GR18 0260 0450 0000 9701 2345 670}}, απορρίφθηκε. Σωστό: {{IBAN|GR17 0260 0450 0000 9701 2345 670}}. Παραγγελία {{neg:order-number|ORD-GR-26608}}, ποσό {{neg:amount|1.120 €}}.`),
  el("thread", `Κράτηση {{neg:booking-ref|KRT-CHQ-8815}}, μηνύματα οικοδέσποινας/επισκέπτη
επισκέπτρια {{PERSON|Anna Lindqvist}}: we arrive around {{neg:time|23:15}}, is that ok?
οικοδέσποινα {{PERSON|Σοφία Μαρκάκη}}: ναι, ο ανιψιός μου {{PERSON|Μιχάλης}} θα σας περιμένει, {{PHONE|+30 2310 558 204}}
επισκέπτρια: ευχαριστώ! 🌊`),
  el("report", `αρχείο_εποπτείας ενέργεια=αφαίρεση αιτία=στοιχεία_επικοινωνίας αγγελία={{neg:listing-id|KIN-4406}} κείμενο="iPhone 14 σαν καινούργιο, στείλε στο {{EMAIL|kinita.athina@example.com}}" έκδοση={{neg:version|8.3.5}} ελεγκτής=mod_gr_7`),
  el("case", `Επαλήθευση ταυτότητας: ταυτότητα στο όνομα {{PERSON|Ευάγγελος Σταθόπουλος}}, ΤΚ {{neg:postcode|105 58}} Αθήνα. Κάρτα {{CARD|4165 9823 0774 1050}} προστέθηκε· η πρώτη {{neg:luhn-invalid|4165 9823 0774 1051}} απορρίφθηκε. Τηλέφωνο {{PHONE|210 724 1933}}.`),
  el("thread", `Απόσπασμα email, υπόθεση {{neg:case-number|ΠΛ-772014}}
Από: {{EMAIL|argyro.k.shop@example.gr}}
«Καλησπέρα, η πληρωμή {{neg:reference|PO-GR-33817}} των {{neg:amount|640 €}} δεν έχει φτάσει από τις {{neg:date|20 Νοεμβρίου}}. Τηλέφωνο για επικοινωνία {{PHONE|2810 342 917}}. Ευχαριστώ, {{PERSON|Αργυρώ Κουτσούκου}}»`),
  el("review", `★☆☆☆☆ «Κινητό γρατζουνισμένο, αγενής πωλητής.» — {{PERSON|Δημήτρης Λαμπράκης}}. Απάντηση: «Φωτογραφία από {{neg:date|27 Νοεμβρίου}}, ήταν άψογο. Έχω την {{neg:name-word|ελπίδα}} να το ξανασκεφτείτε.»`),
  el("case", `Επιστροφή χρημάτων: ο αγοραστής {{PERSON|Χρήστος Νικολάου}} πλήρωσε {{neg:amount|89 €}} με την κάρτα {{neg:masked-card|**** 8308}}. Πλήρης αριθμός {{CARD|5213 4409 7628 8308}}. Ο πωλητής {{PERSON|Σπύρος Αλεξίου}} ενημερώθηκε, τηλ. {{PHONE|697 440 8152}}.`),
  el("report", `ειδοποίηση_ato χρήστης=nikos.p νέα_ip={{IP_ADDRESS|2001:db8:3d::5}} παλιά_ip={{IP_ADDRESS|10.20.30.40}} νέο_τηλ={{PHONE|6981 223 047}} ανέφερε=nikos.p`),
  el("thread", `Αγγελία που αναφέρθηκε {{neg:listing-id|AYT-1583}}:
πωλητής «Νίκη Motors»: στείλε προκαταβολή {{neg:amount|300 €}} και σου κρατάω το αμάξι
αγοραστής {{PERSON|Παναγιώτης Ρήγας}}: πληρώνω μόνο μέσω της πλατφόρμας
πωλητής: η {{neg:name-word|νίκη}} είναι του πρώτου που θα έρθει`),
  el("case", `Επαλήθευση οικοδεσπότη: τα έγγραφα για το κατάλυμα {{neg:listing-id|ΚΑΤ-77104}} στη Σαντορίνη είναι στο όνομα {{PERSON|Ιωάννα Δρόσου}}, ενώ ο λογαριασμός πληρωμών είναι στο όνομα του συζύγου της. Ζητήθηκε εξουσιοδότηση. Επικοινωνία {{PHONE|22860 23 418}}, προθεσμία {{neg:date|15 Δεκεμβρίου}}.`),
  el("review", `★★★★☆ «Καθαρό δωμάτιο κοντά στο λιμάνι, λίγος θόρυβος από τον δρόμο.» Απάντηση οικοδεσπότη: «Ευχαριστούμε, {{PERSON|Λευτέρη}}! Από {{neg:date|1 Μαρτίου}} βάζουμε διπλά τζάμια.» — παρατίθεται στο αίτημα {{neg:ticket-number|ΑΙΤ-30871}}`),
]

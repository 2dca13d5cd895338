// Greek, Turkish, Belgian Dutch, Belgian French, Lithuanian.
import type { Phrases } from "./phrases.ts";

export const PHRASES_B: Record<string, Phrases> = {
  el: {
    or: "ή", ext: "εσωτ.", after: "μετά τις", hi: "Γεια σας", dear: "Αγαπητή/έ", thanks: "Ευχαριστώ", regards: "Με εκτίμηση",
    callMe: "μπορείτε να με καλέσετε στο", myName: "με λένε", thisIs: "είμαι η/ο", backup: "αν δεν απαντήσω, δοκιμάστε στο",
    rel: ["η σύζυγός μου", "ο σύζυγός μου", "η κόρη μου", "ο γιος μου", "η γειτόνισσα", "ένας συνάδελφος"], spoke: "Μίλησα με",
    summary: "Σύνοψη κλήσης", notes: "Σημειώσεις", agent: "Εκπρόσωπος", caller: "Πελάτης", name: "Όνομα", phone: "Τηλέφωνο", mobile: "Κινητό",
    email: "Email", date: "Ημερομηνία", ref: "Αρ.", from: "Από", to: "Προς", subject: "Θέμα", customer: "Πελάτης",
    assigned: "Ανατέθηκε σε", status: "ανοιχτό", vmFrom: "Φωνητικό μήνυμα από", bye: "Ευχαριστώ, γεια σας", idLabel: "ΑΜΚΑ",
    card: "κάρτα", iban: "IBAN", amount: "Ποσό", ask: "σε ποιο αριθμό να σας καλέσουμε;", noted: "εντάξει, το σημείωσα",
    biz: {
      dental: { name: "Οδοντιατρείο Χαμόγελο", title: "Επανέλεγχος και σχέδιο θεραπείας", lines: [
        "Ο εξαμηνιαίος έλεγχος κλείστηκε για {date} στις {time}.", "Η αίτηση {ref} για τη στεφάνη στάλθηκε στην ασφαλιστική.",
        "Το ορθοδοντικό πλάνο {ref} κοστίζει {amount}."] },
      airline: { name: "Αιγαίο Wings", title: "Καθυστερημένη αποσκευή και μίλια", lines: [
        "Η βαλίτσα με ετικέτα {ref} έχασε την ανταπόκριση στις {date}.", "Το εισιτήριο {ref} επανεκδόθηκε, διαφορά {amount}.",
        "Αριθμός φακέλου {ref}· ο κούριερ φέρνει τη βαλίτσα μετά τις {time}."] },
      pharmacy: { name: "Φαρμακείο Ασκληπιός", title: "Συνταγή έτοιμη για παράδοση", lines: [
        "Η συνταγή {ref} είναι έτοιμη, παράδοση {date} γύρω στις {time}.", "Η παρτίδα {ref} του εισπνεόμενου ανακλήθηκε.",
        "Το φάρμακο με κωδικό {ref} κοστίζει {amount}."] },
      removals: { name: "Μετακομίσεις Ερμής", title: "Προσφορά μετακόμισης και αποθήκη", lines: [
        "Η προσφορά {ref} για τη μετακόμιση είναι {amount}.", "Η αποθήκη {ref} είναι πληρωμένη έως {date}.",
        "Το συνεργείο έρχεται {date} στις {time}, απογραφή {ref}."] },
    },
  },
  tr: {
    or: "veya", ext: "dahili", after: "saat", hi: "Merhaba", dear: "Sayın", thanks: "Teşekkürler", regards: "Saygılarımla",
    callMe: "bana şu numaradan ulaşabilirsiniz:", myName: "adım", thisIs: "ben", backup: "açmazsam şunu deneyin:",
    rel: ["eşim", "kızım", "oğlum", "komşum", "iş arkadaşım"], spoke: "Görüşülen kişi:",
    summary: "Görüşme özeti", notes: "Notlar", agent: "Temsilci", caller: "Müşteri", name: "Ad Soyad", phone: "Telefon", mobile: "Cep",
    email: "E-posta", date: "Tarih", ref: "No", from: "Kimden", to: "Kime", subject: "Konu", customer: "Müşteri",
    assigned: "Atanan", status: "açık", vmFrom: "Sesli mesaj:", bye: "Teşekkürler, iyi günler", idLabel: "TC kimlik no",
    card: "kart", iban: "IBAN", amount: "Tutar", ask: "sizi hangi numaradan arayalım?", noted: "tamam, not aldım",
    biz: {
      dental: { name: "Gülüş Ağız ve Diş Sağlığı", title: "Kontrol ve tedavi planı", lines: [
        "Altı aylık kontrolünüz {date} saat {time} için ayarlandı.", "Kron için {ref} numaralı talep sigortaya gönderildi.",
        "Ortodonti tedavi planı {ref} toplam {amount}."] },
      airline: { name: "Boğaziçi Hava Yolları", title: "Geciken bagaj ve mil", lines: [
        "{ref} etiketli bagaj {date} tarihinde aktarmayı kaçırdı.", "{ref} numaralı bilet yeniden düzenlendi, fark {amount}.",
        "Dosya numarası {ref}; kurye bagajı saat {time} sonrası getirecek."] },
      pharmacy: { name: "Şifa Eczanesi", title: "Reçete teslimata hazır", lines: [
        "{ref} numaralı reçete hazır, teslimat {date} saat {time} civarı.", "İnhalerin {ref} seri numaralı partisi geri çağrıldı.",
        "{ref} barkodlu ilacın fiyatı {amount}."] },
      removals: { name: "Hızlı Nakliyat", title: "Taşınma teklifi ve depo", lines: [
        "{ref} numaralı taşınma teklifi {amount}.", "{ref} numaralı depo {date} tarihine kadar ödendi.",
        "Ekip {date} saat {time} geliyor, envanter {ref}."] },
    },
  },
  nl: {
    or: "of", ext: "toestel", after: "na", hi: "Hallo", dear: "Beste", thanks: "Bedankt", regards: "Met vriendelijke groeten",
    callMe: "u kunt me bereiken op", myName: "ik ben", thisIs: "met", backup: "als ik niet opneem, probeer dan",
    rel: ["mijn vrouw", "mijn man", "mijn dochter", "mijn zoon", "de buurvrouw", "een collega"], spoke: "Gesproken met",
    summary: "Samenvatting gesprek", notes: "Notities", agent: "Medewerker", caller: "Klant", name: "Naam", phone: "Telefoon", mobile: "Gsm",
    email: "E-mail", date: "Datum", ref: "Ref.", from: "Van", to: "Aan", subject: "Onderwerp", customer: "Klant",
    assigned: "Toegewezen aan", status: "open", vmFrom: "Voicemail van", bye: "Bedankt, tot horens", idLabel: "Rijksregisternr.",
    card: "kaart", iban: "rekeningnummer", amount: "Bedrag", ask: "op welk nummer kunnen we u terugbellen?", noted: "oké, genoteerd",
    biz: {
      dental: { name: "Tandartspraktijk De Glimlach", title: "Controle en behandelplan", lines: [
        "Uw halfjaarlijkse controle staat op {date} om {time}.", "Dossier {ref} voor de kroon is naar het ziekenfonds gestuurd.",
        "Het orthodontisch behandelplan {ref} kost {amount}."] },
      airline: { name: "Schelde Air", title: "Vertraagde bagage en miles", lines: [
        "De koffer met label {ref} miste de aansluiting op {date}.", "Ticket {ref} werd omgeboekt, het verschil is {amount}.",
        "Dossiernummer {ref}; de koerier brengt de koffer na {time}."] },
      pharmacy: { name: "Apotheek Het Kruid", title: "Voorschrift klaar voor levering", lines: [
        "Voorschrift {ref} ligt klaar, levering op {date} rond {time}.", "Lot {ref} van de inhalator werd teruggeroepen.",
        "Het geneesmiddel met code {ref} kost {amount}."] },
      removals: { name: "Verhuizingen Vlot", title: "Offerte verhuis en opslag", lines: [
        "Offerte {ref} voor de verhuis bedraagt {amount}.", "Opslagbox {ref} is betaald tot {date}.",
        "De ploeg komt op {date} om {time}, inventaris {ref}."] },
    },
  },
  fr: {
    or: "ou", ext: "poste", after: "après", hi: "Bonjour", dear: "Chère Madame, cher Monsieur", thanks: "Merci", regards: "Bien cordialement",
    callMe: "vous pouvez me joindre au", myName: "je m'appelle", thisIs: "c'est", backup: "si je ne réponds pas, essayez le",
    rel: ["ma femme", "mon mari", "ma fille", "mon fils", "la voisine", "un collègue"], spoke: "Eu en ligne",
    summary: "Résumé de l'appel", notes: "Remarques", agent: "Conseiller", caller: "Client", name: "Nom", phone: "Téléphone", mobile: "GSM",
    email: "E-mail", date: "Date", ref: "Réf.", from: "De", to: "À", subject: "Objet", customer: "Client",
    assigned: "Attribué à", status: "ouvert", vmFrom: "Message vocal de", bye: "Merci, au revoir", idLabel: "N° national",
    card: "carte", iban: "IBAN", amount: "Montant", ask: "à quel numéro peut-on vous rappeler ?", noted: "d'accord, c'est noté",
    biz: {
      dental: { name: "Cabinet dentaire Le Sourire", title: "Contrôle et plan de traitement", lines: [
        "Votre contrôle semestriel est fixé au {date} à {time}.", "Le dossier {ref} pour la couronne est parti à la mutuelle.",
        "Le plan de traitement orthodontique {ref} s'élève à {amount}."] },
      airline: { name: "Meuse Airlines", title: "Bagage retardé et miles", lines: [
        "La valise avec l'étiquette {ref} a raté la correspondance le {date}.", "Le billet {ref} a été réémis, différence de {amount}.",
        "Dossier {ref} ; le coursier livre la valise après {time}."] },
      pharmacy: { name: "Pharmacie du Parc", title: "Ordonnance prête à livrer", lines: [
        "L'ordonnance {ref} est prête, livraison le {date} vers {time}.", "Le lot {ref} de l'inhalateur a été rappelé.",
        "Le médicament code {ref} coûte {amount}."] },
      removals: { name: "Déménagements Express", title: "Devis déménagement et garde-meubles", lines: [
        "Le devis {ref} pour le déménagement s'élève à {amount}.", "Le box {ref} est payé jusqu'au {date}.",
        "L'équipe arrive le {date} à {time}, inventaire {ref}."] },
    },
  },
  lt: {
    or: "arba", ext: "vid.", after: "po", hi: "Laba diena", dear: "Gerb.", thanks: "Ačiū", regards: "Pagarbiai",
    callMe: "galite skambinti numeriu", myName: "mano vardas", thisIs: "čia", backup: "jei neatsiliepsiu, bandykite",
    rel: ["mano žmona", "mano vyras", "mano dukra", "mano sūnus", "kaimynė", "kolega"], spoke: "Kalbėta su",
    summary: "Pokalbio santrauka", notes: "Pastabos", agent: "Konsultantas", caller: "Klientas", name: "Vardas, pavardė", phone: "Telefonas", mobile: "Mob.",
    email: "El. paštas", date: "Data", ref: "Nr.", from: "Nuo", to: "Kam", subject: "Tema", customer: "Klientas",
    assigned: "Priskirta", status: "atviras", vmFrom: "Balso žinutė nuo", bye: "Ačiū, viso gero", idLabel: "Asmens kodas",
    card: "kortelė", iban: "sąskaita", amount: "Suma", ask: "kokiu numeriu jums perskambinti?", noted: "gerai, užsirašiau",
    biz: {
      dental: { name: "Odontologijos klinika Šypsena", title: "Patikra ir gydymo planas", lines: [
        "Profilaktinė patikra numatyta {date} {time}.", "Prašymas {ref} dėl vainikėlio išsiųstas draudikui.",
        "Ortodontinio gydymo planas {ref} kainuoja {amount}."] },
      airline: { name: "Nemunas Air", title: "Vėluojantis bagažas ir taškai", lines: [
        "Lagaminas su žyma {ref} nespėjo į jungiamąjį skrydį {date}.", "Bilietas {ref} perrašytas, skirtumas {amount}.",
        "Bylos numeris {ref}; kurjeris atveš po {time}."] },
      pharmacy: { name: "Vaistinė Ramunėlė", title: "Receptas paruoštas pristatymui", lines: [
        "Receptas {ref} paruoštas, pristatymas {date} apie {time}.", "Inhaliatoriaus serija {ref} atšaukta.",
        "Vaistas su kodu {ref} kainuoja {amount}."] },
      removals: { name: "Greitas perkraustymas", title: "Perkraustymo pasiūlymas ir sandėlis", lines: [
        "Pasiūlymas {ref} perkraustymui – {amount}.", "Sandėlio boksas {ref} apmokėtas iki {date}.",
        "Komanda atvyks {date} {time}, inventorius {ref}."] },
    },
  },
};

// Italian, Polish, Czech, Hungarian, Romanian.
import type { Phrases } from "./phrases.ts";

export const PHRASES_A: Record<string, Phrases> = {
  it: {
    or: "oppure", ext: "int.", after: "dopo le", hi: "Ciao", dear: "Gentile", thanks: "Grazie", regards: "Cordiali saluti",
    callMe: "mi potete chiamare al", myName: "mi chiamo", thisIs: "sono", backup: "se non rispondo, provate al",
    rel: ["mia moglie", "mio marito", "mia figlia", "mio figlio", "la vicina", "un collega"], spoke: "Parlato con",
    summary: "Riepilogo chiamata", notes: "Note", agent: "Operatore", caller: "Cliente", name: "Nome", phone: "Telefono", mobile: "Cellulare",
    email: "E-mail", date: "Data", ref: "Rif.", from: "Da", to: "A", subject: "Oggetto", customer: "Cliente",
    assigned: "Assegnato a", status: "aperto", vmFrom: "Messaggio in segreteria da", bye: "Grazie, arrivederci", idLabel: "Codice fiscale",
    card: "carta", iban: "IBAN", amount: "Importo", ask: "a che numero la possiamo richiamare?", noted: "va bene, annotato",
    biz: {
      dental: { name: "Studio Dentistico Sorriso Blu", title: "Richiamo e piano di cura", lines: [
        "Il richiamo semestrale è fissato per il {date} alle {time}.", "La pratica {ref} per la corona è stata inviata all'assicurazione.",
        "Il piano di cura ortodontico {ref} ammonta a {amount}."] },
      airline: { name: "Ali del Sud", title: "Bagaglio in ritardo e miglia", lines: [
        "Il bagaglio con etichetta {ref} non è partito il {date}.", "Il biglietto {ref} è stato riemesso, differenza {amount}.",
        "Pratica smarrimento {ref}: il corriere consegna dopo le {time}."] },
      pharmacy: { name: "Farmacia San Rocco", title: "Ricetta pronta per la consegna", lines: [
        "La ricetta {ref} è pronta, consegna il {date} verso le {time}.", "Il lotto {ref} dello spray è stato ritirato.",
        "Il farmaco con codice {ref} costa {amount}."] },
      removals: { name: "Traslochi Rapidi", title: "Preventivo trasloco e deposito", lines: [
        "Il preventivo {ref} per il trasloco è di {amount}.", "Il box deposito {ref} è pagato fino al {date}.",
        "La squadra arriva il {date} alle {time}, inventario {ref}."] },
    },
  },
  pl: {
    or: "lub", ext: "wew.", after: "po", hi: "Dzień dobry", dear: "Dzień dobry,", thanks: "Dziękuję", regards: "Pozdrawiam",
    callMe: "proszę dzwonić pod numer", myName: "nazywam się", thisIs: "tu", backup: "jeśli nie odbiorę, proszę spróbować",
    rel: ["moja żona", "mój mąż", "moja córka", "mój syn", "sąsiadka", "kolega z pracy"], spoke: "Rozmowa z",
    summary: "Podsumowanie rozmowy", notes: "Uwagi", agent: "Konsultant", caller: "Klient", name: "Imię i nazwisko", phone: "Telefon", mobile: "Komórka",
    email: "E-mail", date: "Data", ref: "Nr", from: "Od", to: "Do", subject: "Temat", customer: "Klient",
    assigned: "Przypisane do", status: "otwarte", vmFrom: "Wiadomość głosowa od", bye: "Dziękuję, do usłyszenia", idLabel: "PESEL",
    card: "karta", iban: "nr konta", amount: "Kwota", ask: "pod jaki numer oddzwonić?", noted: "dobrze, zanotowane",
    biz: {
      dental: { name: "Gabinet Stomatologiczny Uśmiech", title: "Wizyta kontrolna i plan leczenia", lines: [
        "Wizyta kontrolna jest umówiona na {date} o {time}.", "Wniosek {ref} dotyczący korony wysłano do ubezpieczyciela.",
        "Plan leczenia ortodontycznego {ref} wynosi {amount}."] },
      airline: { name: "Linie Bałtyk Air", title: "Opóźniony bagaż i mile", lines: [
        "Bagaż z przywieszką {ref} nie doleciał {date}.", "Bilet {ref} wystawiono ponownie, dopłata {amount}.",
        "Numer zgłoszenia {ref}; kurier przywiezie bagaż po {time}."] },
      pharmacy: { name: "Apteka Pod Lipą", title: "Recepta gotowa do dostawy", lines: [
        "Recepta {ref} jest gotowa, dostawa {date} około {time}.", "Seria {ref} inhalatora została wycofana.",
        "Lek o kodzie {ref} kosztuje {amount}."] },
      removals: { name: "Przeprowadzki Ekspres", title: "Wycena przeprowadzki i magazyn", lines: [
        "Wycena {ref} przeprowadzki wynosi {amount}.", "Boks magazynowy {ref} jest opłacony do {date}.",
        "Ekipa przyjedzie {date} o {time}, spis {ref}."] },
    },
  },
  cs: {
    or: "nebo", ext: "linka", after: "po", hi: "Dobrý den", dear: "Dobrý den,", thanks: "Děkuji", regards: "S pozdravem",
    callMe: "volejte mi na číslo", myName: "jmenuji se", thisIs: "tady je", backup: "když to nevezmu, zkuste",
    rel: ["manželka", "manžel", "dcera", "syn", "sousedka", "kolega"], spoke: "Hovor s",
    summary: "Shrnutí hovoru", notes: "Poznámky", agent: "Operátor", caller: "Zákazník", name: "Jméno", phone: "Telefon", mobile: "Mobil",
    email: "E-mail", date: "Datum", ref: "Č.", from: "Od", to: "Komu", subject: "Předmět", customer: "Zákazník",
    assigned: "Řeší", status: "otevřeno", vmFrom: "Hlasová zpráva od", bye: "Děkuji, na slyšenou", idLabel: "Rodné číslo",
    card: "karta", iban: "IBAN", amount: "Částka", ask: "na jaké číslo vám můžeme zavolat?", noted: "dobře, zapsáno",
    biz: {
      dental: { name: "Zubní ordinace Úsměv", title: "Preventivní prohlídka a plán léčby", lines: [
        "Preventivní prohlídka je objednána na {date} v {time}.", "Žádost {ref} o proplacení korunky odešla pojišťovně.",
        "Plán ortodontické léčby {ref} vychází na {amount}."] },
      airline: { name: "Vltava Airways", title: "Zpožděné zavazadlo a míle", lines: [
        "Zavazadlo s visačkou {ref} nestihlo přestup {date}.", "Letenka {ref} byla přebookována, doplatek {amount}.",
        "Číslo hlášení {ref}; kurýr zavazadlo doveze po {time}."] },
      pharmacy: { name: "Lékárna U Zlatého hada", title: "Recept připraven k doručení", lines: [
        "Recept {ref} je připraven, rozvoz {date} kolem {time}.", "Šarže {ref} inhalátoru byla stažena.",
        "Lék s kódem {ref} stojí {amount}."] },
      removals: { name: "Stěhování Hbitě", title: "Nabídka stěhování a sklad", lines: [
        "Nabídka {ref} na stěhování činí {amount}.", "Skladový box {ref} je zaplacen do {date}.",
        "Parta přijede {date} v {time}, soupis {ref}."] },
    },
  },
  hu: {
    or: "vagy", ext: "mellék", after: "után", hi: "Jó napot", dear: "Kedves", thanks: "Köszönöm", regards: "Üdvözlettel",
    callMe: "ezen a számon érhető el", myName: "a nevem", thisIs: "itt", backup: "ha nem veszem fel, próbálják ezen",
    rel: ["a feleségem", "a férjem", "a lányom", "a fiam", "a szomszéd", "a kollégám"], spoke: "Beszéltem vele:",
    summary: "Hívás összefoglaló", notes: "Megjegyzés", agent: "Ügyintéző", caller: "Ügyfél", name: "Név", phone: "Telefon", mobile: "Mobil",
    email: "E-mail", date: "Dátum", ref: "Azonosító", from: "Feladó", to: "Címzett", subject: "Tárgy", customer: "Ügyfél",
    assigned: "Felelős", status: "nyitott", vmFrom: "Hangposta tőle:", bye: "Köszönöm, viszonthallásra", idLabel: "TAJ szám",
    card: "kártya", iban: "számlaszám", amount: "Összeg", ask: "melyik számon hívhatjuk vissza?", noted: "rendben, felírtam",
    biz: {
      dental: { name: "Mosoly Fogászat", title: "Kontroll és kezelési terv", lines: [
        "A féléves kontroll időpontja {date} {time}.", "A korona {ref} számú igénylését elküldtük a biztosítónak.",
        "A fogszabályozási terv {ref} összege {amount}."] },
      airline: { name: "Duna Air", title: "Késő poggyász és mérföldek", lines: [
        "A {ref} címkéjű bőrönd lemaradt a csatlakozásról {date}.", "A {ref} jegyet átfoglaltuk, a különbözet {amount}.",
        "Az ügyszám {ref}; a futár {time} után hozza."] },
      pharmacy: { name: "Arany Sas Patika", title: "Recept kiszállításra kész", lines: [
        "A {ref} recept kész, szállítás {date} {time} körül.", "Az inhalátor {ref} gyártási tételét visszahívták.",
        "A {ref} kódú gyógyszer ára {amount}."] },
      removals: { name: "Fürge Költöztetés", title: "Költöztetési ajánlat és raktár", lines: [
        "A {ref} ajánlat összege {amount}.", "A {ref} raktárbox {date} napig ki van fizetve.",
        "A csapat {date} {time} érkezik, leltár {ref}."] },
    },
  },
  ro: {
    or: "sau", ext: "int.", after: "după ora", hi: "Bună ziua", dear: "Bună ziua,", thanks: "Mulțumesc", regards: "Cu stimă",
    callMe: "mă puteți suna la", myName: "mă numesc", thisIs: "sunt", backup: "dacă nu răspund, încercați la",
    rel: ["soția mea", "soțul meu", "fiica mea", "fiul meu", "vecina", "un coleg"], spoke: "Am vorbit cu",
    summary: "Rezumat apel", notes: "Observații", agent: "Operator", caller: "Client", name: "Nume", phone: "Telefon", mobile: "Mobil",
    email: "E-mail", date: "Data", ref: "Nr.", from: "De la", to: "Către", subject: "Subiect", customer: "Client",
    assigned: "Alocat", status: "deschis", vmFrom: "Mesaj vocal de la", bye: "Mulțumesc, la revedere", idLabel: "CNP",
    card: "card", iban: "IBAN", amount: "Suma", ask: "la ce număr vă putem suna înapoi?", noted: "bine, am notat",
    biz: {
      dental: { name: "Clinica Dentară Zâmbet", title: "Control și plan de tratament", lines: [
        "Controlul de șase luni este programat pe {date} la {time}.", "Dosarul {ref} pentru coroană a fost trimis asigurătorului.",
        "Planul de tratament ortodontic {ref} costă {amount}."] },
      airline: { name: "Carpați Air", title: "Bagaj întârziat și mile", lines: [
        "Bagajul cu eticheta {ref} a pierdut legătura pe {date}.", "Biletul {ref} a fost reemis, diferența este {amount}.",
        "Dosarul {ref}; curierul aduce bagajul după ora {time}."] },
      pharmacy: { name: "Farmacia Tei", title: "Rețetă gata de livrare", lines: [
        "Rețeta {ref} este gata, livrare pe {date} în jur de {time}.", "Lotul {ref} de inhalator a fost retras.",
        "Medicamentul cu codul {ref} costă {amount}."] },
      removals: { name: "Mutări Rapide", title: "Ofertă mutare și depozitare", lines: [
        "Oferta {ref} pentru mutare este {amount}.", "Boxa de depozitare {ref} e plătită până pe {date}.",
        "Echipa vine pe {date} la {time}, inventar {ref}."] },
    },
  },
};

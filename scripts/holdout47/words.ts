// What each language says in the plain texts. `{X}` marks a slot the scene fills: N name, G given name, P phone,
// E e-mail, R and S the business's numbers, D date, T time, A amount, C card, I IBAN, L a lookalike.
export interface Words {
  digits: string
  or: string
  hi: string
  thanks: string
  regards: string
  callBack: string
  mailIs: string
  /** motor, mobile, hotel, gym */
  about: [string, string, string, string]
  declined: string
  bounced: string
  paid: string
  debit: string
  labels: { caller: string; phone: string; email: string; next: string; callBackAction: string }
  vmHello: string
  notice: [string, string]
  /** A name used as an ordinary word, and a sentence for it. */
  nw: Array<[string, string]>
}

export const WORDS: Record<string, Words> = {
  en: {
    digits: "zero one two three four five six seven eight nine", or: "or", hi: "Hi {G},", thanks: "Thanks,", regards: "Kind regards,",
    callBack: "Please call me back on {P}", mailIs: "my email is {E}",
    about: ["about claim {R} (policy {S})", "about moving my number across, ref {R}", "about booking {R}", "about my membership {R}"],
    declined: "the card {L} was declined", bounced: "the IBAN {L} came back as invalid", paid: "card on file {C}", debit: "direct debit from {I}",
    labels: { caller: "Caller", phone: "Phone", email: "Email", next: "Next step", callBackAction: "call back" }, vmHello: "Hi, this is {N}",
    notice: ["Status update {D}: {R} processed, no action needed.", "Reminder: ref {R} reviewed on {D} at {T}; nothing further to do."],
    nw: [["will", "We {W} send the paperwork today."], ["grace", "There is a fourteen-day {W} period."], ["bill", "Your next {W} is due soon."], ["mark", "I'll {W} it as urgent."], ["hope", "I {W} that helps."], ["frank", "To be {W}, the wait was long."], ["faith", "We acted in good {W}."], ["patience", "Thanks for your {W}."], ["may", "The team {W} ring you first."]],
  },
  sv: {
    digits: "noll ett två tre fyra fem sex sju åtta nio", or: "eller", hi: "Hej {G}!", thanks: "Tack!", regards: "Med vänliga hälsningar,",
    callBack: "Ring mig gärna på {P}", mailIs: "min mejl är {E}",
    about: ["angående skadeärende {R} (försäkring {S})", "om nummerflytt, ärende {R}", "om bokning {R}", "om mitt medlemskap {R}"],
    declined: "kortet {L} nekades", bounced: "IBAN {L} var felaktigt", paid: "sparat kort {C}", debit: "autogiro från {I}",
    labels: { caller: "Uppringare", phone: "Telefon", email: "E-post", next: "Nästa steg", callBackAction: "ring tillbaka" }, vmHello: "Hej, det är {N}",
    notice: ["Statusuppdatering {D}: {R} klar, ingen åtgärd behövs.", "Påminnelse: ärende {R} granskat {D} kl. {T}."],
    nw: [["per", "Avgiften dras {W} månad."], ["saga", "Det blev en hel {W} med leveransen."]],
  },
  fi: {
    digits: "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän", or: "tai", hi: "Hei {G},", thanks: "Kiitos!", regards: "Ystävällisin terveisin,",
    callBack: "Soittakaa minulle numeroon {P}", mailIs: "sähköpostini on {E}",
    about: ["vahinkoasiasta {R} (vakuutus {S})", "numeron siirrosta, viite {R}", "varauksesta {R}", "jäsenyydestäni {R}"],
    declined: "kortti {L} hylättiin", bounced: "IBAN {L} oli virheellinen", paid: "tallennettu kortti {C}", debit: "suoraveloitus tililtä {I}",
    labels: { caller: "Soittaja", phone: "Puhelin", email: "Sähköposti", next: "Seuraavaksi", callBackAction: "soita takaisin" }, vmHello: "Hei, täällä {N}",
    notice: ["Tilapäivitys {D}: {R} käsitelty, ei toimenpiteitä.", "Muistutus: viite {R} tarkistettu {D} klo {T}."],
    nw: [["onni", "Se oli puhdas {W}, kaikki järjestyi."], ["toivo", "Viimeinen {W} on huominen toimitus."]],
  },
  et: {
    digits: "null üks kaks kolm neli viis kuus seitse kaheksa üheksa", or: "või", hi: "Tere, {G}!", thanks: "Aitäh!", regards: "Lugupidamisega",
    callBack: "Palun helistage mulle numbril {P}", mailIs: "minu e-post on {E}",
    about: ["kahjuasja {R} kohta (poliis {S})", "numbri üleviimise kohta, viide {R}", "broneeringu {R} kohta", "minu liikmelisuse {R} kohta"],
    declined: "kaart {L} lükati tagasi", bounced: "IBAN {L} oli vigane", paid: "salvestatud kaart {C}", debit: "otsekorraldus kontolt {I}",
    labels: { caller: "Helistaja", phone: "Telefon", email: "E-post", next: "Järgmine samm", callBackAction: "helista tagasi" }, vmHello: "Tere, siin {N}",
    notice: ["Olekuteade {D}: {R} töödeldud, tegevust pole vaja.", "Meeldetuletus: viide {R} üle vaadatud {D} kell {T}."],
    nw: [["õnne", "Palju {W} uue telefoniga!"], ["kalju", "Hotell asub otse {W} serval."]],
  },
  pl: {
    digits: "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć", or: "lub", hi: "Dzień dobry {G},", thanks: "Dziękuję!", regards: "Z poważaniem,",
    callBack: "Proszę o telefon pod numer {P}", mailIs: "mój e-mail to {E}",
    about: ["w sprawie szkody {R} (polisa {S})", "w sprawie przeniesienia numeru, nr {R}", "w sprawie rezerwacji {R}", "w sprawie karnetu {R}"],
    declined: "karta {L} została odrzucona", bounced: "IBAN {L} był błędny", paid: "zapisana karta {C}", debit: "polecenie zapłaty z {I}",
    labels: { caller: "Dzwoniący", phone: "Telefon", email: "E-mail", next: "Dalej", callBackAction: "oddzwonić" }, vmHello: "Dzień dobry, tu {N}",
    notice: ["Aktualizacja {D}: {R} obsłużone, bez dalszych działań.", "Przypomnienie: sprawa {R} sprawdzona {D} o {T}."],
    nw: [["róża", "Na recepcji stała {W} w wazonie."]],
  },
  cs: {
    digits: "nula jedna dva tři čtyři pět šest sedm osm devět", or: "nebo", hi: "Dobrý den, {G},", thanks: "Děkuji!", regards: "S pozdravem",
    callBack: "Zavolejte mi prosím na {P}", mailIs: "můj e-mail je {E}",
    about: ["ohledně škody {R} (pojistka {S})", "ohledně přenosu čísla, č. {R}", "ohledně rezervace {R}", "ohledně členství {R}"],
    declined: "karta {L} byla zamítnuta", bounced: "IBAN {L} byl chybný", paid: "uložená karta {C}", debit: "inkaso z účtu {I}",
    labels: { caller: "Volající", phone: "Telefon", email: "E-mail", next: "Další krok", callBackAction: "zavolat zpět" }, vmHello: "Dobrý den, tady {N}",
    notice: ["Stav k {D}: {R} vyřízeno, není třeba nic dělat.", "Připomínka: případ {R} zkontrolován {D} v {T}."],
    nw: [],
  },
  ro: {
    digits: "zero unu doi trei patru cinci șase șapte opt nouă", or: "sau", hi: "Bună ziua, {G},", thanks: "Mulțumesc!", regards: "Cu stimă,",
    callBack: "Vă rog să mă sunați la {P}", mailIs: "adresa mea de e-mail este {E}",
    about: ["despre dosarul de daună {R} (polița {S})", "despre portarea numărului, ref. {R}", "despre rezervarea {R}", "despre abonamentul {R}"],
    declined: "cardul {L} a fost refuzat", bounced: "IBAN-ul {L} era greșit", paid: "card salvat {C}", debit: "debit direct din {I}",
    labels: { caller: "Apelant", phone: "Telefon", email: "E-mail", next: "Pasul următor", callBackAction: "de revenit cu un apel" }, vmHello: "Bună ziua, sunt {N}",
    notice: ["Actualizare {D}: {R} procesat, nu e nevoie de nimic.", "Memento: dosarul {R} verificat pe {D} la {T}."],
    nw: [["speranța", "Avem {W} că se rezolvă azi."]],
  },
  hr: {
    digits: "nula jedan dva tri četiri pet šest sedam osam devet", or: "ili", hi: "Poštovani {G},", thanks: "Hvala!", regards: "Lijep pozdrav,",
    callBack: "Molim vas nazovite me na {P}", mailIs: "moj e-mail je {E}",
    about: ["vezano uz štetu {R} (polica {S})", "vezano uz prijenos broja, br. {R}", "vezano uz rezervaciju {R}", "vezano uz članarinu {R}"],
    declined: "kartica {L} je odbijena", bounced: "IBAN {L} je bio pogrešan", paid: "spremljena kartica {C}", debit: "trajni nalog s {I}",
    labels: { caller: "Pozivatelj", phone: "Telefon", email: "E-pošta", next: "Sljedeći korak", callBackAction: "nazvati natrag" }, vmHello: "Dobar dan, ovdje {N}",
    notice: ["Stanje {D}: {R} obrađeno, ništa nije potrebno.", "Podsjetnik: predmet {R} pregledan {D} u {T}."],
    nw: [["nada", "Imamo {W} da stigne sutra."], ["zora", "Bila je {W} kad smo krenuli."]],
  },
  el: {
    digits: "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα", or: "ή", hi: "Γεια σας {G},", thanks: "Ευχαριστώ!", regards: "Με εκτίμηση,",
    callBack: "Παρακαλώ καλέστε με στο {P}", mailIs: "το email μου είναι {E}",
    about: ["για τη ζημιά {R} (συμβόλαιο {S})", "για τη φορητότητα αριθμού, αρ. {R}", "για την κράτηση {R}", "για τη συνδρομή {R}"],
    declined: "η κάρτα {L} απορρίφθηκε", bounced: "το IBAN {L} ήταν λάθος", paid: "αποθηκευμένη κάρτα {C}", debit: "πάγια εντολή από {I}",
    labels: { caller: "Καλών", phone: "Τηλέφωνο", email: "Email", next: "Επόμενο βήμα", callBackAction: "επανάκληση" }, vmHello: "Γεια σας, είμαι {N}",
    notice: ["Ενημέρωση {D}: {R} ολοκληρώθηκε, καμία ενέργεια.", "Υπενθύμιση: υπόθεση {R} ελέγχθηκε {D} στις {T}."],
    nw: [["ελπίδα", "Η {W} είναι να λυθεί σήμερα."], ["ειρήνη", "Θέλουμε λίγη {W} και ησυχία."]],
  },
  tr: {
    digits: "sıfır bir iki üç dört beş altı yedi sekiz dokuz", or: "veya", hi: "Merhaba {G},", thanks: "Teşekkürler!", regards: "Saygılarımla,",
    callBack: "Lütfen beni {P} numarasından arayın", mailIs: "e-postam {E}",
    about: ["hasar dosyası {R} hakkında (poliçe {S})", "numara taşıma hakkında, ref {R}", "rezervasyon {R} hakkında", "üyeliğim {R} hakkında"],
    declined: "{L} kartı reddedildi", bounced: "{L} IBAN'ı hatalıydı", paid: "kayıtlı kart {C}", debit: "otomatik ödeme {I}",
    labels: { caller: "Arayan", phone: "Telefon", email: "E-posta", next: "Sonraki adım", callBackAction: "geri ara" }, vmHello: "Merhaba, ben {N}",
    notice: ["Durum {D}: {R} işlendi, işlem gerekmiyor.", "Hatırlatma: {R} dosyası {D} saat {T} kontrol edildi."],
    nw: [["deniz", "Oda {W} manzaralı mı?"], ["umut", "Bugün çözülmesi için {W} var."], ["barış", "Sorunu {W} içinde hallettik."]],
  },
  it: {
    digits: "zero uno due tre quattro cinque sei sette otto nove", or: "oppure", hi: "Buongiorno {G},", thanks: "Grazie!", regards: "Cordiali saluti,",
    callBack: "Mi richiami al {P}", mailIs: "la mia email è {E}",
    about: ["per il sinistro {R} (polizza {S})", "per la portabilità del numero, pratica {R}", "per la prenotazione {R}", "per l'abbonamento {R}"],
    declined: "la carta {L} è stata rifiutata", bounced: "l'IBAN {L} risultava errato", paid: "carta salvata {C}", debit: "addebito diretto su {I}",
    labels: { caller: "Chiamante", phone: "Telefono", email: "Email", next: "Prossimo passo", callBackAction: "richiamare" }, vmHello: "Buongiorno, sono {N}",
    notice: ["Aggiornamento {D}: {R} lavorata, nessuna azione.", "Promemoria: pratica {R} verificata il {D} alle {T}."],
    nw: [["chiara", "La situazione adesso è {W}."], ["serena", "È stata una giornata {W}."], ["speranza", "C'è {W} di chiudere oggi."]],
  },
  pt: {
    digits: "zero um dois três quatro cinco seis sete oito nove", or: "ou", hi: "Olá {G},", thanks: "Obrigado!", regards: "Cumprimentos,",
    callBack: "Por favor liguem-me para o {P}", mailIs: "o meu email é {E}",
    about: ["sobre o sinistro {R} (apólice {S})", "sobre a portabilidade, pedido {R}", "sobre a reserva {R}", "sobre a minha inscrição {R}"],
    declined: "o cartão {L} foi recusado", bounced: "o IBAN {L} estava errado", paid: "cartão guardado {C}", debit: "débito direto de {I}",
    labels: { caller: "Cliente", phone: "Telefone", email: "Email", next: "Próximo passo", callBackAction: "ligar de volta" }, vmHello: "Olá, fala {N}",
    notice: ["Atualização {D}: {R} tratado, nada a fazer.", "Lembrete: processo {R} revisto a {D} às {T}."],
    nw: [["graça", "A troca foi de {W}, sem custo."], ["luz", "A conta da {W} chegou hoje."], ["rosa", "O quarto tem parede {W}."]],
  },
  fr: {
    digits: "zéro un deux trois quatre cinq six sept huit neuf", or: "ou", hi: "Bonjour {G},", thanks: "Merci !", regards: "Cordialement,",
    callBack: "Merci de me rappeler au {P}", mailIs: "mon e-mail est {E}",
    about: ["au sujet du sinistre {R} (contrat {S})", "pour la portabilité, dossier {R}", "pour la réservation {R}", "pour mon abonnement {R}"],
    declined: "la carte {L} a été refusée", bounced: "l'IBAN {L} était erroné", paid: "carte enregistrée {C}", debit: "prélèvement sur {I}",
    labels: { caller: "Appelant", phone: "Téléphone", email: "E-mail", next: "Suite", callBackAction: "rappeler" }, vmHello: "Bonjour, c'est {N}",
    notice: ["Point du {D} : {R} traité, aucune action.", "Rappel : dossier {R} vérifié le {D} à {T}."],
    nw: [["claire", "La réponse est {W} et nette."], ["rose", "Le formulaire {W} est à signer."]],
  },
  de: {
    digits: "null eins zwei drei vier fünf sechs sieben acht neun", or: "oder", hi: "Hallo {G},", thanks: "Danke!", regards: "Viele Grüße",
    callBack: "Bitte rufen Sie mich unter {P} zurück", mailIs: "meine E-Mail ist {E}",
    about: ["wegen Schaden {R} (Vertrag {S})", "wegen Rufnummernmitnahme, Vorgang {R}", "wegen Buchung {R}", "wegen meiner Mitgliedschaft {R}"],
    declined: "die Karte {L} wurde abgelehnt", bounced: "die IBAN {L} war fehlerhaft", paid: "hinterlegte Karte {C}", debit: "Lastschrift von {I}",
    labels: { caller: "Anrufer", phone: "Telefon", email: "E-Mail", next: "Nächster Schritt", callBackAction: "zurückrufen" }, vmHello: "Hallo, hier ist {N}",
    notice: ["Status {D}: {R} erledigt, nichts zu tun.", "Erinnerung: Vorgang {R} geprüft am {D} um {T}."],
    nw: [["frank", "Ganz {W} und frei gesagt, das dauert."], ["ernst", "Die Lage ist {W}, aber lösbar."]],
  },
  es: {
    digits: "cero uno dos tres cuatro cinco seis siete ocho nueve", or: "o", hi: "Hola {G}:", thanks: "¡Gracias!", regards: "Un saludo,",
    callBack: "Por favor llámenme al {P}", mailIs: "mi correo es {E}",
    about: ["por el siniestro {R} (póliza {S})", "por la portabilidad, solicitud {R}", "por la reserva {R}", "por mi membresía {R}"],
    declined: "la tarjeta {L} fue rechazada", bounced: "el IBAN {L} estaba mal", paid: "tarjeta guardada {C}", debit: "domiciliación desde {I}",
    labels: { caller: "Cliente", phone: "Teléfono", email: "Correo", next: "Siguiente paso", callBackAction: "devolver la llamada" }, vmHello: "Hola, soy {N}",
    notice: ["Estado {D}: {R} tramitado, nada pendiente.", "Recordatorio: expediente {R} revisado el {D} a las {T}."],
    nw: [["esperanza", "Tengo la {W} de que se resuelva hoy."], ["dolores", "Tiene {W} de cabeza desde el golpe."], ["paz", "Queremos estar en {W} con esto."], ["luz", "La factura de la {W} llegó."], ["milagros", "No hacemos {W}, pero lo intentamos."]],
  },
  is: {
    digits: "núll einn tveir þrír fjórir fimm sex sjö átta níu", or: "eða", hi: "Sæl/l {G},", thanks: "Takk!", regards: "Kær kveðja,",
    callBack: "Vinsamlegast hringið í mig í {P}", mailIs: "netfangið mitt er {E}",
    about: ["vegna tjóns {R} (trygging {S})", "vegna flutnings á númeri, mál {R}", "vegna bókunar {R}", "vegna aðildar minnar {R}"],
    declined: "kortinu {L} var hafnað", bounced: "IBAN {L} var rangt", paid: "vistað kort {C}", debit: "beingreiðsla af {I}",
    labels: { caller: "Hringjandi", phone: "Sími", email: "Netfang", next: "Næsta skref", callBackAction: "hringja til baka" }, vmHello: "Halló, þetta er {N}",
    notice: ["Staða {D}: {R} afgreitt, ekkert að gera.", "Áminning: mál {R} yfirfarið {D} kl. {T}."],
    nw: [["sól", "Það var {W} og blíða í dag."], ["von", "Það er {W} á svari á morgun."]],
  },
}

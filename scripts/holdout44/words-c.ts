// Basque, French, Italian, Spanish, Dutch and German words around the values.
import type { Words } from "./words.ts"

export const EU: Words = {
  hi: "Kaixo", hello: "Egun on", thanks: "Eskerrik asko", regards: "Agur bero bat", phone: "telefonoa", mobile: "mugikorra", email: "posta", or: "edo",
  name: "Izena", customer: "Bezeroa", agent: "Langilea", date: "Data", time: "Ordua", total: "Guztira", card: "Txartela", ref: "Erref.",
  subject: "Gaia", from: "Nork", to: "Nori", sent: "Bidalia", fwd: "---------- Birbidalitako mezua ----------", wrote: "{0}(e)an, {1}(e)k idatzi zuen:",
  note: "Barne oharra", summary: "Deiaren laburpena", issue: "Gorabehera", next: "Hurrengo urratsak", resolved: "konponduta",
  callMe: "Mesedez, deitu iezadazu {0} zenbakira", myNum: "nire zenbakia {0} da", reach: "{0} {1} zenbakian dago", mailMe: "edo idatzi {0} helbidera",
  vmHi: "kaixo {0} naiz", vmBye: "eskerrik asko agur", dear: "{0} agurgarria:",
  invite: "Gonbidapena", when: "Noiz", where: "Non", organizer: "Antolatzailea", guests: "Gonbidatuak", dial: "Telefonoz sartu",
  receipt: "Ordainagiria", paid: "Ordainduta", amount: "Zenbatekoa", status: "Egoera", digits: "zero bat bi hiru lau bost sei zazpi zortzi bederatzi", ext: "barne", no: "zk.",
  line: "Linearen IDa", router: "Bideratzailea", serial: "Serie-zk.", mac: "MAC", speed: "Abiadura", ont: "ONT", engineer: "Teknikaria", slot: "Ordutegia",
  prefix: "IPv6 aurrizkia", ip: "IP", fault: "Matxura", ispEvent: "Zuntz instalazioa {0}(e)an dago, {1}; teknikaria {2} da.",
  rent: "Alokairua", deposit: "Fidantza", tenancy: "Kontratuaren erref.", scheme: "Fidantzaren IDa", meter: "Kontagailuaren irakurketa", sortcode: "Entitate kodea", account: "Kontu zk.",
  landlord: "Jabea", tenant: "Maizterra", contractor: "Instalatzailea", bounced: "Aurreko IBANa {0} itzuli egin da.", letEvent: "{0}(e)ko alokairua {1}(e)an ordaindu behar da; transferentzia {2} kontura.",
  unit: "Trastelekua", gate: "Atearen kodea", padlock: "Giltzarrapoaren kodea", cover: "Aseguruaren zenbatekoa", monthly: "Hileko kuota", declined: "{0} txartela ukatu da.", stoEvent: "{0} trastelekua: {1}(e)ko hileko kuota {2} txartelean kobratzen da.",
  policy: "Poliza zk.", claim: "Istripu zk.", flight: "Hegaldia", booking: "Erreserba kodea", passport: "Pasaporte zk.", doctor: "Medikua", ssn: "SSN", nino: "NI number",
  trvEvent: "{0} istripua, {1} poliza: {2} hegaldia ({3}) bertan behera geratu zen.",
}

export const FR: Words = {
  hi: "Bonjour", hello: "Bonjour", thanks: "Merci", regards: "Cordialement", phone: "téléphone", mobile: "portable", email: "e-mail", or: "ou",
  name: "Nom", customer: "Client", agent: "Conseiller", date: "Date", time: "Heure", total: "Total", card: "Carte", ref: "Réf.",
  subject: "Objet", from: "De", to: "À", sent: "Envoyé", fwd: "---------- Message transféré ----------", wrote: "Le {0}, {1} a écrit :",
  note: "Note interne", summary: "Résumé de l'appel", issue: "Demande", next: "Prochaines étapes", resolved: "résolu",
  callMe: "Merci de me rappeler au {0}", myNum: "mon numéro c'est le {0}", reach: "{0} est joignable au {1}", mailMe: "ou par e-mail à {0}",
  vmHi: "bonjour c'est {0}", vmBye: "merci au revoir", dear: "{0},",
  invite: "Invitation", when: "Quand", where: "Où", organizer: "Organisateur", guests: "Participants", dial: "Rejoindre par téléphone",
  receipt: "Reçu", paid: "Payé", amount: "Montant", status: "Statut", digits: "zéro un deux trois quatre cinq six sept huit neuf", ext: "poste", no: "n°",
  line: "ID de ligne", router: "Box", serial: "N° de série", mac: "MAC", speed: "Débit", ont: "ONT", engineer: "Technicien", slot: "Créneau",
  prefix: "Préfixe IPv6", ip: "IP", fault: "Panne", ispEvent: "Le raccordement fibre est prévu le {0}, {1} ; technicien : {2}.",
  rent: "Loyer", deposit: "Garantie locative", tenancy: "Réf. du bail", scheme: "N° de garantie", meter: "Relevé du compteur", sortcode: "Code banque", account: "N° de compte",
  landlord: "Propriétaire", tenant: "Locataire", contractor: "Artisan", bounced: "L'ancien IBAN {0} a été rejeté.", letEvent: "Le loyer de {0} est dû le {1} ; virement sur {2}.",
  unit: "Box", gate: "Code portail", padlock: "Code cadenas", cover: "Capital assuré", monthly: "Mensualité", declined: "La carte {0} a été refusée.", stoEvent: "Box {0} : la mensualité de {1} est prélevée sur la carte {2}.",
  policy: "Police n°", claim: "Sinistre n°", flight: "Vol", booking: "Code de réservation", passport: "Passeport n°", doctor: "Médecin traitant", ssn: "SSN", nino: "NI number",
  trvEvent: "Sinistre {0}, police {1} : le vol {2} du {3} a été annulé.",
}
export const FR_CH: Words = { ...FR, mobile: "natel", regards: "Meilleures salutations" }

export const IT: Words = {
  hi: "Ciao", hello: "Buongiorno", thanks: "Grazie", regards: "Cordiali saluti", phone: "telefono", mobile: "natel", email: "e-mail", or: "o",
  name: "Nome", customer: "Cliente", agent: "Operatore", date: "Data", time: "Ora", total: "Totale", card: "Carta", ref: "Rif.",
  subject: "Oggetto", from: "Da", to: "A", sent: "Inviato", fwd: "---------- Messaggio inoltrato ----------", wrote: "Il {0}, {1} ha scritto:",
  note: "Nota interna", summary: "Riepilogo della chiamata", issue: "Richiesta", next: "Prossimi passi", resolved: "risolto",
  callMe: "Per favore mi richiami al {0}", myNum: "il mio numero è {0}", reach: "{0} è raggiungibile al {1}", mailMe: "oppure scriva a {0}",
  vmHi: "buongiorno sono {0}", vmBye: "grazie arrivederci", dear: "Gentile {0},",
  invite: "Invito", when: "Quando", where: "Dove", organizer: "Organizzatore", guests: "Partecipanti", dial: "Partecipa per telefono",
  receipt: "Ricevuta", paid: "Pagato", amount: "Importo", status: "Stato", digits: "zero uno due tre quattro cinque sei sette otto nove", ext: "int.", no: "n.",
  line: "ID linea", router: "Router", serial: "N. di serie", mac: "MAC", speed: "Velocità", ont: "ONT", engineer: "Tecnico", slot: "Fascia oraria",
  prefix: "Prefisso IPv6", ip: "IP", fault: "Guasto", ispEvent: "L'allacciamento in fibra è fissato per il {0}, {1}; il tecnico è {2}.",
  rent: "Affitto", deposit: "Deposito cauzionale", tenancy: "Rif. contratto", scheme: "ID deposito", meter: "Lettura contatore", sortcode: "Clearing", account: "N. conto",
  landlord: "Locatore", tenant: "Inquilino", contractor: "Artigiano", bounced: "Il vecchio IBAN {0} è stato respinto.", letEvent: "L'affitto di {0} scade il {1}; bonifico su {2}.",
  unit: "Box", gate: "Codice cancello", padlock: "Codice lucchetto", cover: "Somma assicurata", monthly: "Canone mensile", declined: "La carta {0} è stata rifiutata.", stoEvent: "Box {0}: il canone di {1} è addebitato sulla carta {2}.",
  policy: "Polizza n.", claim: "Sinistro n.", flight: "Volo", booking: "Codice prenotazione", passport: "Passaporto n.", doctor: "Medico curante", ssn: "SSN", nino: "NI number",
  trvEvent: "Sinistro {0}, polizza {1}: il volo {2} del {3} è stato cancellato.",
}

export const ES: Words = {
  hi: "Hola", hello: "Buenos días", thanks: "Gracias", regards: "Saludos cordiales", phone: "teléfono", mobile: "celular", email: "correo", or: "o",
  name: "Nombre", customer: "Cliente", agent: "Asesor", date: "Fecha", time: "Hora", total: "Total", card: "Tarjeta", ref: "Ref.",
  subject: "Asunto", from: "De", to: "Para", sent: "Enviado", fwd: "---------- Mensaje reenviado ----------", wrote: "El {0}, {1} escribió:",
  note: "Nota interna", summary: "Resumen de la llamada", issue: "Incidencia", next: "Siguientes pasos", resolved: "resuelto",
  callMe: "Por favor, regrésame la llamada al {0}", myNum: "mi número es el {0}", reach: "{0} está en el {1}", mailMe: "o escribe a {0}",
  vmHi: "hola habla {0}", vmBye: "gracias hasta luego", dear: "Estimado/a {0}:",
  invite: "Invitación", when: "Cuándo", where: "Dónde", organizer: "Organizador", guests: "Invitados", dial: "Unirse por teléfono",
  receipt: "Recibo", paid: "Pagado", amount: "Importe", status: "Estado", digits: "cero uno dos tres cuatro cinco seis siete ocho nueve", ext: "ext.", no: "núm.",
  line: "ID de línea", router: "Módem", serial: "N.º de serie", mac: "MAC", speed: "Velocidad", ont: "ONT", engineer: "Técnico", slot: "Horario",
  prefix: "Prefijo IPv6", ip: "IP", fault: "Falla", ispEvent: "La instalación de fibra quedó para el {0}, {1}; el técnico es {2}.",
  rent: "Renta", deposit: "Depósito", tenancy: "Ref. del contrato", scheme: "Folio del depósito", meter: "Lectura del medidor", sortcode: "Clave del banco", account: "CLABE",
  landlord: "Arrendador", tenant: "Inquilino", contractor: "Contratista", bounced: "La cuenta anterior {0} fue rechazada.", letEvent: "La renta de {0} vence el {1}; depósito a {2}.",
  unit: "Bodega", gate: "Código del portón", padlock: "Clave del candado", cover: "Suma asegurada", monthly: "Mensualidad", declined: "La tarjeta {0} fue rechazada.", stoEvent: "Bodega {0}: la mensualidad de {1} se carga a la tarjeta {2}.",
  policy: "Póliza núm.", claim: "Siniestro núm.", flight: "Vuelo", booking: "Código de reserva", passport: "Pasaporte núm.", doctor: "Médico tratante", ssn: "SSN", nino: "NI number",
  trvEvent: "Siniestro {0}, póliza {1}: el vuelo {2} del {3} fue cancelado.",
}
export const ES_AR: Words = {
  ...ES, callMe: "Por favor llamame al {0}", mailMe: "o escribime a {0}", rent: "Alquiler", account: "CBU", unit: "Baulera", fault: "Falla",
  letEvent: "El alquiler de {0} vence el {1}; transferencia a {2}.", stoEvent: "Baulera {0}: la cuota de {1} se debita de la tarjeta {2}.", monthly: "Cuota mensual",
}

export const NL: Words = {
  hi: "Hoi", hello: "Goedemiddag", thanks: "Bedankt", regards: "Met vriendelijke groet", phone: "telefoon", mobile: "mobiel", email: "e-mail", or: "of",
  name: "Naam", customer: "Klant", agent: "Medewerker", date: "Datum", time: "Tijd", total: "Totaal", card: "Kaart", ref: "Kenmerk",
  subject: "Onderwerp", from: "Van", to: "Aan", sent: "Verzonden", fwd: "---------- Doorgestuurd bericht ----------", wrote: "Op {0} schreef {1}:",
  note: "Interne notitie", summary: "Samenvatting gesprek", issue: "Melding", next: "Vervolgstappen", resolved: "opgelost",
  callMe: "Wilt u mij terugbellen op {0}", myNum: "mijn nummer is {0}", reach: "{0} is bereikbaar op {1}", mailMe: "of mail naar {0}",
  vmHi: "hallo met {0}", vmBye: "dank u wel doei", dear: "Beste {0},",
  invite: "Uitnodiging", when: "Wanneer", where: "Waar", organizer: "Organisator", guests: "Deelnemers", dial: "Inbellen",
  receipt: "Bon", paid: "Betaald", amount: "Bedrag", status: "Status", digits: "nul een twee drie vier vijf zes zeven acht negen", ext: "toestel", no: "nr.",
  line: "Lijn-ID", router: "Modem", serial: "Serienr.", mac: "MAC", speed: "Snelheid", ont: "ONT", engineer: "Monteur", slot: "Tijdvak",
  prefix: "IPv6-prefix", ip: "IP", fault: "Storing", ispEvent: "De glasvezelaansluiting staat gepland op {0}, {1}; de monteur is {2}.",
  rent: "Huur", deposit: "Borg", tenancy: "Huurcontract nr.", scheme: "Borg-ID", meter: "Meterstand", sortcode: "Bankcode", account: "Rekeningnr.",
  landlord: "Verhuurder", tenant: "Huurder", contractor: "Aannemer", bounced: "De eerdere IBAN {0} is gestorneerd.", letEvent: "De huur van {0} moet uiterlijk {1} binnen zijn op {2}.",
  unit: "Unit", gate: "Poortcode", padlock: "Hangslotcode", cover: "Verzekerd bedrag", monthly: "Maandhuur", declined: "Kaart {0} is geweigerd.", stoEvent: "Unit {0}: de maandhuur van {1} wordt afgeschreven van kaart {2}.",
  policy: "Polisnr.", claim: "Schadenr.", flight: "Vlucht", booking: "Boekingscode", passport: "Paspoortnr.", doctor: "Behandelend arts", ssn: "SSN", nino: "NI number",
  trvEvent: "Schade {0} op polis {1}: vlucht {2} van {3} is geannuleerd.",
}

export const DE: Words = {
  hi: "Hallo", hello: "Guten Tag", thanks: "Danke", regards: "Viele Grüße", phone: "Telefon", mobile: "Handy", email: "E-Mail", or: "oder",
  name: "Name", customer: "Kunde", agent: "Sachbearbeiter", date: "Datum", time: "Uhrzeit", total: "Summe", card: "Karte", ref: "Az.",
  subject: "Betreff", from: "Von", to: "An", sent: "Gesendet", fwd: "---------- Weitergeleitete Nachricht ----------", wrote: "Am {0} schrieb {1}:",
  note: "Interne Notiz", summary: "Gesprächszusammenfassung", issue: "Anliegen", next: "Nächste Schritte", resolved: "erledigt",
  callMe: "Bitte rufen Sie mich unter {0} zurück", myNum: "meine Nummer ist {0}", reach: "{0} ist unter {1} erreichbar", mailMe: "oder per Mail an {0}",
  vmHi: "hallo hier ist {0}", vmBye: "danke tschüss", dear: "Sehr geehrte/r {0},",
  invite: "Einladung", when: "Wann", where: "Wo", organizer: "Organisator", guests: "Teilnehmer", dial: "Telefonisch teilnehmen",
  receipt: "Beleg", paid: "Bezahlt", amount: "Betrag", status: "Status", digits: "null eins zwei drei vier fünf sechs sieben acht neun", ext: "Durchwahl", no: "Nr.",
  line: "Leitungs-ID", router: "Router", serial: "Seriennr.", mac: "MAC", speed: "Geschwindigkeit", ont: "ONT", engineer: "Techniker", slot: "Zeitfenster",
  prefix: "IPv6-Präfix", ip: "IP", fault: "Störung", ispEvent: "Der Glasfaseranschluss ist für {0}, {1} geplant; Techniker: {2}.",
  rent: "Miete", deposit: "Kaution", tenancy: "Mietvertrag Nr.", scheme: "Kautionskonto-ID", meter: "Zählerstand", sortcode: "BLZ", account: "Kontonr.",
  landlord: "Vermieter", tenant: "Mieter", contractor: "Handwerker", bounced: "Die frühere IBAN {0} kam als Rücklastschrift zurück.", letEvent: "Die Miete von {0} ist am {1} fällig; Überweisung auf {2}.",
  unit: "Lagerbox", gate: "Torcode", padlock: "Schlosscode", cover: "Versicherungssumme", monthly: "Monatsmiete", declined: "Die Karte {0} wurde abgelehnt.", stoEvent: "Lagerbox {0}: die Monatsmiete von {1} wird von der Karte {2} abgebucht.",
  policy: "Police Nr.", claim: "Schaden-Nr.", flight: "Flug", booking: "Buchungscode", passport: "Reisepass Nr.", doctor: "Behandelnder Arzt", ssn: "SSN", nino: "NI number",
  trvEvent: "Schaden {0} zur Police {1}: Flug {2} am {3} wurde annulliert.",
}

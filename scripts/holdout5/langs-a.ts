// German, French, Spanish and Italian: names, formats and templates as their speakers write them.
import { fmt, type Lang } from './lang'

export const de: Lang = {
  code: 'de', regions: ['DE', 'AT', 'CH'], ibans: ['DE', 'AT', 'CH'], domains: ['gmx.de', 'web.de', 't-online.de', 'posteo.at', 'bluewin.ch'],
  names: { m: ['Jürgen', 'Lukas', 'Matthias', 'Florian'], f: ['Anneliese', 'Sabine', 'Jana', 'Marlene'], last: ['Müller', 'Schäfer', 'Weißenbach', 'Krüger-Lenz', 'Hoffmann'] },
  title: (f) => (f ? 'Frau' : 'Herr'), dear: (f) => (f ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'),
  date: (r) => r.pick([fmt.dmy(r, '.'), `${r.int(1, 28)}. ${r.pick(['Januar', 'März', 'Mai', 'Oktober'])} ${r.int(2025, 2026)}`]),
  time: (r) => r.pick([`${fmt.hm(r)} Uhr`, fmt.hm(r)]), amount: (r) => r.pick([fmt.euro(r, '.', ' €'), `EUR ${fmt.euro(r, '.', '')}`, `${r.int(5, 99)},- €`]),
  postcode: (r) => fmt.zip(r, 5),
  street: (r) => `${r.pick(['Lindenstraße', 'Am Mühlbach', 'Kastanienallee', 'Hauptstr.', 'Bahnhofplatz'])} ${r.int(1, 140)}${r.pick(['', 'a', 'b'])}`,
  templates: {
    letter: ['{NAME}\n{STREET}\n{ZIP} Leipzig\n\n{COMPANY}\nKundenservice\n\nBeschwerde zu Rechnung {INVOICE} vom {DATE}\n\nSehr geehrte Damen und Herren,\n\nseit dem {DATE} wird mir monatlich {AMOUNT} abgebucht, obwohl ich den Vertrag gekündigt habe. Bitte erstatten Sie den Betrag auf mein Konto {IBAN}. Erreichbar bin ich unter {PHONE} oder per Mail an {EMAIL}.\n\nMit freundlichen Grüßen\n{NAME}', 'Von: {NAME} <{EMAIL}>\nAn: {ROLEMAIL}\nBetreff: AW: Ihr Zeichen {CASE} – Widerspruch\n\n{ADEAR} {AGENTLAST},\n\nvielen Dank für Ihre Mail vom {DATE}. Die Forderung über {AMOUNT} ist nicht berechtigt, ich habe am {DATE} per Karte {CARD} bezahlt.\n\nFreundliche Grüße\n\n{NAME}\n{STREET} · {ZIP} Wien\nMobil: {PHONEI}'],
    dm: ['@KaskadeHilfe 😡 seit {DATE} kein Internet!!! Vertragsnr. {LONGREF}, Router Firmware {VER}. Ruft mich endlich an: {PHONE}', 'Hallo {FIRST} hier 👋 (gesendet vom iPhone, Gru\u0308\u00dfe aus Mu\u0308nchen) die Lieferung {TRACK} ist immer noch nicht da. Meine Nummer steht ja im Konto, {PHONEN}. Danke! 🙏'],
    form: ['Kontaktformular\nName: {NAME}\nE-Mail: {EMAIL}\nTelefon: {PHONE}\nBestellnummer: {ORDER}\nNachricht: Guten Tag, der Artikel {SKU} kam beschädigt an. Bitte um Rückruf zwischen {TIME} und {TIME}. Gruß {FIRST}'],
    note: ['RR erbeten, Kd. {TITLE} {LAST} ({PHONE}) – Gutschrift {AMOUNT} zu {INVOICE} angekündigt. Wdv. {DATE}. /{AGENT}', 'Kd. hat Karte {BADCARD} genannt -> Prüfziffer falsch, nicht belastet. Neue Karte {CARD} verifiziert, Ticket {CASE}. Rückruf {TITLE} {LAST} morgen {TIME}.'],
    transcript: ['Agent {AGENT}: Kaskade Telecom, mein Name ist {AGENTFULL}, was kann ich für Sie tun?\nKunde: Ja, {NAME} hier. Mein Anschluss geht seit {DUR} nicht.\nAgent {AGENT}: Ich sehe die IP {IP4} an Ihrem Router. Können Sie mir die IBAN zur Verifizierung nennen?\nKunde: {IBAN}.\nAgent {AGENT}: Danke, {TITLE} {LAST}. Ticket {CASE} ist angelegt.', 'Kunde: Guten Tag, hier spricht {NAME}, ich rufe für meine Mutter an, {TITLE} {LAST}.\nAgent {AGENT}: Gern. Haben Sie eine Vollmacht?\nKunde: Ja, und meine Schwester {NAME2} hat die auch, ihre Nummer ist {PHONE}.\nAgent {AGENT}: Danke. Die Rechnung {INVOICE} über {AMOUNT} stelle ich bis {DATE} zurück.'],
    delivery: ['Zustellung: {TITLE} {LAST}, {STREET}, {ZIP} Graz. Bitte bei Nachbarin {NAME2} abgeben, Tel. {PHONEI}. Zeitfenster {TIME}–{TIME}, Sendung {TRACK}.', 'Sendungsstatus {TRACK}: Zustellversuch am {DATE} um {TIME}, PLZ {ZIP}, {STREET}. Nachnahme {AMOUNT}, Artikel {SKU}. Router-MAC {MAC}.'],
    invoice: ['--- zitiert aus Mahnung ---\n2. Mahnung {INVOICE} | Kundennr. {LONGREF}\nOffener Betrag: {AMOUNT} (fällig seit {DATE})\nZahlbar auf IBAN {BADIBAN}?? – lt. Kunde falsch abgetippt, richtig ist {IBAN}.\nRückfragen an {ROLEMAIL}.'],
  },
}

export const fr: Lang = {
  code: 'fr', regions: ['FR', 'BE', 'CH'], ibans: ['FR', 'BE'], domains: ['orange.fr', 'free.fr', 'laposte.net', 'skynet.be', 'wanadoo.fr'],
  names: { m: ['François', 'Jean-Baptiste', 'Théo', 'Gaël'], f: ['Hélène', 'Maëlle', 'Anaïs', 'Bérénice'], last: ['Lefèvre', 'Dubois-Martin', 'Garnier', 'Rousseau', 'Chevalier'] },
  title: (f) => (f ? 'Mme' : 'M.'), dear: (f) => (f ? 'Chère Madame' : 'Cher Monsieur'),
  date: (r) => r.pick([fmt.dmy(r, '/'), `${r.int(1, 28)} ${r.pick(['janvier', 'mars', 'mai', 'décembre'])} ${r.int(2025, 2026)}`]),
  time: (r) => r.pick([fmt.hm(r, 'h'), fmt.hm(r)]), amount: (r) => r.pick([fmt.euro(r, ' ', ' €'), fmt.euro(r, ' ', ' EUR'), `${r.int(5, 90)} €`]),
  postcode: (r) => fmt.zip(r, 5), street: (r) => `${r.int(1, 99)}${r.pick(['', ' bis'])}, ${r.pick(['rue des Lilas', 'avenue de la République', 'boulevard Haussmann', 'chemin des Vignes'])}`,
  templates: {
    letter: ['{NAME}\n{STREET}\n{ZIP} Lyon\n\nObjet : réclamation – facture n° {INVOICE}\n\nMadame, Monsieur,\n\nLe {DATE}, j\'ai été prélevé de {AMOUNT} sans explication. Je vous prie de rembourser cette somme sur mon compte {IBAN} et de me contacter au {PHONE}.\n\nVeuillez agréer, Madame, Monsieur, l\'expression de mes salutations distinguées.\n\n{NAME}\n{EMAIL}', 'De : {NAME} <{EMAIL}>\nÀ : {ROLEMAIL}\nObjet : RE: dossier {CASE}\n\n{ADEAR} {AGENTLAST},\n\nJe fais suite à votre courriel du {DATE}. Le montant de {AMOUNT} a déjà été réglé par carte ({CARD}) le {DATE}.\n\nCordialement,\n\n{NAME}\n{STREET}, {ZIP} Nantes\nTél. : {PHONE}'],
    dm: ['@Solvento_FR bonjour 🙂 toujours pas de remboursement pour la cde {ORDER}… vous pouvez me rappeler au {PHONE} ? merci', 'Coucou c\'est {FIRSTLC} 😘 de\u0301sole\u0301 pour le re\u0301sume\u0301, tu peux m\'envoyer le devis à {EMAIL} stp ? Version de l\'appli {VER}'],
    form: ['Formulaire de contact\nNom : {NAME}\nCourriel : {EMAIL}\nTéléphone : {PHONE}\nN° de commande : {ORDER}\nMessage : Bonjour, le colis {TRACK} n\'est jamais arrivé. Merci de me rappeler avant {TIME}. {FIRST}'],
    note: ['rappel {TITLE} {LAST} au {PHONEN} – litige {INVOICE} ({AMOUNT}), prévoir avoir. Dossier {CASE}. /{AGENT}', 'Client {TITLE} {LAST} a dicté CB {CARD}, exp. {DATE}. Ancienne carte {BADCARD} refusée (n° invalide). IP session {IP6}.'],
    transcript: ['Conseillère {AGENT} : Solvento bonjour, {AGENTFULL} à votre écoute.\nClient : Oui bonjour, {NAME} à l\'appareil. Je n\'arrive plus à me connecter depuis le {DATE}.\nConseillère {AGENT} : Je vois une connexion depuis {IP4} à {TIME}. Vous confirmez votre e-mail ?\nClient : C\'est {EMAIL}.\nConseillère {AGENT} : Merci {TITLE} {LAST}, je vous envoie un lien.', 'Client : Allô, c\'est {NAME}, j\'appelle pour le compte de ma femme, {TITLE} {LAST}.\nConseillère {AGENT} : Très bien. Vous avez un numéro où la joindre ?\nClient : Oui, le {PHONEI}, ou sinon notre fils {NAME2}.\nConseillère {AGENT} : Noté. La facture {INVOICE} de {AMOUNT} est suspendue jusqu\'au {DATE}.'],
    delivery: ['Livraison pour {TITLE} {LAST}, {STREET}, {ZIP} Bordeaux, digicode 4B52. Appeler le {PHONE} 15 min avant. Créneau {TIME}-{TIME}. Sinon déposer chez {NAME2}.', 'Suivi {TRACK} : tentative de livraison le {DATE} à {TIME}, CP {ZIP}, {STREET}. Contre-remboursement {AMOUNT}, réf. {SKU}.'],
    invoice: ['> Relance n°2 – facture {INVOICE} du {DATE}\n> Montant dû : {AMOUNT}\n> IBAN bénéficiaire : {BADIBAN}\nLa cliente signale que l\'IBAN ci-dessus est erroné (clé fausse). Rembourser sur {IBAN}. Contact {ROLEMAIL}.'],
  },
}

export const es: Lang = {
  code: 'es', regions: ['ES'], ibans: ['ES'], domains: ['gmail.com', 'telefonica.net', 'hotmail.es', 'yahoo.es'],
  names: { m: ['José Luis', 'Íñigo', 'Álvaro', 'Rubén'], f: ['María José', 'Begoña', 'Nuria', 'Ainhoa'], last: ['García Núñez', 'Martínez de la Fuente', 'Iglesias', 'Sánchez-Toledo', 'Peña'] },
  title: (f) => (f ? 'Sra.' : 'Sr.'), dear: (f) => (f ? 'Estimada Sra.' : 'Estimado Sr.'),
  date: (r) => r.pick([fmt.dmy(r, '/'), `${r.int(1, 28)} de ${r.pick(['enero', 'marzo', 'mayo', 'octubre'])} de ${r.int(2025, 2026)}`]),
  time: (r) => r.pick([`${fmt.hm(r)} h`, fmt.hm(r)]), amount: (r) => r.pick([fmt.euro(r, '.', ' €'), `${r.int(5, 900)} euros`]),
  postcode: (r) => `${r.pick(['28', '08', '41', '46'])}${String(r.int(1, 999)).padStart(3, '0')}`,
  street: (r) => `${r.pick(['C/ Mayor', 'Avda. de la Constitución', 'Calle del Olmo', 'Pza. de España'])}, ${r.int(1, 120)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'izda.'])}`,
  templates: {
    letter: ['{NAME}\n{STREET}\n{ZIP} Madrid\n\nAsunto: reclamación factura {INVOICE}\n\nMuy señores míos:\n\nEl {DATE} me cobraron {AMOUNT} por un servicio que no contraté. Solicito la devolución a la cuenta {IBAN}. Pueden llamarme al {PHONE} o escribir a {EMAIL}.\n\nAtentamente,\n{NAME}', 'De: {NAME} <{EMAIL}>\nPara: {ROLEMAIL}\nAsunto: RE: incidencia {CASE}\n\n{ADEAR} {AGENTLAST}:\n\nLe escribo en relación con su correo del {DATE}. Los {AMOUNT} ya los pagué con la tarjeta {CARD}.\n\nUn cordial saludo,\n\n{NAME}\n{STREET}\n{ZIP} Valencia\nMóvil: {PHONE}'],
    dm: ['@Vertice_Seguros hola!! 😤 llevo desde el {DATE} esperando, póliza {LONGREF}. Mi móvil {PHONE}, llamadme porfa', 'soy {NAMELC}, me mandas el código a {EMAIL}? 🙏🏽 gracias'],
    form: ['Formulario web\nNombre: {NAME}\nCorreo: {EMAIL}\nTeléfono: {PHONE}\nPedido: {ORDER}\nMensaje: Hola, el producto {SKU} no funciona. Prefiero que me llamen por la tarde, a partir de las {TIME}. Un saludo, {FIRST}'],
    note: ['llamar a {TITLE} {LAST} al {PHONEN} mañana {TIME}; abono de {AMOUNT} por factura {INVOICE}. Caso {CASE}. – {AGENT}', 'Cliente con domicilio en EE. UU. da su SSN {SSN} para verificar. Tarjeta {CARD} OK; la {BADCARD} no pasa validación. Atendió {AGENT}.'],
    transcript: ['Agente {AGENT}: Vértice Seguros, le atiende {AGENTFULL}, ¿en qué puedo ayudarle?\nCliente: Hola, soy {NAME}, llamo por el siniestro {CASE}.\nAgente {AGENT}: ¿Me confirma un teléfono de contacto?\nCliente: Sí, el {PHONE}.\nAgente {AGENT}: Perfecto, {TITLE} {LAST}, el perito irá el {DATE}.', 'Cliente: Buenas, le habla {NAME}, llamo de parte de mi padre, el {TITLE} {LAST}.\nAgente {AGENT}: De acuerdo. ¿Tiene un teléfono de contacto?\nCliente: Sí, {PHONEF}, estoy en el extranjero. Si no, mi hermana {NAME2}.\nAgente {AGENT}: Anotado. Dejo la factura {INVOICE} de {AMOUNT} en espera hasta el {DATE}.'],
    delivery: ['Entrega: {TITLE} {LAST}, {STREET}, {ZIP} Sevilla. Si no está, dejar a {NAME2} (portería). Tel. {PHONEI}. Franja {TIME}-{TIME}. Envío {TRACK}.', 'Seguimiento {TRACK}: intento de entrega el {DATE} a las {TIME}, CP {ZIP}, {STREET}. Reembolso {AMOUNT}, ref. {SKU}.'],
    invoice: ['-- factura citada por el cliente --\nFactura {INVOICE} · Fecha {DATE}\nImporte: {AMOUNT}\nIBAN: {BADIBAN}\nEl cliente indica que ese IBAN tiene dígitos de control erróneos; el correcto es {IBAN}. Dudas: {ROLEMAIL}'],
  },
}

export const it: Lang = {
  code: 'it', regions: ['IT'], ibans: ['IT'], domains: ['libero.it', 'virgilio.it', 'tiscali.it', 'alice.it'],
  names: { m: ['Giuseppe', 'Niccolò', 'Lorenzo', 'Gianluca'], f: ['Chiara', 'Ludovica', 'Federica', 'Maria Grazia'], last: ['Russo', 'De Luca', 'Esposito', 'Dell\'Acqua', 'Ferrari'] },
  title: (f) => (f ? 'Sig.ra' : 'Sig.'), dear: (f) => (f ? 'Gentile Sig.ra' : 'Gentile Sig.'),
  date: (r) => r.pick([fmt.dmy(r, '/'), `${r.int(1, 28)} ${r.pick(['gennaio', 'marzo', 'maggio', 'ottobre'])} ${r.int(2025, 2026)}`]),
  time: (r) => r.pick([fmt.hm(r, '.'), fmt.hm(r)]), amount: (r) => r.pick([`€ ${fmt.euro(r, '.', '')}`, fmt.euro(r, '.', ' euro')]),
  postcode: (r) => `${r.pick(['00', '20', '50', '80'])}${String(r.int(100, 199))}`,
  street: (r) => `${r.pick(['Via Roma', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Piazza Garibaldi'])} ${r.int(1, 200)}`,
  templates: {
    letter: ['{NAME}\n{STREET}\n{ZIP} Milano\n\nOggetto: reclamo fattura n. {INVOICE}\n\nSpett.le {COMPANY},\n\nin data {DATE} mi è stato addebitato l\'importo di {AMOUNT} non dovuto. Chiedo il rimborso sull\'IBAN {IBAN}. Potete contattarmi al {PHONE} o a {EMAIL}.\n\nDistinti saluti,\n{NAME}', 'Da: {NAME} <{EMAIL}>\nA: {ROLEMAIL}\nOggetto: R: pratica {CASE}\n\n{ADEAR} {AGENTLAST},\n\nfaccio seguito alla Sua mail del {DATE}. L\'importo di {AMOUNT} è già stato pagato con carta {CARD}.\n\nCordiali saluti\n\n{NAME}\n{STREET}, {ZIP} Firenze\nCell. {PHONE}'],
    dm: ['@KaskadeIT buongiorno 😩 ordine {ORDER} ancora fermo dal {DATE}. Mi richiamate al {PHONE}? grazie', 'ciao sono {FIRSTLC} 🇮🇹 scrivimi su {EMAIL} quando arriva il pacco {TRACK}'],
    form: ['Modulo contatti\nNome e cognome: {NAME}\nEmail: {EMAIL}\nTelefono: {PHONE}\nNumero ordine: {ORDER}\nMessaggio: Salve, il codice articolo {SKU} risulta errato. Richiamatemi dopo le {TIME}. Cordiali saluti, {FIRST}'],
    note: ['richiamare {TITLE} {LAST} al {PHONEN} entro {TIME}; nota di credito {AMOUNT} su fattura {INVOICE}. Pratica {CASE}. ({AGENT})', 'Cliente {NAME} comunica carta {CARD}; la carta {BADCARD} indicata prima non è valida. Accesso da {IP4}, app {VER}.'],
    transcript: ['Operatore {AGENT}: Kaskade, sono {AGENTFULL}, buongiorno.\nCliente: Buongiorno, sono {NAME}, ho un problema con la bolletta del {DATE}.\nOperatore {AGENT}: Mi conferma l\'IBAN di addebito?\nCliente: {IBAN}.\nOperatore {AGENT}: Grazie {TITLE} {LAST}, le mando una mail a {EMAIL}.', 'Cliente: Pronto, sono {NAME}, chiamo per conto di mia madre, la {TITLE} {LAST}.\nOperatore {AGENT}: Certo. Ha un recapito?\nCliente: Sì, {PHONEI}, oppure mio fratello {NAME2}.\nOperatore {AGENT}: Perfetto. Sospendo la fattura {INVOICE} di {AMOUNT} fino al {DATE}.'],
    delivery: ['Consegna per {TITLE} {LAST}, {STREET}, {ZIP} Roma, citofono {LAST}. Tel. {PHONE}. Fascia {TIME}-{TIME}. In assenza lasciare a {NAME2}.', 'Spedizione {TRACK}: tentata consegna il {DATE} alle {TIME}, CAP {ZIP}, {STREET}. Contrassegno {AMOUNT}, articolo {SKU}.'],
    invoice: ['>> Sollecito di pagamento – fattura {INVOICE} del {DATE}\n>> Totale: {AMOUNT}\n>> IBAN: {BADIBAN}\nIl cliente fa notare che l\'IBAN sopra è sbagliato (cin errato). Corretto: {IBAN}. Info {ROLEMAIL}'],
  },
}

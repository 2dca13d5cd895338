// Phrasebook, part A (English, German, Dutch, Swedish, Finnish, Spanish, French, Italian).
// Slots: {name} {phone} {phone2} {time} {date} {email} {biz} {amount} {label} {num}.
export interface BizWords {
  noun: string; // opens a sentence ("Technician", "Results desk")
  issue: string;
  /** further issues (English only) */
  more?: string[];
  labels: [string, string, string, string];
}
export interface Phrases {
  or: string;
  ext: string;
  hi: string;
  reach: string;
  /** optional further ways to say `reach` */
  reachAlt?: string[];
  two: string;
  callback: string;
  bizAsk: string;
  emailIs: string;
  thanks: string;
  regards: string;
  appt: string;
  amount: string;
  emergency: string;
  L: { name: string; phone: string; email: string; date: string; time: string; amount: string; card: string; iban: string; id: string; ip: string; agent: string; customer: string; note: string; subject: string };
  biz: { isp: BizWords; car: BizWords; charity: BizWords; clinic: BizWords };
}

export const PH_A: Record<string, Phrases> = {
  en: {
    or: 'or', ext: 'ext.', hi: 'Hi {name},', reach: 'You can reach {name} on {phone}.',
    reachAlt: ['Best number for {name} is {phone}.', "{name}'s mobile: {phone}", 'Text {name} at {phone} if the line is busy.', 'Ring {name} back on {phone}.'], two: 'Call me on {phone} or {phone2}.',
    callback: '{name} asks for a call back on {phone} after {time}.', bizAsk: '{biz}, ask for {name} on {phone}.',
    emailIs: 'Email: {email}', thanks: 'Thanks, {name}.', regards: 'Kind regards,', appt: 'Booked for {date} at {time}.',
    amount: 'Amount: {amount}.', emergency: 'Emergency contact: {name}, {phone}.',
    L: { name: 'Name', phone: 'Phone', email: 'Email', date: 'Date', time: 'Time', amount: 'Amount', card: 'Card', iban: 'IBAN', id: 'ID no.', ip: 'IP', agent: 'Agent', customer: 'Caller', note: 'Note', subject: 'Subject' },
    biz: {
      isp: { noun: 'Technician', issue: 'The router drops the connection every evening.', more: ['Customer wants to keep the old landline number (port-in).', 'TV box shows no signal after the storm.', 'Billing: charged twice for the March bundle.'], labels: ['Account no.', 'Order no.', 'Line ID', 'Router serial'] },
      car: { noun: 'Charging support', issue: 'The charger stopped the session halfway.', more: ['Damage report: scratch on the rear bumper, photos uploaded.', 'The car was not at the booked bay.', 'Tariff shown in the app differs from the receipt.'], labels: ['Member ID', 'Session', 'Charger', 'Plate'] },
      charity: { noun: 'Donor line', issue: 'I would like to sign up for the Saturday shift.', more: ['Please cancel my monthly gift from next month.', 'Registering two volunteers for the fun run.', 'The gift aid declaration needs my new address.'], labels: ['Donor ID', 'Gift Aid ref', 'Registration', 'Shift'] },
      clinic: { noun: 'Results desk', issue: 'I am calling about my scan results.', more: ['GP asked for the ultrasound report to be sent over.', 'Need to rebook the CT slot, fasting instructions unclear.', 'Blood sample was haemolysed, repeat needed.'], labels: ['Accession no.', 'Referral ID', 'Sample', 'Slot'] },
    },
  },
  de: {
    or: 'oder', ext: 'Durchwahl', hi: 'Hallo {name},', reach: '{name} ist unter {phone} erreichbar.', two: 'Bitte rufen Sie mich unter {phone} oder {phone2} an.',
    callback: '{name} bittet um Rückruf unter {phone} ab {time}.', bizAsk: '{biz}: bitte {name} verlangen, {phone}.',
    emailIs: 'E-Mail: {email}', thanks: 'Danke, {name}.', regards: 'Mit freundlichen Grüßen', appt: 'Termin am {date} um {time}.',
    amount: 'Betrag: {amount}.', emergency: 'Notfallkontakt: {name}, {phone}.',
    L: { name: 'Name', phone: 'Telefon', email: 'E-Mail', date: 'Datum', time: 'Uhrzeit', amount: 'Betrag', card: 'Karte', iban: 'IBAN', id: 'Ausweis-Nr.', ip: 'IP', agent: 'Mitarbeiter', customer: 'Anrufer', note: 'Notiz', subject: 'Betreff' },
    biz: {
      isp: { noun: 'Techniker', issue: 'Der Router verliert jeden Abend die Verbindung.', labels: ['Kundennummer', 'Auftragsnr.', 'Leitungs-ID', 'Router-Seriennr.'] },
      car: { noun: 'Ladehotline', issue: 'Die Ladesäule hat den Vorgang abgebrochen.', labels: ['Mitgliedsnr.', 'Ladevorgang', 'Ladepunkt', 'Kennzeichen'] },
      charity: { noun: 'Spenderbetreuung', issue: 'Ich möchte mich für die Samstagsschicht eintragen.', labels: ['Spendernr.', 'Zuwendungsbestätigung', 'Anmeldung', 'Schicht'] },
      clinic: { noun: 'Befundstelle', issue: 'Ich rufe wegen meiner MRT-Befunde an.', labels: ['Auftragsnr.', 'Überweisung', 'Probe', 'Termin'] },
    },
  },
  nl: {
    or: 'of', ext: 'toestel', hi: 'Hoi {name},', reach: '{name} is bereikbaar op {phone}.', two: 'Bel me op {phone} of {phone2}.',
    callback: '{name} vraagt om terugbellen op {phone} na {time}.', bizAsk: '{biz}: vraag naar {name} via {phone}.',
    emailIs: 'E-mail: {email}', thanks: 'Bedankt, {name}.', regards: 'Met vriendelijke groet,', appt: 'Afspraak op {date} om {time}.',
    amount: 'Bedrag: {amount}.', emergency: 'Contactpersoon bij nood: {name}, {phone}.',
    L: { name: 'Naam', phone: 'Telefoon', email: 'E-mail', date: 'Datum', time: 'Tijd', amount: 'Bedrag', card: 'Kaart', iban: 'IBAN', id: 'BSN', ip: 'IP', agent: 'Medewerker', customer: 'Beller', note: 'Notitie', subject: 'Onderwerp' },
    biz: {
      isp: { noun: 'Monteur', issue: 'De modem valt elke avond uit.', labels: ['Klantnummer', 'Ordernummer', 'Lijn-ID', 'Serienummer modem'] },
      car: { noun: 'Laadservice', issue: 'De laadpaal stopte halverwege de sessie.', labels: ['Lidnummer', 'Laadsessie', 'Laadpaal', 'Kenteken'] },
      charity: { noun: 'Donateursservice', issue: 'Ik wil me opgeven voor de zaterdagdienst.', labels: ['Donateursnummer', 'Giftkenmerk', 'Inschrijving', 'Dienst'] },
      clinic: { noun: 'Uitslagenbalie', issue: 'Ik bel over de uitslag van mijn scan.', labels: ['Accessienummer', 'Verwijzing', 'Monster', 'Tijdslot'] },
    },
  },
  sv: {
    or: 'eller', ext: 'ankn.', hi: 'Hej {name},', reach: '{name} nås på {phone}.', two: 'Ring mig på {phone} eller {phone2}.',
    callback: '{name} vill bli uppringd på {phone} efter {time}.', bizAsk: '{biz}: fråga efter {name} på {phone}.',
    emailIs: 'E-post: {email}', thanks: 'Tack, {name}.', regards: 'Vänliga hälsningar,', appt: 'Bokad {date} kl. {time}.',
    amount: 'Belopp: {amount}.', emergency: 'Närmast anhörig: {name}, {phone}.',
    L: { name: 'Namn', phone: 'Telefon', email: 'E-post', date: 'Datum', time: 'Tid', amount: 'Belopp', card: 'Kort', iban: 'IBAN', id: 'Personnr', ip: 'IP', agent: 'Handläggare', customer: 'Kund', note: 'Anteckning', subject: 'Ärende' },
    biz: {
      isp: { noun: 'Tekniker', issue: 'Routern tappar uppkopplingen varje kväll.', labels: ['Kundnummer', 'Ordernr', 'Linje-ID', 'Serienr router'] },
      car: { noun: 'Laddsupport', issue: 'Laddaren avbröt sessionen.', labels: ['Medlemsnr', 'Laddsession', 'Laddare', 'Regnr'] },
      charity: { noun: 'Givarservice', issue: 'Jag vill anmäla mig till lördagspasset.', labels: ['Givarnr', 'Gåvoreferens', 'Anmälan', 'Pass'] },
      clinic: { noun: 'Provsvar', issue: 'Jag ringer om svaret på min röntgen.', labels: ['Remissnr', 'Remiss-ID', 'Provrör', 'Tid'] },
    },
  },
  fi: {
    or: 'tai', ext: 'alanumero', hi: 'Hei {name},', reach: '{name} tavoittaa numerosta {phone}.', two: 'Soita minulle numeroon {phone} tai {phone2}.',
    callback: '{name} pyytää soittoa numeroon {phone} klo {time} jälkeen.', bizAsk: '{biz}: kysy {name}, {phone}.',
    emailIs: 'Sähköposti: {email}', thanks: 'Kiitos, {name}.', regards: 'Ystävällisin terveisin,', appt: 'Varattu {date} klo {time}.',
    amount: 'Summa: {amount}.', emergency: 'Lähiomainen: {name}, {phone}.',
    L: { name: 'Nimi', phone: 'Puhelin', email: 'Sähköposti', date: 'Päivämäärä', time: 'Aika', amount: 'Summa', card: 'Kortti', iban: 'IBAN', id: 'Hetu', ip: 'IP', agent: 'Asiakaspalvelija', customer: 'Soittaja', note: 'Muistiinpano', subject: 'Aihe' },
    biz: {
      isp: { noun: 'Asentaja', issue: 'Reititin katkaisee yhteyden joka ilta.', labels: ['Asiakasnumero', 'Tilausnumero', 'Liittymätunnus', 'Sarjanumero'] },
      car: { noun: 'Lataustuki', issue: 'Laturi keskeytti latauksen.', labels: ['Jäsennumero', 'Lataus', 'Laturi', 'Rekisterinumero'] },
      charity: { noun: 'Lahjoittajapalvelu', issue: 'Haluan ilmoittautua lauantain vuoroon.', labels: ['Lahjoittajanumero', 'Viite', 'Ilmoittautuminen', 'Vuoro'] },
      clinic: { noun: 'Tulospalvelu', issue: 'Soitan kuvantamisen tuloksista.', labels: ['Tutkimusnumero', 'Lähete', 'Näyte', 'Aika'] },
    },
  },
  es: {
    or: 'o', ext: 'ext.', hi: 'Hola {name},', reach: 'Puede contactar a {name} en el {phone}.', two: 'Llámeme al {phone} o al {phone2}.',
    callback: '{name} pide que le devuelvan la llamada al {phone} después de las {time}.', bizAsk: '{biz}: pregunte por {name} en el {phone}.',
    emailIs: 'Correo: {email}', thanks: 'Gracias, {name}.', regards: 'Un saludo,', appt: 'Cita el {date} a las {time}.',
    amount: 'Importe: {amount}.', emergency: 'Contacto de emergencia: {name}, {phone}.',
    L: { name: 'Nombre', phone: 'Teléfono', email: 'Correo', date: 'Fecha', time: 'Hora', amount: 'Importe', card: 'Tarjeta', iban: 'IBAN', id: 'Documento', ip: 'IP', agent: 'Agente', customer: 'Cliente', note: 'Nota', subject: 'Asunto' },
    biz: {
      isp: { noun: 'Técnico', issue: 'El router pierde la conexión todas las noches.', labels: ['Nº de cliente', 'Nº de pedido', 'ID de línea', 'Nº de serie del router'] },
      car: { noun: 'Soporte de carga', issue: 'El cargador cortó la sesión a la mitad.', labels: ['Nº de socio', 'Sesión', 'Cargador', 'Matrícula'] },
      charity: { noun: 'Atención al donante', issue: 'Quiero apuntarme al turno del sábado.', labels: ['Nº de donante', 'Ref. de donativo', 'Inscripción', 'Turno'] },
      clinic: { noun: 'Mostrador de resultados', issue: 'Llamo por los resultados de mi resonancia.', labels: ['Nº de acceso', 'Derivación', 'Muestra', 'Cita'] },
    },
  },
  fr: {
    or: 'ou', ext: 'poste', hi: 'Bonjour {name},', reach: 'Vous pouvez joindre {name} au {phone}.', two: 'Appelez-moi au {phone} ou au {phone2}.',
    callback: '{name} demande à être rappelé au {phone} après {time}.', bizAsk: '{biz} : demandez {name} au {phone}.',
    emailIs: 'Courriel : {email}', thanks: 'Merci, {name}.', regards: 'Cordialement,', appt: 'Rendez-vous le {date} à {time}.',
    amount: 'Montant : {amount}.', emergency: "Personne à prévenir : {name}, {phone}.",
    L: { name: 'Nom', phone: 'Téléphone', email: 'Courriel', date: 'Date', time: 'Heure', amount: 'Montant', card: 'Carte', iban: 'IBAN', id: 'N° de sécu', ip: 'IP', agent: 'Conseiller', customer: 'Appelant', note: 'Note', subject: 'Objet' },
    biz: {
      isp: { noun: 'Technicien', issue: 'La box perd la connexion tous les soirs.', labels: ['N° client', 'N° de commande', 'Réf. ligne', 'N° de série de la box'] },
      car: { noun: 'Assistance recharge', issue: 'La borne a coupé la session en cours.', labels: ['N° adhérent', 'Session', 'Borne', 'Immatriculation'] },
      charity: { noun: 'Service donateurs', issue: "Je voudrais m'inscrire pour la permanence du samedi.", labels: ['N° donateur', 'Reçu fiscal', 'Inscription', 'Créneau'] },
      clinic: { noun: 'Accueil résultats', issue: "J'appelle pour les résultats de mon IRM.", labels: ["N° d'examen", 'Prescription', 'Échantillon', 'Créneau'] },
    },
  },
  it: {
    or: 'o', ext: 'int.', hi: 'Ciao {name},', reach: 'Può contattare {name} al {phone}.', two: 'Mi chiami al {phone} o al {phone2}.',
    callback: '{name} chiede di essere richiamato al {phone} dopo le {time}.', bizAsk: '{biz}: chieda di {name} al {phone}.',
    emailIs: 'Email: {email}', thanks: 'Grazie, {name}.', regards: 'Cordiali saluti,', appt: 'Appuntamento il {date} alle {time}.',
    amount: 'Importo: {amount}.', emergency: 'Contatto di emergenza: {name}, {phone}.',
    L: { name: 'Nome', phone: 'Telefono', email: 'Email', date: 'Data', time: 'Ora', amount: 'Importo', card: 'Carta', iban: 'IBAN', id: 'Codice fiscale', ip: 'IP', agent: 'Operatore', customer: 'Chiamante', note: 'Nota', subject: 'Oggetto' },
    biz: {
      isp: { noun: 'Tecnico', issue: 'Il modem perde la connessione ogni sera.', labels: ['Codice cliente', 'N. ordine', 'ID linea', 'Seriale modem'] },
      car: { noun: 'Assistenza ricarica', issue: 'La colonnina ha interrotto la sessione.', labels: ['N. socio', 'Sessione', 'Colonnina', 'Targa'] },
      charity: { noun: 'Ufficio donatori', issue: 'Vorrei iscrivermi al turno di sabato.', labels: ['Codice donatore', 'Rif. donazione', 'Iscrizione', 'Turno'] },
      clinic: { noun: 'Sportello referti', issue: 'Chiamo per il referto della risonanza.', labels: ['N. accettazione', 'Impegnativa', 'Campione', 'Fascia'] },
    },
  },
};

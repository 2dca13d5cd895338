// Phrase books of the seven other languages: the skeletons in intl.ts take their words from here.
export interface P {
  name: string; surname: string; given: string; mobile: string; landline: string; email: string; licence: string; pickup: string
  vehicle: string; agreement: string; card: string; hello: string; thanks: string; callme: string; or: string; claim: string; policy: string
  meter: string; reading: string; tariff: string; account: string; flight: string; booking: string; ticket: string; amount: string
  delayed: string; rebooked: string; leak: string; damage: string; adjuster: string; contractor: string; summary: string; voicemail: string
  wordLine: [string, string, string] // before, the name-word, after: a given name used as an ordinary word
  wordName: string // that same word as somebody's given name exists in names.ts
  agent: string; ready: string; refund: string; idLabel: string
}
export const PHRASES: Record<string, P> = {
  de: {
    name: 'Name', surname: 'Nachname', given: 'Vorname', mobile: 'Handy', landline: 'Festnetz', email: 'E-Mail', licence: 'Führerschein-Nr.', pickup: 'Abholung',
    vehicle: 'Fahrzeug', agreement: 'Mietvertrag', card: 'Kreditkarte', hello: 'Grüezi', thanks: 'Danke und freundliche Grüsse', callme: 'Bitte rufen Sie mich an unter', or: 'oder', claim: 'Schadennummer', policy: 'Police',
    meter: 'Zähler', reading: 'Zählerstand', tariff: 'Tarif', account: 'Kundenkonto', flight: 'Flug', booking: 'Buchungscode', ticket: 'E-Ticket', amount: 'Betrag',
    delayed: 'ist annulliert', rebooked: 'Umgebucht auf', leak: 'Wasserschaden im Keller', damage: 'Kratzer an der Stossstange', adjuster: 'Schadenexperte', contractor: 'Handwerker', summary: 'Gesprächszusammenfassung (KI)', voicemail: 'Sprachnachricht',
    wordLine: ['Das meinen wir ', 'ernst', ': Rückgabe nur vollgetankt.'], wordName: 'Ernst',
    agent: 'Mitarbeiterin', ready: 'steht bereit', refund: 'Rückerstattung auf', idLabel: 'Ausweis-Nr.',
  },
  it: {
    name: 'Nome e cognome', surname: 'Cognome', given: 'Nome', mobile: 'Cellulare', landline: 'Fisso', email: 'E-mail', licence: 'Patente n.', pickup: 'Ritiro',
    vehicle: 'Veicolo', agreement: 'Contratto di noleggio', card: 'Carta', hello: 'Buongiorno', thanks: 'Cordiali saluti', callme: 'Mi richiami al', or: 'oppure', claim: 'Sinistro n.', policy: 'Polizza',
    meter: 'Contatore', reading: 'Lettura', tariff: 'Tariffa', account: 'Codice cliente', flight: 'Volo', booking: 'Codice prenotazione', ticket: 'Biglietto elettronico', amount: 'Importo',
    delayed: 'è stato cancellato', rebooked: 'Riprotetto sul', leak: 'infiltrazione d\'acqua dal soffitto', damage: 'graffio sul paraurti', adjuster: 'perito', contractor: 'idraulico', summary: 'Riepilogo chiamata (IA)', voicemail: 'Messaggio in segreteria',
    wordLine: ['Il tecnico è stato molto ', 'felice', ' di aiutarla.'], wordName: 'Felice',
    agent: 'operatrice', ready: 'è pronto', refund: 'Rimborso su', idLabel: 'Codice fiscale',
  },
  es: {
    name: 'Nombre completo', surname: 'Apellidos', given: 'Nombre', mobile: 'Celular', landline: 'Fijo', email: 'Correo', licence: 'Licencia n.º', pickup: 'Recogida',
    vehicle: 'Vehículo', agreement: 'Contrato de alquiler', card: 'Tarjeta', hello: 'Hola', thanks: 'Saludos cordiales', callme: 'Llámeme al', or: 'o', claim: 'Siniestro', policy: 'Póliza',
    meter: 'Medidor', reading: 'Lectura', tariff: 'Tarifa', account: 'Número de cuenta', flight: 'Vuelo', booking: 'Localizador', ticket: 'Billete electrónico', amount: 'Importe',
    delayed: 'fue cancelado', rebooked: 'Reubicado en el', leak: 'fuga de agua en la cocina', damage: 'golpe en la puerta trasera', adjuster: 'perito', contractor: 'fontanero', summary: 'Resumen de la llamada (IA)', voicemail: 'Mensaje de voz',
    wordLine: ['Por fin hay ', 'paz', ' en el barrio, ya no gotea.'], wordName: 'Paz',
    agent: 'agente', ready: 'está listo', refund: 'Reembolso a', idLabel: 'Identificación',
  },
  pt: {
    name: 'Nome completo', surname: 'Apelido', given: 'Nome', mobile: 'Telemóvel', landline: 'Telefone fixo', email: 'E-mail', licence: 'Carta de condução n.º', pickup: 'Levantamento',
    vehicle: 'Viatura', agreement: 'Contrato de aluguer', card: 'Cartão', hello: 'Olá', thanks: 'Com os melhores cumprimentos', callme: 'Ligue-me para o', or: 'ou', claim: 'Sinistro', policy: 'Apólice',
    meter: 'Contador', reading: 'Leitura', tariff: 'Tarifário', account: 'N.º de cliente', flight: 'Voo', booking: 'Reserva', ticket: 'Bilhete eletrónico', amount: 'Valor',
    delayed: 'foi cancelado', rebooked: 'Remarcado no', leak: 'infiltração de água na sala', damage: 'risco no para-choques', adjuster: 'perito', contractor: 'canalizador', summary: 'Resumo da chamada (IA)', voicemail: 'Mensagem de voz',
    wordLine: ['Foi uma ', 'vitória', ': a água voltou ontem.'], wordName: 'Vitória',
    agent: 'assistente', ready: 'está pronta', refund: 'Reembolso para', idLabel: 'Identificação',
  },
  fr: {
    name: 'Nom complet', surname: 'Nom', given: 'Prénom', mobile: 'Portable', landline: 'Fixe', email: 'Courriel', licence: 'Permis n°', pickup: 'Prise en charge',
    vehicle: 'Véhicule', agreement: 'Contrat de location', card: 'Carte', hello: 'Bonjour', thanks: 'Meilleures salutations', callme: 'Merci de me rappeler au', or: 'ou', claim: 'Sinistre', policy: 'Police',
    meter: 'Compteur', reading: 'Relevé', tariff: 'Tarif', account: 'N° client', flight: 'Vol', booking: 'Réservation', ticket: 'Billet électronique', amount: 'Montant',
    delayed: 'est annulé', rebooked: 'Réacheminé sur le', leak: 'dégât des eaux à la cuisine', damage: 'rayure sur le pare-chocs', adjuster: 'expert', contractor: 'installateur sanitaire', summary: 'Résumé d\'appel (IA)', voicemail: 'Message vocal',
    wordLine: ['Il faut de la ', 'constance', ' pour relever ce compteur chaque mois.'], wordName: 'Constance',
    agent: 'conseillère', ready: 'est prêt', refund: 'Remboursement sur', idLabel: 'N° AVS',
  },
  nl: {
    name: 'Naam', surname: 'Achternaam', given: 'Voornaam', mobile: 'Gsm', landline: 'Vast', email: 'E-mail', licence: 'Rijbewijs nr.', pickup: 'Ophaling',
    vehicle: 'Voertuig', agreement: 'Huurcontract', card: 'Kaart', hello: 'Dag', thanks: 'Met vriendelijke groeten', callme: 'Bel me terug op', or: 'of', claim: 'Schadedossier', policy: 'Polis',
    meter: 'Meter', reading: 'Meterstand', tariff: 'Tarief', account: 'Klantnummer', flight: 'Vlucht', booking: 'Boekingscode', ticket: 'E-ticket', amount: 'Bedrag',
    delayed: 'is geannuleerd', rebooked: 'Omgeboekt naar', leak: 'waterlek in de badkamer', damage: 'kras op de bumper', adjuster: 'expert', contractor: 'loodgieter', summary: 'Gesprekssamenvatting (AI)', voicemail: 'Voicemail',
    wordLine: ['Er is nog ', 'hoop', ': de expert komt morgen.'], wordName: 'Hoop',
    agent: 'medewerker', ready: 'staat klaar', refund: 'Terugbetaling op', idLabel: 'Rijksregisternr.',
  },
  da: {
    name: 'Navn', surname: 'Efternavn', given: 'Fornavn', mobile: 'Mobil', landline: 'Fastnet', email: 'E-mail', licence: 'Kørekort nr.', pickup: 'Afhentning',
    vehicle: 'Køretøj', agreement: 'Lejeaftale', card: 'Kort', hello: 'Hej', thanks: 'Med venlig hilsen', callme: 'Ring til mig på', or: 'eller', claim: 'Skadesnr.', policy: 'Police',
    meter: 'Måler', reading: 'Aflæsning', tariff: 'Tarif', account: 'Kundenr.', flight: 'Fly', booking: 'Bookingkode', ticket: 'E-billet', amount: 'Beløb',
    delayed: 'er aflyst', rebooked: 'Ombooket til', leak: 'vandskade i kælderen', damage: 'ridse på kofangeren', adjuster: 'taksator', contractor: 'VVS-montør', summary: 'Opkaldsresumé (AI)', voicemail: 'Telefonsvarer',
    wordLine: ['Der er ', 'liv', ' i måleren igen efter strømsvigtet.'], wordName: 'Liv',
    agent: 'medarbejder', ready: 'er klar', refund: 'Tilbagebetaling til', idLabel: 'CPR-nr.',
  },
}

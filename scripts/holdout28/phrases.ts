// The phrase books the skeletons are written with: one per language (Bulgarian also in Latin letters).
export type Biz = 'cowork' | 'florist' | 'library' | 'driving'
export interface Phr {
  hi: string; thanks: string; name: string; first: string; last: string; phone: string; mobile: string; email: string
  other: string; or: string; cb: string; date: string; time: string; ref: string; note: string; from: string; to: string
  regards: string; subject: string; about: string; vm: string; agent: string; caller: string; summary: string
  reach: string; newnum: string; present: string; on: string; for: string; and: string
  item: Record<Biz, string>; roles: Record<Biz, [string, string]>; card: [string, string]
}
const B = (a: string, b: string, c: string, d: string) => ({ cowork: a, florist: b, library: c, driving: d })
type R = [string, string]
const RL = (a: R, b: R, c: R, d: R) => ({ cowork: a, florist: b, library: c, driving: d })
function ph(s: string, item: Record<Biz, string>, roles: Record<Biz, R>, card: R): Phr {
  const [hi, thanks, name, first, last, phone, mobile, email, other, or, cb, date, time, ref, note, from, to, regards, subject, about, vm, agent, caller, summary, reach, newnum, present, on, fr, and] = s.split('|')
  return { hi, thanks, name, first, last, phone, mobile, email, other, or, cb, date, time, ref, note, from, to, regards, subject, about, vm, agent, caller, summary, reach, newnum, present, on, for: fr, and, item, roles, card } as Phr
}
export const PHR: Record<string, Phr> = {
  en: ph('Hi|Thanks|Name|First name|Last name|Phone|Mobile|Email|other number|or|please call back on|Date|Time|Ref|Note|From|To|Kind regards|Subject|called about|Voicemail from|agent|caller|Call summary|can be reached on|new number|Present|on|for|and',
    B('meeting room booking', 'flower delivery', 'membership card', 'driving lesson'), RL(['office admin', 'colleague'], ['sender', 'recipient'], ['parent', 'child'], ['learner', 'instructor']), ['Happy birthday ', ', with love']),
  de: ph('Hallo|Danke|Name|Vorname|Nachname|Telefon|Handy|E-Mail|andere Nummer|oder|bitte zurückrufen unter|Datum|Uhrzeit|Referenz|Notiz|Von|An|Viele Grüße|Betreff|rief an wegen|Sprachnachricht von|Mitarbeiter|Anrufer|Gesprächszusammenfassung|erreichbar unter|neue Nummer|Anwesend|unter|für|und',
    B('Raumbuchung', 'Blumenlieferung', 'Leseausweis', 'Fahrstunde'), RL(['Office-Management', 'Kollege'], ['Absender', 'Empfängerin'], ['Elternteil', 'Kind'], ['Fahrschüler', 'Fahrlehrer']), ['Alles Liebe zum Geburtstag, ', '!']),
  fr: ph("Bonjour|Merci|Nom|Prénom|Nom de famille|Téléphone|Portable|E-mail|autre numéro|ou|merci de rappeler au|Date|Heure|Réf.|Note|De|À|Cordialement|Objet|a appelé au sujet de|Message vocal de|conseiller|appelant|Résumé d'appel|joignable au|nouveau numéro|Présents|au|pour|et",
    B('réservation de salle', 'livraison de fleurs', 'carte de lecteur', 'leçon de conduite'), RL(['office manager', 'collègue'], ['expéditeur', 'destinataire'], ['parent', 'enfant'], ['élève', 'moniteur']), ['Joyeux anniversaire ', ', avec tout notre amour']),
  es: ph('Hola|Gracias|Nombre|Nombre(s)|Apellidos|Teléfono|Celular|Correo|otro número|o|favor de regresar la llamada al|Fecha|Hora|Ref.|Nota|De|Para|Saludos cordiales|Asunto|llamó por|Mensaje de voz de|agente|cliente|Resumen de llamada|se le localiza al|número nuevo|Presentes|al|para|y',
    B('reserva de sala', 'entrega de flores', 'credencial de biblioteca', 'clase de manejo'), RL(['administradora', 'colega'], ['remitente', 'destinataria'], ['tutor', 'menor'], ['alumno', 'instructor']), ['¡Feliz cumpleaños, ', '! Con cariño']),
  it: ph('Ciao|Grazie|Nome|Nome|Cognome|Telefono|Cellulare|Email|altro numero|oppure|richiamare al|Data|Ora|Rif.|Nota|Da|A|Cordiali saluti|Oggetto|ha chiamato per|Messaggio vocale da|operatore|chiamante|Riepilogo chiamata|raggiungibile al|nuovo numero|Presenti|al|per|e',
    B('prenotazione sala', 'consegna fiori', 'tessera della biblioteca', 'lezione di guida'), RL(['office manager', 'collega'], ['mittente', 'destinataria'], ['genitore', 'figlio'], ['allievo', 'istruttore']), ['Buon compleanno ', ', con affetto']),
  nl: ph('Hoi|Bedankt|Naam|Voornaam|Achternaam|Telefoon|Mobiel|E-mail|ander nummer|of|graag terugbellen op|Datum|Tijd|Ref.|Notitie|Van|Aan|Met vriendelijke groet|Onderwerp|belde over|Voicemail van|medewerker|beller|Gesprekssamenvatting|bereikbaar op|nieuw nummer|Aanwezig|op|voor|en',
    B('zaalreservering', 'bloembezorging', 'bibliotheekpas', 'rijles'), RL(['officemanager', 'collega'], ['afzender', 'ontvanger'], ['ouder', 'kind'], ['leerling', 'instructeur']), ['Gefeliciteerd ', ', liefs']),
  pt: ph('Olá|Obrigado|Nome|Nome|Sobrenome|Telefone|Celular|E-mail|outro número|ou|favor retornar no|Data|Horário|Ref.|Obs.|De|Para|Atenciosamente|Assunto|ligou sobre|Recado de voz de|atendente|cliente|Resumo da ligação|pode ser contatado no|número novo|Presentes|no|para|e',
    B('reserva de sala', 'entrega de flores', 'carteirinha da biblioteca', 'aula de direção'), RL(['administradora', 'colega'], ['remetente', 'destinatária'], ['responsável', 'filho'], ['aluno', 'instrutor']), ['Feliz aniversário, ', '! Com carinho']),
  pl: ph('Dzień dobry|Dziękuję|Imię i nazwisko|Imię|Nazwisko|Telefon|Komórka|E-mail|inny numer|lub|proszę oddzwonić na|Data|Godzina|Nr ref.|Notatka|Od|Do|Pozdrawiam|Temat|dzwonił w sprawie|Wiadomość głosowa od|konsultant|dzwoniący|Podsumowanie rozmowy|dostępny pod numerem|nowy numer|Obecni|pod numerem|dla|i',
    B('rezerwacja sali', 'dostawa kwiatów', 'karta biblioteczna', 'jazda szkoleniowa'), RL(['administrator biura', 'współpracownik'], ['nadawca', 'odbiorca'], ['rodzic', 'dziecko'], ['kursant', 'instruktor']), ['Wszystkiego najlepszego, ', '! Ściskamy']),
  sv: ph('Hej|Tack|Namn|Förnamn|Efternamn|Telefon|Mobil|E-post|annat nummer|eller|ring tillbaka på|Datum|Tid|Ref|Anteckning|Från|Till|Vänliga hälsningar|Ämne|ringde om|Röstmeddelande från|handläggare|uppringare|Samtalssammanfattning|nås på|nytt nummer|Närvarande|på|för|och',
    B('rumsbokning', 'blomleverans', 'lånekort', 'körlektion'), RL(['kontorsansvarig', 'kollega'], ['avsändare', 'mottagare'], ['förälder', 'barn'], ['elev', 'trafiklärare']), ['Grattis på födelsedagen, ', '! Kram']),
  fi: ph('Hei|Kiitos|Nimi|Etunimi|Sukunimi|Puhelin|Matkapuhelin|Sähköposti|toinen numero|tai|soittakaa takaisin numeroon|Päivämäärä|Aika|Viite|Muistiinpano|Lähettäjä|Vastaanottaja|Ystävällisin terveisin|Aihe|soitti asiasta|Vastaajaviesti numerosta|asiakaspalvelija|soittaja|Puhelun yhteenveto|tavoittaa numerosta|uusi numero|Läsnä|numerossa|henkilölle|ja',
    B('neuvotteluhuoneen varaus', 'kukkalähetys', 'kirjastokortti', 'ajotunti'), RL(['toimistopäällikkö', 'kollega'], ['lähettäjä', 'vastaanottaja'], ['huoltaja', 'lapsi'], ['oppilas', 'opettaja']), ['Hyvää syntymäpäivää, ', '! Halauksin']),
  ro: ph('Bună|Mulțumesc|Nume|Prenume|Nume de familie|Telefon|Mobil|E-mail|alt număr|sau|vă rugăm sunați înapoi la|Data|Ora|Ref.|Notă|De la|Către|Cu stimă|Subiect|a sunat despre|Mesaj vocal de la|operator|apelant|Rezumatul apelului|poate fi contactat la|număr nou|Prezenți|la|pentru|și',
    B('rezervare sală', 'livrare flori', 'permis de bibliotecă', 'lecție de condus'), RL(['administrator', 'coleg'], ['expeditor', 'destinatar'], ['părinte', 'copil'], ['cursant', 'instructor']), ['La mulți ani, ', '! Cu drag']),
  bg: ph('Здравейте|Благодаря|Име|Име|Фамилия|Телефон|Мобилен|Имейл|друг номер|или|моля, обадете се на|Дата|Час|Реф.|Бележка|От|До|Поздрави|Тема|се обади относно|Гласово съобщение от|служител|обаждащ се|Резюме на разговора|може да бъде намерен на|нов номер|Присъстващи|на|за|и',
    B('резервация на зала', 'доставка на цветя', 'читателска карта', 'урок по кормуване'), RL(['офис мениджър', 'колега'], ['подател', 'получател'], ['родител', 'дете'], ['курсист', 'инструктор']), ['Честит рожден ден, ', '! С обич']),
  bgl: ph('Zdraveyte|Blagodarya|Ime|Ime|Familiya|Telefon|Mobilen|Imeyl|drug nomer|ili|molya, obadete se na|Data|Chas|Ref.|Belezhka|Ot|Do|Pozdravi|Tema|se obadi otnosno|Glasovo saobshtenie ot|sluzhitel|obazhdasht se|Rezyume na razgovora|mozhe da bade nameren na|nov nomer|Prisastvashti|na|za|i',
    B('rezervatsiya na zala', 'dostavka na tsvetya', 'chitatelska karta', 'urok po kormuvane'), RL(['ofis menidzhar', 'kolega'], ['podatel', 'poluchatel'], ['roditel', 'dete'], ['kursist', 'instruktor']), ['Chestit rozhden den, ', '! S obich']),
  el: ph('Γεια σας|Ευχαριστώ|Όνομα|Όνομα|Επώνυμο|Τηλέφωνο|Κινητό|Email|άλλο νούμερο|ή|παρακαλώ καλέστε πίσω στο|Ημερομηνία|Ώρα|Αναφ.|Σημείωση|Από|Προς|Με εκτίμηση|Θέμα|τηλεφώνησε για|Φωνητικό μήνυμα από|υπάλληλος|καλών|Σύνοψη κλήσης|είναι διαθέσιμος στο|νέο νούμερο|Παρόντες|στο|για|και',
    B('κράτηση αίθουσας', 'παράδοση λουλουδιών', 'κάρτα βιβλιοθήκης', 'μάθημα οδήγησης'), RL(['διαχειριστής γραφείου', 'συνάδελφος'], ['αποστολέας', 'παραλήπτης'], ['γονέας', 'παιδί'], ['μαθητής', 'εκπαιδευτής']), ['Χρόνια πολλά, ', '! Με αγάπη']),
}

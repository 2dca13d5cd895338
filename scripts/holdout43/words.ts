// Each language's own words for the pieces every kind of text needs (headers, greetings, "my name is", "or").
export interface Words {
  hi: string; bye: string; myName: string; or: string; call: string; thanks: string
  name: string; given: string; family: string; phone: string; email: string; note: string; date: string; amount: string
  no: string; ext: string; ip: string; topic: [string, string, string, string]
}
const KEYS = ["hi", "bye", "myName", "or", "call", "thanks", "name", "given", "family", "phone", "email", "note", "date", "amount", "no", "ext", "ip"] as const
const w = (s: string, topic: string): Words => {
  const a = s.split("|")
  const out = Object.fromEntries(KEYS.map((k, i) => [k, a[i]!])) as Omit<Words, "topic">
  return { ...out, topic: topic.split("|") as Words["topic"] }
}

// topics: hospital transport and parking, phone repairs and trade-ins, pool and leisure centre, wedding photos and prints
export const WORDS: Record<string, Words> = {
  en: w("Hi|Cheers|my name is|or|call me on|Thanks|Name|First name|Surname|Phone|Email|Note|Date|Amount|No.|ext.|IP", "patient transport booking|screen repair|swimming lessons|wedding album order"),
  sv: w("Hej|Mvh|jag heter|eller|ring mig på|Tack|Namn|Förnamn|Efternamn|Telefon|E-post|Anteckning|Datum|Belopp|Nr.|ankn.|IP", "sjukresa och parkering|skärmbyte|simskola|bröllopsalbum"),
  fi: w("Hei|Terveisin|nimeni on|tai|soita numeroon|Kiitos|Nimi|Etunimi|Sukunimi|Puhelin|Sähköposti|Muistiinpano|Päivämäärä|Summa|Nro|alanumero|IP", "potilaskuljetus ja pysäköinti|näytön korjaus|uimakoulu|hääkuvien vedokset"),
  et: w("Tere|Lugupidamisega|minu nimi on|või|helista mulle|Aitäh|Nimi|Eesnimi|Perekonnanimi|Telefon|E-post|Märkus|Kuupäev|Summa|Nr.|lisanumber|IP", "patsiendi transport ja parkimine|ekraani parandus|ujumistunnid|pulmaalbum"),
  pl: w("Dzień dobry|Pozdrawiam|nazywam się|lub|proszę dzwonić na|Dziękuję|Imię i nazwisko|Imię|Nazwisko|Telefon|E-mail|Notatka|Data|Kwota|nr|wewn.|IP", "transport pacjenta i parking|wymiana ekranu|nauka pływania|album ślubny"),
  cs: w("Dobrý den|S pozdravem|jmenuji se|nebo|volejte na|Děkuji|Jméno|Křestní jméno|Příjmení|Telefon|E-mail|Poznámka|Datum|Částka|č.|linka|IP", "převoz pacienta a parkování|výměna displeje|kurz plavání|svatební album"),
  ro: w("Bună ziua|Cu stimă|mă numesc|sau|sunați-mă la|Mulțumesc|Nume|Prenume|Nume de familie|Telefon|E-mail|Notă|Data|Sumă|nr.|int.|IP", "transport pacienți și parcare|înlocuire ecran|cursuri de înot|album de nuntă"),
  hr: w("Pozdrav|Lijep pozdrav|zovem se|ili|nazovite me na|Hvala|Ime i prezime|Ime|Prezime|Telefon|E-pošta|Bilješka|Datum|Iznos|br.|kućni|IP", "prijevoz pacijenata i parking|zamjena zaslona|škola plivanja|vjenčani album"),
  el: w("Γεια σας|Με εκτίμηση|με λένε|ή|καλέστε με στο|Ευχαριστώ|Όνομα|Όνομα|Επώνυμο|Τηλέφωνο|Email|Σημείωση|Ημερομηνία|Ποσό|αρ.|εσωτ.|IP", "μεταφορά ασθενών και στάθμευση|αλλαγή οθόνης|μαθήματα κολύμβησης|άλμπουμ γάμου"),
  ru: w("Здравствуйте|С уважением|меня зовут|или|звоните мне по номеру|Спасибо|ФИО|Имя|Фамилия|Телефон|Эл. почта|Примечание|Дата|Сумма|№|доб.|IP", "перевозка пациента и парковка|замена экрана|уроки плавания|свадебный альбом"),
  tr: w("Merhaba|Saygılarımla|adım|veya|beni şu numaradan arayın|Teşekkürler|Ad Soyad|Ad|Soyad|Telefon|E-posta|Not|Tarih|Tutar|No.|dahili|IP", "hasta nakli ve otopark|ekran değişimi|yüzme dersi|düğün albümü"),
  nl: w("Hallo|Met vriendelijke groeten|mijn naam is|of|bel me op|Bedankt|Naam|Voornaam|Achternaam|Telefoon|E-mail|Notitie|Datum|Bedrag|nr.|toestel|IP", "ziekenvervoer en parkeren|schermherstelling|zwemlessen|huwelijksalbum"),
  de: w("Grüezi|Freundliche Grüsse|ich heisse|oder|ruf mich an unter|Danke|Name|Vorname|Nachname|Telefon|E-Mail|Notiz|Datum|Betrag|Nr.|Durchwahl|IP", "Patiententransport und Parkieren|Displaytausch|Schwimmkurs|Hochzeitsalbum"),
  deAT: w("Servus|Liebe Grüße|ich heiße|oder|ruf mich an unter|Danke|Name|Vorname|Nachname|Telefon|E-Mail|Notiz|Datum|Betrag|Nr.|Klappe|IP", "Krankentransport und Parken|Displaytausch|Schwimmkurs|Hochzeitsalbum"),
  it: w("Buongiorno|Cordiali saluti|mi chiamo|oppure|chiamatemi al|Grazie|Nome e cognome|Nome|Cognome|Telefono|Email|Nota|Data|Importo|n.|int.|IP", "trasporto pazienti e parcheggio|sostituzione schermo|corso di nuoto|album di nozze"),
  gl: w("Bo día|Un saúdo|chámome|ou|chámeme ao|Grazas|Nome|Nome|Apelidos|Teléfono|Correo|Nota|Data|Importe|nº|ext.|IP", "transporte de pacientes e aparcadoiro|cambio de pantalla|cursos de natación|álbum de voda"),
  es: w("Hola|Saludos|me llamo|o|llámeme al|Gracias|Nombre|Nombre|Apellido|Teléfono|Correo|Nota|Fecha|Monto|nº|anexo|IP", "traslado de pacientes y estacionamiento|cambio de pantalla|clases de natación|álbum de matrimonio"),
  pt: w("Olá|Abraços|meu nome é|ou|me liga no|Obrigado|Nome|Nome|Sobrenome|Telefone|E-mail|Observação|Data|Valor|nº|ramal|IP", "transporte de pacientes e estacionamento|troca de tela|aulas de natação|álbum de casamento"),
  fr: w("Bonjour|Cordialement|je m'appelle|ou|appelez-moi au|Merci|Nom complet|Prénom|Nom|Téléphone|Courriel|Note|Date|Montant|n°|poste|IP", "transport de patients et stationnement|remplacement d'écran|cours de natation|album de mariage"),
}

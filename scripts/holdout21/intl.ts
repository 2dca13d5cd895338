// Templates of the other nine languages: one skeleton per genre and business, its words from each
// language's phrase book (labels and whole sentences written in that language).
import type { Ctx, Lang } from './ctx.ts'
import type { Person } from './names.ts'
import { t, type Piece } from './render.ts'
import type { Span } from './render.ts'
import type { Tpl } from './tpl.ts'

interface Book {
  biz: { tax: string; alarm: string; nursery: string; scoot: string; dom: string }
  /** label words */
  l: Record<'name' | 'surname' | 'given' | 'dob' | 'taxId' | 'phone' | 'email' | 'refund' | 'signed' | 'child' | 'allergy' | 'fee' | 'emergency' | 'keyholder' | 'card' | 'ride' | 'vehicle' | 'fine' | 'amount' | 'from' | 'intake' | 'appeal' | 'ip', string>
  json: { first: string; last: string }
  words: string[]
  allergies: string[]
  rideSms: (c: Ctx, w: Span) => Piece[]
  chat: (c: Ctx, m: Person, s: Person, kid: Person, dad: Person) => Piece[][]
  alarmSummary: (c: Ctx, o: Person, k: Person) => Piece[]
  taxNote: (c: Ctx, p: Person) => Piece[]
  feeMail: (c: Ctx, m: Person, s: Person, kid: Person) => { body: Piece[]; quote: Piece[]; wrote: Piece[] }
  transcript: (c: Ctx, p: Person) => Piece[]
  voicemail: (c: Ctx, p: Person) => Piece[]
  negNote: (c: Ctx) => Piece[]
}

const gr = (p: Person, c: Ctx) => (c.r.chance(0.35) ? c.greek(p) : c.name(p))

const BOOKS: Record<Exclude<Lang, 'en'>, Book> = {
  es: {
    biz: { tax: 'Estudio Contable Quiroga & Asoc.', alarm: 'Centinela Monitoreo', nursery: 'Jardín Maternal Pompitas', scoot: 'Rodá', dom: 'roda.app' },
    l: { name: 'Apellido y nombre', surname: 'Apellido', given: 'Nombre', dob: 'Fecha de nacimiento', taxId: 'CUIT/CUIL o NIT', phone: 'Teléfono', email: 'Correo', refund: 'Cuenta para la devolución', signed: 'Firmado', child: 'Nene/a', allergy: 'Alergias', fee: 'Cuota', emergency: 'Contacto de emergencia', keyholder: 'Responsable de llaves', card: 'Tarjeta', ride: 'Viaje', vehicle: 'Monopatín', fine: 'Multa', amount: 'Importe', from: 'De', intake: 'Alta de cliente', appeal: 'Reclamo por multa', ip: 'IP de origen' },
    json: { first: 'nombre', last: 'apellido' },
    words: ['paz', 'luz', 'esperanza', 'consuelo'],
    allergies: ['maní', 'huevo', 'proteína de leche de vaca', 'ninguna', 'frutillas'],
    rideSms: (c, w) => t`Rodá ${c.emo('scooter')} Tu viaje ${c.ride()} terminó a las ${c.time()}. Total ${c.amount(1, 9)}. Monopatín ${c.vehicle()} bloqueado. Dejalo siempre en zona habilitada y viajá en ${w}.`,
    chat: (c, m, s, kid, dad) => [
      t`${c.name(m)}: Buen día! ${c.P(kid.given)} durmió re mal ${c.emo('nursery')} puede no hacer la siesta hoy?`,
      t`${c.P(s.given)} (Pompitas): Sí, obvio. La alergia sigue siendo al ${c.r.pick(['maní', 'huevo'])}?`,
      t`${c.name(m)}: Sí. Hoy la busca el papá, ${c.name(dad)}, su cel es ${c.ph()}`,
    ],
    alarmSummary: (c, o, k) => t`Resumen automático de llamada — Centinela Monitoreo ${c.emo('alarm')}
Evento ${c.event()} en zona ${c.zone()}, panel ${c.panel()}, a las ${c.time()} del ${c.date(0)}.
Se llamó al titular ${c.name(o)} al ${c.ph()}: no atendió. El responsable de llaves ${c.name(k)} (${c.ph('nat')}) fue al domicilio.
Denuncia policial n.º ${c.police()}. Se enviará el informe a ${c.mail(o)}.`,
    taxNote: (c, p) => t`cte ${c.caps(p)} llamó x devolución ${c.amount(50, 900)}; ${c.nid(p)} ok. pagó honorarios c/ tarjeta ${c.card()}. llamar al ${c.ph()} dsp de las ${c.time()} ${c.emo('tax')}`,
    feeMail: (c, m, s, kid) => ({
      body: t`Hola ${c.P(m.given)}:\nTe mandamos la cuota de ${c.P(kid.given)} de ${c.fees()} con vencimiento el ${c.date(0)}. Podés pagar por transferencia a ${c.bankAccount()}.\n\nSaludos,\n${c.name(s)}\nJardín Maternal Pompitas · ${c.ph('nat')} · ${c.role('administracion', 'pompitas.edu.ar')}`,
      wrote: t`El ${c.date(0)}, ${c.name(m)} <${c.mail(m)}> escribió:`,
      quote: t`> Perdón la demora ${c.emo('chat')} ¿les puedo pagar con esta tarjeta? ${c.card()}`,
    }),
    transcript: (c, p) => t`hola sí, habla ${c.lower(p)}, me cobraron una multa del monopatín ${c.vehicle()} y yo lo dejé bien estacionado. mi número es ${c.heard()}, llámenme por favor`,
    voicemail: (c, p) => t`Mensaje de voz ${c.time()}: "Hola, soy ${c.name(p)}, les llamo por la declaración jurada. Me llegó una intimación por ${c.amount(100, 900)}. Mi celular es ${c.ph()}. Gracias, que estén en ${c.word('paz')}."`,
    negNote: (c) => t`vencimientos: ${c.date(0)} ganancias, ${c.date(0)} bienes personales. honorarios ${c.amount(100, 600)}. tarj rechazada ${c.luhnBad()}. cuenta ${c.bankAccount()}. ${c.nid()} (cliente nuevo). quedó a la ${c.word('luz')} el error del ${c.ver()}.`,
  },
  el: {
    biz: { tax: 'Λογιστικό Γραφείο Αλεξίου', alarm: 'Φύλαξ Κέντρο Λήψης Σημάτων', nursery: 'Παιδικός Σταθμός Κουκουβάγια', scoot: 'Gyro', dom: 'gyro.gr' },
    l: { name: 'Ονοματεπώνυμο', surname: 'Επώνυμο', given: 'Όνομα', dob: 'Ημ. γέννησης', taxId: 'ΑΦΜ / ΑΜΚΑ', phone: 'Τηλέφωνο', email: 'Email', refund: 'IBAN επιστροφής', signed: 'Υπογραφή', child: 'Παιδί', allergy: 'Αλλεργίες', fee: 'Δίδακτρα', emergency: 'Επαφή έκτακτης ανάγκης', keyholder: 'Κάτοχος κλειδιών', card: 'Κάρτα', ride: 'Διαδρομή', vehicle: 'Πατίνι', fine: 'Πρόστιμο', amount: 'Ποσό', from: 'Από', intake: 'Καρτέλα πελάτη', appeal: 'Ένσταση προστίμου', ip: 'IP' },
    json: { first: 'onoma', last: 'eponymo' },
    words: ['ελπίδα', 'ειρήνη'],
    allergies: ['φιστίκια', 'αυγό', 'γάλα', 'καμία', 'σουσάμι'],
    rideSms: (c, w) => t`Gyro ${c.emo('scooter')} Η διαδρομή ${c.ride()} ολοκληρώθηκε στις ${c.time()}. Χρέωση ${c.amount(1, 9)}. Πατίνι ${c.vehicle()}. Με την ${w} να σας ξαναδούμε!`,
    chat: (c, m, s, kid, dad) => [
      t`${gr(m, c)}: Καλημέρα! Η ${c.P(kid.given)} δεν κοιμήθηκε καλά ${c.emo('nursery')} μπορεί να μην κάνει ύπνο σήμερα;`,
      t`${c.P(s.given)} (Κουκουβάγια): Φυσικά. Η αλλεργία στο ${c.r.pick(['αυγό', 'γάλα'])} ισχύει ακόμα;`,
      t`${gr(m, c)}: Ναι. Σήμερα την παίρνει ο μπαμπάς, ${c.name(dad)}, κινητό ${c.ph()}`,
    ],
    alarmSummary: (c, o, k) => t`Σύνοψη κλήσης (AI) — Φύλαξ ${c.emo('alarm')}
Σήμα ${c.event()} ζώνη ${c.zone()}, πίνακας ${c.panel()}, ${c.time()} ${c.date(0)}.
Κλήση στον ιδιοκτήτη ${gr(o, c)} στο ${c.ph()} — δεν απάντησε. Ο κάτοχος κλειδιών ${c.name(k)} (${c.ph('nat')}) πήγε επί τόπου.
Αριθμός δήλωσης στην Αστυνομία ${c.police()}. Αναφορά στο ${c.mail(o)}.`,
    taxNote: (c, p) => t`πελ. ${c.caps(p)} τηλ ${c.ph()} — επιστροφή φόρου ${c.amount(50, 900)}, ΑΦΜ/ΑΜΚΑ ${c.nid(p)} οκ. αμοιβή με κάρτα ${c.card()} ${c.emo('tax')} να ξαναπάρει μετά τις ${c.time()}`,
    feeMail: (c, m, s, kid) => ({
      body: t`Αγαπητή κα ${c.family(m)},\nσας στέλνουμε τα δίδακτρα της ${c.P(kid.given)}: ${c.fees()}, λήξη ${c.date(0)}. IBAN σταθμού: ${c.iban()}.\n\nΜε εκτίμηση,\n${c.name(s)}\nΠαιδικός Σταθμός Κουκουβάγια · ${c.ph('nat')} · ${c.role('info', 'koukouvagia-kids.gr')}`,
      wrote: t`Στις ${c.date(0)}, ο/η ${c.greek(m)} <${c.mail(m)}> έγραψε:`,
      quote: t`> Μπορώ να πληρώσω με κάρτα; ${c.card()} ${c.emo('chat')}`,
    }),
    transcript: (c, p) => t`ναι γεια σας, είμαι ${c.lower(p)}, χτυπάει ο συναγερμός στο μαγαζί, το τηλέφωνό μου είναι ${c.heard()}, ελάτε γρήγορα`,
    voicemail: (c, p) => t`Φωνητικό μήνυμα ${c.time()}: «Καλησπέρα, είμαι ${gr(p, c)}, για τη φορολογική δήλωση. Μου ήρθε ειδοποίηση για ${c.amount(100, 900)}. Πάρτε με στο ${c.ph()}. Ευχαριστώ.»`,
    negNote: (c) => t`προθεσμίες: ${c.date(0)} Ε1, ${c.date(1)} ΕΝΦΙΑ. αμοιβή ${c.amount(50, 400)}. λάθος IBAN ${c.ibanBad()}. απορρίφθηκε κάρτα ${c.luhnBad()}. ${c.nid()} νέος πελάτης. με ${c.word('ελπίδα')} για ${c.word('ειρήνη')} στο γραφείο μετά τις ${c.time()}.`,
  },
  lv: {
    biz: { tax: 'Grāmatvedība Kalniņš un partneri', alarm: 'Sargs Monitorings', nursery: 'Privātā pirmsskola Vāverīte', scoot: 'Skrejo', dom: 'skrejo.lv' },
    l: { name: 'Vārds, uzvārds', surname: 'Uzvārds', given: 'Vārds', dob: 'Dzimšanas datums', taxId: 'Personas kods', phone: 'Tālrunis', email: 'E-pasts', refund: 'Konts atmaksai', signed: 'Paraksts', child: 'Bērns', allergy: 'Alerģijas', fee: 'Maksa', emergency: 'Ārkārtas kontakts', keyholder: 'Atslēgu turētājs', card: 'Karte', ride: 'Brauciens', vehicle: 'Skrejritenis', fine: 'Sods', amount: 'Summa', from: 'No', intake: 'Klienta anketa', appeal: 'Soda apstrīdēšana', ip: 'IP adrese' },
    json: { first: 'vards', last: 'uzvards' },
    words: ['liesma', 'ausma'],
    allergies: ['zemesrieksti', 'olas', 'piens', 'nav', 'zemenes'],
    rideSms: (c, w) => t`Skrejo ${c.emo('scooter')} Brauciens ${c.ride()} beidzās ${c.time()}. Summa ${c.amount(1, 9)}. Skrejritenis ${c.vehicle()}. Skrejriteņa krāsa: ${w}.`,
    chat: (c, m, s, kid, dad) => [
      t`${c.name(m)}: Labrīt! ${c.P(kid.given)} slikti gulēja ${c.emo('nursery')} vai šodien var bez diendusas?`,
      t`${c.P(s.given)} (Vāverīte): Protams. Alerģija joprojām uz ${c.r.pick(['olām', 'pienu'])}?`,
      t`${c.name(m)}: Jā. Šodien paņems tētis ${c.name(dad)}, tālr. ${c.ph()}`,
    ],
    alarmSummary: (c, o, k) => t`Zvana kopsavilkums (AI) — Sargs ${c.emo('alarm')}
Signāls ${c.event()}, zona ${c.zone()}, panelis ${c.panel()}, ${c.time()}, ${c.date(0)}.
Īpašnieks ${c.name(o)} (${c.ph()}) neatbildēja. Atslēgu turētājs ${c.name(k)} (${c.ph('nat')}) ieradās objektā.
Policijas notikuma nr. ${c.police()}. Atskaite nosūtīta uz ${c.mail(o)}.`,
    taxNote: (c, p) => t`kl. ${c.caps(p)} tel ${c.ph()} — IIN atmaksa ${c.amount(50, 900)}, p.k. ${c.nid(p)} pārbaudīts. samaksāja ar karti ${c.card()} ${c.emo('tax')} zvanīt pēc ${c.time()}`,
    feeMail: (c, m, s, kid) => ({
      body: t`Labdien, ${c.name(m)}!\nNosūtām rēķinu par ${c.P(kid.given)} ēdināšanu un mācību maksu: ${c.fees()}, apmaksāt līdz ${c.date(0)}. Konts: ${c.iban()}.\n\nAr cieņu,\n${c.name(s)}\nVāverīte · ${c.ph('nat')} · ${c.role('birojs', 'vaverite.lv')}`,
      wrote: t`${c.date(0)} ${c.name(m)} <${c.mail(m)}> rakstīja:`,
      quote: t`> Vai var maksāt ar karti? ${c.card()} ${c.emo('chat')}`,
    }),
    transcript: (c, p) => t`labdien, te ${c.lower(p)}, man atnāca sods par skrejriteni ${c.vehicle()}, bet es to noliku pareizi. mans numurs ir ${c.heard()}`,
    voicemail: (c, p) => t`Balss pasts ${c.time()}: "Labdien, šeit ${c.name(p)}, zvanu par gada ienākumu deklarāciju. VID prasa piemaksāt ${c.amount(100, 900)}. Lūdzu, atzvaniet uz ${c.ph()}. Paldies."`,
    negNote: (c) => t`termiņi: deklarācija līdz ${c.date(0)}. maksa ${c.amount(30, 300)}. nederīgs IBAN ${c.ibanBad()}, karte noraidīta ${c.luhnBad()}. p.k. ${c.nid()}. birojs atvērts no ${c.time()}; ${c.word('ausma')} un ${c.word('liesma')} ir tikai logo krāsu nosaukumi.`,
  },
  et: {
    biz: { tax: 'Raamatupidamisbüroo Kask & Tamm', alarm: 'Valvur Häirekeskus', nursery: 'Eralasteaed Mesimumm', scoot: 'Tõuks', dom: 'touks.ee' },
    l: { name: 'Nimi', surname: 'Perekonnanimi', given: 'Eesnimi', dob: 'Sünniaeg', taxId: 'Isikukood', phone: 'Telefon', email: 'E-post', refund: 'Tagastuse konto', signed: 'Allkiri', child: 'Laps', allergy: 'Allergiad', fee: 'Kohatasu', emergency: 'Hädaabikontakt', keyholder: 'Võtmehoidja', card: 'Kaart', ride: 'Sõit', vehicle: 'Tõukeratas', fine: 'Trahv', amount: 'Summa', from: 'Saatja', intake: 'Kliendi ankeet', appeal: 'Trahvi vaidlustamine', ip: 'IP-aadress' },
    json: { first: 'eesnimi', last: 'perenimi' },
    words: ['tamm', 'kask', 'mari', 'jõgi', 'saar'],
    allergies: ['maapähklid', 'muna', 'piim', 'puudub', 'maasikad'],
    rideSms: (c, w) => t`Tõuks ${c.emo('scooter')} Sõit ${c.ride()} lõppes kell ${c.time()}. Summa ${c.amount(1, 9)}. Tõukeratas ${c.vehicle()}. Parkimine puu all (${w}) keelatud.`,
    chat: (c, m, s, kid, dad) => [
      t`${c.name(m)}: Tere hommikust! ${c.P(kid.given)} magas halvasti ${c.emo('nursery')} kas täna võib lõunauinakuta?`,
      t`${c.P(s.given)} (Mesimumm): Muidugi. Kas allergia on endiselt ${c.r.pick(['munale', 'piimale'])}?`,
      t`${c.name(m)}: Jah. Täna tuleb isa ${c.name(dad)} järele, tel ${c.ph()}`,
    ],
    alarmSummary: (c, o, k) => t`Kõne kokkuvõte (AI) — Valvur ${c.emo('alarm')}
Häire ${c.event()}, tsoon ${c.zone()}, paneel ${c.panel()}, kell ${c.time()}, ${c.date(0)}.
Omanik ${c.name(o)} (${c.ph()}) ei vastanud. Võtmehoidja ${c.name(k)} (${c.ph('nat')}) jõudis kohale.
Politsei juhtumi nr ${c.police()}. Raport saadeti aadressile ${c.mail(o)}.`,
    taxNote: (c, p) => t`klient ${c.caps(p)} tel ${c.ph()} — tulumaksu tagastus ${c.amount(50, 900)}, ik ${c.nid(p)} kontrollitud. tasus kaardiga ${c.card()} ${c.emo('tax')} helistada pärast ${c.time()}`,
    feeMail: (c, m, s, kid) => ({
      body: t`Tere, ${c.name(m)}!\nSaadame ${c.P(kid.given)} kohatasu arve: ${c.fees()}, tähtaeg ${c.date(0)}. Arveldusarve ${c.iban()}.\n\nLugupidamisega\n${c.name(s)}\nMesimumm · ${c.ph('nat')} · ${c.role('info', 'mesimumm.ee')}`,
      wrote: t`${c.date(0)} kirjutas ${c.name(m)} <${c.mail(m)}>:`,
      quote: t`> Kas saan kaardiga maksta? ${c.card()} ${c.emo('chat')}`,
    }),
    transcript: (c, p) => t`tere, siin ${c.lower(p)}, valvekeskus helistas, signalisatsioon läks käima, minu number on ${c.heard()}, ma olen kümne minutiga kohal`,
    voicemail: (c, p) => t`Kõnepost ${c.time()}: "Tere, ${c.name(p)} helistab, tuludeklaratsiooni asjus. EMTA nõuab juurde ${c.amount(100, 900)}. Palun helistage ${c.ph()}. Aitäh."`,
    negNote: (c) => t`tähtajad: deklaratsioon ${c.date(0)}. tasu ${c.amount(30, 300)}. vigane IBAN ${c.ibanBad()}, kaart tagasi lükatud ${c.luhnBad()}. ik ${c.nid()}. kontor ${c.word('jõgi')} ja ${c.word('tamm')} vahel, avatud ${c.time()}.`,
  },
  sl: {
    biz: { tax: 'Računovodski servis Golob d.o.o.', alarm: 'Varnost Nadzorni center', nursery: 'Zasebni vrtec Čebelica', scoot: 'Skiro', dom: 'skiro.si' },
    l: { name: 'Ime in priimek', surname: 'Priimek', given: 'Ime', dob: 'Datum rojstva', taxId: 'EMŠO / davčna št.', phone: 'Telefon', email: 'E-pošta', refund: 'TRR za vračilo', signed: 'Podpis', child: 'Otrok', allergy: 'Alergije', fee: 'Oskrbnina', emergency: 'Kontakt v sili', keyholder: 'Skrbnik ključev', card: 'Kartica', ride: 'Vožnja', vehicle: 'Skiro', fine: 'Globa', amount: 'Znesek', from: 'Od', intake: 'Vpisni list stranke', appeal: 'Ugovor na globo', ip: 'IP naslov' },
    json: { first: 'ime', last: 'priimek' },
    words: ['zora', 'živa'],
    allergies: ['arašidi', 'jajca', 'mleko', 'brez', 'jagode'],
    rideSms: (c, w) => t`Skiro ${c.emo('scooter')} Vožnja ${c.ride()} končana ob ${c.time()}. Znesek ${c.amount(1, 9)}. Skiro ${c.vehicle()}. Vozi previdno, ${w} je že zjutraj mrzla.`,
    chat: (c, m, s, kid, dad) => [
      t`${c.name(m)}: Dobro jutro! ${c.P(kid.given)} je slabo spala ${c.emo('nursery')} lahko danes izpusti počitek?`,
      t`${c.P(s.given)} (Čebelica): Seveda. Je alergija še vedno na ${c.r.pick(['jajca', 'mleko'])}?`,
      t`${c.name(m)}: Ja. Danes pride po njo oče ${c.name(dad)}, tel. ${c.ph()}`,
    ],
    alarmSummary: (c, o, k) => t`Povzetek klica (AI) — Varnost ${c.emo('alarm')}
Alarm ${c.event()}, cona ${c.zone()}, centrala ${c.panel()}, ob ${c.time()}, ${c.date(0)}.
Lastnik ${c.name(o)} (${c.ph()}) se ni oglasil. Skrbnik ključev ${c.name(k)} (${c.ph('nat')}) je prišel na objekt.
Policija, št. zadeve ${c.police()}. Poročilo poslano na ${c.mail(o)}.`,
    taxNote: (c, p) => t`str. ${c.caps(p)} tel ${c.ph()} — vračilo dohodnine ${c.amount(50, 900)}, ${c.nid(p)} preverjeno. plačal s kartico ${c.card()} ${c.emo('tax')} pokliči po ${c.time()}`,
    feeMail: (c, m, s, kid) => ({
      body: t`Spoštovani ${c.name(m)},\npošiljamo račun za oskrbnino (${c.P(kid.given)}): ${c.fees()}, zapadlost ${c.date(0)}. TRR: ${c.iban()}.\n\nLep pozdrav,\n${c.name(s)}\nVrtec Čebelica · ${c.ph('nat')} · ${c.role('uprava', 'vrtec-cebelica.si')}`,
      wrote: t`${c.date(0)} je ${c.name(m)} <${c.mail(m)}> napisal(a):`,
      quote: t`> Lahko plačam s kartico? ${c.card()} ${c.emo('chat')}`,
    }),
    transcript: (c, p) => t`dober dan, tukaj ${c.lower(p)}, dobil sem globo za skiro ${c.vehicle()}, ampak sem ga pravilno parkiral. moja številka je ${c.heard()}`,
    voicemail: (c, p) => t`Glasovna pošta ${c.time()}: "Dober dan, ${c.name(p)} tukaj, kličem glede dohodnine. FURS zahteva doplačilo ${c.amount(100, 900)}. Prosim, pokličite me na ${c.ph()}. Hvala."`,
    negNote: (c) => t`roki: napoved ${c.date(0)}. plačilo ${c.amount(30, 300)}. napačen IBAN ${c.ibanBad()}, kartica zavrnjena ${c.luhnBad()}. ${c.nid()}. ${c.word('zora')} ob ${c.time()}, ribica še ${c.word('živa')}.`,
  },
  is: {
    biz: { tax: 'Bókhaldsstofan Ásgeirsson', alarm: 'Vaktin Öryggismiðstöð', nursery: 'Leikskólinn Sólblóm', scoot: 'Skutla', dom: 'skutla.is' },
    l: { name: 'Nafn', surname: 'Föðurnafn', given: 'Eiginnafn', dob: 'Fæðingardagur', taxId: 'Kennitala', phone: 'Sími', email: 'Netfang', refund: 'Reikningur fyrir endurgreiðslu', signed: 'Undirskrift', child: 'Barn', allergy: 'Ofnæmi', fee: 'Leikskólagjald', emergency: 'Neyðartengiliður', keyholder: 'Lyklahafi', card: 'Kort', ride: 'Ferð', vehicle: 'Hlaupahjól', fine: 'Sekt', amount: 'Upphæð', from: 'Frá', intake: 'Skráning viðskiptavinar', appeal: 'Kæra vegna sektar', ip: 'IP-tala' },
    json: { first: 'fornafn', last: 'eftirnafn' },
    words: ['sól', 'dögg', 'björk', 'hrafn'],
    allergies: ['hnetur', 'egg', 'mjólk', 'ekkert', 'fiskur'],
    rideSms: (c, w) => t`Skutla ${c.emo('scooter')} Ferð ${c.ride()} lauk kl. ${c.time()}. Upphæð ${c.amount(1, 9)}, hjól ${c.vehicle()}. Veðurspá: ${w} á morgun!`,
    chat: (c, m, s, kid, dad) => [
      t`${c.name(m)}: Góðan daginn! ${c.P(kid.given)} svaf illa ${c.emo('nursery')} má hún sleppa hvíldinni í dag?`,
      t`${c.P(s.given)} (Sólblóm): Auðvitað. Er ofnæmið enn fyrir ${c.r.pick(['eggjum', 'mjólk'])}?`,
      t`${c.name(m)}: Já. Pabbi hennar, ${c.name(dad)}, sækir hana í dag, sími ${c.ph()}`,
    ],
    alarmSummary: (c, o, k) => t`Samantekt símtals (AI) — Vaktin ${c.emo('alarm')}
Boð ${c.event()}, svæði ${c.zone()}, stjórnborð ${c.panel()}, kl. ${c.time()}, ${c.date(0)}.
Eigandi ${c.name(o)} (${c.ph()}) svaraði ekki. Lyklahafi ${c.name(k)} (${c.ph('nat')}) mætti á staðinn.
Málsnúmer lögreglu ${c.police()}. Skýrsla send á ${c.mail(o)}.`,
    taxNote: (c, p) => t`viðsk. ${c.caps(p)} s. ${c.ph()} — endurgreiðsla ${c.amount(50, 900)}, kt. ${c.nid(p)} staðfest. greiddi með korti ${c.card()} ${c.emo('tax')} hringja eftir kl. ${c.time()}`,
    feeMail: (c, m, s, kid) => ({
      body: t`Sæl/l ${c.name(m)},\nhér er reikningur fyrir leikskólagjaldi ${c.P(kid.given)}: ${c.fees()}, eindagi ${c.date(0)}. Reikningur: ${c.iban()}.\n\nKveðja,\n${c.name(s)}\nLeikskólinn Sólblóm · ${c.ph('nat')} · ${c.role('skrifstofa', 'solblom.is')}`,
      wrote: t`Þann ${c.date(0)} skrifaði ${c.name(m)} <${c.mail(m)}>:`,
      quote: t`> Má ég borga með korti? ${c.card()} ${c.emo('chat')}`,
    }),
    transcript: (c, p) => t`já góðan dag þetta er ${c.lower(p)}, þjófavörnin fór í gang heima, síminn minn er ${c.heard()}, ég er á leiðinni`,
    voicemail: (c, p) => t`Talhólf kl. ${c.time()}: „Góðan dag, ${c.name(p)} hér, varðandi skattframtalið. Skatturinn krefst ${c.amount(100, 900)} í viðbót. Vinsamlegast hringið í ${c.ph()}. Takk.“`,
    negNote: (c) => t`frestir: framtal ${c.date(0)}. gjald ${c.amount(30, 300)}, rangt IBAN ${c.ibanBad()}, korti hafnað ${c.luhnBad()}. kt. ${c.nid()}. ${c.word('sól')} og ${c.word('dögg')} á morgun, opið frá kl. ${c.time()}.`,
  },
  pt: {
    biz: { tax: 'Gabinete de Contabilidade Magalhães', alarm: 'Vigia Central de Alarmes', nursery: 'Creche O Pião', scoot: 'Trotinete+', dom: 'trotinete.pt' },
    l: { name: 'Nome completo', surname: 'Apelido', given: 'Nome', dob: 'Data de nascimento', taxId: 'NIF', phone: 'Telemóvel', email: 'Email', refund: 'IBAN para reembolso', signed: 'Assinatura', child: 'Criança', allergy: 'Alergias', fee: 'Mensalidade', emergency: 'Contacto de emergência', keyholder: 'Detentor das chaves', card: 'Cartão', ride: 'Viagem', vehicle: 'Trotinete', fine: 'Coima', amount: 'Valor', from: 'De', intake: 'Ficha de cliente', appeal: 'Contestação de coima', ip: 'Endereço IP' },
    json: { first: 'nome', last: 'apelido' },
    words: ['graça', 'luz', 'rosa'],
    allergies: ['amendoim', 'ovo', 'leite', 'nenhuma', 'morango'],
    rideSms: (c, w) => t`Trotinete+ ${c.emo('scooter')} Viagem ${c.ride()} terminada às ${c.time()}. Valor ${c.amount(1, 9)}. Trotinete ${c.vehicle()}. A próxima é de ${w} com o código de amigo!`,
    chat: (c, m, s, kid, dad) => [
      t`${c.name(m)}: Bom dia! A ${c.P(kid.given)} dormiu mal ${c.emo('nursery')} pode não fazer a sesta hoje?`,
      t`${c.P(s.given)} (O Pião): Claro. A alergia continua a ser ao ${c.r.pick(['ovo', 'leite'])}?`,
      t`${c.name(m)}: Sim. Hoje vem buscá-la o pai, ${c.name(dad)}, telemóvel ${c.ph()}`,
    ],
    alarmSummary: (c, o, k) => t`Resumo da chamada (IA) — Vigia ${c.emo('alarm')}
Sinal ${c.event()}, zona ${c.zone()}, central ${c.panel()}, às ${c.time()} de ${c.date(0)}.
O titular ${c.name(o)} (${c.ph()}) não atendeu. O detentor das chaves ${c.name(k)} (${c.ph('nat')}) deslocou-se ao local.
Auto da PSP n.º ${c.police()}. Relatório enviado para ${c.mail(o)}.`,
    taxNote: (c, p) => t`cli. ${c.caps(p)} tlm ${c.ph()} — reembolso IRS ${c.amount(50, 900)}, NIF ${c.nid(p)} confirmado. pagou honorários c/ cartão ${c.card()} ${c.emo('tax')} ligar depois das ${c.time()}`,
    feeMail: (c, m, s, kid) => ({
      body: t`Cara ${c.name(m)},\nsegue a mensalidade da ${c.P(kid.given)}: ${c.fees()}, a pagar até ${c.date(0)}. IBAN: ${c.iban()}.\n\nCom os melhores cumprimentos,\n${c.name(s)}\nCreche O Pião · ${c.ph('nat')} · ${c.role('secretaria', 'creche-opiao.pt')}`,
      wrote: t`Em ${c.date(0)}, ${c.name(m)} <${c.mail(m)}> escreveu:`,
      quote: t`> Posso pagar com cartão? ${c.card()} ${c.emo('chat')}`,
    }),
    transcript: (c, p) => t`bom dia fala ${c.lower(p)}, recebi uma coima da trotinete ${c.vehicle()} mas estacionei bem. o meu número é ${c.heard()}`,
    voicemail: (c, p) => t`Mensagem de voz ${c.time()}: "Bom dia, fala ${c.name(p)}, é sobre o IRS. As Finanças pedem ${c.amount(100, 900)}. Liguem-me para o ${c.ph()}, por favor. Obrigado."`,
    negNote: (c) => t`prazos: IRS até ${c.date(0)}. honorários ${c.amount(30, 300)}. IBAN errado ${c.ibanBad()}, cartão recusado ${c.luhnBad()}. NIF ${c.nid()}. a consulta é de ${c.word('graça')}; fatura ${c.invoice()} às ${c.time()}.`,
  },
  de: {
    biz: { tax: 'Steuerbüro Brückner & Voß', alarm: 'Wachdienst Nord Notrufzentrale', nursery: 'Kita Pusteblume', scoot: 'Flitzer', dom: 'flitzer.de' },
    l: { name: 'Name', surname: 'Nachname', given: 'Vorname', dob: 'Geburtsdatum', taxId: 'Steuer-ID', phone: 'Telefon', email: 'E-Mail', refund: 'IBAN für Erstattung', signed: 'Unterschrift', child: 'Kind', allergy: 'Allergien', fee: 'Elternbeitrag', emergency: 'Notfallkontakt', keyholder: 'Schlüsselträger', card: 'Karte', ride: 'Fahrt', vehicle: 'E-Scooter', fine: 'Bußgeld', amount: 'Betrag', from: 'Von', intake: 'Mandantenaufnahme', appeal: 'Einspruch Bußgeld', ip: 'IP-Adresse' },
    json: { first: 'vorname', last: 'nachname' },
    words: ['Heide', 'ernst', 'frank'],
    allergies: ['Erdnüsse', 'Ei', 'Kuhmilch', 'keine', 'Sesam'],
    rideSms: (c, w) => t`Flitzer ${c.emo('scooter')} Fahrt ${c.ride()} beendet um ${c.time()} Uhr. Betrag ${c.amount(1, 9)}. Scooter ${c.vehicle()}. Parken in der ${w} (Naturschutzgebiet) kostet extra.`,
    chat: (c, m, s, kid, dad) => [
      t`${c.name(m)}: Guten Morgen! ${c.P(kid.given)} hat schlecht geschlafen ${c.emo('nursery')} kann sie heute ohne Mittagsschlaf?`,
      t`${c.P(s.given)} (Pusteblume): Klar. Ist die Allergie noch gegen ${c.r.pick(['Ei', 'Kuhmilch'])}?`,
      t`${c.name(m)}: Ja. Heute holt sie ihr Papa ab, ${c.name(dad)}, Handy ${c.ph()}`,
    ],
    alarmSummary: (c, o, k) => t`Gesprächszusammenfassung (KI) — Wachdienst Nord ${c.emo('alarm')}
Meldung ${c.event()}, Meldergruppe ${c.zone()}, Zentrale ${c.panel()}, ${c.time()} Uhr am ${c.date(0)}.
Inhaber ${c.name(o)} (${c.ph()}) nicht erreicht. Schlüsselträger ${c.name(k)} (${c.ph('nat')}) vor Ort.
Polizei-Vorgangsnummer ${c.police()}. Bericht an ${c.mail(o)}.`,
    taxNote: (c, p) => t`Mdt. ${c.caps(p)} Tel ${c.ph()} — Erstattung ${c.amount(50, 900)} lt. Bescheid, ${c.nid(p)} geprüft. Honorar per Karte ${c.card()} ${c.emo('tax')} Rückruf nach ${c.time()}`,
    feeMail: (c, m, s, kid) => ({
      body: t`Liebe Frau ${c.family(m)},\nanbei der Elternbeitrag für ${c.P(kid.given)}: ${c.fees()}, fällig am ${c.date(0)}. IBAN der Kita: ${c.iban()}.\n\nViele Grüße\n${c.name(s)}\nKita Pusteblume · ${c.ph('nat')} · ${c.role('verwaltung', 'kita-pusteblume.de')}`,
      wrote: t`Am ${c.date(0)} schrieb ${c.name(m)} <${c.mail(m)}>:`,
      quote: t`> Kann ich per Karte zahlen? ${c.card()} ${c.emo('chat')}`,
    }),
    transcript: (c, p) => t`ja hallo hier ist ${c.lower(p)}, bei uns hat die alarmanlage ausgelöst, meine nummer ist ${c.heard()}, ich bin in zehn minuten da`,
    voicemail: (c, p) => t`Mailbox ${c.time()}: „Guten Tag, hier ${c.name(p)}, wegen der Steuererklärung. Das Finanzamt will ${c.amount(100, 900)} nachgezahlt haben. Bitte rufen Sie mich an unter ${c.ph()}. Danke.“`,
    negNote: (c) => t`Fristen: Erklärung bis ${c.date(0)}. Honorar ${c.amount(30, 300)}. IBAN falsch ${c.ibanBad()}, Karte abgelehnt ${c.luhnBad()}. ${c.nid()}. Die Lage ist ${c.word('ernst')}, sagt der Mandant ganz ${c.word('frank')}; Termin ${c.time()}.`,
  },
  it: {
    biz: { tax: 'Studio Commercialista Santoro', alarm: 'Vigilanza Sentinella Centrale Operativa', nursery: 'Asilo Nido Il Girotondo', scoot: 'Monopattino Go', dom: 'monopattinogo.it' },
    l: { name: 'Cognome e nome', surname: 'Cognome', given: 'Nome', dob: 'Data di nascita', taxId: 'Codice fiscale / P. IVA', phone: 'Telefono', email: 'Email', refund: 'IBAN per rimborso', signed: 'Firma', child: 'Bambino/a', allergy: 'Allergie', fee: 'Retta', emergency: 'Contatto di emergenza', keyholder: 'Custode delle chiavi', card: 'Carta', ride: 'Corsa', vehicle: 'Monopattino', fine: 'Multa', amount: 'Importo', from: 'Da', intake: 'Scheda cliente', appeal: 'Ricorso multa', ip: 'Indirizzo IP' },
    json: { first: 'nome', last: 'cognome' },
    words: ['serena', 'speranza', 'franco', 'rosa'],
    allergies: ['arachidi', 'uovo', 'latte', 'nessuna', 'fragole'],
    rideSms: (c, w) => t`Monopattino Go ${c.emo('scooter')} Corsa ${c.ride()} terminata alle ${c.time()}. Importo ${c.amount(1, 9)}. Mezzo ${c.vehicle()}. Buona serata ${w}!`,
    chat: (c, m, s, kid, dad) => [
      t`${c.name(m)}: Buongiorno! ${c.P(kid.given)} ha dormito male ${c.emo('nursery')} può saltare il riposino oggi?`,
      t`${c.P(s.given)} (Girotondo): Certo. L'allergia è sempre all'${c.r.pick(['uovo', 'arachide'])}?`,
      t`${c.name(m)}: Sì. Oggi la prende il papà, ${c.name(dad)}, cell. ${c.ph()}`,
    ],
    alarmSummary: (c, o, k) => t`Riepilogo chiamata (IA) — Sentinella ${c.emo('alarm')}
Allarme ${c.event()}, zona ${c.zone()}, centrale ${c.panel()}, ore ${c.time()} del ${c.date(0)}.
Il titolare ${c.name(o)} (${c.ph()}) non ha risposto. Il custode delle chiavi ${c.name(k)} (${c.ph('nat')}) è intervenuto.
Denuncia ai Carabinieri n. ${c.police()}. Rapporto inviato a ${c.mail(o)}.`,
    taxNote: (c, p) => t`cl. ${c.caps(p)} tel ${c.ph()} — rimborso 730 ${c.amount(50, 900)}, ${c.nid(p)} verificato. onorario pagato con carta ${c.card()} ${c.emo('tax')} richiamare dopo le ${c.time()}`,
    feeMail: (c, m, s, kid) => ({
      body: t`Gentile ${c.name(m)},\nle inviamo la retta di ${c.P(kid.given)}: ${c.fees()}, scadenza ${c.date(0)}. IBAN: ${c.iban()}.\n\nCordiali saluti,\n${c.name(s)}\nAsilo Nido Il Girotondo · ${c.ph('nat')} · ${c.role('segreteria', 'nidogirotondo.it')}`,
      wrote: t`Il giorno ${c.date(0)} ${c.name(m)} <${c.mail(m)}> ha scritto:`,
      quote: t`> Posso pagare con la carta? ${c.card()} ${c.emo('chat')}`,
    }),
    transcript: (c, p) => t`pronto buongiorno sono ${c.lower(p)}, è scattato l'allarme in negozio, il mio numero è ${c.heard()}, arrivo subito`,
    voicemail: (c, p) => t`Segreteria ${c.time()}: "Buongiorno, sono ${c.name(p)}, chiamo per il 730. L'Agenzia delle Entrate chiede ${c.amount(100, 900)}. Mi richiamate al ${c.ph()}? Grazie."`,
    negNote: (c) => t`scadenze: F24 entro il ${c.date(0)}. onorario ${c.amount(30, 300)}. IBAN errato ${c.ibanBad()}, carta rifiutata ${c.luhnBad()}. ${c.nid()}. consegna ${c.word('franco')} domicilio, ore ${c.time()}; la ${c.word('speranza')} è l'ultima a morire.`,
  },
}

/** the skeletons every non-English language cycles through (each twice, fresh values each time) */
export function intlTemplates(lang: Exclude<Lang, 'en'>): Tpl[] {
  const B = BOOKS[lang]
  const L = B.l
  const acct = (c: Ctx) => (c.L.iban ? c.iban() : c.bankAccount())
  return [
    { kind: 'form', f: (c) => {
      const p = c.who()
      return t`${B.biz.tax} — ${L.intake} ${c.flag()}
${L.name}: ${c.caps(p)}
${L.dob}: ${c.dob()}
${L.taxId}: ${c.nid(p)}
${L.phone}: ${c.ph('nat')} / ${c.r.chance(0.5) ? c.foreign() : c.ph('intl')}
${L.email}: ${c.mail(p)}
${L.refund}: ${acct(c)}
${L.signed}: ${c.date(0)}`
    } },
    { kind: 'sms', f: (c) => B.rideSms(c, c.word(B.words[0]!)) },
    { kind: 'chat', f: (c) => {
      const m = c.who(true); const s = c.who(true); const kid = c.who(true); const dad = c.who(false)
      const k = c.clock()
      return B.chat(c, m, s, kid, dad).map((line) => t`[${k()}] ${line}\n`)
    } },
    { kind: 'summary', f: (c) => B.alarmSummary(c, c.who(), c.who()) },
    { kind: 'note', f: (c) => B.taxNote(c, c.who()) },
    { kind: 'email', nfd: (r) => r === 'is' || r === 'pt' || r === 'lv', f: (c) => {
      const m = c.who(true); const s = c.who(true); const kid = c.who(true)
      const x = B.feeMail(c, m, s, kid)
      return t`${x.body}\n\n${x.wrote}\n${x.quote}`
    } },
    { kind: 'csv', nfd: (r) => r !== 'el', f: (c) => {
      const rows = [0, 1, 2].map(() => {
        const p = c.who()
        return t`${c.ride()}\t${c.name(p)}\t${c.mail(p)}\t${c.ph('intl')}\t${c.amount(1, 15)}\t${c.ip()}\n`
      })
      return t`${L.ride}\t${L.name}\t${L.email}\t${L.phone}\t${L.amount}\t${L.ip}\n${rows}`
    } },
    { kind: 'json', f: (c) => {
      const k = c.who()
      return t`{"event":"${c.event()}","zone":"${c.zone()}","panel":"${c.panel()}","ts":"${c.ts()}","contact":{"${B.json.first}":"${c.given(k)}","${B.json.last}":"${c.family(k)}","tel":"${c.ph('intl')}","email":"${c.mail(k)}"},"src_ip":"${c.ip()}"}`
    } },
    { kind: 'transcript', f: (c) => B.transcript(c, c.who(false)) },
    { kind: 'voicemail', f: (c) => B.voicemail(c, c.who()) },
    { kind: 'form', nfd: (r) => r !== 'el' && r !== 'it', f: (c) => {
      const p = c.who()
      return t`${B.biz.scoot} ${c.emo('scooter')} ${L.appeal}
${L.surname}: ${c.family(p)}
${L.given}: ${c.given(p)}
${L.email}: ${c.mail(p)}
${L.phone}: ${c.ph()}
${L.ride}: ${c.ride()}   ${L.vehicle}: ${c.vehicle()}
${L.fine}: ${c.fine()}   ${L.amount}: ${c.amount(10, 80)}
${L.card}: ${c.card()}
${L.ip}: ${c.ip()}`
    } },
    { kind: 'note', f: (c) => B.negNote(c) },
    { kind: 'json', f: (c) => t`{"level":"info","svc":"${B.biz.dom}","user":"${c.mail()}","ride":"${c.ride()}","vehicle":"${c.vehicle()}","imei":"${c.imei()}","qr":"${c.qr()}","fw":"${c.ver()}","at":"${c.ts()}","fare":"${c.amount(1, 9)}","order":"${c.order()}"}` },
  ]
}

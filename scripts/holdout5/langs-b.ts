// Dutch, Portuguese (PT and BR), Polish and Czech: names, formats and templates.
import { fmt, type Lang } from './lang'

export const nl: Lang = {
  code: 'nl', regions: ['NL', 'BE'], ibans: ['NL', 'BE'], domains: ['ziggo.nl', 'kpnmail.nl', 'telenet.be', 'xs4all.nl'],
  names: { m: ['Sjoerd', 'Bram', 'Daan', 'Joost'], f: ['Femke', 'Marloes', 'Lotte', 'Ineke'], last: ['van den Berg', 'de Vries', 'Bakker', 'van \'t Hof', 'Smits'] },
  title: (f) => (f ? 'mevrouw' : 'meneer'), dear: (f) => (f ? 'Geachte mevrouw' : 'Geachte heer'),
  date: (r) => r.pick([fmt.dmy(r, '-'), `${r.int(1, 28)} ${r.pick(['januari', 'maart', 'mei', 'oktober'])} ${r.int(2025, 2026)}`]),
  time: (r) => r.pick([`${fmt.hm(r, '.')} uur`, fmt.hm(r)]), amount: (r) => r.pick([`€ ${fmt.euro(r, '.', '')}`, `€${r.int(5, 99)},-`]),
  postcode: (r) => `${r.int(1000, 9999)} ${r.pick(['AB', 'KL', 'RS', 'XT'])}`,
  street: (r) => `${r.pick(['Keizersgracht', 'Dorpsstraat', 'Molenweg', 'Oudegracht'])} ${r.int(1, 400)}${r.pick(['', '-II', 'A'])}`,
  templates: {
    letter: ['{NAME}\n{STREET}\n{ZIP} Utrecht\n\nBetreft: klacht factuur {INVOICE}\n\nGeachte heer/mevrouw,\n\nOp {DATE} is er {AMOUNT} afgeschreven zonder dat ik iets besteld heb. Graag terugstorten op {IBAN}. U kunt mij bereiken op {PHONE} of via {EMAIL}.\n\nMet vriendelijke groet,\n{NAME}', 'Van: {NAME} <{EMAIL}>\nAan: {ROLEMAIL}\nOnderwerp: RE: uw kenmerk {CASE}\n\n{ADEAR} {AGENTLAST},\n\nDank voor uw mail van {DATE}. Het bedrag van {AMOUNT} heb ik al betaald met creditcard {CARD}.\n\nMet vriendelijke groet,\n\n{NAME}\n{STREET}\n{ZIP} Rotterdam\nMob. {PHONE}'],
    dm: ['@KaskadeNL al sinds {DATE} geen bereik 😤 klantnr {LONGREF}. Bel me even terug op {PHONE} aub', 'hoi, {FIRSTLC} hier 🙋🏼‍♀️ kun je de factuur naar {EMAIL} sturen?'],
    form: ['Contactformulier\nNaam: {NAME}\nE-mail: {EMAIL}\nTelefoon: {PHONE}\nOrdernummer: {ORDER}\nBericht: Goedendag, artikel {SKU} is kapot aangekomen. Graag terugbellen na {TIME}. Groetjes, {FIRST}'],
    note: ['terugbellen {TITLE} {LAST} op {PHONEN} – creditnota {AMOUNT} voor {INVOICE}. Zaak {CASE}. /{AGENT}', 'Dhr. {LAST} gaf kaart {CARD} door; eerdere kaart {BADCARD} klopt niet (controlecijfer). Login vanaf {IP6}.'],
    transcript: ['Medewerker {AGENT}: Goedemiddag, Kaskade, u spreekt met {AGENTFULL}.\nKlant: Ja hallo, met {NAME}. Mijn internet ligt er al {DUR} uit.\nMedewerker {AGENT}: Ik zie uw modem op {IP4}. Mag ik uw IBAN ter controle?\nKlant: {IBAN}.\nMedewerker {AGENT}: Dank u, {TITLE} {LAST}. Storing {CASE} staat genoteerd.', 'Klant: Goedemiddag, u spreekt met {NAME}, ik bel namens mijn moeder, {TITLE} {LAST}.\nMedewerker {AGENT}: Prima. Heeft u een telefoonnummer?\nKlant: Ja, {PHONEI}, of anders mijn broer {NAME2}.\nMedewerker {AGENT}: Genoteerd. Factuur {INVOICE} van {AMOUNT} zet ik tot {DATE} on hold.'],
    delivery: ['Bezorgen bij {TITLE} {LAST}, {STREET}, {ZIP} Den Haag. Niet thuis: bij de buren ({NAME2}). Tel. {PHONEI}. Tijdvak {TIME}-{TIME}. Zending {TRACK}.', 'Zending {TRACK}: bezorgpoging op {DATE} om {TIME}, postcode {ZIP}, {STREET}. Rembours {AMOUNT}, artikel {SKU}. Modem-MAC {MAC}.'],
    invoice: ['> Aanmaning factuur {INVOICE} d.d. {DATE}\n> Openstaand: {AMOUNT}\n> Rekening: {BADIBAN}\nKlant meldt dat dit IBAN een fout controlegetal heeft; juist is {IBAN}. Vragen: {ROLEMAIL}'],
  },
}

export const ptPT: Lang = {
  code: 'pt-PT', regions: ['PT'], ibans: ['PT'], domains: ['sapo.pt', 'gmail.com', 'netcabo.pt'],
  names: { m: ['João Pedro', 'Tiago', 'Gonçalo', 'Rui'], f: ['Inês', 'Conceição', 'Leonor', 'Mafalda'], last: ['Gonçalves', 'Sousa Magalhães', 'Figueiredo', 'Simões', 'da Silva'] },
  title: (f) => (f ? 'Sra.' : 'Sr.'), dear: (f) => (f ? 'Exma. Sra.' : 'Exmo. Sr.'),
  date: (r) => r.pick([fmt.dmy(r, '/'), `${r.int(1, 28)} de ${r.pick(['janeiro', 'março', 'maio'])} de ${r.int(2025, 2026)}`]),
  time: (r) => r.pick([fmt.hm(r, 'h'), fmt.hm(r)]), amount: (r) => fmt.euro(r, '.', ' €'),
  postcode: (r) => `${r.int(1000, 9999)}-${String(r.int(1, 999)).padStart(3, '0')}`,
  street: (r) => `${r.pick(['Rua Augusta', 'Av. da Liberdade', 'Travessa do Carmo', 'Rua de Santa Catarina'])}, n.º ${r.int(1, 300)}, ${r.int(1, 6)}.º Esq.`,
  templates: {
    letter: ['{NAME}\n{STREET}\n{ZIP} Lisboa\n\nAssunto: reclamação – fatura n.º {INVOICE}\n\nExmos. Senhores,\n\nNo dia {DATE} foi debitado o valor de {AMOUNT} indevidamente. Solicito a devolução para o IBAN {IBAN}. Contacto: {PHONE} / {EMAIL}.\n\nCom os melhores cumprimentos,\n{NAME}', 'De: {NAME} <{EMAIL}>\nPara: {ROLEMAIL}\nAssunto: RE: processo {CASE}\n\n{ADEAR} {AGENTLAST},\n\nNa sequência do seu e-mail de {DATE}, informo que os {AMOUNT} já foram pagos com o cartão {CARD}.\n\nCumprimentos,\n\n{NAME}\n{STREET}\n{ZIP} Coimbra\nTlm. {PHONE}'],
    dm: ['@Solvento_PT boa tarde 😒 a encomenda {ORDER} continua parada desde {DATE}. Liguem-me para o {PHONE} se faz favor'],
    form: ['Formulário de contacto\nNome: {NAME}\nE-mail: {EMAIL}\nTelemóvel: {PHONE}\nN.º encomenda: {ORDER}\nMensagem: Bom dia, o artigo {SKU} veio danificado. Agradeço que me liguem depois das {TIME}. {FIRST}'],
    note: ['ligar à {TITLE} {LAST} ({PHONEN}) amanhã às {TIME}; nota de crédito {AMOUNT} – fatura {INVOICE}. Processo {CASE}. /{AGENT}', 'Cliente {NAME} deu o cartão {CARD}; o anterior {BADCARD} não passa na validação. Acesso a partir de {IP4}, app {VER}. Parceiro {COMPANY}.'],
    transcript: ['Assistente {AGENT}: Solvento, bom dia, fala {AGENTFULL}.\nCliente: Bom dia, fala {NAME}. Tenho uma cobrança de {AMOUNT} que não reconheço.\nAssistente {AGENT}: Pode confirmar o cartão usado?\nCliente: {CARD}.\nAssistente {AGENT}: Obrigado, {TITLE} {LAST}. Fica o pedido {CASE}.', 'Cliente: Boa tarde, fala {NAME}, ligo em nome da minha mãe, a {TITLE} {LAST}.\nAssistente {AGENT}: Com certeza. Tem um contacto?\nCliente: Sim, {PHONEI}, ou o meu irmão {NAME2}.\nAssistente {AGENT}: Registado. A fatura {INVOICE} de {AMOUNT} fica suspensa até {DATE}.'],
    delivery: ['Entrega: {TITLE} {LAST}, {STREET}, {ZIP} Porto. Se ausente, deixar com {NAME2}. Tlm. {PHONEI}. Janela {TIME}-{TIME}. Envio {TRACK}.', 'Envio {TRACK}: tentativa de entrega a {DATE} às {TIME}, CP {ZIP}, {STREET}. À cobrança {AMOUNT}, artigo {SKU}.'],
    invoice: ['» 2.º aviso – fatura {INVOICE} de {DATE}\n» Valor em dívida: {AMOUNT}\n» IBAN: {BADIBAN}\nO cliente diz que o IBAN acima tem os dígitos de controlo errados; o correto é {IBAN}. {ROLEMAIL}'],
  },
}

export const ptBR: Lang = {
  code: 'pt-BR', regions: ['BR'], ibans: ['PT'], domains: ['uol.com.br', 'gmail.com', 'bol.com.br', 'terra.com.br'],
  names: { m: ['Thiago', 'Luiz Fernando', 'Caio', 'Wesley'], f: ['Ana Clara', 'Gabriela', 'Thaís', 'Jéssica'], last: ['Oliveira', 'dos Santos', 'Nascimento', 'Carvalho Lima', 'Araújo'] },
  title: (f) => (f ? 'Sra.' : 'Sr.'), dear: (f) => (f ? 'Prezada Sra.' : 'Prezado Sr.'),
  date: (r) => fmt.dmy(r, '/'), time: (r) => r.pick([fmt.hm(r, 'h'), fmt.hm(r)]),
  amount: (r) => `R$ ${fmt.euro(r, '.', '')}`, postcode: (r) => `${r.int(10000, 99999)}-${r.digits(3)}`,
  street: (r) => `${r.pick(['Rua das Flores', 'Av. Paulista', 'Rua Oscar Freire', 'Av. Atlântica'])}, ${r.int(10, 2000)} – apto ${r.int(11, 904)}`,
  templates: {
    letter: ['{NAME}\n{STREET}\nCEP {ZIP} – São Paulo/SP\n\nAssunto: reclamação pedido {ORDER}\n\nPrezados,\n\nNo dia {DATE} fui cobrado em {AMOUNT} por um produto que não recebi. Peço o estorno no cartão {CARD}. Meu WhatsApp é {PHONEI} e meu e-mail {EMAIL}.\n\nAtenciosamente,\n{NAME}', 'De: {NAME} <{EMAIL}>\nPara: {ROLEMAIL}\nAssunto: RES: protocolo {CASE}\n\n{ADEAR} {AGENTLAST},\n\nConforme seu e-mail de {DATE}, os {AMOUNT} já foram pagos no cartão {CARD}.\n\nAtt.,\n\n{NAME}\n{STREET}\nCEP {ZIP} – Belo Horizonte/MG\nCel. {PHONEI}'],
    dm: ['oi!! aqui é a {FIRSTLC} 😍 meu pedido {ORDER} chegou errado, me chama no zap {PHONEI}', '@SolventoBR vcs podem me ligar? {PHONEF} (tô viajando) protocolo {CASE} 🙏'],
    form: ['Fale conosco\nNome: {NAME}\nE-mail: {EMAIL}\nCelular: {PHONEI}\nPedido: {ORDER}\nMensagem: Olá, o produto {SKU} veio com defeito. Podem ligar depois das {TIME}. Abs, {FIRST}'],
    note: ['retornar ligação p/ {TITLE} {LAST} – {PHONEI}, estorno {AMOUNT} ref. pedido {ORDER}. Protocolo {CASE}. /{AGENT}', 'cliente {NAMELC} passou cartão {CARD} (o {BADCARD} deu inválido). acesso pelo IP {IP4}, versão {VER}. ligar de volta {PHONEF}'],
    transcript: ['Atendente {AGENT}: Solvento, boa tarde, meu nome é {AGENTFULL}.\nCliente: Boa tarde, aqui é {NAME}. Meu app ({VER}) não abre desde {DATE}.\nAtendente {AGENT}: Estou vendo um acesso do IP {IP6}. O e-mail cadastrado é {EMAIL}?\nCliente: Isso.\nAtendente {AGENT}: Obrigada, {TITLE} {LAST}.', 'Cliente: Oi, boa tarde, aqui é {NAME}, tô ligando pela minha mãe, a {TITLE} {LAST}.\nAtendente {AGENT}: Claro. Tem um telefone pra contato?\nCliente: Tenho, {PHONEI}, ou fala com meu irmão {NAME2}.\nAtendente {AGENT}: Anotado. O pedido {ORDER} de {AMOUNT} fica suspenso até {DATE}.'],
    delivery: ['Entrega p/ {NAME} – {STREET}, CEP {ZIP}, Rio de Janeiro. Deixar com o porteiro {NAME2}. Contato {PHONEI}. Rastreio {TRACK}.', 'Rastreio {TRACK}: tentativa de entrega em {DATE} às {TIME}, CEP {ZIP}, {STREET}. Frete {AMOUNT}, SKU {SKU}.'],
    invoice: ['--- boleto copiado pelo cliente ---\nNF {INVOICE} · venc. {DATE}\nValor: {AMOUNT}\nCliente diz que pagou com cartão final 4821; o número {BADCARD} do boleto não confere. Dúvidas {ROLEMAIL}'],
  },
}

export const pl: Lang = {
  code: 'pl', regions: ['PL'], ibans: ['PL'], domains: ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
  names: { m: ['Krzysztof', 'Paweł', 'Łukasz', 'Grzegorz'], f: ['Małgorzata', 'Agnieszka', 'Zofia', 'Józefa'], last: ['Nowak', 'Wójcik', 'Kowalczyk-Żak', 'Szymański', 'Dąbrowska'] },
  title: (f) => (f ? 'Pani' : 'Pan'), dear: (f) => (f ? 'Szanowna Pani' : 'Szanowny Panie'),
  date: (r) => r.pick([fmt.dmy(r, '.'), `${r.int(1, 28)} ${r.pick(['stycznia', 'marca', 'maja'])} ${r.int(2025, 2026)} r.`]),
  time: (r) => fmt.hm(r), amount: (r) => r.pick([fmt.euro(r, ' ', ' zł'), fmt.euro(r, ' ', ' PLN')]),
  postcode: (r) => `${r.int(10, 99)}-${r.digits(3)}`,
  street: (r) => `${r.pick(['ul. Marszałkowska', 'ul. Długa', 'al. Jerozolimskie', 'ul. Piotrkowska'])} ${r.int(1, 200)}/${r.int(1, 40)}`,
  templates: {
    letter: ['{NAME}\n{STREET}\n{ZIP} Kraków\n\nDotyczy: reklamacja faktury nr {INVOICE}\n\nSzanowni Państwo,\n\ndnia {DATE} pobrano z mojego konta {AMOUNT} bez podstawy. Proszę o zwrot na rachunek {IBAN}. Kontakt: tel. {PHONE}, e-mail {EMAIL}.\n\nZ poważaniem\n{NAME}', 'Od: {NAME} <{EMAIL}>\nDo: {ROLEMAIL}\nTemat: RE: sprawa {CASE}\n\n{ADEAR} {AGENTLAST},\n\nw nawiązaniu do wiadomości z dnia {DATE}: kwota {AMOUNT} została już zapłacona kartą {CARD}.\n\nZ poważaniem\n\n{NAME}\n{STREET}\n{ZIP} Gdańsk\ntel. kom. {PHONE}'],
    dm: ['@KaskadePL dzień dobry 😠 od {DATE} nie działa internet, nr klienta {LONGREF}. Proszę o kontakt {PHONE}', 'hej tu {FIRSTLC} 😊 przepraszam za zamieszanie, wys\u0301lesz fakturę na {EMAIL}?'],
    form: ['Formularz kontaktowy\nImię i nazwisko: {NAME}\nE-mail: {EMAIL}\nTelefon: {PHONE}\nNr zamówienia: {ORDER}\nWiadomość: Dzień dobry, produkt {SKU} przyszedł uszkodzony. Proszę oddzwonić po {TIME}. Pozdrawiam, {FIRST}'],
    note: ['oddzwonić do {TITLE} {LAST} ({PHONEN}) jutro {TIME}; korekta {AMOUNT} do FV {INVOICE}. Sprawa {CASE}. /{AGENT}', 'Klient {NAME} podał kartę {CARD}; wcześniejsza {BADCARD} ma złą cyfrę kontrolną. Logowanie z {IP4}.'],
    transcript: ['Konsultant {AGENT}: Kaskade, dzień dobry, {AGENTFULL}, w czym mogę pomóc?\nKlient: Dzień dobry, {NAME}. Mam podwójnie naliczone {AMOUNT}.\nKonsultant {AGENT}: Proszę podać numer rachunku do zwrotu.\nKlient: {IBAN}.\nKonsultant {AGENT}: Dziękuję, {TITLE} {LAST}. Zgłoszenie {CASE}.', 'Klient: Dzień dobry, {NAME}, dzwonię w imieniu mamy, {TITLE} {LAST}.\nKonsultant {AGENT}: Oczywiście. Czy jest numer kontaktowy?\nKlient: Tak, {PHONEI}, albo brat, {NAME2}.\nKonsultant {AGENT}: Zanotowane. Faktura {INVOICE} na {AMOUNT} wstrzymana do {DATE}.'],
    delivery: ['Dostawa: {TITLE} {LAST}, {STREET}, {ZIP} Wrocław. W razie nieobecności zostawić u sąsiadki ({NAME2}). Tel. {PHONEI}. Okno {TIME}-{TIME}. Przesyłka {TRACK}.', 'Przesyłka {TRACK}: próba doręczenia {DATE} o {TIME}, kod {ZIP}, {STREET}. Pobranie {AMOUNT}, towar {SKU}.'],
    invoice: ['> Wezwanie do zapłaty – FV {INVOICE} z dnia {DATE}\n> Kwota: {AMOUNT}\n> Rachunek: {BADIBAN}\nKlient twierdzi, że numer rachunku powyżej ma błędne cyfry kontrolne; prawidłowy: {IBAN}. Kontakt {ROLEMAIL}'],
  },
}

export const cs: Lang = {
  code: 'cs', regions: ['CZ'], ibans: ['CZ'], domains: ['seznam.cz', 'email.cz', 'centrum.cz'],
  names: { m: ['Jiří', 'Tomáš', 'Ondřej', 'Vojtěch'], f: ['Kateřina', 'Lenka', 'Markéta', 'Zuzana'], last: ['Dvořák', 'Procházková', 'Černý', 'Kučerová', 'Veselý'] },
  title: (f) => (f ? 'paní' : 'pan'), dear: (f) => (f ? 'Vážená paní' : 'Vážený pane'),
  date: (r) => `${r.int(1, 28)}. ${r.int(1, 12)}. ${r.int(2025, 2026)}`, time: (r) => fmt.hm(r),
  amount: (r) => r.pick([`${r.int(100, 9999)} Kč`, `${fmt.euro(r, ' ', ' Kč')}`]), postcode: (r) => `${r.int(100, 799)} ${r.digits(2)}`,
  street: (r) => `${r.pick(['Vinohradská', 'Na Příkopě', 'Masarykova', 'Husova'])} ${r.int(1, 2500)}/${r.int(1, 60)}`,
  templates: {
    letter: ['{NAME}\n{STREET}\n{ZIP} Praha\n\nVěc: reklamace faktury č. {INVOICE}\n\nVážení,\n\ndne {DATE} mi bylo strženo {AMOUNT}, ačkoli jsem smlouvu vypověděl. Žádám o vrácení na účet {IBAN}. Telefon {PHONEI}, e-mail {EMAIL}.\n\nS pozdravem\n{NAME}', 'Od: {NAME} <{EMAIL}>\nKomu: {ROLEMAIL}\nPředmět: RE: případ {CASE}\n\n{ADEAR} {AGENTLAST},\n\nk Vašemu e-mailu ze dne {DATE}: částku {AMOUNT} jsem již zaplatil kartou {CARD}.\n\nS pozdravem\n\n{NAME}\n{STREET}\n{ZIP} Ostrava\nMobil: {PHONEI}'],
    dm: ['@KaskadeCZ dobrý den 😕 od {DATE} nejde internet, číslo smlouvy {LONGREF}. Zavolejte mi prosím {PHONEI}'],
    form: ['Kontaktní formulář\nJméno: {NAME}\nE-mail: {EMAIL}\nTelefon: {PHONEI}\nČíslo objednávky: {ORDER}\nZpráva: Dobrý den, zboží {SKU} dorazilo poškozené. Zavolejte po {TIME}. {FIRST}'],
    note: ['zavolat zpět {TITLE} {LAST} na {PHONEI}; dobropis {AMOUNT} k faktuře {INVOICE}. Případ {CASE}. /{AGENT}', 'Zákazník {NAME} nadiktoval kartu {CARD}; předchozí {BADCARD} má špatnou kontrolní číslici. Přihlášení z {IP6}, aplikace {VER}.'],
    transcript: ['Operátor {AGENT}: Kaskade, dobrý den, u telefonu {AGENTFULL}.\nZákazník: Dobrý den, tady {NAME}. Mám problém s platbou kartou.\nOperátor {AGENT}: Můžete mi nadiktovat číslo karty?\nZákazník: {CARD}.\nOperátor {AGENT}: Děkuji, {TITLE} {LAST}. Požadavek {CASE}.', 'Zákazník: Dobrý den, tady {NAME}, volám za maminku, {TITLE} {LAST}.\nOperátor {AGENT}: Rozumím. Máte kontaktní telefon?\nZákazník: Ano, {PHONEI}, případně bratr {NAME2}.\nOperátor {AGENT}: Zapsáno. Fakturu {INVOICE} na {AMOUNT} pozastavím do {DATE}.'],
    delivery: ['Doručení: {TITLE} {LAST}, {STREET}, {ZIP} Brno. Při nepřítomnosti nechat u {NAME2}. Tel. {PHONEI}. Okno {TIME}-{TIME}. Zásilka {TRACK}.', 'Zásilka {TRACK}: pokus o doručení {DATE} v {TIME}, PSČ {ZIP}, {STREET}. Dobírka {AMOUNT}, zboží {SKU}.'],
    invoice: ['> Upomínka – faktura {INVOICE} ze dne {DATE}\n> Dlužná částka: {AMOUNT}\n> Účet: {BADIBAN}\nZákazník uvádí, že IBAN výše má chybné kontrolní číslice; správný je {IBAN}. {ROLEMAIL}'],
  },
}

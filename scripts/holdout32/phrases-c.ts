// Latvian, Slovenian, Bulgarian, Icelandic, Portuguese (Portugal).
import type { Phrases } from "./phrases.ts";

export const PHRASES_C: Record<string, Phrases> = {
  lv: {
    or: "vai", ext: "iekšējais", after: "pēc", hi: "Labdien", dear: "Cien.", thanks: "Paldies", regards: "Ar cieņu",
    callMe: "varat man zvanīt uz", myName: "mani sauc", thisIs: "šeit", backup: "ja neatbildu, mēģiniet",
    rel: ["mana sieva", "mans vīrs", "mana meita", "mans dēls", "kaimiņiene", "kolēģis"], spoke: "Runāts ar",
    summary: "Zvana kopsavilkums", notes: "Piezīmes", agent: "Konsultants", caller: "Klients", name: "Vārds, uzvārds", phone: "Tālrunis", mobile: "Mob.",
    email: "E-pasts", date: "Datums", ref: "Nr.", from: "No", to: "Kam", subject: "Temats", customer: "Klients",
    assigned: "Atbildīgais", status: "atvērts", vmFrom: "Balss ziņa no", bye: "Paldies, uz dzirdēšanos", idLabel: "Personas kods",
    card: "karte", iban: "konts", amount: "Summa", ask: "uz kuru numuru jums atzvanīt?", noted: "labi, pierakstīju",
    biz: {
      dental: { name: "Zobārstniecība Smaids", title: "Pārbaude un ārstēšanas plāns", lines: [
        "Profilaktiskā pārbaude ir {date} plkst. {time}.", "Pieteikums {ref} par kroni nosūtīts apdrošinātājam.",
        "Ortodontijas plāns {ref} izmaksā {amount}."] },
      airline: { name: "Daugava Air", title: "Kavēta bagāža un punkti", lines: [
        "Koferis ar birku {ref} nokavēja pārsēšanos {date}.", "Biļete {ref} pārrakstīta, starpība {amount}.",
        "Lietas numurs {ref}; kurjers atvedīs pēc {time}."] },
      pharmacy: { name: "Aptieka Liepziedi", title: "Recepte gatava piegādei", lines: [
        "Recepte {ref} ir gatava, piegāde {date} ap {time}.", "Inhalatora sērija {ref} atsaukta.",
        "Zāles ar kodu {ref} maksā {amount}."] },
      removals: { name: "Ātrā pārvākšanās", title: "Pārvākšanās piedāvājums un noliktava", lines: [
        "Piedāvājums {ref} pārvākšanai ir {amount}.", "Noliktavas boks {ref} apmaksāts līdz {date}.",
        "Brigāde ieradīsies {date} plkst. {time}, inventārs {ref}."] },
    },
  },
  sl: {
    or: "ali", ext: "int.", after: "po", hi: "Dober dan", dear: "Spoštovani", thanks: "Hvala", regards: "Lep pozdrav",
    callMe: "pokličete me lahko na", myName: "sem", thisIs: "tukaj", backup: "če se ne oglasim, poskusite",
    rel: ["moja žena", "moj mož", "moja hči", "moj sin", "soseda", "sodelavec"], spoke: "Pogovor z",
    summary: "Povzetek klica", notes: "Opombe", agent: "Svetovalec", caller: "Stranka", name: "Ime in priimek", phone: "Telefon", mobile: "GSM",
    email: "E-pošta", date: "Datum", ref: "Št.", from: "Od", to: "Za", subject: "Zadeva", customer: "Stranka",
    assigned: "Dodeljeno", status: "odprto", vmFrom: "Glasovno sporočilo od", bye: "Hvala, nasvidenje", idLabel: "EMŠO",
    card: "kartica", iban: "TRR", amount: "Znesek", ask: "na katero številko vas lahko pokličemo?", noted: "v redu, zapisano",
    biz: {
      dental: { name: "Zobna ordinacija Nasmeh", title: "Kontrola in načrt zdravljenja", lines: [
        "Polletna kontrola je {date} ob {time}.", "Zahtevek {ref} za krono je poslan zavarovalnici.",
        "Ortodontski načrt {ref} stane {amount}."] },
      airline: { name: "Triglav Air", title: "Zamujena prtljaga in točke", lines: [
        "Kovček z nalepko {ref} je zamudil povezavo {date}.", "Vozovnica {ref} je bila ponovno izdana, razlika {amount}.",
        "Številka zadeve {ref}; kurir pripelje po {time}."] },
      pharmacy: { name: "Lekarna Pri Lipi", title: "Recept pripravljen za dostavo", lines: [
        "Recept {ref} je pripravljen, dostava {date} okoli {time}.", "Serija {ref} inhalatorja je odpoklicana.",
        "Zdravilo s kodo {ref} stane {amount}."] },
      removals: { name: "Selitve Hitro", title: "Ponudba za selitev in skladišče", lines: [
        "Ponudba {ref} za selitev znaša {amount}.", "Skladiščni boks {ref} je plačan do {date}.",
        "Ekipa pride {date} ob {time}, popis {ref}."] },
    },
  },
  bg: {
    or: "или", ext: "вътр.", after: "след", hi: "Здравейте", dear: "Уважаема/и", thanks: "Благодаря", regards: "Поздрави",
    callMe: "можете да ме търсите на", myName: "казвам се", thisIs: "обажда се", backup: "ако не вдигна, опитайте на",
    rel: ["съпругата ми", "съпругът ми", "дъщеря ми", "синът ми", "съседката", "колега"], spoke: "Разговор с",
    summary: "Резюме на разговора", notes: "Бележки", agent: "Служител", caller: "Клиент", name: "Име", phone: "Телефон", mobile: "Мобилен",
    email: "Имейл", date: "Дата", ref: "№", from: "От", to: "До", subject: "Тема", customer: "Клиент",
    assigned: "Възложено на", status: "отворен", vmFrom: "Гласово съобщение от", bye: "Благодаря, довиждане", idLabel: "ЕГН",
    card: "карта", iban: "IBAN", amount: "Сума", ask: "на кой номер да ви върнем обаждане?", noted: "добре, записах",
    biz: {
      dental: { name: "Дентален център Усмивка", title: "Профилактичен преглед и план", lines: [
        "Профилактичният преглед е на {date} в {time}.", "Заявката {ref} за коронката е изпратена на застрахователя.",
        "Ортодонтският план {ref} струва {amount}."] },
      airline: { name: "Балкан Еър", title: "Забавен багаж и мили", lines: [
        "Куфарът с етикет {ref} изпусна връзката на {date}.", "Билетът {ref} е преиздаден, разлика {amount}.",
        "Номер на досието {ref}; куриерът носи куфара след {time}."] },
      pharmacy: { name: "Аптека Здраве", title: "Рецептата е готова за доставка", lines: [
        "Рецепта {ref} е готова, доставка на {date} около {time}.", "Партида {ref} на инхалатора е изтеглена.",
        "Лекарството с код {ref} струва {amount}."] },
      removals: { name: "Бързи Хамали", title: "Оферта за преместване и склад", lines: [
        "Офертата {ref} за преместването е {amount}.", "Складовият бокс {ref} е платен до {date}.",
        "Екипът идва на {date} в {time}, опис {ref}."] },
    },
  },
  is: {
    or: "eða", ext: "innanhúss", after: "eftir kl.", hi: "Góðan dag", dear: "Kæra/Kæri", thanks: "Takk", regards: "Kveðja",
    callMe: "þið getið hringt í mig í", myName: "ég heiti", thisIs: "þetta er", backup: "ef ég svara ekki, reynið",
    rel: ["konan mín", "maðurinn minn", "dóttir mín", "sonur minn", "nágrannakona", "vinnufélagi"], spoke: "Talaði við",
    summary: "Samantekt símtals", notes: "Athugasemdir", agent: "Þjónustufulltrúi", caller: "Viðskiptavinur", name: "Nafn", phone: "Sími", mobile: "Farsími",
    email: "Netfang", date: "Dagsetning", ref: "Nr.", from: "Frá", to: "Til", subject: "Efni", customer: "Viðskiptavinur",
    assigned: "Úthlutað til", status: "opið", vmFrom: "Talhólfsskilaboð frá", bye: "Takk, bless", idLabel: "Kennitala",
    card: "kort", iban: "reikningur", amount: "Upphæð", ask: "í hvaða númer eigum við að hringja?", noted: "allt í lagi, skráð",
    biz: {
      dental: { name: "Tannlæknastofan Bros", title: "Eftirlit og meðferðaráætlun", lines: [
        "Eftirlitið er bókað {date} kl. {time}.", "Umsókn {ref} vegna krónunnar fór til tryggingafélagsins.",
        "Tannréttingaáætlun {ref} kostar {amount}."] },
      airline: { name: "Norðurflug", title: "Týnd taska og vildarpunktar", lines: [
        "Taskan með merki {ref} missti af tengifluginu {date}.", "Miði {ref} var endurútgefinn, mismunur {amount}.",
        "Málsnúmer {ref}; sendillinn kemur með töskuna eftir kl. {time}."] },
      pharmacy: { name: "Apótekið Hlíð", title: "Lyfseðill tilbúinn til heimsendingar", lines: [
        "Lyfseðill {ref} er tilbúinn, sending {date} um kl. {time}.", "Lota {ref} af innöndunartækinu var innkölluð.",
        "Lyfið með númerið {ref} kostar {amount}."] },
      removals: { name: "Flutningar Snöggt", title: "Tilboð í flutning og geymsla", lines: [
        "Tilboð {ref} í flutninginn er {amount}.", "Geymsla {ref} er greidd til {date}.",
        "Flutningsmenn koma {date} kl. {time}, listi {ref}."] },
    },
  },
  pt: {
    or: "ou", ext: "ext.", after: "depois das", hi: "Olá", dear: "Cara/Caro", thanks: "Obrigado", regards: "Com os melhores cumprimentos",
    callMe: "podem ligar-me para o", myName: "chamo-me", thisIs: "fala", backup: "se não atender, tentem o",
    rel: ["a minha mulher", "o meu marido", "a minha filha", "o meu filho", "a vizinha", "um colega"], spoke: "Falei com",
    summary: "Resumo da chamada", notes: "Observações", agent: "Assistente", caller: "Cliente", name: "Nome", phone: "Telefone", mobile: "Telemóvel",
    email: "E-mail", date: "Data", ref: "N.º", from: "De", to: "Para", subject: "Assunto", customer: "Cliente",
    assigned: "Atribuído a", status: "aberto", vmFrom: "Mensagem de voz de", bye: "Obrigado, até logo", idLabel: "NIF",
    card: "cartão", iban: "IBAN", amount: "Valor", ask: "para que número podemos ligar de volta?", noted: "está bem, anotado",
    biz: {
      dental: { name: "Clínica Dentária Sorriso", title: "Consulta de revisão e plano de tratamento", lines: [
        "A revisão semestral ficou marcada para {date} às {time}.", "O processo {ref} da coroa seguiu para a seguradora.",
        "O plano de ortodontia {ref} fica em {amount}."] },
      airline: { name: "Atlântico Air", title: "Bagagem atrasada e milhas", lines: [
        "A mala com etiqueta {ref} perdeu a ligação a {date}.", "O bilhete {ref} foi reemitido, diferença de {amount}.",
        "Processo {ref}; o estafeta entrega a mala depois das {time}."] },
      pharmacy: { name: "Farmácia Central", title: "Receita pronta para entrega", lines: [
        "A receita {ref} está pronta, entrega a {date} por volta das {time}.", "O lote {ref} do inalador foi recolhido.",
        "O medicamento com o código {ref} custa {amount}."] },
      removals: { name: "Mudanças Ligeiras", title: "Orçamento de mudança e guarda-móveis", lines: [
        "O orçamento {ref} da mudança é de {amount}.", "O box {ref} está pago até {date}.",
        "A equipa chega a {date} às {time}, inventário {ref}."] },
    },
  },
};

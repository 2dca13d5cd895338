// Everyday labels in each language; codes such as PNR, MPAN, IBAN or DD mandate stay as the trade writes them.
const ORDER = ["caller", "note", "date", "carer", "card", "amount", "weight", "reading", "flight", "seat", "locker", "member no.", "client no.", "key safe", "door PIN"] as const

const RAW: Record<string, string> = {
  da: "Borger|Note|Dato|Hjemmehjælper|Kort|Beløb|Vægt|Aflæsning|Fly|Sæde|Skab|Medlemsnr.|Borgernr.|Nøgleboks|Dørkode",
  nb: "Innringer|Notat|Dato|Hjemmehjelper|Kort|Beløp|Vekt|Avlesning|Fly|Sete|Skap|Medlemsnr.|Brukernr.|Nøkkelboks|Dørkode",
  sk: "Volajúci|Poznámka|Dátum|Opatrovateľka|Karta|Suma|Hmotnosť|Odpočet|Let|Sedadlo|Skrinka|Členské č.|Klientske č.|Schránka na kľúč|Kód dverí",
  hu: "Hívó|Megjegyzés|Dátum|Gondozó|Kártya|Összeg|Súly|Mérőállás|Járat|Ülés|Szekrény|Tagszám|Ügyfélszám|Kulcsdoboz|Ajtókód",
  sl: "Klicatelj|Opomba|Datum|Oskrbovalka|Kartica|Znesek|Teža|Odčitek|Let|Sedež|Omarica|Članska št.|Št. stranke|Sef za ključ|Koda vrat",
  bg: "Обаждащ се|Бележка|Дата|Гледач|Карта|Сума|Тегло|Показание|Полет|Място|Шкафче|Членски №|Клиентски №|Кутия за ключ|Код на вратата",
  lt: "Skambinantysis|Pastaba|Data|Slaugytoja|Kortelė|Suma|Svoris|Rodmuo|Skrydis|Vieta|Spintelė|Nario nr.|Kliento nr.|Raktų dėžutė|Durų kodas",
  lv: "Zvanītājs|Piezīme|Datums|Aprūpētājs|Karte|Summa|Svars|Rādījums|Reiss|Sēdvieta|Skapītis|Biedra nr.|Klienta nr.|Atslēgu kaste|Durvju kods",
  pt: "Cliente|Nota|Data|Cuidadora|Cartão|Valor|Peso|Leitura|Voo|Lugar|Cacifo|N.º de sócio|N.º de utente|Cofre de chaves|Código da porta",
  es: "Cliente|Nota|Fecha|Cuidadora|Tarjeta|Importe|Peso|Lectura|Vuelo|Asiento|Casillero|N.º de socio|N.º de paciente|Caja de llaves|Código de puerta",
  fr: "Appelant|Note|Date|Aidant|Carte|Montant|Poids|Relevé|Vol|Siège|Casier|N° de membre|N° de client|Boîte à clés|Code de porte",
  de: "Anrufer|Notiz|Datum|Betreuerin|Karte|Betrag|Gewicht|Zählerstand|Flug|Sitz|Garderobenkasten|Mitgliedernr.|Klientennr.|Schlüsseltresor|Türcode",
  it: "Chiamante|Nota|Data|Badante|Carta|Importo|Peso|Lettura|Volo|Posto|Armadietto|N. socio|N. utente|Cassetta chiavi|Codice porta",
  ca: "Usuari|Nota|Data|Cuidadora|Targeta|Import|Pes|Lectura|Vol|Seient|Taquilla|Núm. de soci|Núm. d'usuari|Caixa de claus|Codi de la porta",
  eu: "Deitzailea|Oharra|Data|Zaintzailea|Txartela|Zenbatekoa|Pisua|Irakurketa|Hegaldia|Eserlekua|Armairua|Bazkide zk.|Bezero zk.|Giltza-kutxa|Atearen kodea",
  ru: "Звонящий|Заметка|Дата|Сиделка|Карта|Сумма|Вес|Показания|Рейс|Место|Шкафчик|№ члена клуба|№ клиента|Ключница|Код двери",
  sq: "Telefonuesi|Shënim|Data|Kujdestarja|Karta|Shuma|Pesha|Leximi|Fluturimi|Ulësja|Dollapi|Nr. anëtari|Nr. klienti|Kutia e çelësave|Kodi i derës",
  mt: "Klijent|Nota|Data|Assistent|Karta|Ammont|Piż|Qari|Titjira|Sedil|Lokker|Nru tal-membru|Nru tal-klijent|Kaxxa taċ-ċwievet|Kodiċi tal-bieb",
}

/** The language's word for an English label, or the English label itself. */
export function label(lang: string, en: string): string {
  const i = ORDER.indexOf(en.toLowerCase() as (typeof ORDER)[number])
  const words = RAW[lang]?.split("|")
  if (i < 0 || !words) return en.charAt(0).toUpperCase() + en.slice(1)
  return words[i]!
}

// Name pools by region and origin, in each language's own letters, and the
// names that are also ordinary words (used elsewhere as words, labeled
// `name-word` negatives).
const L = (s: string) => s.split("|")

export interface Pool {
  given: string[]
  family: string[]
  /** Family name written first (Hungarian order). */
  familyFirst?: boolean
  /** Where family names agree with gender: the men's names (given, family pools above are the women's). */
  men?: { given: string[]; family: string[] }
}

export const POOLS: Record<string, Pool> = {
  GH: { given: L("Kwame|Akosua|Kofi|Ama|Yaw|Efua|Kwabena|Adwoa|Selorm|Elikem|Dzifa|Mawuli|Esi|Kojo|Abena|Yayra|Precious|Blessing|Comfort|Patience|Mercy"), family: L("Mensah|Owusu|Agyeman|Boateng|Asante|Agbeko|Adjei|Ofori|Amoako|Tetteh|Dzokoto|Kpodo|Gbeho|Appiah") },
  UG: { given: L("Nakato|Babirye|Waiswa|Kato|Nabirye|Ssemakula|Namubiru|Okello|Achieng|Mukisa|Nankya|Kizza|Gift|Joy|Patience"), family: L("Mukasa|Ssempala|Kiggundu|Nsubuga|Nantongo|Lubega|Kasozi|Ssekandi|Namusoke|Mugerwa") },
  ZM: { given: L("Mwansa|Chanda|Bwalya|Mulenga|Chileshe|Mutale|Musonda|Natasha|Kabwe|Mwila|Precious|Memory|Given|Blessing"), family: L("Kapembwa|Musonda|Mwamba|Chisanga|Lungu|Phiri|Banda|Mumba|Kalunga|Chibwe") },
  NA: { given: L("Uaendere|Kauna|Ndapewa|Tjiuai|Vetaruhe|Ndeshi|Ipeinge|Hilma|Selma|Immanuel|Hope|Faith"), family: L("Tjiriange|Kaveri|Shilongo|Nghidinwa|Tjozongoro|Katjavivi|Hamutenya|Kazondu|Amadhila|Iipumbu") },
  IE: { given: L("Siobhán|Tadhg|Caoimhe|Niamh|Oisín|Aoife|Pádraig|Éabha|Ciarán|Sadhbh|Donncha|Róisín|Dawn|Will|Frank|Grace"), family: L("Ó Súilleabháin|Mac Cárthaigh|O'Donovan|Ní Bhriain|Ó Flaithearta|McCarthy|Buckley|Ó Conghaile|Keohane|Fahy|Ní Chonaill") },
  IM: { given: L("Juan|Moirrey|Illiam|Breesha|Fenella|Orry|Voirrey|Aalish|Hope|Mark|Rose"), family: L("Quayle|Kermode|Quilliam|Cregeen|Kinvig|Corlett|Callister|Kneale|Quirk|Gelling") },
  NZ: { given: L("Tāne|Mere|Hēmi|Wiremu|Ngaio|Āwhina|Rāwiri|Mānaia|Aroha|Tūī|Kiri|Sky|Summer|Storm"), family: L("Ngata|Pōmare|Parata|Whaanga|Te Rangi|Tūhoe-Smith|Māhaki|Horomona|Wātene|Walker") },
  FJ: { given: L("Losana|Sakiusa|Tevita|Vilikesa|Mereoni|Salote|Anjali|Ravindra|Sunita|Shalendra|Pearl|Faith|Sunny"), family: L("Naivalu|Rokotuiwai|Vuniwaqa|Tuilagi|Prasad|Naidu|Chand|Lal|Kumar|Ratuvou") },
  BB: { given: L("Shontelle|Marcia|Desmond|Keisha|Antoine|Rhonda|Everton|Ruby|Precious|Chase|Sterling"), family: L("Greenidge|Worrell|Thorne|Blackman|Holder|Brathwaite|Alleyne|Griffith|Clarke|Springer") },
  BS: { given: L("Tavares|Shavonne|Dwayne|Latoya|Cordell|Kendra|Vernal|Crystal|Honey|Justice"), family: L("Rolle|Knowles|Ferguson|Pinder|Cartwright|Munnings|Darville|Sands|Bethel|Deveaux") },
  US: { given: L("Remy|Amédée|Clovis|Odile|Delphine|Beau|Thibault|Noémie|Wade|Chase|Hunter|Bill|Art|Gale"), family: L("Thibodeaux|Boudreaux|Arceneaux|Hebert|LeBlanc|Guidry|Breaux|Fontenot|Landry|Doucet") },
  CA_NL: { given: L("Bride|Gus|Brendan|Mary Ellen|Gerard|Kathleen|Dymphna|Cyril|Guy|Rich|Gale"), family: L("Power|Walsh|Fitzgerald|Kavanagh|Furey|Gushue|Noseworthy|Tobin|Hickey|Careen") },
  GI: { given: L("Yeray|Giselle|Dilip|Moisés|Kaiane|Jared|Levi|Francesca|Jade|Amber"), family: L("Bossano|Caruana|Bautista|Ferrary|Sacarello|Azopardi|Benady|Chandiram|Origo|Vinet") },
  NO: { given: L("Ingrid|Sigrid|Håkon|Øystein|Solveig|Bjørn|Kåre|Sol|Áile|Máret|Niillas|Ánte|Tuva"), family: L("Haugen|Bråthen|Sæther|Løvås|Gaup|Somby|Eira|Nilsen|Aas|Bakkehaug") },
  DK: { given: L("Lærke|Søren|Mads|Freja|Asbjørn|Mette|Kjeld|Signe|Ejnar|Aysel"), family: L("Jørgensen|Kjær|Østergaard|Mølgaard|Nørgaard|Bech|Thygesen|Dahl|Yilmaz|Fogh") },
  LT: { given: L("Rūta|Gintarė|Jūratė|Aušra|Eglė|Rasa"), family: L("Kazlauskienė|Petraitytė|Stankevičiūtė|Žukauskienė|Butkutė"), men: { given: L("Žygimantas|Kęstutis|Šarūnas|Vytautas|Dainius"), family: L("Žukauskas|Vaitkevičius|Jankauskas|Butkus|Paulauskas") } },
  LV: { given: L("Laima|Ilze|Līga|Inese|Zane"), family: L("Ozoliņa|Liepiņa|Vītola|Kļaviņa|Bērziņa"), men: { given: L("Jānis|Dzintars|Krišjānis|Māris|Ģirts"), family: L("Bērziņš|Kalniņš|Krūmiņš|Zariņš|Liepiņš") } },
  SK: { given: L("Viera|Zuzana|Miroslava|Katarína|Ľudmila"), family: L("Horváthová|Kučerová|Šimková|Lakatošová|Balážová"), men: { given: L("Ľubomír|Dušan|Jozef|Štefan|Rastislav"), family: L("Kováč|Šimko|Ďurica|Lakatoš|Ferko|Oláh") } },
  SI: { given: L("Nada|Mojca|Tadej|Žiga|Urška|Matevž|Špela|Rok|Tjaša|Dragica"), family: L("Novak|Horvat|Kranjc|Potočnik|Zupančič|Kovačič|Vidmar|Golob|Mlakar") },
  HU: { given: L("Virág|Réka|Zsófia|Gergő|Bence|Ödön|Erzsébet|Levente|Boglárka|Tünde"), family: L("Szűcs|Kovács|Tóth|Nagy|Varga|Lakatos|Horváth|Fülöp|Kőszegi|Balogh"), familyFirst: true },
  PT: { given: L("Glória|João|Inês|Conceição|Gonçalo|Thaís|Leonor|Rui|Lucélia|Tiago"), family: L("Magalhães|Antunes|Brandão|Gonçalves|Sequeira|Assunção|Valente|Fonseca") },
  MX: { given: L("Dolores|Soledad|Rocío|Guadalupe|Xóchitl|Cuauhtémoc|Itzel|Rodrigo|Yatziri|Efraín"), family: L("Hernández|Martínez Ochoa|Ramírez|Tzompa|Xicoténcatl|Villaseñor|Galván|Quintero") },
  AR: { given: L("Agustina|Facundo|Valentina|Nahuel|Lautaro|Florencia|Ailén|Joaquín|Soledad"), family: L("Bianchi|Fernández|Etcheverry|Gómez|Sosa|Pereyra|Lombardi|Aguirre") },
  UY: { given: L("Nahuel|Camila|Martina|Santino|Rocío|Federico|Lucía|Ignacio"), family: L("Rodríguez|da Silva|Olivera|Pintos|Techera|Cabrera|Acosta|Núñez") },
  BE: { given: L("Constance|Aimé|Gaëlle|Thibaut|Noémie|Benoît|Anaïs|Hélène|Yasmina"), family: L("Dubois|de la Croix|Van den Bossche|Lambert|Lejeune|Goossens|Mertens|Wauters") },
  CH_FR: { given: L("Ludivine|Gaëtan|Séverine|Loïc|Mélanie|Aimé|Constance"), family: L("Rochat|Favre|de Montmollin|Chappuis|Pittet|Jaquier|Rossier") },
  CA_QC: { given: L("Ginette|Réjean|Gaétan|Maëlle|Ghislain|Nathalie|Jérôme|Constance"), family: L("Tremblay|Gagnon|Bouchard|Côté|Gauthier|Lévesque|Pelletier|Bélanger") },
  CH_DE: { given: L("Ursula|Reto|Beat|Flurina|Jürg|Mirjam|Stephan|Seraina"), family: L("Müller|Bühlmann|Zürcher|Schnyder|Käser|Gächter|Brunner|von Gunten") },
  CH_IT: { given: L("Chiara|Gianluca|Fiorenza|Mattia|Ilaria|Sandro|Noemi"), family: L("Bernasconi|Tettamanti|Cattaneo|di Giacomo|Soldati|Pedrazzini|Gianinazzi") },
  ES: { given: L("Montserrat|Jordi|Núria|Pau|Laia|Oriol|Mercè|Arnau|Rocío"), family: L("Vila|Puig|Soler|Ferrer i Ribas|Casals|Roca|Pujol|Garriga") },
  LU: { given: L("Mett|Claude|Nathalie|Jhemp|Fernand|Carine|Léon|Paulo"), family: L("Wagner|Schmit|Weber|Hoffmann|Kieffer|Muller|da Costa|Reuter") },
  RU: { given: L("Вера|Любовь|Надежда|Ольга|Гульнара|Айгуль"), family: L("Иванова|Кузнецова|Хабибуллина|Зайцева|Соколова|Галиева"), men: { given: L("Алексей|Дмитрий|Рустам|Сергей|Ильдар"), family: L("Смирнов|Фаттахов|Соколов|Галиев|Кузнецов") } },
  BG: { given: L("Радост|Цветелина|Десислава|Айше|Мирела"), family: L("Петрова|Димитрова|Стоянова|Ангелова|Мехмедова"), men: { given: L("Стоян|Божидар|Христо|Мехмед"), family: L("Георгиев|Мехмедов|Иванов|Колев") } },
}

/** Names that are also words, by language: [the name, a sentence using the word with {} around it]. */
export const NAME_WORDS: Record<string, string[]> = {
  en: L("We {hope} it clears today.|{Will} do, thanks.|The {bill} is attached.|{May} I ring back later?|Please {mark} it urgent.|A {rose} bush by the gate.|Thanks for your {patience}.|Good {faith} estimate only.|It was {sunny} out.|Some {guy} from the depot called.|The {art} block is closed.|{Precious} little left in the tank.|A {gift} voucher was left in the room.|The {jade} pendant is in the safe.|{Dawn} visit booked.|A {storm} took the line down.|{Summer} rates apply.|With {grace} period of 14 days.|Pure {joy} to deal with.|The {amber} warning is on.|A {crystal} vase was found.|Bit of a {gale} last night.|Paid by {sterling} transfer."),
  no: L("Det er {sol} i dag.|Fin {sol} over Tromsø."), da: L("En {lærke} sang i haven.|Vi så en {lærke}."),
  lt: L("Darželyje auga {rūta}.|Kvepia {rūta}."), lv: L("Lai {laima} palīdz!|Mums bija {laima}."),
  sk: L("Je to otázka, či {viera} stačí.|Moja {viera} v systém klesá."), sl: L("Edina {nada} je tehnik.|Ni več {nada}."),
  hu: L("Egy szép {virág} a recepción.|A {virág} a folyosón van."), pt: L("Foi uma {glória} resolver.|Sem {glória} nenhuma."),
  es: L("Tiene {dolores} en la pata.|Con la {soledad} del perro.|El {rocío} mojó el medidor."), fr: L("Avec {constance} et patience.|Un client très {aimé}."),
  ca: L("Excursió a {Montserrat} dissabte.|Vistes de {Montserrat} des de l'habitació."),
  ru: L("Главное — {вера} в лучшее.|Это {любовь} к животным.|Есть {надежда} на ремонт."), bg: L("Голяма {радост} за семейството.|Каква {радост}!"),
  de: L("Die Lage ist {ernst}.|Das ist {ernst} gemeint."), it: L("Che {gioia} rivederlo!|Una {gioia} per tutti."), lb: L("D'{Rosa} Blumme sinn um Comptoir."),
}

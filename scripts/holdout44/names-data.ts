// Given names (m, f) and family names ("male/female" where the form follows sex) of each locale, comma-separated.
export const NAMES: Record<string, [m: string, f: string, fam: string]> = {
  "en-IE": [
    "Pádraig,Cian,Oisín,Darragh,Eoin,Seán,Ciarán,Tadhg,Colm,Diarmuid",
    "Aoife,Siobhán,Niamh,Caoimhe,Saoirse,Gráinne,Róisín,Sorcha,Clodagh,Grace",
    "Ó Súilleabháin/Ní Shúilleabháin,Mac Giolla Phádraig/Nic Giolla Phádraig,Ó Briain/Ní Bhriain,Ó Ceallaigh/Ní Cheallaigh,Mac Carthaigh/Nic Carthaigh,O'Sullivan,Byrne,Walsh,Fitzgerald,Ó Dónaill/Ní Dhónaill,Kavanagh,Ó Murchú/Ní Mhurchú",
  ],
  "en-IN": ["Arjun,Rohan,Vikram,Sandeep,Karthik,Aditya,Rahul,Suresh", "Priya,Ananya,Kavitha,Deepika,Meera,Lakshmi,Asha,Pooja", "Raghunathan,Mehta,Iyer,Banerjee,Reddy,Kulkarni,Chatterjee,Nair,Subramaniam,Deshpande,Malhotra,Venkatesh"],
  "en-CA": ["Mathieu,Liam,Ethan,Connor,Raj,Kevin,Jean-François,Owen", "Chloé,Jessica,Megan,Summer,Dawn,Avery,Mei,Brooke", "Tremblay,Wong,MacDonald,Gagnon,Singh,Campbell,Leblanc,Thompson,Fraser,Côté,Nguyen,Bouchard"],
  "en-NZ": ["Tama,Wiremu,Nikau,Liam,Hamish,Mitchell,Tane,Blake", "Aroha,Mereana,Ngaio,Olivia,Aria,Hana,Kiri,Grace", "Ngata,Parata,Tipene,Walker,Te Whata,Henare,Robertson,Wilson,Pōmare,Ruatapu,Te Kani,McKenzie"],
  "en-MT": ["Ġorġ,Ċensu,Matthew,Luke,Kurt,Jean Paul,Mario,Karl", "Marija,Ċettina,Maria,Rebecca,Graziella,Roberta,Tiziana,Rose", "Borg,Camilleri,Vella,Farrugia,Zammit,Galea,Grech,Micallef,Azzopardi,Spiteri,Cassar,Attard"],
  "en-PH": ["Jose Ramon,Mark Anthony,Rodel,Jericho,Paolo,Renato,Jomar,Christian", "Maria Cristina,Joy,Grace,Precious,Hope,Faith,Jocelyn,Lovely", "dela Cruz,Santos,Reyes,Bautista,Villanueva,Mendoza,De Guzman,Aquino,Dimaculangan,Macaraeg,Pangilinan,Tolentino"],
  "en-JM": ["Delroy,Andre,Rohan,Kemar,Dwayne,Tyrone,Omar,Shane", "Shanice,Tashana,Patience,Kimone,Latoya,Charmaine,Hope,Tanisha", "Campbell,Brown,Williams,Thompson,McKenzie,Grant,Reid,Forbes,Henry,Clarke,Bailey,Samuels"],
  "mt-MT": ["Ġużeppi,Pawlu,Ġanni,Ninu,Kristjan,Manwel,Ċensu,Luqa", "Marija,Doris,Ċelestina,Rita,Tereża,Carmen,Anġela,Katrina", "Borg,Camilleri,Vella,Farrugia,Mifsud,Xuereb,Debono,Caruana,Abela,Sammut,Bonello,Zammit"],
  "nb-NO": ["Per,Ole,Lars,Knut,Sindre,Eirik,Håkon,Magnus", "Ingrid,Solveig,Kari,Sigrid,Marte,Ingeborg,Tuva,Åse", "Hansen,Johansen,Olsen,Bakken,Haugen,Solberg,Strand,Lie,Berg,Dahl,Eriksen,Sæther"],
  "da-DK": ["Mads,Rasmus,Søren,Frederik,Mikkel,Anders,Jens,Bo", "Mette,Signe,Camilla,Freja,Ida,Maj,Kirsten,Line", "Jensen,Nielsen,Hansen,Pedersen,Andersen,Christensen,Larsen,Sørensen,Rasmussen,Jørgensen,Kjær,Møller"],
  "is-IS": [
    "Jón,Sigurður,Guðmundur,Gunnar,Ólafur,Einar,Kristján,Bjarni",
    "Guðrún,Sigríður,Kristín,Katrín,Sól,Helga,Anna,Þórdís",
    "Jónsson/Jónsdóttir,Sigurðsson/Sigurðardóttir,Guðmundsson/Guðmundsdóttir,Gunnarsson/Gunnarsdóttir,Ólafsson/Ólafsdóttir,Einarsson/Einarsdóttir,Stefánsson/Stefánsdóttir,Magnússon/Magnúsdóttir,Þórsson/Þórsdóttir,Helgason/Helgadóttir",
  ],
  "hu-HU": ["Bence,Levente,Dávid,Péter,Gábor,Zoltán,Balázs,Attila", "Réka,Eszter,Zsófia,Katalin,Anna,Rózsa,Noémi,Judit", "Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár,Németh,Farkas,Balogh,Papp"],
  "sk-SK": [
    "Martin,Tomáš,Peter,Juraj,Michal,Marek,Ján,Lukáš",
    "Zuzana,Viera,Katarína,Lucia,Jana,Monika,Ivana,Andrea",
    "Horváth/Horváthová,Kováč/Kováčová,Varga/Vargová,Tóth/Tóthová,Baláž/Balážová,Szabó/Szabová,Molnár/Molnárová,Novák/Nováková,Kráľ/Kráľová,Lukáč/Lukáčová",
  ],
  "sl-SI": ["Luka,Žiga,Matej,Jure,Rok,Gregor,Primož,Andrej", "Nina,Maja,Zora,Špela,Urška,Vesna,Tjaša,Mojca", "Novak,Horvat,Kovačič,Krajnc,Zupančič,Potočnik,Vidmar,Golob,Kralj,Turk,Mlakar,Kos"],
  "lt-LT": [
    "Mantas,Tomas,Lukas,Jonas,Darius,Paulius,Rokas,Andrius",
    "Rasa,Viltė,Eglė,Gintarė,Ieva,Rūta,Justina,Aistė",
    "Kazlauskas/Kazlauskienė,Jankauskas/Jankauskienė,Petrauskas/Petrauskienė,Stankevičius/Stankevičienė,Vasiliauskas/Vasiliauskienė,Žukauskas/Žukauskienė,Butkus/Butkienė,Paulauskas/Paulauskienė,Urbonas/Urbonienė,Navickas/Navickienė",
  ],
  "lv-LV": [
    "Jānis,Andris,Mārtiņš,Edgars,Kārlis,Raivis,Artūrs,Roberts",
    "Laima,Rasa,Ilze,Liene,Kristīne,Zane,Inese,Dace",
    "Bērziņš/Bērziņa,Kalniņš/Kalniņa,Ozoliņš/Ozoliņa,Jansons/Jansone,Ozols/Ozola,Liepiņš/Liepiņa,Krūmiņš/Krūmiņa,Balodis/Balode,Zariņš/Zariņa,Pētersons/Pētersone",
  ],
  "bg-BG": [
    "Георги,Иван,Димитър,Николай,Стоян,Петър,Христо,Калоян",
    "Мария,Надежда,Вяра,Десислава,Цветелина,Гергана,Радка,Милена",
    "Иванов/Иванова,Георгиев/Георгиева,Димитров/Димитрова,Петров/Петрова,Николов/Николова,Христов/Христова,Стоянов/Стоянова,Тодоров/Тодорова,Илиев/Илиева,Ангелов/Ангелова",
  ],
  "uk-UA": ["Олександр,Андрій,Тарас,Богдан,Дмитро,Остап,Максим,Юрій", "Оксана,Надія,Віра,Олена,Ірина,Соломія,Мар'яна,Ганна", "Шевченко,Коваленко,Бондаренко,Ткаченко,Кравчук,Мельник,Олійник,Шевчук,Поліщук,Лисенко,Іваненко,Савчук"],
  "sr-Latn-RS": ["Nikola,Marko,Stefan,Miloš,Dušan,Nemanja,Lazar,Vuk", "Jelena,Milica,Nada,Vera,Zora,Ivana,Teodora,Ana", "Jovanović,Petrović,Nikolić,Marković,Đorđević,Stojanović,Ilić,Stanković,Pavlović,Milošević,Popović,Savić"],
  "pt-PT": ["João Pedro,Tiago,Rui,Duarte,Gonçalo,Miguel,Nuno,Afonso", "Inês,Beatriz,Graça,Mariana,Leonor,Catarina,Rosa,Joana", "Sousa Ferreira,Pereira,Carvalho,Rodrigues,Martins,Gonçalves,Fernandes,Lopes,Marques,Almeida,dos Santos,Costa e Silva"],
  "ca-ES": ["Jordi,Pau,Oriol,Arnau,Marc,Pere,Joan,Xavier", "Núria,Montserrat,Mercè,Laia,Aina,Berta,Rosa,Roser", "Puig i Serra,Vilalta,Ferrer,Soler,Casals,Font,Riera,Bosch,Camps,Vidal i Roca,Sala,Pujol"],
  "eu-ES": ["Iker,Unai,Aitor,Gorka,Jon,Mikel,Ander,Koldo", "Ane,Itsaso,Amaia,Nerea,Maialen,Leire,Irati,Garazi", "Etxeberria,Agirre,Goikoetxea,Urrutia,Zubizarreta,Arrieta,Elorza,Larrañaga,Etxebarria,Iturbe,Aranburu,Mendizabal"],
  "fr-LU": ["Luc,Gilles,Yves,Marc,Laurent,Tom,Ben,Pol", "Claire,Anne,Martine,Sandrine,Carole,Josiane,Léa,Mireille", "Schmit,Muller,Weber,Wagner,Hoffmann,Thill,Schroeder,Reuter,Kremer,Schiltz,Welter,Majerus"],
  "fr-BE": ["Benoît,Cédric,Olivier,Quentin,Thibaut,Arnaud,Grégory,Maxime", "Claire,Aurélie,Florence,Séverine,Nathalie,Émilie,Constance,Gaëlle", "Dubois,Lambert,Dupont,Martin,Peeters,Renard,Lejeune,Delvaux,Wauters,Leclercq,Van den Bossche,de Hemptinne"],
  "fr-CH": ["Nicolas,Sébastien,Yann,Loïc,Raphaël,Cédric,Mathias,Gaël", "Claire,Aude,Mélanie,Laure,Coralie,Sylvie,Anouk,Fanny", "Favre,Rochat,Bonvin,Perrin,Chappuis,Cuénod,Mottier,Jaquier,Vuilleumier,Perret,de Weck,Pittet"],
  "it-CH": ["Gianluca,Matteo,Claudio,Fabio,Sandro,Tiziano,Giona,Fortunato", "Serena,Gioia,Speranza,Chiara,Manuela,Sara,Alessia,Michela", "Bernasconi,Pedrazzini,Ferrari,Guscetti,Lepori,Cattaneo,Rusconi,Fumagalli,Gianella,Bianchi,Foletti,Cavadini"],
  "es-MX": ["José Luis,Juan Carlos,Alejandro,Diego,Emiliano,Jesús,Ricardo,Fernando", "María Fernanda,Guadalupe,Luz,Esperanza,Ximena,Dolores,Rocío,Paz", "López Gutiérrez,Hernández,García,Martínez,Ramírez,Sánchez,Cruz,Flores,Gómez Treviño,Morales,Castillo,Jiménez"],
  "es-AR": ["Facundo,Santiago,Matías,Lautaro,Nicolás,Agustín,Ezequiel,Gonzalo", "Florencia,Camila,Agustina,Luz,Milagros,Rocío,Victoria,Belén", "González,Rodríguez,Fernández,López,Gómez,Díaz,Pérez,Romero,Sosa,Álvarez,Di Marco,Lombardi"],
  "nl-NL": ["Daan,Sem,Bram,Thijs,Ruben,Jeroen,Sander,Mees", "Sanne,Roos,Fleur,Lotte,Anouk,Femke,Iris,Noor", "de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Visser,Smit,Meijer,de Boer,Mulder,van der Meer"],
  "de-DE": ["Lukas,Jonas,Felix,Maximilian,Tobias,Frank,Ernst,Jan", "Lena,Hannah,Anna-Lena,Sophie,Katharina,Heide,Marie,Johanna", "Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,von Bredow,Schäfer"],
}

/** Particles, not name parts: they are ordinary words elsewhere (a MAC address, "de", "van"). */
export const PARTICLES = new Set(["ó", "ní", "mac", "nic", "dela", "de", "del", "van", "den", "der", "von", "dos", "da", "di", "do", "e", "i", "y", "te", "la", "le", "du"])

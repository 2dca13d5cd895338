// Name pools of the non-English locales, in each language's letters (Greek "native=latin", Bulgarian
// Cyrillic "native=latin"); surnames "m/f" by gender; `extra` holds names of immigrant communities.
import type { Pool } from "./names-en.ts";
const w = (s: string) => s.trim().split(/\s*,\s*/);

export const EU_POOLS: Record<string, Pool> = {
  "it-IT": {
    f: w("Giulia, Francesca, Chiara, Alessandra, Martina, Federica, Ilaria, Beatrice, Lucia, Graziella"),
    m: w("Marco, Alessandro, Giuseppe, Lorenzo, Davide, Matteo, Salvatore, Gennaro, Niccolò, Raffaele"),
    s: w("Rossi, Esposito, Ferrari, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, De Luca, Di Stefano, Lombardi, Caruso"),
    extra: w("Ionela|Popa, Ardit|Hoxha, Hu|Jing, Youssef|El Amrani"),
  },
  "it-CH": {
    f: w("Nicoletta, Sara, Elisa, Manuela, Vanessa, Arianna, Daniela"),
    m: w("Fabio, Mattia, Luca, Gianluca, Claudio, Remo, Ivano"),
    s: w("Bernasconi, Cattaneo, Ghisletta, Pedrazzini, Rusconi, Balestra, Guscetti, Lepori, Camponovo, Quadri"),
    extra: w("Dragana|Jovanović, Bruno|Fernandes"),
  },
  "pl-PL": {
    f: w("Agnieszka, Małgorzata, Katarzyna, Zofia, Joanna, Magdalena, Jadwiga, Urszula, Beata"),
    m: w("Paweł, Krzysztof, Tomasz, Grzegorz, Łukasz, Jacek, Wojciech, Michał, Przemysław"),
    s: w("Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, Jabłoński/Jabłońska"),
    extra: w("Olena|Kovalenko, Taras|Shevchuk"),
  },
  "cs-CZ": {
    f: w("Jana, Lucie, Kateřina, Tereza, Markéta, Zdeňka, Hana, Petra"),
    m: w("Jiří, Tomáš, Ondřej, Lukáš, Vojtěch, Petr, Miroslav, Radek"),
    s: w("Novák/Nováková, Svoboda/Svobodová, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová"),
    extra: w("Thị Lan|Nguyễn, Văn Hùng|Trần, Oksana|Bondarenko"),
  },
  "hu-HU": {
    f: w("Zsófia, Katalin, Erzsébet, Ildikó, Enikő, Réka, Boglárka, Krisztina"),
    m: w("Zoltán, László, Gábor, Bence, Tamás, Levente, Attila, Ferenc"),
    s: w("Kovács, Nagy, Szabó, Tóth, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Lakatos"),
    extra: w("Ngoc Anh|Pham"),
    surnameFirst: true,
  },
  "ro-RO": {
    f: w("Ioana, Andreea, Mihaela, Alexandra, Elena, Roxana, Cristina, Bianca-Maria"),
    m: w("Andrei, Ștefan, Mihai, Răzvan, Bogdan, Ionuț, Cătălin, Florin"),
    s: w("Popescu, Ionescu, Dumitrescu, Stanciu, Constantinescu, Munteanu, Rădulescu, Georgescu, Țurcanu, Lungu"),
    extra: w("Enikő|Szabó, Csaba|Kovács, Ahmet|Yilmaz"),
  },
  "el-GR": {
    f: w("Ελένη=Eleni, Μαρία=Maria, Κατερίνα=Katerina, Σοφία=Sofia, Δήμητρα=Dimitra, Βασιλική=Vasiliki, Αναστασία=Anastasia"),
    m: w("Γιώργος=Giorgos, Νίκος=Nikos, Δημήτρης=Dimitris, Κωνσταντίνος=Konstantinos, Γιάννης=Giannis, Σπύρος=Spyros, Θανάσης=Thanasis"),
    s: w("Παπαδόπουλος=Papadopoulos/Παπαδοπούλου=Papadopoulou, Οικονόμου=Oikonomou, Γεωργίου=Georgiou, Παπαδάκης=Papadakis/Παπαδάκη=Papadaki, Νικολάου=Nikolaou, Βλάχος=Vlachos/Βλάχου=Vlachou, Αντωνίου=Antoniou, Μακρής=Makris/Μακρή=Makri"),
    extra: w("Ermira|Hoxha, Ardian|Krasniqi"),
  },
  "tr-TR": {
    f: w("Ayşe, Elif, Zeynep, Büşra, Gülşen, Merve, Özlem, Hatice, Sevgi"),
    m: w("Mehmet, Mustafa, Emre, Oğuz, Burak, Hüseyin, Çağlar, Serkan, Kerem"),
    s: w("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Arslan, Doğan, Koç"),
    extra: w("Rojda|Aydın, Ahmad|Al-Hassan, Nilüfer|Karadağ"),
  },
  "nl-BE": {
    f: w("Lotte, Ine, Griet, Sofie, Elke, Annelies, Hanne, Fien"),
    m: w("Pieter, Wouter, Jens, Bram, Joris, Stijn, Koen, Wannes"),
    s: w("Peeters, Janssens, Maes, Claes, Wouters, Goossens, De Smet, Van den Broeck, Vermeulen, Van Damme, De Backer, Verstraete"),
    extra: w("Mohamed|El Idrissi, Hatice|Yıldız, Mbuyi|Kabeya"),
  },
  "fr-BE": {
    f: w("Amélie, Nathalie, Céline, Manon, Élodie, Aurélie, Gaëlle, Pauline"),
    m: w("Olivier, Sébastien, Maxime, Quentin, Benoît, Grégory, Julien, Thibault"),
    s: w("Dubois, Lambert, Dupont, Martin, Simon, Lejeune, Renard, Leclercq, de la Fontaine, Collard, Mathieu, Hardy"),
    extra: w("Fatima|Benali, Kalenga|Mukendi, Giuseppe|Lo Bue"),
  },
  "lt-LT": {
    f: w("Rūta, Eglė, Ieva, Gintarė, Jurgita, Dovilė, Aistė, Vaida"),
    m: w("Mantas, Tomas, Darius, Paulius, Žygimantas, Giedrius, Vytautas, Arūnas"),
    s: w("Kazlauskas/Kazlauskienė, Jankauskas/Jankauskienė, Petrauskas/Petrauskienė, Žukauskas/Žukauskaitė, Butkus/Butkutė, Paulauskas/Paulauskienė, Vasiliauskas/Vasiliauskienė, Balčiūnas/Balčiūnienė"),
    extra: w("Czesław|Wojciechowski, Irina|Smirnova"),
  },
  "lv-LV": {
    f: w("Ilze, Inese, Kristīne, Līga, Dace, Zane, Agnese, Baiba"),
    m: w("Jānis, Andris, Mārtiņš, Edgars, Kārlis, Raivis, Uldis, Gatis"),
    s: w("Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozoliņš/Ozoliņa, Jansons/Jansone, Liepa, Krūmiņš/Krūmiņa, Zariņš/Zariņa, Pētersons/Pētersone"),
    extra: w("Svetlana|Ivanova, Dmitrijs|Kuzņecovs"),
  },
  "sl-SI": {
    f: w("Maja, Špela, Nina, Urška, Mojca, Tjaša, Petra, Barbara"),
    m: w("Matej, Luka, Žiga, Primož, Gregor, Aljaž, Rok, Boštjan"),
    s: w("Novak, Horvat, Kovačič, Krajnc, Zupančič, Potočnik, Kos, Vidmar, Golob, Turk, Mlakar, Žagar"),
    extra: w("Amra|Hodžić, Dragan|Petrović"),
  },
  "bg-BG": {
    f: w("Мария=Maria, Десислава=Desislava, Цветелина=Tsvetelina, Гергана=Gergana, Йорданка=Yordanka, Милена=Milena"),
    m: w("Георги=Georgi, Димитър=Dimitar, Стоян=Stoyan, Христо=Hristo, Пламен=Plamen, Йордан=Yordan"),
    s: w("Иванов=Ivanov/Иванова=Ivanova, Петров=Petrov/Петрова=Petrova, Георгиев=Georgiev/Георгиева=Georgieva, Димитров=Dimitrov/Димитрова=Dimitrova, Стоянов=Stoyanov/Стоянова=Stoyanova, Николов=Nikolov/Николова=Nikolova"),
    extra: w("Айше=Ayshe|Мехмедова=Mehmedova, Ахмед=Ahmed|Юсеинов=Yuseinov"),
  },
  "is-IS": {
    f: w("Guðrún, Sigríður, Kristín, Hrafnhildur, Þórunn, Auður, Ásdís, Katla"),
    m: w("Jón, Gunnar, Sigurður, Ólafur, Þórður, Einar, Ragnar, Kjartan"),
    s: w("Jónsson/Jónsdóttir, Sigurðsson/Sigurðardóttir, Guðmundsson/Guðmundsdóttir, Einarsson/Einarsdóttir, Ólafsson/Ólafsdóttir, Magnússon/Magnúsdóttir, Þórsson/Þórsdóttir"),
    extra: w("Agnieszka|Wiśniewska, Marites|Santos"),
  },
  "pt-PT": {
    f: w("Inês, Beatriz, Mariana, Joana, Sofia, Leonor, Conceição, Filipa"),
    m: w("João, Tiago, Duarte, Gonçalo, Rui, Nuno, Sebastião, Afonso"),
    s: w("Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, Fernandes, dos Santos, da Silva"),
    extra: w("Djamila|Tavares, Oleksandr|Melnyk, Thaís|Albuquerque"),
  },
};

/** Names that are also ordinary words in each language, with a phrase using the word. */
export const EU_WORDS: Record<string, [string, string][]> = {
  it: [["Serena", "una giornata {n:name-word:serena}"], ["Felice", "sono {n:name-word:felice} del risultato"], ["Bianca", "la valigia {n:name-word:bianca} è arrivata"], ["Speranza", "con la {n:name-word:speranza} di chiudere presto"]],
  pl: [["Róża", "w ogrodzie kwitnie {n:name-word:róża}"], ["Wiara", "nasza {n:name-word:wiara} w kuriera maleje"], ["Nadzieja", "jest jeszcze {n:name-word:nadzieja}"]],
  cs: [["Sláva", "{n:name-word:sláva}, balík dorazil"], ["Zora", "ranní {n:name-word:zora} nad městem"]],
  hu: [["Hajnal", "már {n:name-word:hajnal} előtt indulunk"], ["Remény", "van még {n:name-word:remény}"], ["Virág", "egy szál {n:name-word:virág} az asztalon"]],
  ro: [["Speranța", "{n:name-word:speranța} moare ultima"], ["Luminița", "{n:name-word:luminița} de la sonerie clipește"], ["Doina", "o {n:name-word:doina} veche la radio"]],
  el: [["Ελπίδα", "με την {n:name-word:ελπίδα} ότι θα βρεθεί"], ["Ειρήνη", "λίγη {n:name-word:ειρήνη} επιτέλους"], ["Χαρά", "τι {n:name-word:χαρά} που βρέθηκε"]],
  tr: [["Deniz", "{n:name-word:deniz} manzaralı daire"], ["Umut", "{n:name-word:umut} ediyoruz ki bulunur"], ["Barış", "{n:name-word:barış} içinde bir taşınma"], ["Güneş", "{n:name-word:güneş} doğmadan yola çıktık"]],
  nl: [["Roos", "een {n:name-word:roos} op de vensterbank"], ["Lente", "de {n:name-word:lente} is begonnen"]],
  fr: [["Prudence", "avec {n:name-word:prudence} s'il vous plaît"], ["Blanche", "la boîte {n:name-word:blanche} est fragile"], ["Victoire", "une petite {n:name-word:victoire} pour nous"]],
  lt: [["Rasa", "ryte ant žolės {n:name-word:rasa}"], ["Aušra", "{n:name-word:aušra} virš miesto"]],
  lv: [["Laima", "lai {n:name-word:laima} līdzi"], ["Ausma", "{n:name-word:ausma} pār jūru"], ["Liesma", "sveces {n:name-word:liesma} nodzisa"]],
  sl: [["Jasna", "bila je {n:name-word:jasna} noč"], ["Zlata", "{n:name-word:zlata} ura na polici"], ["Zora", "{n:name-word:zora} se je že dvignila"]],
  bg: [["Надежда", "все още има {n:name-word:надежда}"], ["Вяра", "с {n:name-word:вяра} в доброто"], ["Любов", "опаковано с {n:name-word:любов}"]],
  is: [["Sól", "{n:name-word:sól} og blíða í dag"], ["Björk", "gömul {n:name-word:björk} í garðinum"], ["Birta", "við munum {n:name-word:birta} nýja verðskrá"]],
  pt: [["Graça", "a entrega é de {n:name-word:graça}"], ["Dores", "tem {n:name-word:dores} nas costas"], ["Luz", "faltou a {n:name-word:luz} no armazém"]],
};

// The 30 locales: their country, language words, native names, currency and postcodes.
import type { CountryCode } from "libphonenumber-js/max"
import { WORDS, type Words } from "./words.ts"

export interface Locale {
  tag: string; cc: CountryCode; w: Words; intl: string; currency: string
  given: string[]; family: string[]; latin?: Record<string, string>
  postcodes: string[]; iban?: string; ssn?: boolean; nino?: boolean; english: boolean; familyFirst?: boolean
}

const L = (tag: string, cc: CountryCode, lang: string, intl: string, currency: string, given: string, family: string, postcodes: string, extra: Partial<Locale> = {}): Locale => ({
  tag, cc, w: WORDS[lang]!, intl, currency, given: given.split(given.includes(",") ? ", " : " "), family: family.split(family.includes(",") ? ", " : " "), postcodes: postcodes.split("|"), english: lang === "en", ...extra,
})

export const LOCALES: Locale[] = [
  L("en-GB-SCT", "GB", "en", "en-GB", "GBP", "Eilidh Callum Fraser Morag Hamish Isla Ruaridh Kirsty", "MacLeod Sinclair Munro Drummond McIntyre Ferguson Buchanan Urquhart", "EH6 8JQ|G12 9TP|AB10 1XG|IV2 3HD", { iban: "GB", nino: true }),
  L("en-GB-WLS", "GB", "en", "en-GB", "GBP", "Rhys Cerys Dafydd Angharad Gethin Ffion Iwan Carys", "Pritchard Llewellyn Vaughan Rowlands Prosser Bevan Griffiths Howells", "CF10 3NP|SA1 5DZ|LL57 2PW|NP20 4AG", { iban: "GB", nino: true }),
  L("en-AU", "AU", "en", "en-AU", "AUD", "Lachlan Matilda Harrison Chloe Tahlia Brodie Jarrah Kirra", "Nguyen Fitzgerald Whitlock Tran Kowalczyk Brennan Hargreaves Nolan", "2010|3056|4000|6160"),
  L("en-ZA", "ZA", "en", "en-ZA", "ZAR", "Thabo Naledi Sipho Lerato Pieter Anele Zanele Riaan", "Dlamini Mokoena Botha Naidoo Khumalo Pretorius Ndlovu Venter", "2196|8001|4001|0083"),
  L("en-KE", "KE", "en", "en-KE", "KES", "Wanjiru Otieno Akinyi Kiprono Njeri Mwangi Chebet Odhiambo", "Kamau Ochieng Wafula Kiptoo Muthoni Karanja Achieng Njoroge", "00100|00200|80100|40100"),
  L("en-NG", "NG", "en", "en-NG", "NGN", "Chidinma Oluwaseun Emeka Ngozi Adebayo Funmilayo Ikechukwu Aisha", "Okonkwo Adeyemi Balogun Eze Ogunleye Nwosu Abubakar Okafor", "100001|101233|900211|500272"),
  L("en-SG", "SG", "en", "en-SG", "SGD", "Wei Ling, Jun Hao, Priya, Farhan, Xin Yi, Darren, Nurul, Kai Wen", "Tan Lim Koh Ong Rahman Pillai Goh Teo", "238859|560123|018989|119077"),
  L("en-HK", "HK", "en", "en-HK", "HKD", "Ka Yan, Wing Sze, Chun Kit, Hoi Ting, Man Lok, Suet Ying, Tsz Hin, Pui Shan", "Chan Wong Leung Cheung Lau Yeung Ho Tsang", "Kowloon|Sha Tin|Tsuen Wan|Aberdeen"),
  L("en-US-TX", "US", "en", "en-US", "USD", "Travis Kaylee Brantley Maci Colt Jolene Wade Reba", "Hollingsworth Guerrero Whitfield Cantu Pruitt Garza Ashby Villarreal", "78701|77002|75201|79901", { ssn: true }),
  L("en-US-LA", "US", "en", "en-US", "USD", "Remy Celeste Beau Delphine Lucien Amelie Landry Odile", "Boudreaux Fontenot Hebert Guidry Arceneaux Broussard Thibodeaux LeBlanc", "70112|70808|70501|71101", { ssn: true }),
  L("sv-SE", "SE", "sv", "sv-SE", "SEK", "Astrid Linnea Gustav Sixten Ebba Vilgot Saga Måns", "Lindqvist Bergström Håkansson Nyström Sjöberg Åkesson Lundgren Wikström", "114 55|411 04|211 20|753 20", { iban: "SE" }),
  L("fi-FI", "FI", "fi", "fi-FI", "EUR", "Aino Eetu Kerttu Veeti Siiri Onni Helmi Juho", "Virtanen Mäkinen Heikkinen Korhonen Nieminen Hämäläinen Laaksonen Räsänen", "00100|33100|90100|20100"),
  L("et-EE", "EE", "et", "et-EE", "EUR", "Kadri Mihkel Liisi Tõnu Kristiina Rasmus Triin Jaan", "Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves", "10111|51004|80010|10145"),
  L("pl-PL", "PL", "pl", "pl-PL", "PLN", "Zofia Szymon Agnieszka Bartłomiej Wiktoria Grzegorz Jadwiga Mateusz", "Wiśniewski Kaczmarek Lewandowska Zieliński Dąbrowska Wójcik Szczepańska Kowalczyk", "00-950|30-059|80-244|61-701", { iban: "PL" }),
  L("cs-CZ", "CZ", "cs", "cs-CZ", "CZK", "Tereza Vojtěch Kateřina Ondřej Barbora Jiří Markéta Lukáš", "Novotná Dvořák Procházková Černý Kučerová Veselý Horáková Němec", "110 00|602 00|301 00|700 30"),
  L("ro-RO", "RO", "ro", "ro-RO", "RON", "Ioana Andrei Mihaela Răzvan Cristina Ștefan Alexandra Bogdan", "Popescu Ionescu Dumitrescu Stănescu Constantinescu Munteanu Georgescu Pop", "010011|400001|700259|300011", { iban: "RO" }),
  L("hr-HR", "HR", "hr", "hr-HR", "EUR", "Ivana Luka Petra Matej Marija Domagoj Lucija Tomislav", "Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković", "10000|21000|51000|31000"),
  L("el-GR", "GR", "el", "el-GR", "EUR", "Γιώργος Ελένη Νίκος Κατερίνα Δημήτρης Σοφία Ανδρέας Μαρία", "Παπαδόπουλος Οικονόμου Γεωργίου Νικολάου Παπανικολάου Κωνσταντίνου Ιωάννου Αθανασίου", "105 57|546 23|262 21|713 07", {
    iban: "GR", latin: { Γιώργος: "giorgos", Ελένη: "eleni", Νίκος: "nikos", Κατερίνα: "katerina", Δημήτρης: "dimitris", Σοφία: "sofia", Ανδρέας: "andreas", Μαρία: "maria", Παπαδόπουλος: "papadopoulos", Οικονόμου: "oikonomou", Γεωργίου: "georgiou", Νικολάου: "nikolaou", Παπανικολάου: "papanikolaou", Κωνσταντίνου: "konstantinou", Ιωάννου: "ioannou", Αθανασίου: "athanasiou" } }),
  L("ru-RU", "RU", "ru", "ru-RU", "RUB", "Анастасия Дмитрий Екатерина Алексей Ольга Сергей Татьяна Михаил", "Смирнов Кузнецова Попов Соколова Лебедев Новикова Морозов Волкова", "101000|190000|620014|630099", {
    latin: { Анастасия: "anastasia", Дмитрий: "dmitry", Екатерина: "ekaterina", Алексей: "alexey", Ольга: "olga", Сергей: "sergey", Татьяна: "tatiana", Михаил: "mikhail", Смирнов: "smirnov", Кузнецова: "kuznetsova", Попов: "popov", Соколова: "sokolova", Лебедев: "lebedev", Новикова: "novikova", Морозов: "morozov", Волкова: "volkova" } }),
  L("tr-TR", "TR", "tr", "tr-TR", "TRY", "Zeynep Emre Elif Burak Ayşe Mehmet Selin Onur", "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan", "34710|06420|35220|16040", { iban: "TR" }),
  L("nl-BE", "BE", "nl", "nl-BE", "EUR", "Lotte Wout Fien Jens Ine Stijn Hanne Pieter-Jan", "Peeters, Janssens, Maes, Claes, Van den Broeck, De Smedt, Van Acker, Goossens", "2000|9000|3000|8000", { iban: "BE" }),
  L("de-CH", "CH", "de", "de-CH", "CHF", "Reto Corinne Urs Nadja Beat Fabienne Luzia Gian-Marco", "Brunner Gerber Zimmermann Baumgartner Widmer Käser Meier Huber", "8004|3011|4051|9000", { iban: "CH" }),
  L("de-AT", "AT", "deAT", "de-AT", "EUR", "Lukas Anna-Lena Florian Theresa Maximilian Johanna Sebastian Magdalena", "Gruber Pichler Steiner Moser Hofer Leitner Eder Wimmer", "1010|8010|4020|6020", { iban: "AT" }),
  L("it-IT", "IT", "it", "it-IT", "EUR", "Giulia Lorenzo Chiara Matteo Francesca Alessandro Martina Davide", "Russo Bianchi Esposito Colombo Ricci Marino Greco Bruno", "00184|20121|80133|10121"),
  L("gl-ES", "ES", "gl", "gl-ES", "EUR", "Uxía Xoán Antía Brais Iria Xurxo Noa Breixo", "Fernández, Otero, Castro, Rodríguez, Vázquez, da Silva, Outeiro, Seoane", "15001|36201|32003|27002", { iban: "ES" }),
  L("es-CL", "CL", "es", "es-CL", "CLP", "Catalina Benjamín Javiera Vicente Constanza Matías Fernanda Tomás", "González Muñoz Rojas Díaz Soto Contreras Sepúlveda Fuentes", "8320000|7500000|2340000|4030000"),
  L("es-CO", "CO", "es", "es-CO", "COP", "Valentina Santiago Mariana Sebastián Daniela Andrés Luisa Camilo", "Rodríguez Gómez Cardona Ospina Restrepo Jaramillo Gutiérrez Zuluaga", "110111|050021|760001|080001"),
  L("pt-BR", "BR", "pt", "pt-BR", "BRL", "Letícia Gabriel Larissa Rafael Beatriz Thiago Camila João Pedro", "Silva Oliveira Souza Pereira Carvalho Almeida Ribeiro Nascimento", "01310-100|20040-002|30130-010|40020-000"),
  L("fr-FR", "FR", "fr", "fr-FR", "EUR", "Camille Théo Manon Hugo Léa Baptiste Chloé Mathis", "Lefèvre, Girard, de La Fontaine, Mercier, Rousseau, Chevalier, Faure, Bonnet", "75011|69003|13006|31000", { iban: "FR" }),
  L("fr-CA", "CA", "fr", "fr-CA", "CAD", "Gabrielle Olivier Maude Félix Mégane Étienne Rosalie Samuel", "Tremblay Gagnon Bouchard Gauthier Côté Pelletier Lavoie Bélanger", "H2X 1Y4|G1R 4P5|J8X 3X7|H3B 2Y5"),
]

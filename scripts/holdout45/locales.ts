// The 24 locales (20 texts each): country, language of the phrases, currency, names and their name-words.
// Given names ending in `*` are women's (Polish, Czech and Greek family names change with them: `m|f`); `~` joins a
// name written in two words.
import type { CountryCode } from "libphonenumber-js/max"

export interface Locale {
  tag: string
  cc: CountryCode
  lang: string
  intl: string
  currency: string
  given: string
  family: string
  domains: string
  /** Sentences using a name as an ordinary word, the word in brackets. */
  words: string[]
  /** Names from elsewhere written here: Arabic, Hebrew, Persian and Urdu script (RTL) or Latin-script origins. */
  rtl: boolean
  /** Family name first (Chinese names in Singapore and Hong Kong). */
  familyFirst?: boolean
}

const L = (tag: string, cc: CountryCode, lang: string, currency: string, given: string, family: string, domains: string, words: string[], rtl = false, familyFirst = false): Locale =>
  ({ tag, cc, lang, intl: tag, currency, given, family, domains, words, rtl, familyFirst })

export const LOCALES: Locale[] = [
  L("en-GB-x-wales", "GB", "en", "GBP", "Rhys Carys* Dafydd Megan* Owain Ffion* Gareth Siân* Iwan Bethan* Aled Cerys* Gethin Nia* Tomos Heledd*", "Pritchard Llewellyn Griffiths Vaughan Probert Bowen Parry Jenkins Rees Howells Prosser Lloyd", "btinternet.com sky.com outlook.com gmail.com",
    ["we'll [rob] Peter to pay Paul at this rate", "not a [penny] more than quoted"], true),
  L("en-GB-x-scotland", "GB", "en", "GBP", "Ailsa* Callum Eilidh* Hamish Kirsty* Ruaridh Morag* Struan Catriona* Euan Isla* Lachlan Iona* Fraser", "MacLeod Stewart McAllister Robertson Sinclair Mackenzie Buchanan Gillespie Urquhart Galbraith Drummond Ferguson", "btinternet.com talktalk.net gmail.com hotmail.co.uk",
    ["the [heather] is out on the hill", "a [sandy] path down to the harbour"], true),
  L("en-AU", "AU", "en", "AUD", "Chloe* Mitchell Brodie Tahlia* Jarrah Kirra* Darcy Harrison Matilda* Cooper Zara* Bailey", "Kelly O'Brien Papadopoulos Walsh Kowalczyk Nguyen Tran Henderson Fitzpatrick Sorensen Marchetti Lowe", "bigpond.com optusnet.com.au gmail.com outlook.com",
    ["I'll [chase] it up with the courier", "the [holly] bush by the gate"], true),
  L("en-ZA", "ZA", "en", "ZAR", "Thabo Naledi* Sipho Lerato* Pieter Annelie* Zanele* Riaan Nomvula* Kagiso Thandiwe* Bongani", "Dlamini Nkosi Botha Mokoena Naidoo Pillay Khumalo Ndlovu Pretorius Mthembu Fourie Van~der~Merwe", "mweb.co.za telkomsa.net gmail.com webmail.co.za",
    ["feeling [lucky] this week", "it was a [gift] from my late father"]),
  L("en-NG", "NG", "en", "NGN", "Chinedu Ngozi* Oluwaseun Emeka Funmilayo* Tunde Chiamaka* Ibrahim Yetunde* Obinna Halima* Babatunde Adaeze*", "Okafor Adeyemi Balogun Nwosu Okonkwo Abubakar Olawale Adebayo Ogunleye Ibekwe Eze Nnaji", "yahoo.com gmail.com",
    ["it is a [blessing] the account was found", "do me the [favour] of checking"]),
  L("en-KE", "KE", "en", "KES", "Wanjiru* Achieng* Njeri* Kiprono Akinyi* Wambui* Baraka Chebet* Kibet Otieno Mwende* Juma", "Kamau Mwangi Ochieng Kiptoo Wafula Njoroge Mutua Omondi Kariuki Chege Odhiambo Wekesa", "gmail.com yahoo.com",
    ["I am at the [mercy] of the bank", "a [charity] event last Saturday"]),
  L("en-SG", "SG", "en", "SGD", "Wei~Ling* Jun~Jie Hui~Min* Xin~Yi* Kai~Wen Jia~Hui*", "Tan Lim Teo Goh Chua Koh Lee Sim Yeo Ong", "singnet.com.sg gmail.com yahoo.com.sg",
    ["the [pearl] necklace I ordered", "my [ruby] earrings order"], false, true),
  L("en-HK", "HK", "en", "HKD", "Tai-man Ka-yan* Wing-sze* Chi-keung Hoi-yan* Ka-ho Siu-ming Mei-ling*", "Chan Wong Cheung Leung Chow Yeung Tsang Kwok Lau Lam", "netvigator.com gmail.com yahoo.com.hk",
    ["the [amber] rainstorm warning", "a [crystal] clear line today"], false, true),
  L("en-US-x-ne", "US", "en", "USD", "Brendan Colleen* Sean Maureen* Anthony Gianna* Kevin Siobhan* Patrick Deborah* Eli Shira*", "O'Connor Sullivan Russo Goldberg Costa Kowalski Fitzgerald DeLuca Levine Brennan Almeida Shapiro", "verizon.net comcast.net gmail.com aol.com",
    ["I'll [sue] if this isn't fixed", "the [ivy] on the garage"], true),
  L("en-US-x-ca", "US", "en", "USD", "Maya* Diego Priya* Kai Sofia* Ethan Camila* Jordan Mateo Aiko* Ximena* Brandon", "Hernandez Nguyen Patel Garcia Ramirez Tanaka Chang Lopez Reyes Alvarez Park Castillo", "gmail.com sbcglobal.net yahoo.com icloud.com",
    ["who's the new [guy] on the desk", "the [hazel] eyes in the ID photo"], true),
  L("sv-SE", "SE", "sv", "SEK", "Astrid* Erik Linnéa* Oskar Maja* Axel Ebba* Gustav Elsa* Viktor Ingrid* Nils", "Lindqvist Johansson Bergström Nyström Åberg Sjöberg Lundgren Forsberg Ekström Karlsson Wallin Holmberg", "telia.com bredband.net gmail.com",
    ["det är en hel [saga] med det här", "en [björn] sågs vid stugan"]),
  L("fi-FI", "FI", "fi", "EUR", "Aino* Juhani Siiri* Eetu Veera* Mikko Helmi* Tuomas Sanna* Jussi Kaarina* Ville", "Virtanen Korhonen Mäkinen Nieminen Heikkinen Laaksonen Järvinen Lehtonen Salminen Hämäläinen Koskinen Turunen", "elisanet.fi gmail.com luukku.com",
    ["kävi hyvä [onni] tämän kanssa", "[toivo] on vielä, että asia selviää", "satoi [lumi] koko yön"]),
  L("et-EE", "EE", "et", "EUR", "Kadri* Tõnu Liis* Margus Triin* Rasmus Kertu* Priit Maarja* Indrek Ülle* Siim", "Tamm Saar Sepp Mägi Kukk Rebane Ilves Pärn Lepik Kuusk Kask Mets", "hot.ee mail.ee gmail.com",
    ["õues kasvab vana [tamm]", "metsas on kõrge [kask]", "[mets] on lume all"]),
  L("pl-PL", "PL", "pl", "PLN", "Agnieszka* Paweł Katarzyna* Tomasz Zofia* Grzegorz Małgorzata* Krzysztof Joanna* Łukasz Jagoda* Wojciech", "Nowak Wójcik Mazur Krawczyk Zając Dąbrowski|Dąbrowska Lewandowski|Lewandowska Szymański|Szymańska Woźniak Jabłoński|Jabłońska Piotrowski|Piotrowska Malinowski|Malinowska", "wp.pl onet.pl o2.pl interia.pl",
    ["w ogrodzie dojrzała [jagoda]", "sok z czarnej porzeczki i [malina]"]),
  L("cs-CZ", "CZ", "cs", "CZK", "Jiří Petr Tomáš Ondřej Lukáš Vojtěch Tereza* Kateřina* Lucie* Markéta* Zuzana* Hana*", "Novák|Nováková Svoboda|Svobodová Dvořák|Dvořáková Černý|Černá Procházka|Procházková Kučera|Kučerová Veselý|Veselá Horák|Horáková Němec|Němcová Pokorný|Pokorná", "seznam.cz email.cz centrum.cz",
    ["[svoboda] projevu tu neplatí", "je to [veselý] příběh"]),
  L("ro-RO", "RO", "ro", "RON", "Andrei Mihai Ștefan Răzvan Bogdan Cristian Ioana* Andreea* Elena* Alexandra* Doina* Mirela*", "Popescu Ionescu Constantinescu Dumitrescu Stoica Munteanu Rădulescu Georgescu Lungu Moldovan Ene Neagu", "yahoo.com gmail.com yahoo.ro",
    ["mai am o [speranță] că se rezolvă", "o [doina] veche cântată la radio"]),
  L("hr-HR", "HR", "hr", "EUR", "Ivan Luka Matej Josip Marko Tomislav Petra* Ivana* Marija* Lucija* Vesna* Slava*", "Horvat Kovačević Babić Marić Jurić Knežević Vuković Perić Pavlović Tomić Šarić Blažević", "net.hr gmail.com t-com.hr",
    ["neka bude [mir] u kući", "[slava] mu je kratko trajala"]),
  L("el-GR", "GR", "el", "EUR", "Γιώργος Νίκος Δημήτρης Κώστας Γιάννης Αλέξανδρος Μαρία* Ελένη* Κατερίνα* Σοφία* Δέσποινα* Ειρήνη*", "Παπαδόπουλος|Παπαδοπούλου Οικονόμου Γεωργίου Νικολάου Βασιλείου Παπαδάκης|Παπαδάκη Καραγιάννης|Καραγιάννη Αντωνίου Μαυρίδης|Μαυρίδου Αλεξίου", "otenet.gr gmail.com yahoo.gr",
    ["ζητάμε λίγη [ειρήνη] στο σπίτι", "υπάρχει ακόμα [ελπίδα] να λυθεί"]),
  L("tr-TR", "TR", "tr", "TRY", "Mehmet Mustafa Emre Burak Oğuz Kaan Zeynep* Elif* Ayşe* Büşra* Gülşen* Deniz*", "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Koç", "gmail.com hotmail.com yandex.com.tr",
    ["hâlâ [umut] var", "yazın [deniz] çok güzeldi", "ülkeye [barış] gelsin"]),
  L("it-IT", "IT", "it", "EUR", "Giuseppe Lorenzo Alessandro Matteo Davide Francesco Giulia* Francesca* Martina* Alessia* Federica* Gioia*", "Esposito Romano Colombo Ricci Marino Greco Gallo Conti Mancini Ferrara Bianchi De~Santis", "libero.it virgilio.it gmail.com tiscali.it",
    ["che [gioia] ricevere il pacco", "sono [felice] che sia risolto"]),
  L("pt-BR", "BR", "pt", "BRL", "João Lucas Gabriel Rafael Thiago Matheus Larissa* Fernanda* Camila* Juliana* Vitória* Glória*", "Silva Santos Oliveira Souza Pereira Lima Carvalho Ferreira Rodrigues Almeida Nascimento Ferreira~da~Costa", "uol.com.br bol.com.br gmail.com terra.com.br",
    ["foi uma [vitória] do time ontem", "[glória] a Deus que chegou"]),
  L("fr-FR", "FR", "fr", "EUR", "Mathieu Théo Julien Nicolas Hugo Baptiste Camille* Manon* Léa* Chloé* Céline* Constance*", "Bernard Lefèvre Moreau Girard Fournier Rousseau Lambert Bonnet Mercier Faure Chevalier Garnier", "orange.fr free.fr laposte.net sfr.fr",
    ["avec [constance] et patience", "la [victoire] de dimanche"], true),
  L("fr-CA", "CA", "fr", "CAD", "Étienne Mathis Olivier Félix Jérémie Samuel Émilie* Geneviève* Maude* Annabelle* Rosalie* Noémie*", "Tremblay Gagnon Bouchard Côté Gauthier Pelletier Lavoie Bélanger Fortin Ouellet Gagné Bergeron", "videotron.ca hotmail.com gmail.com sympatico.ca",
    ["j'ai eu de la [chance] au tirage", "une [aurore] boréale hier soir"], true),
  L("de-AT", "AT", "de", "EUR", "Florian Lukas Maximilian Stefan Johannes Wolfgang Magdalena* Theresa* Katharina* Lena* Johanna* Leonie*", "Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs", "gmx.at aon.at chello.at gmail.com",
    ["ein [fuchs] im Garten", "der [wolf] im Nationalpark"]),
]

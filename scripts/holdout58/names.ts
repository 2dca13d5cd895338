// People by locale, in groups by origin: men's and women's given names, family names (Spanish people carry two).
// The name-words of each locale (May, Rose, Kurz, Rosa, Roos…) are names in its lists as well.
type Group = string
/** `men|women|families`, names split by commas. */
export const NAMES: Record<string, Group[]> = {
  "en-US": [
    "James,Michael,Ethan,Tyler,Mark,Frank,Bill|Emily,Sarah,Megan,Ashley,Grace,May,Rose|Johnson,Miller,Walker,Cooper,Bennett,Sullivan,Fitzgerald",
    "Carlos,Luis,Diego,Alejandro|María,Guadalupe,Sofía,Yesenia|Hernández,Ramírez,Gutiérrez,Torres,De la Cruz",
    "DeShawn,Marcus,Terrence,Jamal|Aaliyah,Keisha,Imani,Tamika|Washington,Jefferson,Robinson,Dawkins",
    "Kevin,Minh,Wei,Daniel|Jenny,Mai,Linh,Hannah|Nguyen,Tran,Zhang,Chen,Kim",
    "Rohan,Arjun,Vikram|Priya,Ananya,Deepa|Patel,Shah,Reddy,Iyer",
  ],
  "en-GB": [
    "Oliver,Harry,George,Mark,Frank|Charlotte,Amelia,Sophie,Grace,Rose|Thompson,Clarke,Hughes,Wright,Pemberton,Ashworth",
    "Imran,Bilal,Tariq,Zubair|Ayesha,Nadia,Sana,Rukhsar|Hussain,Akhtar,Rahman,Chaudhry,Begum",
    "Olumide,Chidi,Kwame|Adaeze,Folake,Abena|Adeyemi,Okafor,Mensah,Campbell",
    "Tomasz,Piotr,Krzysztof|Agnieszka,Magdalena,Zofia|Nowak,Wiśniewski,Kowalczyk",
    "Callum,Euan,Ruaridh|Eilidh,Kirsty,Morag|MacLeod,Fraser,McAllister,Ross",
  ],
  "en-IE": [
    "Cian,Oisín,Seán,Darragh,Pádraig|Aoife,Siobhán,Niamh,Saoirse,Gráinne|Murphy,O'Brien,Byrne,Gallagher,Kavanagh,Mac Giolla Phádraig,Ní Bhriain",
    "Jonas,Mantas,Tomas|Rūta,Ieva,Agnė|Kazlauskas,Jankauskas,Žukauskas",
    "Emeka,Tunde,Chinedu|Ngozi,Chioma,Funmilayo|Okonkwo,Adebayo,Eze",
    "Thiago,Lucas,Rafael|Camila,Larissa,Bruna|Oliveira,Souza,Carvalho",
    "Frank,Mark,Bill|Grace,Rose,May|Doyle,Fitzpatrick,Quinlan",
  ],
  "en-AU": [
    "Jack,Lachlan,Hamish,Mark,Bill,Frank|Chloe,Matilda,Isla,Grace,May,Rose|Mitchell,Harris,O'Connor,Fairweather,Kelly",
    "Nikos,Giorgos,Salvatore|Eleni,Despina,Carmela|Papadopoulos,Kouris,Russo,Lombardo",
    "Tuan,Minh,Duc|Thi,Hoa,Ngoc|Nguyen,Pham,Le Van",
    "Jason,Wei,Kenneth|Michelle,Xin,Vivian|Wong,Li,Cheung",
    "Ahmad,Bilal,Rami|Layla,Rania,Mariam|Haddad,Khoury,Nassar",
    "Sandeep,Gurpreet,Manpreet|Harpreet,Simran,Jaspreet|Singh,Kaur,Sandhu",
  ],
  "de-DE": [
    "Lukas,Jonas,Felix,Matthias,Ernst,Frank|Anna,Lea,Katrin,Sabine,Ute|Müller,Schneider,Fischer,Weber,Hoffmann,Kurz,Klein,Lange,von Arnim,Schäfer",
    "Mehmet,Emre,Burak|Ayşe,Elif,Zeynep|Yılmaz,Kaya,Demir,Öztürk",
    "Dmitri,Alexander,Viktor|Natalia,Olga,Swetlana|Wiebe,Neufeld,Kowalski",
    "Omar,Khaled,Yousef|Rana,Nour,Hiba|Al-Hassan,Haddad,Sabbagh",
    "Marco,Giuseppe|Giulia,Francesca|Esposito,Lombardi",
  ],
  "de-AT": [
    "Florian,Stefan,Lukas,Ernst|Katharina,Theresa,Magdalena|Gruber,Huber,Wagner,Pichler,Steiner,Hofer,Kurz,Klein,Lange",
    "Dragan,Mirza,Goran|Jasmina,Ivana,Amra|Hodžić,Jovanović,Kovačević",
    "Hakan,Serkan|Derya,Büşra|Çelik,Aydın,Arslan",
    "Pavel,Tomáš|Lenka,Jana|Novak,Dvořák,Swoboda",
    "Ahmad,Mustafa|Madina,Zahra|Rahimi,Ahmadi,Dudaev",
  ],
  "fr-FR": [
    "Julien,Thomas,Nicolas,Mathieu,Pierre|Camille,Léa,Chloé,Manon,Rose|Martin,Bernard,Dubois,Lefebvre,Moreau,Le Goff,Blanc,de La Roche",
    "Karim,Mehdi,Yassine|Nadia,Samira,Inès|Benali,Bouzid,El Amrani,Haddad",
    "Moussa,Mamadou,Ibrahima|Aïssatou,Fatoumata,Mariama|Diallo,Traoré,Ndiaye,Koné",
    "João,Fernando|Ana,Sandrine|Ferreira,Da Costa,Pereira",
    "Minh,Anh|Thu,Linh|Nguyen,Tran,Phan",
  ],
  "fr-BE": [
    "Maxime,Arnaud,Quentin,Pierre|Aurélie,Céline,Élise,Rose|Dupont,Lambert,Peeters,Janssens,Van den Broeck,Leclercq,Blanc,de Wilde",
    "Mohamed,Yassin,Anouar|Fatima,Souad,Imane|El Idrissi,Bakkali,Amrani",
    "Jean-Marie,Patrick,Cédric|Grâce,Nadège,Bénédicte|Mukendi,Kabongo,Lukusa",
    "Salvatore,Giovanni|Graziella,Angela|Romano,Di Stefano,Caruso",
    "Emre,Serkan|Büşra,Hatice|Yıldırım,Koç",
  ],
  "es-ES": [
    "Javier,Alejandro,Pablo,Sergio,Álvaro|Lucía,Marta,Elena,Carmen,Rosa,Pilar,Blanca,Luz|García,Fernández,López,Martínez,Sánchez,Romero,Navarro,Gil,de la Fuente,del Río,Iglesias",
    "Youssef,Hamza,Mohamed|Fátima,Khadija,Salma|El Khattabi,Benali,Ouahbi",
    "Ionuț,Andrei,Mihai|Ioana,Alina,Mădălina|Popescu,Ionescu,Dumitrescu",
    "Jhon,Wilson,Brayan|Yessica,Daniela,Leidy|Quispe,Mamani,Restrepo,Cárdenas",
    "Wei,Jun|Li Na,Mei|Wang,Chen,Zhou",
  ],
  "it-IT": [
    "Luca,Marco,Alessandro,Giuseppe,Matteo,Franco|Giulia,Francesca,Chiara,Federica,Serena,Rosa,Bianca|Rossi,Russo,Ferrari,Esposito,Romano,Colombo,Ricci,De Luca,Di Stefano,Lo Bianco",
    "Mihai,Adrian|Alina,Simona|Popa,Dumitru,Munteanu",
    "Ardit,Erion,Klodian|Elona,Anisa,Jonida|Hoxha,Dervishi,Kola",
    "Rachid,Youssef|Amina,Khadija|El Mansouri,Bouzidi",
    "Hao,Jian|Xiaoling,Yan|Zhou,Hu,Lin",
  ],
  "nl-NL": [
    "Daan,Sem,Thijs,Bram,Jeroen|Sanne,Fleur,Lotte,Anouk,Roos|de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Visser,Smit,Meijer,van der Meer,Klein,Bos",
    "Mohamed,Soufiane,Youssef|Fatima,Naima,Imane|El Khatib,Bouali,Ait Taleb",
    "Mehmet,Emre,Hakan|Esra,Merve,Büşra|Yıldız,Şahin,Doğan",
    "Ravi,Glenn,Sharif|Shanti,Nadia,Sharda|Ramdin,Jagessar,Pinas,Kruisland",
    "Ricky,Ronald|Dewi,Sandra|Pattinama,Latumahina",
  ],
  "pt-PT": [
    "João,Tiago,Rui,Miguel,Duarte|Inês,Beatriz,Mariana,Joana,Rosa,Luz|Silva,Santos,Ferreira,Pereira,Costa,Rodrigues,Martins,Sousa,da Silva,dos Santos,Rocha,Branco",
    "Adilson,Nelson,Edson|Edna,Djamila,Neusa|Tavares,Monteiro,Lopes,Fortes",
    "Gustavo,Thiago|Gabriela,Thaís|Oliveira,Almeida,Nascimento",
    "Oleksandr,Andriy|Iryna,Oksana|Shevchenko,Kovalenko,Bondarenko",
    "Bishal,Suman|Sunita,Anjali|Gurung,Tamang,Shrestha",
  ],
}
/** Name-words of each locale: ordinary words that its lists also hold as names. */
export const NAME_WORDS: Record<string, string[]> = {
  en: ["May", "Bill", "Rose", "Mark", "Grace", "Frank"],
  de: ["Kurz", "Klein", "Lange", "Ernst", "Frank"],
  fr: ["Rose", "Pierre", "Blanc"],
  es: ["Rosa", "Blanca", "Luz", "Pilar"],
  it: ["Rosa", "Serena", "Franco", "Bianca"],
  nl: ["Roos", "Bos", "Klein"],
  pt: ["Rosa", "Luz", "Branco", "Rocha"],
}

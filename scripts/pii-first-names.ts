// Generates plugins/pii/data/first-names.ts from @faker-js/faker's per-locale
// first names (a dev dependency): the runtime and the Worker bundle carry the
// compact list, never faker. `bun scripts/pii-first-names.ts` rewrites it;
// test/plugins/pii/first-names.test.ts checks that regeneration reproduces it.
import { allLocales } from "@faker-js/faker"
import { writeFileSync } from "node:fs"

// Western European languages first, then the other Latin-script locales a European contact center meets: the
// Nordics, Central and Eastern Europe, Portuguese, and English as written in Africa and India; then Russian and
// Ukrainian in Cyrillic, the script of Bulgarian text and of many callers from the east. Not faker's `tr`:
// its 1,794 entries are mostly archaic and many are everyday words (Ant, Bay, Canal, Server); EXTRA has the frequent ones.
export const LOCALES = [
  "en", "de", "fr", "es", "nl", "it", "pt_PT", "pt_BR", "sv", "da", "nb_NO", "fi", "pl", "cs_CZ", "sk", "sl_SI", "hr", "sr_RS_latin",
  "hu", "ro", "lv", "de_AT", "de_CH", "fr_BE", "fr_CH", "nl_BE", "es_MX", "en_AU", "en_GB", "en_IE", "en_ZA", "en_NG", "en_GH",
  "en_IN", "yo_NG", "zu_ZA", "af_ZA", "ru", "uk",
] as const
/**
 * Common given names that faker's lists lack (hand-written: frequent names of each country, spelled with their
 * diacritics; none is an everyday word of a covered language, which person-cues.ts and data/everyday-words.ts hold).
 */
export const EXTRA: Record<string, string> = {
  ga: "Aoife Siobhán Niamh Saoirse Caoimhe Aisling Clodagh Gráinne Orla Róisín Sinéad Áine Eimear Deirdre Bríd Máire Nuala Úna Fionnuala Sorcha Orlaith Caitríona Méabh Éabha Clíodhna Síle Seán Séamus Pádraig Ciarán Cian Oisín Darragh Eoin Tadhg Colm Donal Dónal Diarmuid Niall Ruairí Cathal Lorcan Éamonn Eamon Cormac Senan Fergal Feargal Odhrán Rónán Mícheál Eoghan Sadhbh Ailbhe Aoibhinn Laoise Muireann Fiadh Síofra Cillian Fionn Donncha Daithí Peadar Ruadhán",
  pl: "Wojciech Przemysław Mariusz Zbigniew Tadeusz Bartosz Bartłomiej Maciej Zdzisław Mirosław Sławomir Radosław Jarosław Czesław Bolesław Wiesław Leszek Janusz Henryk Kazimierz Grażyna Bożena Urszula Stanisława Iwona Wiesława Jolanta Mirosława Genowefa Bogumiła Halina Kinga Edyta",
  sv: "Märta Ingela Saga Tove Ingegerd Gunnel Solveig Siv Inga Britt-Marie Lars-Erik Sten-Åke Kent Roger Leif Tommy Ove Åke Sune Tage Evert",
  da: "Bodil Bjarke Preben Flemming Lærke Jytte Birthe Asger Villads Thorbjørn Bjørn Søs Ditte Gitte Lisbeth Vibeke Susanne Jette Benny Palle Ejner Svend Aage Jørn Kaj",
  nb: "Ståle Kjersti Håvard Øystein Trond Geir Terje Vegard Ørjan Åse Torill Gro Ragnhild Synnøve Tone Randi Turid Eivind Steinar Audun Bård Jostein Torstein",
  fi: "Riikka Väinö Tarja Raija Anneli Marjatta Hannele Kaisa Elina Jaana Jouni Seppo Esa Markku Tapani Raimo Kalevi Veikko",
  pt: "Conceição Graça Fátima Lúcia Glória Sónia Natércia Fernão Adelino Alcides Armindo Aurélio Cândido Custódio Hélder Joaquim Lurdes Olímpia Rosário Zélia Ângela Cátia Flávia Tânia Lígia Nélson",
  de: "Jürgen Götz Anneliese Hannelore Uwe Rüdiger Hartmut Heike Anke Jörn Detlef Reinhard Siegfried Winfried Gudrun Waltraud Irmgard Annegret Marlies Liesel Wolfram Günter Günther Hartwig Dörte Ilka",
  es: "Begoña Ainhoa Xabier Íñigo Aitor Unai Asier Gorka Ander Itziar Amaia Edurne Leire Garazi Uxue Miren Macarena Inmaculada Remedios Montserrat Pau Oriol Arnau Quim Nuria Mireia Txema Koldo Álvaro Íker",
  tr: "Mehmet Ahmet Mustafa Ayşe Fatma Emine Hatice Hüseyin Hasan İbrahim Yusuf Emre Burak Murat Ömer Osman Elif Merve Büşra Kübra Esra Hülya Gökhan Serkan Volkan Tolga Orhan Erdem Cem Kemal Selim Deniz Ceren Ebru Özlem Zeynep Yasemin Aylin Berk Onur Oğuz Kaan Mert Sinan Tuğba Gizem Derya İsmail Şükrü Gülşen İlker Uğur Çağla Şebnem Dilek Doğan Özge Ayşegül İlknur Barış Hakan Erkan Tuncay Okan Ozan Yiğit Kadir Recep Fatih Ramazan Halil Süleyman Mahmut Ercan Ufuk Sercan Taner Cengiz Serdar Bülent Ertan Nurcan Songül Sevgi Gamze Burcu Aslı Pınar Sibel Hande Ece Irmak Nehir Şeyma Sümeyye Gülay Nermin Semra Sevim Şule Tülay Yeliz Zerrin Ayten Filiz Gönül Nazlı Neslihan Feyza Betül Hanife Şerife",
  // Frequent given names of the diasporas an English-speaking desk serves that faker's locales lack: the US, India,
  // Nigeria (Igbo and Yoruba), the Philippines, Vietnam. Not the single-syllable Chinese names (Mei, Min, Jun, Yan):
  // each is also an abbreviation or a word.
  us: "Brianna Ainsley Tanisha Nevaeh Brayden Landon Kayleigh Jaylen Raelynn Shelby Tucker Boone Jolene Tameka Shaniqua Lakisha Luanne Brantley Raylan Everly Paisley Oakley Kinsley",
  in: "Deepika Ishaan Pooja Amit Sunil Anjali Priyanka Sandeep Rajesh Vijay Nandini Fathima Aishwarya Venkatesh Gurdeep Prakash Harpreet Anirudh Deepa Kavitha Lalitha Rekha Sangeetha Shalini Shweta Sneha Swati Vandana Aditi Anusha Aparna Archana Bhavna Harini Nisha Preeti Ritu Sapna Shruti Sonali Tanvi Varsha Yamini Abhishek Ajay Akash Balaji Gaurav Harish Nikhil Nitin Pradeep Santosh Saurabh Srinivas Sudhir Varun Vinod Vivek Gurpreet Manpreet Harjeet Jaspreet Navjot Simran Balwinder Kuldeep Sukhwinder Parminder Harpal Ravinder Jaswinder Jasbir Baljit",
  ng: "Chioma Adaeze Chinedu Obinna Uchenna Nneka Ifeoma Temitope Babajide",
  ph: "Marites Rommel Arnel Jerico Maricel Analyn Honeylyn Jonalyn Rodel Reynaldo Marivic Lorna Divina",
  // Wales's (faker's en_GB has few Welsh names), Malaysia's and Singapore's Malay names, Flanders', Catalonia's,
  // Brazil's and Mexico's frequent names faker's locales lack.
  cy: "Ffion Geraint Llinos Eleri Huw Iolo Dafydd Siân Gwenllian Heledd Emyr Angharad Carys Owain Osian Mared Tomos Sioned Gwion Hywel Ieuan Lowri Rhodri Steffan Eluned Glesni Alun Meinir Delyth Nerys Eirlys Branwen Iestyn Cadi Gruffudd Gruffydd Emrys Gwyn Ianto Islwyn Rhidian Siôn Taliesin Tudur Gwenno Lleucu Menna Llŷr Gwilym Elis Deiniol Meleri Gwawr Awen Tirion Caryl Eurig Berwyn Dilwyn Gwynfor",
  ms: "Farhana Iskandar Nurul Hafiz Nadiah Aisyah Syafiqah Hidayah Amirah Syahirah Haziq Irfan Aiman Azlan Faizal Zulkifli Khairul Norhayati Rosnah Azizah Fatimah Hamidah Rahimah Zubaidah Noraini Aminah Safiah Kamal Firdaus Hazwan Syazwan Afiq Hariz Hidayat Ikhwan Izzat Luqman Rizal Shahrul Syafiq Zaki Zulfadli Aqilah Balqis Hanis Izzati Nabilah Najwa Syazana Wardah",
  nl: "Griet Lieselotte Elke Ine Pieter-Jan Katrien An-Sofie Karolien Kristof Geert Wim Ruud",
  ca: "Carme Neus Meritxell Martí Pere Montse Mercè Ferran Biel Jaume Lluís Bernat Guillem Queralt Glòria Assumpta",
  br: "Leônidas Caetano Rosângela Luíza Thaís Raimundo Cláudia Tatiane Márcio Maurício Rogério Edson Cleber Cleiton Reinaldo Valdir Antônia Raimunda Luzia",
  mx: "Citlali Maricela Efraín Héctor Lupita Xóchitl Rosalba Viridiana Cuauhtémoc Eréndira",
  vi: "Linh Thanh Huong Trang Tuan Quang Phuong Thuy Hanh",
  // Lithuania's (faker has no Lithuanian locale).
  lt: "Jonas Petras Antanas Tomas Mantas Mindaugas Vytautas Darius Andrius Marius Giedrius Žygimantas Rimantas Algirdas Kęstutis Gintaras Audrius Ona Rūta Gintarė Ieva Agnė Eglė Jurgita Rasa Inga Laima Vilma Aistė Kristina Asta Daiva Dalia Austėja Gabija Ugnė",
  // Greece's and Cyprus's, with their accents (faker's Greek list is short and written without them).
  el: "Γιώργος Γιάννης Ιωάννης Κώστας Κωνσταντίνος Δημήτρης Νίκος Νικόλαος Παναγιώτης Βασίλης Χρήστος Αθανάσιος Θανάσης Μιχάλης Ευάγγελος Σταύρος Αντώνης Σπύρος Ηλίας Θεόδωρος Μαρία Ελένη Αικατερίνη Κατερίνα Βασιλική Σοφία Αγγελική Γεωργία Δήμητρα Κωνσταντίνα Παρασκευή Ευαγγελία Ιωάννα Δέσποινα Χριστίνα Αναστασία Αθηνά Ειρήνη Φωτεινή Χαρίκλεια",
  // Bulgaria's frequent names, in Cyrillic (faker has no Bulgarian locale; its Russian and Ukrainian lists are read too).
  bg: "Георги Иван Димитър Николай Петър Христо Стоян Тодор Васил Атанас Красимир Младен Пламен Стефан Ивайло Радослав Цветан Йордан Борислав Любомир Мария Иванка Елена Йорданка Пенка Десислава Цветелина Милена Гергана Теодора Радка Стефка Виолета Росица Емилия Веселина Галина Снежана Даниела Благовеста Николета",
  // Australia's, New Zealand's (Māori), Scotland's, Nigeria's and the Philippines' frequent given names that faker's
  // en_AU, en_GB and en_NG lists lack (a blind corpus of those desks, holdout20, missed them).
  // Hungary's, Finland's, Denmark's and Croatia's frequent names faker's lists lack (not those that are words: Virág, Helmi, Lumi).
  hu: "Enikő Dénes Csilla Tünde Ildikó Őrs Ünige Gyöngyi Hajnalka Orsolya Noémi Kornélia Tímea Melinda Krisztián Gábor Tamás Ferenc Sándor Lajos",
  fi2: "Aatu Kerttu Venla Iida Pihla Veeti Eetu Niilo Aarni Onerva Siiri Inkeri Sanni",
  da2: "Sørine Ane Æsa Ebbe Ellinor Frode Gry Laurits Mads Mette Pernille Rikke Sanne Sidsel Trine Ulrik",
  hr2: "Đurđica Mirjana Zdravko Krešimir Tomislav Dražen Željko Ivica Mladen Jadranka Gordana Ljiljana Višnja Blaženka",
  // South Africa's (Zulu, Xhosa, Sotho, Tswana, Afrikaans), Jamaica's, the US South's and India's names faker lacks.
  za: "Thandeka Bongani Wian Anri Refilwe Lwazi Thabo Liezl Charmaine Nokuthula Siyabonga Lindiwe Thulani Nandi Themba Zodwa Ayanda Kagiso Tshepo Palesa Dineo Mpho Karabo Lebohang Naledi Sibusiso Andile Khanyisile Hennie Marthinus Jannie Elmarie Annelize Ruan Wynand",
  jm: "Javaughn Shanique Kemar Fitzroy Tamika Tashana Shelly-Ann Kadian Shackelia Oneil Damion Tajay Rushane Shantelle Kimoy Tevin Jhenelle Andrae Chevelle Donovan",
  us2: "Bubba Tripp LaTonya Marcy Arlen LaShonda DeAndre Jolene Darlene Earlene Cletus Dwayne Rhonda Tammy Lurleen Bobbi Dolly Lacey Jimbo Billy-Bob",
  in2: "Aarti Sunita Geeta Rekha Kiran Lakshmi Meena Usha Savita Jyoti Manoj Rakesh Suresh Ramesh Mahesh Dinesh Naveen Pankaj Ashok Anil Meera Harjit Jasleen Navdeep Kavita",
  au: "Kirra Jarrah Bronwyn Tayla Tahlia Jedda Bindi Narelle Brodie Jye Shayla Kiarra Kalinda Tanika Jaxon",
  mi: "Nikau Hemi Ngaio Mereana Anahera Kahu Manaia Tamati Rāwiri Rawiri Hēmi Wikitoria Hinewai Kiri Ihaia Hohepa Mikaere Whetu Awhina Maraea Tāne Tane Ariki Tamatea Pania Ataahua",
  sco: "Struan Ruaridh Ruairidh Mhairi Catriona Euan Iain Alasdair Alastair Seonaid Ishbel Murdo Fergus Innes Torquil Somhairle Màiri Mairi Kirsteen Elspeth Calum Ewan Gregor Lachie Eachann Ruairi",
  ng2: "Ikechukwu Adebayo Babatunde Goodluck Chukwuemeka Olumide Chinonso Ifeanyi Kelechi Obiageli Funmilayo Folake Bukola Adaora Chiamaka Damilola Tolulope Segun Kunle Femi Funke Uche Amaka Nkiru Ebuka Chidinma Ifunanya Ejike Oluwadamilare Ayodele Ayodeji Olamide Temidayo Oladipo Adewale Adekunle Nkemdirim",
  ph2: "Jericho Jun-Jun Jomar Jaypee Ligaya Dalisay Marilou Edgardo Danilo Rolando Wilfredo Rogelio Teodoro Leonila Imelda Erlinda Nenita Zenaida Shiela Jennylyn Jhoanna Mylene Arnold Bong-Bong Dindo Nonoy Joy-Ann Mary-Joy Jonel Ronaldo Rodrigo",
  // Kenya's frequent given names (Kikuyu, Luo, Kalenjin, Luhya, the coast's Swahili names), more of South Africa's
  // Xhosa and Zulu names, Yoruba, Igbo and Hausa names faker's en_NG and yo_NG lack, Jamaica's and Singapore's Malay
  // and Tamil names (a blind corpus of those desks, holdout27, missed many).
  ke: "Wanjiru Wambui Njeri Nyambura Wairimu Wanjiku Muthoni Wangari Nyokabi Waithera Wangui Wacera Njoki Kamau Njoroge Kariuki Mwangi Kimani Macharia Githinji Gitau Kinyanjui Waweru Muriuki Kiprono Kipchoge Kiptoo Cheruiyot Chebet Jepkosgei Jeptoo Cherono Kibet Korir Otieno Ochieng Odhiambo Onyango Omondi Owino Okoth Achieng Adhiambo Akinyi Atieno Awino Anyango Apiyo Awuor Akoth Wafula Wanjala Barasa Nafula Nekesa Wekesa Simiyu Neema Zawadi Rehema Halima Hamisi Mwanaisha Mwajuma Mumbua Mwende Ndinda Nduku Kavata Musyoka Mutua Kioko Wanza",
  za2: "Luvuyo Lwandile Lungile Unathi Zintle Sipho Siphesihle Nosipho Thembeka Thandiwe Nomvula Nompumelelo Ntombi Zanele Zandile Busisiwe Bongiwe Sizwe Mandla Xolani Vusi Jabulani Mthunzi Lindani Sandile Siyanda Khaya Lulama Mzwandile Phumzile Nokwanda Nontobeko Thulisile Ntando Zukisa Aphiwe Athandile Lithemba Onke Sinethemba Yonela Asanda Babalwa Nomsa Nosizwe Vuyo Vuyani Mbali Nhlanhla Sifiso Thabiso Kamohelo Lerato Boitumelo Tumelo Katlego Tshiamo Onalenna Masego Kgomotso Goitseone Neo",
  ng3: "Folasade Oluwaseun Olusegun Oluwatobi Oluwakemi Oluwaseyi Oluwatoyin Ayomide Ayodeji Ayo Ayokunle Abiodun Adaobi Nnamdi Chukwudi Emeka Chidera Somtochukwu Ebube Chinwe Chinyere Ngozika Obioma Onyinye Uzoma Kamsiyochukwu Tochukwu Abubakar Aminu Usman Hauwa Zainab Maryam Habiba Halimat Nafisa Sadiq Yakubu Garba Danjuma Lawal",
  jm2: "Odane Delroy Shauna Shauna-Kay Kerry-Ann Sasha-Gaye Jodi-Ann Tia-Ann Trudy-Ann Nordia Tashoya Oraine Romaine Dujon Omari Akeem Jermaine Dwight Orville Errol Leroy Winston Marcia Yanique Shanice Tanesha Sheldon",
  sg: "Siti Nur Nurul Noor Khadijah Hafizah Aisyah Farah Faridah Hasnah Muhammad Mohamed Mohd Ahmad Faizal Hafiz Haikal Irfan Syahmi Zulkifli Priya Kavitha Revathi Malathi Shanthi Meenakshi Thilaga Saraswathi Arjun Karthik Prakash Rajendran Murugan Selvam Suresh Ganesh Jasmine Cheryl Germaine Joanne Vanessa Clarence Desmond Terence Melvin",
  // Latvia's and Estonia's frequent names faker's lv list lacks (faker has no Estonian locale), Switzerland's short forms.
  lv: "Ilze Inese Kristīne Anita Daiga Dace Gunta Līga Sandra Ilona Zane Baiba Agnese Ieva Evija Jolanta Inguna Andris Juris Māris Aivars Edgars Guntis Artūrs Kārlis Mārtiņš Raivis Ēriks Ģirts Uldis Valdis Gints Ingus",
  et: "Tiina Kadri Kristiina Liis Triin Kätlin Piret Maarja Õnne Anneli Kaia Merle Reet Ülle Tõnu Jüri Andres Toomas Margus Priit Tarmo Aivar Urmas Märt Rasmus Kalev Siim Mihkel Kadi Liina Tiiu Maret Helju Küllike Ülo Heino Jaanus Indrek Rainer",
  ch: "Dölf Reto Urs Ueli Röbi Fredi Housi Köbi Mäxu Ruedi Sepp Vreni Käthi Margrit Rösli Heidi Nadja Seraina Ursina Gian Flurin Curdin",
  pt2: "Estêvão Sebastião Gonçalo Simão Tomé Conceição Assunção Graciete Leonor Benedita Matilde Madalena",
  // Norwegian, Hungarian, Maltese, Serbian (both alphabets), Icelandic, Indian, Malay, Zambian, Ugandan and Trinidadian
  // given names faker lacks (none that is an everyday word of a covered language: Liv, Sól, Zora, Luna, Uma are left out).
  nb2: "Torbjørn Øyvind Eirik Håkon Åshild Kåre Sindre Ørjan Sigrun Ragnhild Torunn Randi Bjørg Jorunn Magnhild Synnøve Turid Tormod Torstein Halvard Eivind Vegard Aslak Steinar Sverre Audun Torgeir Jostein Asbjørn Bjørnar Kjetil Torvald Ingebjørg Hege Marit",
  hu2: "Ödön Virág Zsófia Bálint Levente Botond Gergő Zsolt Balázs Ákos Bence Dorottya Boglárka Hajnalka Orsolya Noémi Piroska Kálmán Lőrinc Szabolcs Zsombor Kinga Anikó Gyöngyi Etelka Rozália",
  mt: "Pawlu Ċensu Ġorġ Ġużeppi Ġanni Ħelena Grazzja Mikiel Rużar Karmenu Salvu Wiġi Leli Żeppi Ġużi Manwel Twanny Kalċidon Ċettina Ninu Pietru Rożi Ġesmond Ġorġina",
  sr: "Милош Драган Жарко Небојша Јелена Ђорђе Вукашин Милица Јована Драгана Снежана Весна Гордана Љиљана Мирјана Наташа Биљана Ивана Светлана Јасмина Бранка Зоран Горан Дејан Душан Бранислав Слободан Срђан Немања Урош Вељко Огњен Богдан Растко Милена Теодора Софија Ања Милош Miloš Žarko Nebojša Đorđe Vukašin Jovana Snežana Ljiljana Mirjana Nataša Biljana Jasmina Branka Zoran Dejan Uroš Veljko Ognjen Rastko Srđan Dušan Slobodan Nemanja Teodora",
  is: "Guðrún Sigurður Þórður Þórdís Björk Eyþór Ásta Sæmundur Ólafur Ásgeir Sigríður Ingibjörg Jóhanna Steinunn Hrafnhildur Þóra Hildur Ragnheiður Þorsteinn Halldór Hallgrímur Bjarni Gísli Egill Snorri Hjalti Brynja Sólveig Bryndís Auður Unnur Dagný",
  in3: "Ravindra Shivani Savitri Vikneswaran Saravanan Indira Rajesh Suresh Ramesh Mahesh Ganesh Dinesh Naresh Mukesh Rakesh Umesh Girish Harish Satish Prakash Manoj Vinod Pradeep Sandeep Kuldeep Gurpreet Harpreet Manpreet Jaspreet Navjot Balwinder Parminder Sukhwinder Rajinder Surinder Kamaljit Amarjit Parvati Saraswati Kamala Padma Sarojini Shanthi Vasanthi Revathi Kalpana Sangeetha Sharmila Nirmala Vimala Latha Geetha Shobha Vanitha Kavitha Tamilselvi Selvi Muthu Murugan Senthil Devi Swathi Keerthi Nandini Harini Bhavani Pavithra Anusha Ramya Sowmya Aishwarya Rituparna Moumita Debashis Arnab Anirban Sohini Subhash Bidisha Tanushree Debjani Sudipta Sayantani Harika Rutuja Omkar Aniket",
  ms2: "Syazwani Izzati Amirul Azlan Hanim Haziq Irfan Syafiq Aiman Hakimi Zulkifli Rosli Azman Kamarul Shahrul Fadzil Azizah Rohana Norhayati Noraini Rahimah Faridah Salmah Halimah Syahirah Amirah Aqilah Balqis Husna Athirah Najwa Liyana Izzah Syafiqah Nabilah",
  zm: "Mwila Mutale Bwalya Mulenga Chileshe Musonda Chisomo Chomba Mumba Lubinda Nalishebo Namakau Mwansa Kapambwe Lweendo Nansubuga Nabirye Nakato Namubiru Wasswa Babirye Akello Atim Auma Apio Opio Kizito Mugisha Tumusiime Ainembabazi Kyomuhendo Natukunda Asiimwe Nakimuli Nalwanga",
  tt: "Keron Shenelle Kerwin Jabari Akeem Akeela Kyron Shivon Shamika Kristoff Kareem Anika Kezia",
  // Names a blind corpus of utility, rental, vet and admissions desks (holdout31) showed no list holds: Russian names
  // as Estonia and Latvia transliterate them, Estonian, Ukrainian in Latin letters, Crimean Tatar in Ukrainian Cyrillic,
  // Northern Sámi, Ghana's (Akan, Ewe, Ga, Dagbani), Tonga's and Samoa's, Zimbabwe's (Shona), British Bangladeshi and
  // Pakistani, Caribbean (Barbados, Cuba, Haiti), Somali, Argentina's, Brazil's, Japan's, Albanian (Kosovo and
  // Switzerland), Korean and Vietnamese frequent given names (none an everyday word of a covered language: Onni, Tuuli,
  // Heli, Nii, Olha, Araba, Mele, Losa, Arta, Milagros, Candela are left out).
  ru2: "Sergei Aleksei Natalja Aleksandr Jevgeni Ljudmila Anatoli Valeri Jekaterina Anastassia",
  et2: "Kärt Jaan Tiit Kertu Peeter Kaido Arvo Lembit Taavi Tanel Kaarel",
  uk2: "Vasyl Iryna Oksana Mykola Olena Yuliia Andriy Serhiy Oleksandr Dmytro Halyna Nataliia Yaroslav Volodymyr Mykhailo Oleksii Yurii Viktoriia Liudmyla Kateryna",
  crh: "Ескендер Рустем Лейла Ленур Айше Зарема Ельмаз",
  se: "Niillas Ánne Áslak Máret Biret Ánde Ovla Sunná Márjá Máhtte",
  gh: "Efua Ekua Adjoa Kobina Edem Selasi Mawuli Dzifa Elikem Delali Issahaku Fuseini Fuseina Alhassan Zuweira Adjeley Korkor Memunatu Rashida Abiba",
  to: "Salote Viliami Sione Tavita Tevita Siosaia",
  zw: "Tinashe Tendai Tatenda Farai Chipo Nyasha Tapiwa Kudzai Tafadzwa Rumbidzai",
  bd: "Shazia Rumana Shapla Rukhsana Nasreen Shabana Farzana Tahmina Shahid Jahangir Nazia Rubina Shamima",
  cb: "Shamar Shontelle Wilner Odalys Yarelis Yusleidy Yoandry Yunior Dayami Osniel",
  so: "Ubah Fadumo Faduma Abdirizak Hodan Mahad Abdirahman Hamdi Hibaaq Deeqa Abdiaziz Abdullahi Mohamud",
  ar: "Nahuel Lautaro Bautista Belén",
  br2: "Greice Tainá Rayssa Kauã Thayná",
  jp: "Hiroshi Takeshi Yuki Haruto Yui Aoi Sakura Akiko Yumiko Keiko Kazuki Daiki Takumi Naoki Shota Kenta Ryota Haruka Misaki Nanami",
  sq: "Fatmir Arben Shqipe Blerta Besnik Blerim Valon Vjosa Fitore Lirim Agron Burim Egzon Albulena Edona Arbnora Driton Florim Mimoza",
  ko: "Min-ji Seo-yeon Ji-woo Ha-eun Soo-jin Ji-hoon Min-jun Seo-jun Do-yun Hyun-woo Ji-ho Ye-jin Eun-ji Su-bin Ji-eun",
  vi2: "Ngọc Hương Thảo Phương Trâm",
  // Frequent given names and their everyday short forms that no list above held, found by reading the lists against the
  // most frequent names of each country (none an everyday word of a covered language or a common English word: not Gill,
  // Mags, Gaz, Abi, Ute, Els, Greet, Siri, Guro, Henna, Lilja, Toivo, Saida, nor the single-syllable Chinese names).
  en3: "Brittney Trevon Latisha Shaquille Tavon Jenson Clive Esme Maisie Glenys Harper Bev Beverley Trish Kev Nige Kath Nicky Jacqui Bex Tilly Dottie Kerri Carly Chantelle Lyndsey Steph Shaz Tash Babs Stu",
  eu3: "Holger Karl-Heinz Volker Jutta Bärbel Edeltraud Antje Ghislaine Nolwenn Encarnación Jeroen Henk Arjen Rutger Marloes Annemiek Janneke Hanneke Espen Stian Olav Ingvild Hilde Eeli Joonas Aada Eevi Jenni Sirpa Kirsi Odete Nikolaj Katalin Erzsébet Dimitris Giorgos Nikos Kostas Vasiliki",
  mena: "Tariq Asif Soufiane Farid Rachida Ikram Redouane Arash Dariush Shirin Parisa Navid Babak Farhad Manish Hardeep Tetiana Svitlana Yulia Dmitry Sergey Alexei Ekaterina",
  // The same reading for the other covered countries: Bulgarian and Greek names in Latin letters, Turkish, Brazilian,
  // Indian, Vietnamese, Korean, Japanese, Yoruba and Croatian (not Kalina, Niki, Gül, Damla, Wagner, Sai, Rani, Ren,
  // Mei, Rin, Sota, Bola, Lovely, Cherry, nor one-syllable Vietnamese names that are words: Long, Nam, Hai, Dung, Huy, Trung;
  // nor, after a review, Zak, Jen, Sita, Plamen, Roosa, Bisi, Buse, Paraskevi, Tena, Cath, Breda, Nollaig: words, brands or places).
  world3: "Georgi Dimitar Nikolay Hristo Stoyan Krasimir Ivaylo Yordanka Desislava Tsvetelina Gergana Rositsa Veselina Snezhana Radostina Boryana Panagiotis Vasilis Christos Thanasis Michalis Vangelis Stavros Antonis Spyros Theodoros Manolis Apostolos Kyriakos Angeliki Dimitra Konstantina Evangelia Ioanna Eirini Foteini Chrysa Ourania Kalliopi Ecem Tuğçe Vinícius Renan Cristiane Edileuza Vivaan Vihaan Reyansh Ankit Vikas Ashish Mohit Sumit Amitabh Aadhya Saanvi Riya Diya Manju Seema Poonam Rashmi Sarita Khanh Nhung Sung-min Young-ho Jae-won Hye-jin Mi-kyung Ji-young Jin-woo Dong-hyun Kyung-soo Jung-hoon Seung-hyun Yoon-seo Takashi Satoshi Daisuke Yuto Kaito Riku Yoko Naoko Tomoko Ayumi Kaori Megumi Gbenga Dapo Tolu Bree Noreen Noora Dervla Veera Peppi Riina Niina Joni Jere Teemu Jarkko Ilkka Jyrki Aapo Sauli Concepta Philomena Treasa Dermot Fintan Padraic Gearoid Ultan Shazza Tegan Bronte Jacinta Tahnee Kirrily Rhona Vendela Maiken Iselin",
  // Three blind corpora's speakers and callers (holdout73 to holdout75): Welsh, Indian and Polish names, and short forms.
  en4: "Bronwen Priti Mandeep Hemant Kasia Katya Beto Jono Ziggy Encarni Walti",
  en: "Keisha Gareth Dmitri Aroha Tama Mei-Ling Nkechi Chidi Ngozi Tunde Ananya Aarav Vikram Deepak Kavya Wiremu Ngaire Rangi Rhys Dylan Bethan Cerys Sian Aled Gethin Eilidh Isla Morag Fraser Lachlan Ailsa Shona Kirsty Tamsin Jemima Tarquin Nigel Trevor Graham Darren Wayne Kelly Alfie",
}
const OUT = new URL("../plugins/pii/data/first-names.ts", import.meta.url)

export function firstNamesSource(): string {
  const names = new Set<string>()
  for (const locale of LOCALES) {
    const first = (allLocales[locale]?.person?.first_name ?? {}) as Record<string, string[] | undefined>
    for (const list of [first.generic, first.female, first.male]) {
      // Single words only: a two-word entry (`Mary Ann`) would be matched by its first word anyway.
      for (const name of list ?? []) if (/^\p{Lu}[\p{L}'’-]+$/u.test(name)) names.add(name.normalize("NFC"))
    }
  }
  for (const list of Object.values(EXTRA)) for (const name of list.split(" ")) names.add(name.normalize("NFC"))
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const lines = []
  for (let i = 0; i < sorted.length; i += 60) lines.push(`  ${JSON.stringify(sorted.slice(i, i + 60).join(" "))},`)
  return `// Generated by scripts/pii-first-names.ts from @faker-js/faker (${LOCALES.join(", ")}) and its hand-written EXTRA: do not edit.
// ${sorted.length} first names, space-separated, in code-unit order.
export const FIRST_NAMES: readonly string[] = [
${lines.join("\n")}
].join(" ").split(" ")
`
}

if (import.meta.main) writeFileSync(OUT, firstNamesSource())

// Given and family names of the twelve other locales. A family entry `A|B` is the man's and the woman's form (Czech,
// Latvian, Icelandic patronymics, Russian Estonians). `words` are names the texts also use as ordinary words.
import type { NameSet } from "./names-en.ts"
const S = (x: NameSet) => x

export const NAMES_EU: Record<string, NameSet> = {
  "pt-BR": S({
    ties: "Kenji,Keiko:Nakamura",
    m: "João,Thiago,Rafael,Matheus,Gustavo,Lucas,Wellington,Cauã,Raimundo,Jefferson,Kenji,Antônio",
    f: "Ana Clara,Juliana,Larissa,Vitória,Francisca,Aparecida,Thaís,Bruna,Letícia,Yasmin,Keiko,Rosa,Graça",
    fam: "Silva,Santos,Oliveira,Souza,Pereira,Ferreira,Rodrigues,Almeida,Nascimento,Lima,Araújo,Carvalho,Nakamura,Haddad,da Silva,dos Santos,Ferreira Lima,Oliveira Costa",
    words: "vitória,rosa,graça",
  }),
  "es-CO": S({
    m: "Andrés,Juan Camilo,Santiago,Jhon Fredy,Alejandro,Sebastián,Wilson,Yeison,Hernán,Julián,Duván",
    f: "Valentina,Daniela,Luz Marina,Paola,Esperanza,Yuliana,Marcela,Ximena,Leidy,Paz,Dayana,Yurani",
    fam: "García,Rodríguez,Martínez,Gómez,López,Restrepo,Ospina,Cardona,Castillo,Mosquera,Palacios,Ramírez,Zapata,Quintero,Giraldo,Vélez,Jaramillo,Restrepo Ospina,Mosquera Palacios,Gómez Zapata",
    words: "esperanza,castillo,paz",
  }),
  "de-AT": S({
    ties: "Mehmet,Elif,Ayşe:Yılmaz;Dragan,Jelena:Petrović",
    m: "Florian,Lukas,Maximilian,Sebastian,Dominik,Johann,Mehmet,Dragan,Stefan,Wolfgang,Alois,Tobias",
    f: "Katharina,Theresa,Magdalena,Julia,Elif,Jelena,Anna-Lena,Veronika,Birgit,Hannelore,Sabine,Ayşe",
    fam: "Gruber,Huber,Wimmer,Pichler,Moser,Steiner,Hofer,Leitner,Berger,Eder,Fuchs,Winter,Bauer,Koch,Yılmaz,Petrović,Brandstätter,Oberhauser,Kogler",
    words: "winter,bauer,koch",
  }),
  "fr-BE": S({
    ties: "Mehdi,Karim,Yasmina,Fatima:El Idrissi,Benali;Mamadou:Kabongo",
    m: "Julien,Maxime,Arnaud,Olivier,Mehdi,Karim,Thibault,Quentin,Jean-Luc,Didier,Mamadou,Grégory",
    f: "Aurélie,Charlotte,Laetitia,Nathalie,Fatima,Sarah,Manon,Aurore,Véronique,Amandine,Chloé,Yasmina",
    fam: "Dubois,Lambert,Martin,Dupont,Peeters,Leclercq,Renard,Lejeune,Petit,Fontaine,Mertens,El Idrissi,Benali,Kabongo,Lemaire,Delvaux,Dumont,Wauters",
    words: "petit,fontaine,renard",
  }),
  "nl-NL": S({
    ties: "Mohamed,Youssef,Soraya:El Khatib;Esra:Yıldırım;Dewi:Kartosen",
    m: "Daan,Sem,Bram,Thijs,Jeroen,Mohamed,Youssef,Ruud,Sven,Joost,Kees,Dewi",
    f: "Sanne,Fleur,Lotte,Femke,Anouk,Noor,Ilse,Soraya,Esra,Marloes,Fenna,Iris",
    fam: "de Vries,de Jong,Jansen,Bakker,Visser,Smit,Meijer,de Boer,Mulder,Bos,Vos,van Dijk,van den Berg,Hendriks,El Khatib,Yıldırım,Kartosen,Sitaram,Martina",
    words: "bakker,visser,bos,vos",
  }),
  "da-DK": S({
    ties: "Ahmad,Nadia,Ayesha:Hussein",
    m: "Mads,Rasmus,Frederik,Mikkel,Søren,Jesper,Ahmad,Nikolaj,Kasper,Bjarke,Emil,Anders",
    f: "Mette,Freja,Ida,Sofie,Camilla,Signe,Maja,Nadia,Astrid,Karen,Birgitte,Ayesha",
    fam: "Jensen,Nielsen,Hansen,Pedersen,Andersen,Christensen,Larsen,Sørensen,Rasmussen,Poulsen,Skov,Lund,Dam,Holm,Østergaard,Kristiansen,Jakobsen,Hussein",
    words: "skov,lund,dam",
  }),
  "cs-CZ": S({
    ties: "Oleksandr,Oksana:Kovalenko",
    m: "Jan,Petr,Tomáš,Jakub,Lukáš,Ondřej,Vojtěch,Martin,Jiří,Matěj,Radek,Filip,Oleksandr",
    f: "Jana,Petra,Tereza,Lucie,Kateřina,Markéta,Veronika,Eliška,Zuzana,Hana,Naděžda,Lenka,Oksana",
    fam: "Novák|Nováková,Svoboda|Svobodová,Dvořák|Dvořáková,Černý|Černá,Procházka|Procházková,Kučera|Kučerová,Veselý|Veselá,Horák|Horáková,Němec|Němcová,Pokorný|Pokorná,Marek|Marková,Liška|Lišková,Holub|Holubová,Oláh|Oláhová,Kovalenko|Kovalenko",
    words: "liška,holub,černý",
  }),
  "it-IT": S({
    ties: "Mihaela:Popescu;Karim:Benali",
    m: "Giuseppe,Luca,Alessandro,Matteo,Francesco,Lorenzo,Salvatore,Gennaro,Andrea,Davide,Karim,Ciro",
    f: "Giulia,Chiara,Francesca,Martina,Alessia,Federica,Rosaria,Carmela,Speranza,Elisa,Ilaria,Mihaela",
    fam: "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Greco,Gallo,Conti,De Luca,Costa,Giordano,Mancini,Lombardi,Popescu,Benali,Di Stefano",
    words: "conti,gallo,speranza",
  }),
  "is-IS": S({
    ties: "Tomasz,Agnieszka:Kowalski",
    m: "Sigurður,Guðmundur,Jón,Gunnar,Ólafur,Einar,Kristján,Magnús,Stefán,Hrafn,Aron,Snær,Tomasz",
    f: "Guðrún,Anna,Kristín,Sigríður,Margrét,Helga,Sól,Björk,Katrín,Ásdís,Eyrún,Hildur,Agnieszka",
    fam: "Jónsson|Jónsdóttir,Sigurðsson|Sigurðardóttir,Guðmundsson|Guðmundsdóttir,Gunnarsson|Gunnarsdóttir,Ólafsson|Ólafsdóttir,Einarsson|Einarsdóttir,Kristjánsson|Kristjánsdóttir,Magnússon|Magnúsdóttir,Stefánsson|Stefánsdóttir,Helgason|Helgadóttir,Björnsson|Björnsdóttir,Pálsson|Pálsdóttir,Þórsson|Þórsdóttir,Kowalski|Kowalska",
    words: "sól,björk,hrafn",
  }),
  "et-EE": S({
    ties: "Aleksandr,Dmitri,Jelena:Ivanov,Smirnov,Kuznetsov",
    m: "Rasmus,Markus,Kristjan,Andres,Tanel,Priit,Mihkel,Kalev,Aleksandr,Dmitri,Rein,Margus",
    f: "Mari,Kadri,Liis,Triin,Kertu,Maarja,Anneli,Helen,Jelena,Tiina,Piret,Kaja",
    fam: "Tamm,Saar,Sepp,Mägi,Kask,Kukk,Rebane,Ilves,Pärn,Koppel,Lepik,Kuusk,Mets,Ivanov|Ivanova,Smirnov|Smirnova,Kuznetsov|Kuznetsova",
    words: "saar,mets,rebane",
  }),
  "ca-ES": S({
    ties: "Youssef,Fatima:El Amrani",
    m: "Jordi,Pau,Marc,Oriol,Arnau,Xavier,Joan,Pol,Albert,Sergi,Nil,Youssef",
    f: "Montserrat,Núria,Laia,Mireia,Meritxell,Anna,Mercè,Roser,Aina,Clàudia,Fatima,Berta",
    fam: "Puig,Vila,Serra,Font,Soler,Ferrer,Pujol,Roca,Camps,Vidal,Casals,Riera,Sala,Bosch,Martí,Mas,El Amrani,Puig Soler,Vidal Casals",
    words: "pau,font,roca",
  }),
  "lv-LV": S({
    ties: "Dmitrijs,Sergejs,Jeļena:Ivanovs,Petrovs",
    m: "Jānis,Andris,Mārtiņš,Edgars,Kristaps,Roberts,Artūrs,Dmitrijs,Sergejs,Raimonds,Uldis,Rihards",
    f: "Anna,Līga,Ilze,Kristīne,Ieva,Inese,Dace,Laura,Jeļena,Zane,Saule,Agnese",
    fam: "Bērziņš|Bērziņa,Kalniņš|Kalniņa,Ozols|Ozola,Jansons|Jansone,Liepa|Liepa,Krūmiņš|Krūmiņa,Zariņš|Zariņa,Priede|Priede,Zvaigzne|Zvaigzne,Ivanovs|Ivanova,Petrovs|Petrova,Vītols|Vītola,Kļaviņš|Kļaviņa,Balodis|Balode,Lapiņš|Lapiņa",
    words: "liepa,zvaigzne,saule",
  }),
}

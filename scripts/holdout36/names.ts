// Names true to each region. Word-names (Hope, Rūta, Вера...) sit in the pools on purpose.
import type { Rng } from "./rng.ts"

export interface Pool {
  m: string[]
  f: string[]
  fam: string[]
  /** Feminine family names where the language inflects them (Lithuanian, Latvian, Slovak, Russian...). */
  famF?: string[]
  patronym?: { m: string[]; f: string[] }
  familyFirst?: boolean
}

const p = (s: string) => s.split(",").map((x) => x.trim())

export const POOLS: Record<string, Pool> = {
  IE: { m: p("Ciarán,Seán,Pádraig,Oisín,Darragh,Eoin,Cathal,Tadhg,Colm,Mark,Will"), f: p("Aoife,Siobhán,Niamh,Róisín,Caoimhe,Sinéad,Orlaith,Clodagh,Gráinne,Grace,Hope,Rose"), fam: p("Ó Súilleabháin,Mac Giolla Phádraig,O'Keeffe,Kavanagh,Ó Briain,MacNamara,Ó Dónaill,Byrne,Fitzgerald,Ó Ceallaigh,Mulcahy"), famF: p("Ní Bhriain,Ní Shúilleabháin,Nic Giolla Phádraig,O'Keeffe,Kavanagh,Ní Dhónaill,Byrne,Fitzgerald,Ní Cheallaigh,MacNamara") },
  GB: { m: p("Gareth,Craig,Liam,Declan,Callum,Wayne,Jordan,Stuart,Mark,Will"), f: p("Shannon,Leanne,Kirsty,Jodie,Stacey,Chelsea,Bethany,Summer,Grace,Rose,Storm,Constance"), fam: p("Ackroyd,Haworth,Sutcliffe,Holroyd,Barraclough,Greenwood,Illingworth,Thwaite,Butterworth,Crabtree,Ramsbottom,Entwistle") },
  CA: { m: p("Tyler,Brayden,Logan,Connor,Jean-Luc,Dalton,Mark"), f: p("Kaitlyn,Madison,Brooke,Sky,Summer,Avery,Mackenzie,Hope"), fam: p("MacDonald,Tremblay,Campbell,Fraser,McKenzie,Delorme,Sinclair,Thibodeau,Robichaud,Okafor") },
  NZ: { m: p("Tama,Wiremu,Nikau,Rawiri,Hemi,Lachlan,Angus,Will"), f: p("Aroha,Mere,Ngaire,Kiri,Anahera,Sky,Storm,Summer,Grace"), fam: p("Ngata,Tuhiwai,Parata,Te Whata,Walker,Henare,Whaanga,Tāwhiri,Kingi,Rangihuna") },
  IN: { m: p("Arjun,Venkatesh,Sourav,Hitesh,Raghav,Srinivas,Anirban,Jignesh"), f: p("Priya,Lakshmi,Ananya,Swati,Madhuri,Sudeshna,Kavya,Hetal"), fam: p("Nair,Reddy,Chatterjee,Banerjee,Patel,Desai,Venkataraman,Mukherjee,Shah,Iyer,Naidu,Ghosh") },
  GH: { m: p("Kwame,Kofi,Kwabena,Kwaku,Yaw,Kwesi,Kojo,Fiifi"), f: p("Akosua,Abena,Adwoa,Afua,Ama,Efua,Akua,Yaa,Patience,Mercy,Grace"), fam: p("Mensah,Owusu,Asante,Boateng,Agyeman,Osei,Ofori,Amponsah,Appiah,Darko,Frimpong") },
  PH: { m: p("Rodel,Jhun,Rommel,Jose Mari,Efren,Ronaldo,Mark"), f: p("Maricel,Lorna,Rowena,Maria Cristina,Jocelyn,Divina,Marites,Rosario"), fam: p("Dela Cruz,Bautista,Villanueva,Santos,Reyes,Macaraeg,Dimaculangan,Soriano,Castillo,Magbanua") },
  BB: { m: p("Trevor,Dwayne,Ricardo,Marlon,Kemar,Wendell"), f: p("Shontelle,Kerry-Ann,Latoya,Charmaine,Patience,Mercy,Grace"), fam: p("Bynoe,Greaves,Cumberbatch,Worrell,Alleyne,Blackman,Griffith,Yearwood,Gittens,Lashley") },
  GI: { m: p("Joseph,Giovanni,Aaron,Ernest,Clive"), f: p("Nadine,Kaiane,Michelle,Lourdes,Rose"), fam: p("Caruana,Bossano,Netto,Pizzarello,Azzopardi,Danino,Montegriffo,Ferrary,Bacarisa,Linares") },
  ZW: { m: p("Tatenda,Tendai,Farai,Tinashe,Sipho,Themba,Nkosana,Tafadzwa"), f: p("Chipo,Rutendo,Nyasha,Nomsa,Thandiwe,Sibongile,Patience,Mercy"), fam: p("Moyo,Ncube,Dube,Sibanda,Chikwanha,Mutasa,Nyathi,Mlambo,Mpofu,Chiweshe,Zvobgo") },
  LK: { m: p("Dilshan,Chaminda,Tharindu,Kasun,Nuwan,Lahiru"), f: p("Nadeesha,Kumari,Ishara,Dilani,Sanduni,Hiruni"), fam: p("Perera,Jayasuriya,Wickramasinghe,Bandara,Fernando,Gunawardena,Rajapaksha,Dissanayake,Senanayake,Herath") },
  BM: { m: p("Kendrick,Jahni,Troy,Dante,Mark"), f: p("Shaniqua,Tamika,Keisha,Summer,Hope"), fam: p("Outerbridge,Trott,Simmons,DeSilva,Furbert,Tucker,Burgess,Smith,Wainwright,Bascome") },
  CY: { m: p("Andreas,Panayiotis,Christos,Kyriakos,Marios,Stelios"), f: p("Eleni,Despo,Androulla,Chrystalla,Maroulla,Stavroula"), fam: p("Georgiou,Christodoulou,Ioannou,Charalambous,Hadjipavlou,Kyriacou,Constantinou,Papadopoulos,Michaelides,Loizou") },
  da: { m: p("Søren,Mads,Rasmus,Jørgen,Bjørn,Asger,Troels"), f: p("Lærke,Signe,Mette,Ditte,Åse,Sørine,Kirstine"), fam: p("Kjærgaard,Søndergaard,Nørgaard,Mikkelsen,Østergaard,Bækgaard,Frølund,Christensen") },
  nb: { m: p("Håkon,Øyvind,Eirik,Torbjørn,Ståle,Sindre"), f: p("Åshild,Ingrid,Sølvi,Solveig,Ragnhild,Tuva"), fam: p("Bråthen,Løvås,Sæther,Haugland,Østby,Bjørnstad,Kvåle,Ødegård") },
  sk: { m: p("Ľubomír,Štefan,Dušan,Matúš,Peter,Jozef"), f: p("Viera,Glória,Zuzana,Ľudmila,Katarína,Jana"), fam: p("Kováč,Horváth,Šimko,Žiak,Baláž,Krajčí,Hudák"), famF: p("Kováčová,Horváthová,Šimková,Žiaková,Balážová,Hudáková") },
  hu: { m: p("László,Gábor,Zoltán,Ferenc,Bence,Győző"), f: p("Virág,Erzsébet,Zsófia,Ildikó,Réka,Tünde"), fam: p("Nagy,Kovács,Szabó,Tóth,Horváth,Varga,Kiss,Fekete,Szűcs,Pásztor"), familyFirst: true },
  sl: { m: p("Matjaž,Žiga,Gašper,Primož,Bojan,Rok"), f: p("Nada,Špela,Mojca,Urška,Tjaša,Nuša"), fam: p("Novak,Kovačič,Zupančič,Potočnik,Mlakar,Kos,Vidmar,Golob,Žagar") },
  bg: { m: p("Георги,Димитър,Стоян,Иван,Николай,Христо"), f: p("Радост,Надежда,Цветелина,Мария,Десислава,Милена"), fam: p("Петров,Георгиев,Иванов,Димитров,Стоянов,Николов"), famF: p("Петрова,Георгиева,Иванова,Димитрова,Стоянова,Николова"), patronym: { m: p("Иванов,Петров,Христов"), f: p("Иванова,Петрова,Христова") } },
  lt: { m: p("Mindaugas,Tomas,Darius,Vytautas,Žygimantas,Rimantas"), f: p("Rūta,Laima,Eglė,Aušra,Jūratė,Gintarė"), fam: p("Kazlauskas,Petrauskas,Jankauskas,Žukauskas,Butkus,Paulauskas"), famF: p("Kazlauskienė,Petrauskaitė,Jankauskienė,Žukauskaitė,Butkienė,Paulauskienė") },
  lv: { m: p("Jānis,Andris,Māris,Edgars,Raimonds,Kārlis"), f: p("Laima,Ilze,Dace,Inese,Līga,Zane"), fam: p("Bērziņš,Kalniņš,Ozoliņš,Liepiņš,Krūmiņš,Zariņš"), famF: p("Bērziņa,Kalniņa,Ozoliņa,Liepiņa,Krūmiņa,Zariņa") },
  pt: { m: p("João,Gonçalo,Tiago,Rui,Duarte,Afonso"), f: p("Glória,Conceição,Inês,Leonor,Beatriz,Fátima"), fam: p("Gonçalves,Magalhães,Conceição Lopes,Sousa,Antunes,Brandão,Figueiredo,Simões") },
  es: { m: p("José Luis,Agustín,Joaquín,Rodrigo,Emiliano,Facundo"), f: p("Dolores,Soledad,Rocío,Sol,Guadalupe,Ximena,Lucía"), fam: p("Hernández,Pérez García,Ibáñez,López Obrador,Fernández,Gutiérrez,Medina,Castañeda,di Giacomo,Álvarez") },
  fr: { m: p("Aimé,Jean-François,Étienne,Benoît,Gaëtan,Mathéo"), f: p("Aimée,Geneviève,Mélodie,Noémie,Chloé,Océane"), fam: p("Van den Bossche,Tremblay,de la Croix,Lefèvre,Gagnon,Desjardins,Dubois,Peeters,Bouchard,Côté") },
  de: { m: p("Urs,Reto,Beat,Jürg,Dölf,Mathias"), f: p("Vreni,Rösli,Béatrice,Nadja,Seraina,Annelies"), fam: p("Zürcher,Gerber,Brändli,Küng,Bühlmann,Schnyder,Hürlimann,Aebischer") },
  it: { m: p("Giovanni,Fabrizio,Nicolò,Gianluca,Mattia"), f: p("Chiara,Giulia,Letizia,Graziella,Noemi"), fam: p("Bernasconi,Cattaneo,Pedrazzini,Ghielmetti,Rusconi,Fontana,di Giacomo") },
  ca: { m: p("Jordi,Pau,Oriol,Xavier,Martí,Gerard"), f: p("Montserrat,Núria,Mireia,Laia,Meritxell,Roser"), fam: p("Puigdemont,Vilaró,Ferrer i Pons,Casals,Soler,Bosch,Vendrell,Serrat") },
  eu: { m: p("Iñaki,Unai,Aitor,Gorka,Xabier,Ander"), f: p("Itziar,Amaia,Nerea,Ainhoa,Leire,Maite"), fam: p("Etxeberria,Goikoetxea,Aguirre,Urrutia,Zubizarreta,Arrizabalaga,Olaizola") },
  ru: { m: p("Алексей,Дмитрий,Сергей,Андрей,Михаил,Юрий"), f: p("Вера,Любовь,Надежда,Ольга,Татьяна,Ксения"), fam: p("Кузнецов,Смирнов,Соколов,Волков,Лебедев,Морозов"), famF: p("Кузнецова,Смирнова,Соколова,Волкова,Лебедева,Морозова"), patronym: { m: p("Алексеевич,Сергеевич,Юрьевич"), f: p("Алексеевна,Сергеевна,Юрьевна") } },
  sq: { m: p("Arbër,Ilir,Dritan,Gëzim,Besnik,Ermal"), f: p("Drita,Mimoza,Elona,Blerta,Ëngjëllushe,Valbona"), fam: p("Hoxha,Çela,Dervishi,Kelmendi,Shehu,Gjoka,Berisha,Xhaferri") },
  mt: { m: p("Ġorġ,Ċensu,Pawlu,Żeppi,Kurt,Ġużeppi"), f: p("Marija,Rosette,Doris,Ġulja,Carmen,Graziella"), fam: p("Borg,Camilleri,Vella,Farrugia,Żammit,Xuereb,Grech,Micallef") },
}

export type NameStyle = "full" | "given" | "caps-first" | "formal"

/** A person's name: first name alone, full, family name first in capitals, or with a patronymic. */
export function personName(rng: Rng, pool: Pool, style: NameStyle): { name: string; given: string; fem: boolean } {
  const fem = rng.chance(0.5)
  const given = rng.pick(fem ? pool.f : pool.m)
  const fam = fem && pool.famF ? rng.pick(pool.famF) : rng.pick(pool.fam)
  if (style === "given") return { name: given, given, fem }
  if (style === "caps-first") return { name: `${fam.toUpperCase()} ${given}`, given, fem }
  if (pool.familyFirst) return { name: `${fam} ${given}`, given, fem }
  if (style === "formal" && pool.patronym) return { name: `${given} ${rng.pick(fem ? pool.patronym.f : pool.patronym.m)} ${fam}`, given, fem }
  return { name: `${given} ${fam}`, given, fem }
}

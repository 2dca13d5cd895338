// Names of six more European locales (Cyprus in Greek letters, Serbia in Latin ones, Galicia with two family names,
// Albania, North Macedonia in Cyrillic, Wales) in groups by origin. A family written `male|female` has a form per gender.
import type { Group } from "./names-en.ts"

const W = (s: string) => s.split(", ")
const G = (m: string, f: string, fam: string): Group => ({ m: W(m), f: W(f), fam: W(fam) })

export const NAMES_EU2: Record<string, Group[]> = {
  "el-CY": [
    G("Ανδρέας, Γιώργος, Χαράλαμπος, Κυριάκος, Μάριος", "Ελένη, Μαρία, Άντρη, Χριστίνα, Χαρά, Παρασκευή", "Χαραλάμπους, Γεωργίου, Ιωάννου, Κωνσταντίνου, Νικολάου, Χριστοδούλου"),
    G("Παναγιώτης, Σάββας, Λοΐζος, Στέλιος, Νεόφυτος", "Στέλλα, Ραφαέλα, Ελπίδα, Κυριακή, Δέσποινα", "Ανδρέου, Λοΐζου, Κυριάκου, Χατζηγεωργίου, Χατζηπαναγή, Ευαγγέλου"),
    G("Κώστας, Σωτήρης, Δημήτρης", "Αναστασία, Ευτυχία, Χαρά", "Ζαχαρίου, Ονουφρίου, Ματθαίου"),
    G("Graham, Trevor, Neil", "Maureen, Hilary, Joanne", "Whitfield, Pemberton, Ashcroft"),
    G("Ramil, Jomar, Rodel", "Jocelyn, Marites, Lovely", "Bautista, Villanueva, Dimaculangan"),
  ],
  "sr-RS": [
    G("Marko, Nikola, Stefan, Luka, Rade", "Jelena, Milica, Jovana, Dragana, Nada", "Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović"),
    G("Miloš, Dragan, Zoran, Slobodan, Dušan", "Snežana, Vesna, Nada, Ana", "Ilić, Stanković, Pavlović, Kovačević, Todorović, Lukić"),
    G("Bela, Laslo, Ištvan", "Erika, Ildiko, Marta", "Kovač, Nađ, Sabo, Tot"),
    G("Emir, Adnan, Mirza", "Amra, Lejla, Selma", "Hodžić, Mujović, Ljajić"),
  ],
  "gl-ES": [
    G("Xosé, Xoán, Brais, Iago", "Uxía, Antía, Sabela, Lúa", "Otero Castro, Pazos Lema, Seoane Varela, Carballo Souto, Nogueira Pena"),
    G("Martiño, Anxo, Roi, Uxío", "Iria, Carme, Xiana, Lúa", "Mariño Bouza, Freire Louro, Piñeiro Quintela, Pena Regueiro, Carballo Moure"),
    G("Manuel, Breogán, Antón", "Noa, Rosalía, Andrea", "Castiñeira Prado, Outeiro Nogueira, Figueira Amado"),
    G("Yorman, Jesús Alberto, Luis Miguel", "Génesis, Yusmary, María Gabriela", "Rodríguez Otero, Fernández Lema, Vázquez Pazos"),
  ],
  "sq-AL": [
    G("Arben, Besnik, Dritan, Ermal, Gentian", "Anila, Besa, Drita, Elira, Jonida", "Hoxha, Shehu, Leka, Prifti, Dervishi, Çela, Mema"),
    G("Ilir, Klodian, Erion, Altin, Gëzim", "Mirela, Shpresa, Bora, Klea, Ledia", "Basha, Duka, Lika, Gjika, Hysa, Xhafa, Tafa"),
    G("Gjergj, Pjetër, Nikollë", "Marije, Dila, Roza", "Gjoni, Marku, Ndoja, Prenga, Gjeka"),
    G("Kristaq, Andrea, Vangjel", "Eleni, Kristina, Shpresa", "Llazari, Papa, Kosta"),
  ],
  "mk-MK": [
    G("Александар, Никола, Горан, Дејан, Ангел", "Ана, Марија, Елена, Ивана, Вера", "Стојановски|Стојановска, Николовски|Николовска, Трајковски|Трајковска, Ристовски|Ристовска"),
    G("Зоран, Марко, Бојан, Добри, Трајче", "Билјана, Весна, Сања, Зора, Катерина", "Димитриевски|Димитриевска, Георгиевски|Георгиевска, Илиевски|Илиевска, Митревски|Митревска"),
    G("Филип, Слободан, Добри, Ангел", "Снежана, Невена, Благица, Вера", "Трајков|Трајкова, Петров|Петрова, Спасов|Спасова"),
    G("Арбен, Бујар, Агрон", "Фатмире, Арта, Валбона", "Џафери, Исмаили, Сулејмани"),
  ],
  "cy-GB": [
    G("Dafydd, Gethin, Rhodri, Iestyn, Siôn", "Gwen, Ffion, Nia, Seren, Eira", "Jones, Williams, Pritchard, Parry, Llywelyn, Prys"),
    G("Aled, Huw, Emyr, Geraint, Osian", "Carys, Elin, Angharad, Haf, Lowri", "Evans, Hughes, Griffiths, Bowen, Prosser, Tomos"),
    G("Cai, Ifan, Macsen, Gruffudd", "Catrin, Mererid, Gwenllian, Seren, Alaw", "ap Gwilym, Huws, Morgan, Owen, ab Iorwerth"),
    G("Abdirahman, Yusuf, Mohamed", "Hibo, Nasra, Ubah", "Ali Hassan, Omar Farah, Abdi Nur"),
  ],
}
export const NAME_WORDS_EU2: Record<string, string[]> = {
  "el-CY": ["χαρά", "παρασκευή", "κυριακή"], "sr-RS": ["slobodan", "rade", "bela"], "gl-ES": ["lúa", "carballo", "pena"],
  "sq-AL": ["drita", "shpresa", "bora"], "mk-MK": ["слободан", "добри", "ангел"], "cy-GB": ["seren", "haf", "eira"],
}

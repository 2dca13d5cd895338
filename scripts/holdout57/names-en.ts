// Names of the six English locales, in groups by origin: a person takes given names and family from one group.
// A family written `male|female` has a form per gender. Words that are also names stand as people here too.
export interface Group { m: string[]; f: string[]; fam: string[] }
const W = (s: string) => s.split(", ")
const G = (m: string, f: string, fam: string): Group => ({ m: W(m), f: W(f), fam: W(fam) })

export const NAMES_EN: Record<string, Group[]> = {
  "en-US": [
    G("Remy, Beau, Thibault", "Amber, Celeste, Noelle", "Thibodeaux, Broussard, Guidry, Boudreaux"),
    G("Dawit, Yonas, Abel", "Hiwot, Selam, Meron", "Tesfaye, Bekele, Girma"),
    G("Luis Ángel, Javier, Yadiel", "Marisol, Yaritza, Coral", "Rivera Colón, Ortiz Maldonado, Figueroa"),
    G("Jae-won, Min-jun, Daniel", "Ji-yeon, Seo-yeon, Grace", "Yoon, Park, Choi"),
    G("Aram, Hovik, Vartan", "Ani, Lusine, Talin", "Petrosyan, Sarkisian, Hovhannisyan"),
    G("Tavita, Sione, Ioane", "Sina, Malia, Losa", "Tuilagi, Faleolo, Leota"),
    G("Bohdan, Taras, Art", "Oksana, Olena, Sky", "Kovalenko, Hnatyshyn, Shevchuk"),
    G("Declan, Art, Keegan", "Sky, Amber, Siobhan", "O'Connell, McGuire, Donnelly"),
  ],
  "en-GB": [
    G("Hamish, Ewan, Callum", "Mhairi, Eilidh, Isla", "MacLeod, Campbell, Mackenzie"),
    G("Imran, Bilal, Zubair", "Ayesha, Sana, Rukhsana", "Hussain, Akhtar, Rashid"),
    G("Tomasz, Piotr, Marek", "Agnieszka, Zofia, Kasia", "Nowak, Mazur, Kaczmarek"),
    G("Abdi, Mahad, Liban", "Hodan, Ayaan, Sagal", "Warsame, Farah, Jama"),
    G("Oliver, Gareth, Nigel", "Penny, Harriet, Gemma", "Wood, Stone, Ashworth, Pennington"),
    G("Kwame, Marcus, Dwayne", "Penny, Shanice, Chantelle", "Stone, Wood, Campbell-Hayes"),
  ],
  "en-TZ": [
    G("Baraka, Godfrey, Innocent", "Neema, Rehema, Happiness", "Lyimo, Massawe, Mushi, Kimaro, Shirima"),
    G("Gift, Emmanuel, Goodluck", "Gift, Agnes, Happiness", "Rweyemamu, Kagaruki, Mutalemwa"),
    G("Juma, Salim, Omar", "Mwanaisha, Fatma, Rukia", "Mwinyi, Al-Busaidy, Mbarouk"),
    G("Alnoor, Shabir, Karim", "Zainab, Nasreen, Shamim", "Dewji, Jaffer, Ladha"),
    G("Masanja, Innocent, Paschal", "Witness, Sophia, Neema", "Masanja, Lubuva, Shija"),
  ],
  "en-MU": [
    G("Vikash, Rajesh, Ashwin", "Priya, Kavita, Jasmine", "Ramdin, Seebaluck, Dookun, Gopaul, Sooklall"),
    G("Azhar, Shameem, Nawaz", "Nafeesah, Bibi Zaina, Jasmine", "Peerbux, Joomun, Dowlut"),
    G("Jean-Claude, Judex, Ludovic, Prosper", "Pearl, Marie-Noëlle, Stéphanie", "Perrine, Jolicoeur, Casimir, Labonne"),
    G("Kevin, Jean-Marc, Wilson", "Crystal, Mei Lin, Pearl", "Ah-Kee, Lai Fat, Li Kwong Wing"),
    G("Thierry, Olivier, Bertrand", "Crystal, Anne-Sophie, Virginie", "de Chazal, Maingard, Rivalland"),
    G("Kumaran, Vishnu, Sailesh", "Devika, Pearl, Mala", "Pillay, Veerasamy, Moorghen"),
  ],
  "en-GY": [
    G("Ramesh, Deonarine, Vishal", "Savitri, Nalini, Chandra", "Persaud, Ramnarine, Seepersaud, Mohabir"),
    G("Dwayne, Rawle, Colin", "Simone, Tamika, Andrea", "King, Major, Small, Bascom, Gittens"),
    G("Ovid, Lennox, Joel", "Leticia, Marcia, Delice", "Allicock, Melville, Fredericks"),
    G("Joseph, Paul, Terrence", "Maria, Lisa, Yolande", "De Freitas, Fernandes, D'Aguiar"),
    G("Ronald, Clement, Winston", "Grace, Shirley, Jennifer", "Low-A-Chee, Ho-A-Shoo, Chan-A-Sue"),
  ],
  "en-GI": [
    G("Jonathan, Keith, Dylan, Mark", "Gemma, Kayleigh, Grace", "Caruana, Netto, Montegriffo, Feetham, Triay, Stagnetto"),
    G("Aaron, Solomon, Mark", "Esther, Grace, Miriam", "Benady, Serfaty, Benzaquen, Abecasis"),
    G("Haresh, Vijay, Sunil", "Kamla, Leena, Reena", "Mahtani, Daswani, Budhrani"),
    G("Nicky, Julian, Mark", "Stephanie, Shannon, Grace", "Sterling, Buttigieg, Cassar, Zammit, Rock, Hook"),
    G("Karim, Youssef, Hicham", "Fatima, Nadia, Samira", "El Yamani, Bouhadi, Amrani"),
  ],
}
/** Words of a locale's lists used as ordinary words in its name-word sentences. */
export const NAME_WORDS_EN: Record<string, string[]> = {
  "en-US": ["sky", "art", "amber"], "en-GB": ["wood", "penny", "stone"], "en-TZ": ["witness", "innocent", "happiness"],
  "en-MU": ["jasmine", "prosper", "crystal"], "en-GY": ["king", "major", "small"], "en-GI": ["rock", "hook", "sterling"],
}

// Names true to each English-speaking region of the corpus, and English words that are also names.
export interface NameGroup { region: string; given: string[]; family: string[] }

export const EN_NAMES: NameGroup[] = [
  { region: "GB", given: ["Eilidh", "Catriona", "Ruaridh", "Iain", "Morag", "Hamish", "Mhairi", "Alasdair", "Seumas", "Màiri", "Eòghann"], family: ["MacLeod", "Campbell", "MacDonald", "Fraser", "Mackenzie", "MacIomhair", "Urquhart", "Drummond"] },
  { region: "GB", given: ["Rhys", "Siân", "Dafydd", "Carys", "Gethin", "Angharad", "Llinos", "Eira", "Ffion", "Iestyn"], family: ["Llewellyn", "Pritchard", "ap Rhys", "Prosser", "Vaughan", "Gwilym", "Bowen", "Parry"] },
  { region: "KE", given: ["Wanjiru", "Njeri", "Wambui", "Nyambura", "Achieng", "Kipchoge", "Wekesa", "Muthoni", "Kiprono"], family: ["Kamau", "Mwangi", "Njoroge", "Gitau", "Odhiambo", "Wafula", "Kariuki", "Chebet"] },
  { region: "NG", given: ["Adebayo", "Funmilayo", "Oluwaseun", "Temitope", "Chinedu", "Ngozi", "Obinna", "Chiamaka", "Chukwuemeka", "Patience", "Mercy"], family: ["Okafor", "Adeyemi", "Nwosu", "Ogunleye", "Okonkwo", "Balogun", "Adeleke", "Nnamdi"] },
  { region: "MY", given: ["Nurul Aisyah", "Ahmad Faizal", "Siti Hajar", "Hafiz", "Kavitha", "Saravanan", "Thivya", "Murugan", "Farhana"], family: ["Rahman", "Ismail", "Subramaniam", "Krishnan", "Abdullah", "Pillai", "Hashim"] },
  { region: "SG", given: ["Wei Ming", "Siew Ling", "Priya", "Irfan", "Hui Min", "Jun Jie", "Farah", "Kumaresan"], family: ["Goh", "Chua", "Nair", "Koh", "Teo", "Rajaratnam", "Yeo"] },
  { region: "JM", given: ["Shanice", "Tyrone", "Kemar", "Alicia", "Odane", "Tamika", "Dwayne", "Sheryl-Ann"], family: ["McKenzie", "Bailey", "Walters", "Grant", "Clarke", "Ricketts", "Francis"] },
  { region: "TT", given: ["Ravi", "Kavita", "Keston", "Shereen", "Nicholas", "Anya", "Rajesh", "Marisa"], family: ["Ramdass", "Persad", "Mohammed", "Baptiste", "Ramlogan", "Maharaj", "Ali-Hosein"] },
  { region: "HK", given: ["Tai Man", "Ka Yan", "Siu Ming", "Wing Sze", "Ka Ho", "Pui Shan", "Chi Keung"], family: ["Chan", "Wong", "Cheung", "Leung", "Tsang", "Kwok", "Yeung"] },
  { region: "AU", given: ["Summer", "Storm", "Sky", "Hope", "Grace", "Will", "Mark", "Rose", "Brody", "Kayla", "Lachlan", "Tegan"], family: ["Nguyen", "Kowalski", "O'Brien", "Whitfield", "Harrington", "Costigan", "Fairweather"] },
  { region: "ZA", given: ["Pieter", "Anneke", "Hendrik", "Elmarie", "Thandiwe", "Sipho", "Zanele", "Jacobus"], family: ["van der Merwe", "Botha", "du Plessis", "Nkosi", "Dlamini", "Pretorius", "Mokoena"] },
  { region: "MT", given: ["Marija", "Ġorġ", "Ċensu", "Pawlu", "Roderick", "Graziella", "Mariella"], family: ["Camilleri", "Borg", "Farrugia", "Żammit", "Vella", "Grech", "Xuereb"] },
  { region: "PK", given: ["Ayesha", "Bilal", "Hina", "Usman", "Zainab", "Faisal", "Gurpreet", "Mehwish"], family: ["Chaudhry", "Qureshi", "Malik", "Iqbal", "Sheikh", "Rana", "Bajwa"] },
]

/** A word that is also a name here, and a phrase using it as a word (the word between asterisks). */
export const EN_WORDS: Array<[string, string]> = [
  ["Hope", "I *hope* that is fine"], ["Grace", "there is a *grace* period of 7 days"], ["Will", "we *will* confirm by text"],
  ["Mark", "please *mark* the box fragile"], ["Rose", "the price *rose* after May"], ["Sky", "the *sky* was black by noon"],
  ["Summer", "the *summer* rates apply"], ["Storm", "after the *storm* last night"], ["Patience", "thanks for your *patience*"],
  ["Mercy", "we are at the *mercy* of the courier"],
]

// Name pools of the English-speaking regions, with their immigrant communities.
// A pool: given names (f, m) and surnames; `order: "sg"` writes the surname first.
export interface Pool {
  f: string[]
  m: string[]
  s: string[]
  order?: "sg"
}
export type Pools = { local: Pool; others: Pool[] }

export const EN_WORD_NAMES = ["May", "Will", "Bill", "Mark", "Rose", "Grace", "Hope", "Joy", "Dawn", "Sunny", "Rich", "Guy", "Art", "Frank", "Wade", "Chase", "Summer"]

export const POOLS_EN: Record<string, Pools> = {
  IE: {
    local: { f: ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Gráinne", "Orla", "Clodagh", "Sinéad", "Róisín", "Deirdre", "Ailbhe"], m: ["Ciarán", "Pádraig", "Seán", "Cathal", "Donal", "Eoin", "Oisín", "Tadhg", "Fergal", "Colm", "Darragh"], s: ["Ó Briain", "Ní Bhriain", "O'Sullivan", "McCarthy", "Byrne", "Ó Súilleabháin", "Mac Giolla Phádraig", "Fitzgerald", "Kavanagh", "Ní Dhomhnaill", "Brennan", "Ó Ceallaigh", "Lynch", "Dunne"] },
    others: [
      { f: ["Agnieszka", "Małgorzata", "Katarzyna"], m: ["Krzysztof", "Paweł", "Grzegorz"], s: ["Wójcik", "Nowak", "Zieliński", "Kowalczyk"] },
      { f: ["Ngozi", "Chiamaka", "Adaeze"], m: ["Chukwuemeka", "Obinna", "Tunde"], s: ["Okafor", "Eze", "Adeyemi", "Nwosu"] },
      { f: ["Larissa", "Thaís"], m: ["Thiago", "Rafael"], s: ["Ferreira", "Gonçalves", "da Silva"] },
    ],
  },
  NENG: {
    local: { f: ["Tracey", "Janine", "Kerry", "Leanne", "Bethany", "Mandy", "Stacey", "Hayley", "Gemma", "Maureen"], m: ["Gary", "Shaun", "Dean", "Wayne", "Carl", "Darren", "Lee", "Kieran", "Alfie", "Stuart"], s: ["Hirst", "Ackroyd", "Sutcliffe", "Holroyd", "Illingworth", "Greenwood", "Haigh", "Barraclough", "Whitehead", "Ramsbottom", "Fairclough", "Entwistle", "Butterworth"] },
    others: [
      { f: ["Nusrat", "Shazia", "Rukhsana", "Sadia"], m: ["Imran", "Tariq", "Zubair", "Asif"], s: ["Hussain", "Begum", "Mahmood", "Akhtar", "Iqbal", "Rashid"] },
      { f: ["Oksana", "Dorota"], m: ["Marek", "Tomasz"], s: ["Nowak", "Mazur", "Wróbel"] },
      { f: ["Precious", "Tendai"], m: ["Tinashe", "Farai"], s: ["Moyo", "Chikwanha", "Ncube"] },
    ],
  },
  WLS: {
    local: { f: ["Rhiannon", "Siân", "Cerys", "Gwenllian", "Llinos", "Catrin", "Eirlys", "Nia", "Ffion", "Mererid"], m: ["Dafydd", "Gethin", "Owain", "Iolo", "Rhodri", "Emyr", "Huw", "Gareth", "Aled", "Tomos"], s: ["Pritchard", "Llewellyn", "Prys", "ap Rhys", "Bowen", "Vaughan", "Gruffydd", "Parry", "Lloyd", "Meredith", "Jenkins", "Powell", "ap Gwilym"] },
    others: [
      { f: ["Hodan", "Ayaan"], m: ["Abdirahman", "Mahad"], s: ["Farah", "Warsame", "Abdi"] },
      { f: ["Shapla", "Rumana"], m: ["Jamal", "Shahid"], s: ["Uddin", "Chowdhury", "Miah"] },
    ],
  },
  TX: {
    local: { f: ["Kaylee", "Brandi", "Shelby", "Tammy", "Darlene", "Kristen", "Madison", "Peggy"], m: ["Dustin", "Travis", "Cody", "Clint", "Garrett", "Hank", "Troy", "Brady"], s: ["Hargrove", "Whitfield", "McAllister", "Pruitt", "Dodson", "Stroud", "Bledsoe", "Tidwell", "Crenshaw"] },
    others: [
      { f: ["Guadalupe", "Rosalinda", "Yesenia", "Maricela"], m: ["Jesús", "Rogelio", "Jacinto", "Eleazar"], s: ["Treviño", "Garza", "Villarreal", "Saldaña", "de la Garza", "Cantú"] },
      { f: ["Thanh", "Lan", "Ngọc"], m: ["Quang", "Minh", "Tuấn"], s: ["Nguyen", "Pham", "Tran", "Huynh"] },
      { f: ["Priya", "Lakshmi"], m: ["Venkatesh", "Arjun"], s: ["Raghunathan", "Subramanian", "Iyer"] },
    ],
  },
  FL: {
    local: { f: ["Brittany", "Heather", "Lorraine", "Ashley", "Courtney", "Rhonda"], m: ["Kyle", "Derek", "Bradley", "Dale", "Russell", "Vince"], s: ["Holloway", "Prescott", "Whitaker", "Conley", "Brandt", "Kessler", "Goldfarb", "Rosenthal"] },
    others: [
      { f: ["Yamilé", "Odalys", "Yusleidy", "Marisol"], m: ["Osvaldo", "Yoandri", "Reinaldo", "Eusebio"], s: ["Rodríguez", "Pérez", "Cabrera", "Quintana", "Betancourt", "Díaz-Balart"] },
      { f: ["Wideline", "Guerline", "Nadège"], m: ["Fritznel", "Jean-Robert", "Wilner"], s: ["Pierre-Louis", "Jean-Baptiste", "Joseph", "Désir", "Dorvil"] },
      { f: ["Yarelis", "Coral"], m: ["Javier", "Edwin"], s: ["Colón", "Rivera", "Santiago"] },
    ],
  },
  GH: {
    local: { f: ["Akosua", "Efua", "Abena", "Ama", "Adwoa", "Yaa", "Esi", "Afua", "Akua"], m: ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwaku", "Kojo", "Kwesi", "Fiifi", "Nana"], s: ["Mensah", "Boateng", "Asante", "Owusu", "Amoako", "Agyemang", "Ofori", "Darko", "Appiah", "Acheampong", "Frimpong", "Osei"] },
    others: [
      { f: ["Naa Dedei", "Naa Adjeley", "Dedei"], m: ["Nii Armah", "Nii Odoi"], s: ["Tetteh", "Lamptey", "Quaye", "Ankrah"] },
      { f: ["Selorm", "Dzifa", "Enyonam"], m: ["Edem", "Sitsofe", "Delali"], s: ["Agbeko", "Kpodo", "Dzokoto", "Amenyo"] },
      { f: ["Zuweira", "Fuseina", "Mariama"], m: ["Abdul-Rahman", "Alhassan", "Issahaku"], s: ["Iddrisu", "Mahama", "Seidu", "Abubakari"] },
    ],
  },
  HK: {
    local: { f: ["Ka Wai", "Mei Ling", "Wing Yan", "Hoi Yan", "Suet Ying", "Pui Shan", "Wai Man"], m: ["Tai Man", "Siu Ming", "Chi Keung", "Wai Kit", "Ka Ho", "Chun Kit", "Kwok Leung"], s: ["Chan", "Wong", "Cheung", "Lau", "Leung", "Tsang", "Yeung", "Kwok", "Fung", "Yip", "Tse", "Mak"], order: "sg" },
    others: [
      { f: ["Winnie", "Sharon", "Phoebe", "Cherry", "Queenie"], m: ["Kelvin", "Alvin", "Desmond", "Raymond", "Ivan"], s: ["Lau", "Tsang", "Yip", "Cheung", "Kwan", "Chow"] },
      { f: ["Maricel", "Rowena", "Jocelyn"], m: ["Arnel", "Jomar"], s: ["Dela Cruz", "Bautista", "Manalo", "Villanueva"] },
      { f: ["Siti", "Dewi", "Sri"], m: ["Agus"], s: ["Rahayu", "Lestari", "Wulandari"] },
      { f: ["Harjit", "Simran"], m: ["Gurpreet", "Manjit"], s: ["Singh", "Kaur", "Gill"] },
    ],
  },
  BB: {
    local: { f: ["Shanice", "Keisha", "Tamika", "Marcia", "Natalie", "Shontelle", "Rhonda", "Kimberley"], m: ["Rohan", "Jamar", "Dwayne", "Carlisle", "Trevor", "Shamar", "Kemar", "Ryan"], s: ["Blackman", "Worrell", "Griffith", "Alleyne", "Clarke", "Holder", "Inniss", "Best", "Babb", "Cumberbatch", "Greenidge", "Springer", "Maynard"] },
    others: [
      { f: ["Savitri", "Kamla"], m: ["Ramesh", "Deonarine"], s: ["Persaud", "Ramdin", "Singh"] },
      { f: ["Yolanda", "Shermel"], m: ["Kirk", "Desmond"], s: ["Baptiste", "Charles", "Lashley"] },
    ],
  },
  NZ: {
    local: { f: ["Kirsty", "Hannah", "Briar", "Olivia", "Sophie", "Jacinda", "Ngaire"], m: ["Hamish", "Callum", "Angus", "Lachlan", "Finn", "Blair", "Ross"], s: ["McLeod", "Blackwell", "Wilkinson", "Fraser", "Sutherland", "Ritchie", "Guthrie"] },
    others: [
      { f: ["Aroha", "Mere", "Anahera", "Moana", "Kiri", "Hine"], m: ["Wiremu", "Hēmi", "Tama", "Rāwiri", "Nikau", "Manaia"], s: ["Ngata", "Tāwhai", "Parata", "Te Rangi", "Horomona", "Walker", "Te Whata", "Rangihau"] },
      { f: ["Losana", "Malia", "Salote"], m: ["Sione", "Tavita", "Viliami"], s: ["Tupou", "Fifita", "Leaupepe", "Fa'amausili", "Taufa"] },
      { f: ["Harpreet", "Navjot"], m: ["Rajinder", "Amandeep"], s: ["Kaur", "Sandhu", "Dhillon"] },
      { f: ["Xinyi", "Mei"], m: ["Wei", "Jian"], s: ["Zhang", "Liu", "Huang"] },
    ],
  },
}

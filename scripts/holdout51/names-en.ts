// Given names (female, male) and family names of the seven English locales. Invented combinations; a few given names
// are also English words (Grace, Frank, Hope, Mark) and a few family names too (Sterling, Rose, Bishop).

export interface NameList { f: string[]; m: string[]; fam: string[] }

export const NAMES_EN: Record<string, NameList> = {
  "en-US": {
    f: ["Jasmine", "Keisha", "Maria", "Emily", "Grace", "Brittany", "Ashley", "Guadalupe", "Hope", "Megan", "Tamika", "Rachel", "Mei-Ling", "Dana"],
    m: ["Tyler", "DeShawn", "Carlos", "Brian", "Frank", "Kevin", "Jamal", "Ethan", "Hector", "Dustin", "Raymond", "Trevor", "Andre", "Brandon"],
    fam: ["Martinez", "Johnson", "Washington", "Okafor", "Nguyen", "Kowalski", "Rodriguez", "Hernandez", "Patel", "Goldberg", "Sullivan", "Whitaker", "Bishop", "Delgado", "McAllister", "Jefferson", "Rosenthal", "Yazzie"],
  },
  "en-GB": {
    f: ["Olivia", "Amelia", "Harriet", "Zainab", "Siân", "Charlotte", "Freya", "Imogen", "Bethan", "Nusrat", "Poppy", "Gemma", "Kirsty", "Fiona"],
    m: ["Callum", "Oliver", "Rhys", "Gareth", "Mark", "Hamza", "Alistair", "Jamie", "Dylan", "Toby", "Kieran", "Craig", "Nigel", "Declan"],
    fam: ["Hughes", "Clarke", "Ahmed", "Evans", "Thompson", "Wright", "Kaur", "Begum", "Fletcher", "Pritchard", "Lewis", "Sterling", "Ashworth", "Hargreaves", "Llewellyn", "Okonkwo", "Rose", "Featherstone"],
  },
  "en-IE": {
    f: ["Siobhán", "Aoife", "Niamh", "Órla", "Caoimhe", "Gráinne", "Saoirse", "Clodagh", "Róisín", "Deirdre", "Aisling", "Sinéad"],
    m: ["Seán", "Ciarán", "Pádraig", "Cathal", "Eoin", "Darragh", "Oisín", "Colm", "Donal", "Tadhg", "Fionn", "Diarmuid"],
    fam: ["O'Brien", "O'Sullivan", "Murphy", "Kelly", "Walsh", "McCarthy", "Byrne", "Ó Súilleabháin", "Fitzgerald", "Brennan", "Doyle", "Nolan", "Ní Bhriain", "Mac Giolla", "Gallagher", "Kavanagh", "Dunne", "Lynch"],
  },
  "en-AU": {
    f: ["Chloe", "Matilda", "Zoe", "Isla", "Kirra", "Sienna", "Tahlia", "Georgia", "Jacinta", "Bronwyn", "Mia", "Linh"],
    m: ["Lachlan", "Hamish", "Jack", "Cooper", "Brodie", "Angus", "Jarrah", "Darcy", "Mitchell", "Riley", "Nikos", "Tuan"],
    fam: ["Nguyen", "Papadopoulos", "Kowalczyk", "O'Connell", "Fitzpatrick", "Tran", "Williams", "Kelly", "Anderson", "Costa", "Greenwood", "Haddad", "McKenzie", "Nikolaidis", "Wilkinson", "Sato"],
  },
  "en-CA": {
    f: ["Geneviève", "Émilie", "Harpreet", "Jasmine", "Chantal", "Mackenzie", "Brooke", "Mélanie", "Avneet", "Nadia", "Kayla", "Josée"],
    m: ["Mathieu", "Olivier", "Connor", "Gurpreet", "Liam", "Étienne", "Wei", "Jean-François", "Tristan", "Logan", "Malik", "Stéphane"],
    fam: ["Tremblay", "Gagnon", "Côté", "Bouchard", "MacDonald", "Singh", "Chen", "Wong", "Leblanc", "Fraser", "Campbell", "Gill", "Pelletier", "Bélanger", "Sandhu", "MacNeil", "Okonjo", "Lavoie"],
  },
  "en-IN": {
    f: ["Priya", "Ananya", "Lakshmi", "Deepika", "Kavya", "Sneha", "Meenakshi", "Pooja", "Shreya", "Farah", "Nandini", "Ritu"],
    m: ["Arjun", "Rohan", "Vikram", "Sandeep", "Aditya", "Karthik", "Rahul", "Imran", "Suresh", "Venkatesh", "Harish", "Manoj"],
    fam: ["Raghunathan", "Iyer", "Mehta", "Deshpande", "Banerjee", "Chatterjee", "Reddy", "Nair", "Kulkarni", "Gupta", "Subramaniam", "Menon", "Chaudhary", "Qureshi", "Bhattacharya", "Pillai", "Agarwal", "Shetty"],
  },
  "en-ZA": {
    f: ["Thandiwe", "Lerato", "Naledi", "Anri", "Nomvula", "Zanele", "Chantelle", "Refilwe", "Busisiwe", "Marike", "Ayesha", "Palesa"],
    m: ["Sipho", "Thabo", "Pieter", "Johan", "Bongani", "Mandla", "Riaan", "Kagiso", "Themba", "Ruan", "Tshepo", "Yusuf"],
    fam: ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Naidoo", "Pillay", "Mokoena", "Khumalo", "du Plessis", "Ndlovu", "Pretorius", "Coetzee", "Mahlangu", "Govender", "Steyn", "Moloi", "Jacobs", "Sithole"],
  },
}

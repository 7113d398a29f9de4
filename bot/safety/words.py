"""Named word sets for the safety rules: "@NAME" in a phrase (see rules.compile_phrase).

Each set is matched on the lemma (so "knife" also covers "knives") unless it is
listed in ``BY_FORM``. Add a word here and every rule using the set gains it.
"""

from __future__ import annotations

# fmt: off
WORDS: dict[str, tuple[str, ...]] = {
    # Who might be the danger.
    "WHO": (
        "he", "she", "they", "someone", "somebody", "man", "woman", "guy", "lad", "bloke",
        "men", "people", "stranger", "ex", "stalker", "husband", "boyfriend", "girlfriend",
        "wife", "partner", "him", "them", "exs", "mate", "mates", "brother", "family", "person",
        "bf", "gf", "hubby", "fella", "colleague", "coworker", "landlord", "neighbour",
        "neighbor", "stepdad", "dad", "father", "uncle", "cousin", "lads", "guys", "women",
        "group", "gang",
        "figure", "exhusband", "exwife", "exboyfriend", "exgirlfriend", "abuser", "attacker",
        "perpetrator",
        # v8a, v8b: a client, a gentleman, or an insult used as the person ("this
        # bastard is outside my house again", "the creep is at my door").
        "client", "gentleman", "bastard", "creep", "psycho", "nutter", "weirdo",
        # v14b: "a released prisoner who's fixated on me is outside my house right now".
        "prisoner", "inmate", "offender",
        # v16b: "a follower turned up outside the venue ... he's grabbing at me". (A
        # boss is read only where the person is: danger_v16_rules.boss_at_my_place_now.)
        "follower"
    ),
    # Someone the person may be worried for (danger to others).
    "KIN": (
        "mum", "mom", "mother", "dad", "father", "son", "daughter", "kid", "child", "baby",
        "sister", "brother", "nan", "gran", "grandma", "grandad", "friend", "neighbour",
        "neighbor", "wife", "husband", "partner", "niece", "nephew", "family", "cousin", "aunt",
        "uncle", "toddler", "boy", "girl", "children", "little", "flatmate", "housemate", "mam",
        "mummy", "daddy", "sis", "bro", "grandson", "granddaughter", "stepdaughter", "stepson",
        "colleague"
    ),
    # Words for the person themselves or others as the object of harm.
    "ME": (
        "me", "us", "her", "him", "them", "everyone", "you"
    ),
    "POSS": (
        "my", "our", "her", "his", "their", "the", "mums", "dads", "sisters", "your"
    ),
    # Places someone can be at, in or near.
    "PLACE": (
        "house", "flat", "home", "garden", "door", "doorstep", "window", "letterbox", "gate",
        "drive", "driveway", "porch", "hall", "hallway", "kitchen", "room", "bedroom",
        "bathroom", "loo", "toilet", "loft", "attic", "garage", "shed", "yard", "stair",
        "stairs", "stairwell", "landing", "lounge", "building", "block", "reception", "work",
        "office", "shop", "school", "nursery", "street", "road", "bus", "train", "station",
        "carriage", "platform", "car", "lift", "corridor", "gym", "window", "property", "place",
        "flats", "estate", "close", "lane", "avenue", "drive", "bungalow", "caravan", "van",
        "entrance", "exit", "backdoor", "fence", "wall", "bin", "bins", "hedge", "bush",
        "bushes", "alley", "alleyway", "carpark", "park", "playground", "pub", "bar", "club",
        "cafe", "supermarket", "tesco", "asda", "stop", "surgery", "hospital", "ward",
        "college", "uni", "campus", "hotel", "refuge", "hostel", "desk", "balcony",
        "conservatory", "cellar", "basement", "bed", "wardrobe", "cupboard", "curtains",
        "blinds", "glass", "patio", "lobby", "foyer", "gates", "doors", "windows", "letter",
        "side", "front", "back", "end", "flat", "apartment", "room", "classroom", "playground",
        "workplace", "site", "roof", "extension", "decking", "terrace", "doorway", "carriage",
        "aisle", "garden", "path", "pavement", "corner", "street", "hall", "shower", "bath",
        "queue", "ward", "cubicle", "halls", "canteen", "staffroom", "unit", "department",
        # Where the person works or lives: "he's stood at the till at my work".
        "till", "tills", "counter", "checkout", "accommodation",
        # v16a, v16b: "the bottom of the fire escape", "someone in the polytunnel".
        "escape", "polytunnel",
        # v18a: "the man we reported is at his day centre now".
        "centre"
    ),
    # Prepositions of nearness.
    "AT": (
        "at", "in", "on", "by", "outside", "inside", "near", "round", "around", "behind",
        "opposite", "through", "under", "across", "up", "down", "beside", "nearby", "over",
        "outsde", "infront"
    ),
    # Single words that mean "near me" on their own.
    "HERE": (
        "here", "outside", "downstairs", "upstairs", "inside", "nearby", "opposite", "outsde",
        "next", "hereee", "heree", "reception", "outside."
    ),
    # Vehicles.
    "VEHICLE": (
        "car", "van", "truck", "lorry", "motorbike", "bike", "moped", "taxi", "cab", "4x4",
        "suv", "jeep", "vehicle", "motor", "pickup",
        # Makes and models people name instead ("the white Corsa again").
        "corsa", "astra", "fiesta", "transit", "bmw", "beemer", "audi", "merc", "mercedes",
        "volvo", "vauxhall", "kia", "nissan", "toyota", "honda", "peugeot", "renault", "citroen",
        "skoda", "jag", "jaguar", "tesla", "vw", "volkswagen", "landrover", "rangerover",
        "qashqai", "clio", "yaris", "sprinter", "minibus", "motorcycle", "hgv",
        "campervan", "hatchback", "scooter"
    ),
    # Things that are weapons on their own.
    "WEAPON": (
        "knife", "gun", "pistol", "shotgun", "rifle", "firearm", "weapon", "blade", "machete",
        "axe", "crowbar", "acid", "crossbow", "taser", "cleaver", "sword", "dagger", "bat",
        "hatchet", "handgun",
        # v16a: "he's ex-army and he's got his old bayonet out".
        "bayonet"
    ),
    # Household objects that are weapons only when held or used against someone.
    # (Not "lighter", "saw", "matches": their lemmas are "light", "see", "match".)
    "OBJECT": (
        "hammer", "screwdriver", "scissor", "scissors", "brick", "spanner", "wrench", "poker",
        "rock", "stone", "stick", "pole", "plank", "petrol", "chainsaw", "pipe", "bar",
        "razor", "mallet", "shovel", "spade", "pan", "belt", "iron", "chisel", "pickaxe",
        "gasoline", "skewer", "corkscrew"
    ),
    # Violent acts (lemmas).
    "HARM": (
        "hit", "punch", "kick", "beat", "attack", "hurt", "strangle", "choke", "grab", "push",
        "drag", "bite", "slap", "assault", "batter", "throttle", "smother", "headbutt", "stab",
        "shoot", "rape", "thump", "shove", "whack", "smack", "pin", "suffocate", "burn", "kill",
        "murder", "threaten", "chase", "corner", "rough", "slam", "bash", "smash", "knock",
        "throw", "spit", "pull", "twist", "squeeze", "hold", "restrain", "tie"
    ),
    # Threatened acts (lemmas).
    "KILL": (
        "kill", "hurt", "stab", "shoot", "murder", "burn", "attack", "rape", "batter", "beat",
        "strangle", "finish", "torch", "petrol", "slit", "cut", "smash", "end", "harm", "get",
        "do", "sort", "teach", "deal", "destroy", "break", "acid", "blow", "bury", "ruin",
        "snap", "kidnap", "take"
    ),
    # Medicines and drugs, by kind and by common UK name.
    "MEDS": (
        "pill", "tablet", "paracetamol", "ibuprofen", "aspirin", "codeine", "cocodamol",
        "tramadol", "sertraline", "citalopram", "fluoxetine", "mirtazapine", "amitriptyline",
        "diazepam", "valium", "zopiclone", "antidepressant", "antidepressants", "painkiller",
        "painkillers", "meds", "medication", "medicine", "medicines", "insulin", "nurofen",
        "panadol", "calpol", "anadin", "propranolol", "quetiapine", "olanzapine", "lithium",
        "oxycodone", "morphine", "methadone", "heroin", "pregabalin", "gabapentin", "lorazepam",
        "temazepam", "capsule", "naproxen", "fentanyl", "beechams", "lemsip", "sleepers",
        "paracetemol", "paracetomol", "parecetamol", "sertaline", "setraline", "prozac",
        "xanax", "codamol", "drug", "drugs", "codydramol", "antipsychotics", "opioids",
        # v16a, v16b: "a handful of my nan's warfarin".
        "warfarin", "venlafaxine", "duloxetine", "clonazepam", "zolpidem", "promethazine",
        "nytol"
    ),
    # Ways of taking one's life besides medicines.
    "METHOD": (
        "rope", "noose", "ligature", "razor", "blade", "bridge", "cliff", "ledge", "roof",
        "train", "tracks", "railway", "motorway", "traffic", "river", "sea", "canal", "gas",
        "bleach", "antifreeze", "exhaust", "overdose", "poison", "cord", "cable", "belt",
        "scarf", "carbon", "charcoal"
    ),
    # Numbers and amounts ("30", "a handful of", "all my").
    "AMOUNT": (
        "all", "whole", "lot", "load", "loads", "handful", "box", "boxes", "packet", "packets",
        "strip", "strips", "bottle", "bottles", "too", "many", "much", "enough", "bunch",
        "pile", "stash", "heap", "dozen", "double", "triple", "extra", "rest", "every", "lots",
        "fistful", "mouthful"
    ),
    # Being together / reaching the person.
    # Words between "is" and where someone is ("he is still stood at my door").
    "ADV": (
        "still", "now", "currently", "presently", "just", "right", "back", "already", "literally",
        "actually", "stood", "standing", "sat", "sitting", "waiting", "hiding", "parked",
        "lurking", "hanging", "banging", "knocking", "shouting", "screaming", "walking",
        "pacing", "again", "outside", "somewhere", "out", "round", "around", "creeping",
        "watching", "staring", "looking", "loitering", "prowling", "sleeping", "stopped",
        "also", "definitely", "def", "physically", "here", "there", "down", "up", "rn",
        "probably", "apparently", "going", "been", "refusing", "trying"
    ),
    # Whose vehicle: anything but the person's own.
    "VEHDET": (
        "his", "her", "their", "a", "an", "the", "that", "same", "this", "some", "unknown",
        "strange", "black", "white", "silver", "red", "blue", "grey", "gray", "dark", "green",
        "exs", "mans", "somebodys", "someones", "random", "unmarked", "another"
    ),
    # Someone, as the subject of "there is ...".
    "SOMEONE": (
        "someone", "somebody", "man", "woman", "guy", "men", "people", "person", "bloke", "lad",
        "figure", "stranger", "car", "van", "vehicle", "motorbike", "footsteps", "noise",
        "noises", "shadow", "strangers", "lads", "guys", "women", "group", "gang",
        # Signs of someone at night: "there's a face at the window", "a torch going round".
        "face", "faces", "torch", "torches", "torchlight", "silhouette"
    ),
    # Children someone may take.
    "CHILD": (
        "kid", "kids", "child", "children", "son", "daughter", "baby", "boy", "girl", "toddler",
        "little", "one", "ones", "sons", "daughters", "babies", "boys", "girls", "grandson",
        "granddaughter", "stepdaughter", "stepson", "newborn",
        # Issue 8 (child_taken_now): a niece, a nephew, a grandchild or a stepchild.
        "niece", "nephew", "grandchild", "grandchildren", "grandkids", "stepchild",
        "stepchildren", "stepkids", "kiddies"
    ),
    # Blows (lemmas): "hit me", "punched my son".
    "HIT": (
        "hit", "punch", "kick", "beat", "attack", "hurt", "strangle", "choke", "grab", "push",
        "drag", "bite", "slap", "assault", "batter", "throttle", "smother", "headbutt", "stab",
        "shoot", "rape", "thump", "shove", "whack", "smack", "suffocate", "murder", "kill",
        "slam", "bash", "strike", "kidnap", "abduct", "stamp", "knock", "burn", "scald", "pin",
        "spit", "hurted"
    ),
    # Medicines named on their own (without boxes, doses and prescriptions).
    "PILLS": (
        "pill", "tablet", "paracetamol", "ibuprofen", "aspirin", "codeine", "cocodamol",
        "tramadol", "sertraline", "citalopram", "fluoxetine", "mirtazapine", "amitriptyline",
        "diazepam", "valium", "zopiclone", "antidepressant", "antidepressants", "painkiller",
        "painkillers", "meds", "medication", "insulin", "nurofen", "panadol", "propranolol",
        "quetiapine", "olanzapine", "lithium", "oxycodone", "morphine", "methadone",
        "pregabalin", "gabapentin", "lorazepam", "temazepam", "naproxen", "fentanyl",
        "sleepers", "paracetemol", "paracetomol", "parecetamol", "sertaline", "setraline",
        "overdose", "capsule", "prozac", "xanax", "warfarin", "venlafaxine", "duloxetine",
        "clonazepam", "zolpidem", "promethazine", "nytol"
    ),
    # Pets: harm to them in front of the person is a threat to the person.
    "PET": (
        "dog", "dogs", "cat", "cats", "puppy", "kitten", "rabbit", "rabbits", "bunny", "hamster",
        "pet", "pets", "tortoise", "parrot", "budgie", "ferret", "horse", "pony", "guinea"
    ),
    # Street words after a house number: "12 Mill Street", "flat 3 Marsh Court".
    "STREET": (
        "street", "st", "road", "rd", "avenue", "ave", "close", "lane", "ln", "drive", "dr",
        "way", "court", "crescent", "grove", "place", "terrace", "gardens", "mews", "row",
        "square", "park"
    ),
    "COME": (
        "come", "head", "drive", "walk", "run", "go", "make", "get", "race", "storm"
    ),
    "NOT": (
        "not", "never", "no", "nt"
    ),
    # Water someone could walk into, and the rivers of the north west and beyond by
    # name (set v8a: "walk into the Weaver"; v9b: "walk into the Mersey"). Not the
    # Don or the Wear: their names are everyday words.
    "WATER": (
        "river", "canal", "sea", "water", "reservoir", "lake", "loch", "lagoon", "quarry",
        "estuary", "weir", "mere", "pond", "dock", "docks", "marina", "tide", "waves", "ocean",
        "weaver", "mersey", "dee", "irwell", "bollin", "dane", "gowy", "goyt", "tame", "ribble",
        "lune", "thames", "severn", "trent", "tyne", "tees", "ouse", "avon", "clyde", "humber",
        "tay", "wye", "usk", "taff", "medway", "tamar", "exe", "aire", "calder", "derwent",
        "forth", "nene", "bridgewater"
    ),
}
# Blows to "them": not burning or scalding ("burn them" is usually letters or photos).
WORDS["STRIKE"] = tuple(w for w in WORDS["HIT"] if w not in ("burn", "scald"))
# "@WHO" as the subject of a verb: without the object pronouns, so "i spoke to
# him when he turned up" or "overreacting about him turning up" is not read as
# "him ... turned up" (the arrival rules).
WORDS["SUBJECT"] = tuple(w for w in WORDS["WHO"] if w not in ("him", "them"))
# fmt: on
# Sets matched on the lower-case word, not the lemma (pronouns and determiners,
# whose lemmas are unhelpful).
BY_FORM = frozenset({"WHO", "SUBJECT", "ME", "POSS", "AT", "HERE", "NOT"})

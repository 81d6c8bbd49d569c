// Countries, their adjectives and the best-known international bodies. A country is an
// actor that speaks as an organisation ("France condemned …"); its adjective in front of
// a title ("Malian Prime Minister") is not part of anyone's name.

export const COUNTRIES: readonly string[] = [
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
  'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin',
  'bhutan', 'bolivia', 'bosnia', 'botswana', 'brazil', 'brunei', 'bulgaria', 'burkina faso', 'burundi',
  'cambodia', 'cameroon', 'canada', 'chad', 'chile', 'china', 'colombia', 'comoros', 'congo', 'costa rica',
  'croatia', 'cuba', 'cyprus', 'czechia', 'czech republic', 'denmark', 'djibouti', 'dominica', 'ecuador',
  'egypt', 'el salvador', 'eritrea', 'estonia', 'eswatini', 'ethiopia', 'fiji', 'finland', 'france', 'gabon',
  'gambia', 'georgia', 'germany', 'ghana', 'greece', 'grenada', 'guatemala', 'guinea', 'guyana', 'haiti',
  'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy',
  'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya', 'kiribati', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos',
  'latvia', 'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania', 'luxembourg',
  'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'malta', 'mauritania', 'mauritius', 'mexico',
  'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar', 'namibia', 'nauru',
  'nepal', 'netherlands', 'new zealand', 'nicaragua', 'niger', 'nigeria', 'north korea', 'north macedonia',
  'norway', 'oman', 'pakistan', 'palau', 'palestine', 'panama', 'papua new guinea', 'paraguay', 'peru',
  'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'samoa', 'san marino',
  'saudi arabia', 'senegal', 'serbia', 'seychelles', 'sierra leone', 'singapore', 'slovakia', 'slovenia',
  'somalia', 'south africa', 'south korea', 'south sudan', 'spain', 'sri lanka', 'sudan', 'suriname',
  'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'togo', 'tonga',
  'tunisia', 'turkey', 'türkiye', 'turkmenistan', 'tuvalu', 'uganda', 'ukraine', 'united arab emirates',
  'uae', 'united kingdom', 'uk', 'britain', 'great britain', 'england', 'scotland', 'wales',
  'northern ireland', 'united states', 'us', 'usa', 'america', 'uruguay', 'uzbekistan', 'vanuatu',
  'vatican', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe', 'gaza', 'west bank', 'hong kong',
];

export const NATIONALITIES: readonly string[] = [
  'afghan', 'albanian', 'algerian', 'american', 'angolan', 'argentine', 'argentinian', 'armenian',
  'australian', 'austrian', 'azerbaijani', 'bangladeshi', 'belarusian', 'belgian', 'bolivian', 'bosnian',
  'brazilian', 'british', 'bulgarian', 'burkinabe', 'burmese', 'burundian', 'cambodian', 'cameroonian',
  'canadian', 'chadian', 'chilean', 'chinese', 'colombian', 'congolese', 'croatian', 'cuban', 'cypriot',
  'czech', 'danish', 'dutch', 'ecuadorean', 'ecuadorian', 'egyptian', 'emirati', 'english', 'eritrean',
  'estonian', 'ethiopian', 'european', 'filipino', 'finnish', 'french', 'gabonese', 'georgian', 'german',
  'ghanaian', 'greek', 'guatemalan', 'guinean', 'haitian', 'honduran', 'hungarian', 'icelandic', 'indian',
  'indonesian', 'iranian', 'iraqi', 'irish', 'israeli', 'italian', 'ivorian', 'jamaican', 'japanese',
  'jordanian', 'kazakh', 'kenyan', 'korean', 'kosovan', 'kuwaiti', 'kyrgyz', 'latvian', 'lebanese',
  'liberian', 'libyan', 'lithuanian', 'malagasy', 'malawian', 'malaysian', 'malian', 'maltese',
  'mauritanian', 'mexican', 'moldovan', 'mongolian', 'montenegrin', 'moroccan', 'mozambican', 'namibian',
  'nepalese', 'nepali', 'nicaraguan', 'nigerian', 'nigerien', 'norwegian', 'omani', 'pakistani',
  'palestinian', 'panamanian', 'paraguayan', 'peruvian', 'polish', 'portuguese', 'qatari', 'romanian',
  'russian', 'rwandan', 'saudi', 'scottish', 'senegalese', 'serbian', 'sierra leonean', 'singaporean',
  'slovak', 'slovenian', 'somali', 'spanish', 'sri lankan', 'sudanese', 'swedish', 'swiss', 'syrian',
  'taiwanese', 'tajik', 'tanzanian', 'thai', 'togolese', 'tunisian', 'turkish', 'turkmen', 'ugandan',
  'ukrainian', 'uruguayan', 'uzbek', 'venezuelan', 'vietnamese', 'welsh', 'yemeni', 'zambian',
  'zimbabwean', 'african', 'asian', 'arab', 'western', 'eastern', 'northern', 'southern', 'latin',
  'soviet', 'nordic', 'baltic', 'balkan', 'gulf',
];

// International bodies written in mixed case, which the all-capitals test would miss.
export const INTERNATIONAL_BODIES: readonly string[] = [
  'nato', 'eu', 'un', 'who', 'imf', 'opec', 'ecowas', 'asean', 'g7', 'g20', 'unicef', 'unesco', 'unhcr',
  'interpol', 'europol', 'fifa', 'uefa', 'icc', 'ioc', 'wto', 'oecd', 'osce', 'african union',
  'european union', 'united nations', 'red cross', 'amnesty international', 'human rights watch',
  'european commission', 'security council', 'white house', 'kremlin', 'pentagon', 'downing street',
  'elysee', 'élysée', 'vatican', 'hamas', 'hezbollah', 'taliban', 'nhs',
];

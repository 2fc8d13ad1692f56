// English topics: economy, investment, digital transformation, administrative
// reform, tourism and rural development.

import type { RawTopic } from './topic-model.js';

export const TOPICS_EN_DEVELOPMENT: RawTopic[] = [
  {
    key: 'economy',
    cats: ['tin-tuc', 'kinh-te'],
    kind: 'meeting',
    areas: ['government'],
    event: 'conference',
    actions: [
      'steps up efforts to remove obstacles for businesses',
      'speeds up disbursement of public investment',
      'aims to meet all socio-economic targets',
      'tightens revenue collection',
      'targets economic growth of over {p:7-9}',
      'improves its investment climate',
    ],
    phrase: 'socio-economic development',
    docPhrase: 'the five-year socio-economic development plan for {plan}',
    scenes: [
      {
        titles: [
          '{Place} reviews its socio-economic performance in {period}',
          'Economic growth of {place} estimated at {p:6-10} in {period}',
          '{Ubnd} sets out key tasks to reach its {year} development targets',
          'Most socio-economic targets of {place} met or exceeded in {period}',
          '{Place} focuses on removing obstacles to business and growth in {year}',
        ],
        leads: [
          'On {eventDate}, {ubnd} held a conference to review socio-economic performance in {period} and set out key tasks for the months ahead. {Leader} chaired the meeting.',
          'Despite many difficulties, the economy of {place} kept growing steadily in {period}, with gross regional domestic product estimated to rise by {p:6-10}, while defence and security were maintained and living standards improved.',
        ],
        opening: [
          [
            'On {eventDate}, {ubnd} held its regular meeting to review socio-economic performance in {period}.',
          ],
          ['{Leader} chaired the meeting.'],
        ],
      },
    ],
    body: [
      'According to the report, gross regional domestic product in {period} is estimated to have grown by {p:6-10} year on year.',
      'State budget revenue is estimated at {kb:1200-4800}, equal to {p:48-72} of the annual estimate and up {p:5-18} on the same period last year.',
      'Total social investment reached an estimated {kb:6000-15000}, and {p:42-68} of the public investment plan has been disbursed.',
      'Agriculture remained stable, with food output estimated at {ks:280000-520000} tonnes; livestock farming grew and animal diseases were kept under control.',
      'Retail sales of goods and consumer services rose by {p:8-14} compared with the same period.',
      'During the period, {ks:120-480/3-12} new enterprises were registered, creating jobs for {ks:3000-9000/60-220} workers.',
      'Policies for people with meritorious services, poor households and vulnerable groups were implemented fully and on time.',
      'The poverty rate fell to {p:1-3.5}, and health insurance coverage reached {p:92-98} of the population.',
      'Administrative reform continued, with {p:97-99.8} of applications processed on or ahead of time.',
      'The tourism sector welcomed about {ks:450000-1200000/12000-40000} visitors, earning an estimated {kb:900-2800/4-30}.',
    ],
    quotes: [
      '{Leader} stressed: “Time is short. Every sector and every level must concentrate on the targets that are still lagging behind, and must not be complacent.”',
    ],
    directions: [
      '{Leader} asked {depts} to speed up the disbursement of public investment, treating it as a key political task.',
      'Units should step up revenue collection, prevent revenue losses and practise thrift.',
      'Difficulties facing enterprises and household businesses must be removed, and the investment climate further improved.',
      'Plans for natural disasters and epidemics must be ready so that {season} meets its targets for area, yield and output.',
    ],
    subheads: ['Many targets met', 'Growth momentum maintained', 'No room for complacency'],
    tags: ['Socio-economic development', 'Economic growth', 'Budget revenue', 'Public investment'],
    captions: [
      '{LeaderCap} speaks at the conference.',
      'An overview of the conference reviewing socio-economic performance in {period}.',
      'A representative of {org} presents a report at the conference.',
      'Delegates follow the conference from the venue in {unit}.',
    ],
    orgs: {
      province: [
        ['the Department of Finance', 'Director'],
        ['the Department of Industry and Trade', 'Director'],
      ],
      local: [['the {level} Economic Division', 'Head']],
    },
  },
  {
    key: 'investment',
    cats: ['kinh-te', 'gioi-thieu', 'tin-tuc'],
    kind: 'feature',
    areas: ['government'],
    event: 'investment promotion conference',
    actions: [
      'courts investors in processing industry and logistics',
      'cuts red tape for investors',
      'prepares clean land for new industrial projects',
      'holds dialogue with businesses to solve their problems',
      'promotes green and high-tech investment',
    ],
    phrase: 'investment attraction',
    docPhrase: 'improving the investment and business environment',
    scenes: [
      {
        titles: [
          '{Place} welcomes investors with a better business environment',
          'Why investors are looking at {place}: land, labour and a responsive administration',
          '{Place} attracts {ks:15-45/2-6} new investment projects in {period}',
          'Investment opportunities in processing industry, logistics and eco-tourism in {place}',
        ],
        leads: [
          'With a strategic location, a young workforce and a proactive administration, {place} is becoming an increasingly attractive destination for domestic and foreign investors.',
          'In {period}, {place} granted investment approval to {ks:15-45/2-6} new projects with total registered capital of {kb:3000-12000/40-300}, focusing on processing industry, clean agriculture and tourism.',
        ],
        opening: [
          [
            'In recent years, {place} has made steady efforts to improve its investment and business environment.',
            'Investors arriving in {place} today find a one-stop service desk, clear procedures and officials ready to help.',
          ],
        ],
      },
    ],
    body: [
      '{Place} lies on the main road and rail corridor of the region, less than two hours from a major seaport.',
      'The province has planned industrial parks and clusters with a total area of more than {ks:1800-3200/20-60} hectares, many with ready infrastructure.',
      'More than half of the population is of working age, and vocational schools train thousands of skilled workers every year.',
      'Investors are supported throughout the process, from site selection to licensing, land clearance and recruitment.',
      'Priority sectors include agricultural processing, supporting industries, logistics, renewable energy and eco-tourism.',
      'The {ubnd} holds regular dialogues with businesses to listen to their concerns and resolve them quickly.',
      'Many procedures for investment, land and construction can now be completed online, with processing times cut by about one third.',
      'Foreign-invested enterprises operating in {place} employ thousands of local workers and export to many markets.',
    ],
    quotes: [
      '{OrgHead} said: “Investors’ success is our success. We are committed to accompanying them from the first visit to the day their factories start operating.”',
    ],
    directions: [
      'In the coming years, {place} will prioritise green, high-tech projects that use land efficiently and protect the environment.',
      'The authorities will continue to simplify procedures and improve the quality of public services for businesses.',
      'Infrastructure connecting industrial zones with ports and expressways will be upgraded.',
    ],
    subheads: ['A strategic location', 'Accompanying investors', 'Green growth first'],
    tags: ['Investment', 'Business environment', 'Industrial parks', 'Enterprises'],
    captions: [
      'An industrial park in {place}.',
      '{LeaderCap} meets investors.',
      'Workers at a processing factory in {home}.',
    ],
    orgs: {
      province: [
        ['the Department of Finance', 'Director'],
        ['the Provincial Centre for Investment, Trade and Tourism Promotion', 'Director'],
      ],
      local: [['the {level} Economic Division', 'Head']],
    },
  },
  {
    key: 'digital',
    cats: ['chuyen-doi-so', 'kinh-te', 'tin-tuc', 'cai-cach-hanh-chinh'],
    kind: 'feature',
    areas: ['government'],
    event: 'conference',
    actions: [
      'teaches digital skills to residents',
      'promotes cashless payments',
      'builds digital data for better management',
      'helps farmers sell produce online',
      'expands digital infrastructure to remote areas',
      'strengthens information security',
    ],
    phrase: 'digital transformation',
    docPhrase:
      'digital transformation and the development of digital government, digital economy and digital society',
    scenes: [
      {
        titles: [
          '{Place} accelerates digital transformation across government, economy and society',
          'Community digital technology teams bring online services to residents of {home}',
          'Farmers in {home} sell their produce online and go cashless',
          'Building digital government to serve residents better in {place}',
        ],
        leads: [
          'Seeing digital transformation as a key driver of fast and sustainable development, {place} has rolled out a wide range of measures in digital government, the digital economy and digital society, with encouraging first results.',
          'Armed with smartphones, many farmers in {home} now sell their produce online, pay without cash and submit administrative applications from home.',
        ],
        opening: [
          [
            'Digital technology is now part of everyday life in {place}, from government offices to businesses and households.',
            'Late in the afternoon, the phone of {citizen} keeps ringing with orders from customers far away.',
          ],
        ],
      },
    ],
    body: [
      'All government agencies are connected to the electronic document management system, and more than {p:95-99.5} of documents are digitally signed.',
      'Online meetings between levels of government are held regularly, saving time and money.',
      '{ks:600-900/9-15} community digital technology teams with over {ks:3500-5200/60-120} members help residents use digital platforms.',
      'About {p:75-88} of adults have an electronic payment account, and many traditional markets accept payments by QR code.',
      'Cooperatives and farming households have put their products on e-commerce platforms and use traceability codes.',
      'Security cameras installed on main roads and in residential areas help prevent crime and traffic violations.',
      'Population, land and civil status data are being cleaned and connected between sectors.',
      'About {p:80-92} of eligible residents have activated a level-2 electronic identification account.',
    ],
    quotes: [
      '{Citizen} said: “I used to wait for traders to buy my pomelos. Now I post them online and customers order from far away, at a better price.”',
      'According to {orgHead}, digital transformation starts with a change of mindset; once people see the benefits, they join in willingly.',
    ],
    directions: [
      'In the coming time, {place} will develop its digital infrastructure, ensure information security and make better use of data for management.',
      'Community digital technology teams will continue to teach digital skills to residents, especially the elderly.',
      '{Leader} asked heads of agencies to take direct charge of digital transformation in their units.',
    ],
    subheads: ['Digital government for the people', 'Farmers go digital', 'Closing the infrastructure gap'],
    tags: ['Digital transformation', 'Digital government', 'Digital economy', 'Cashless payments'],
    captions: [
      'A community digital technology team helps residents of {home} use online public services.',
      'A trader accepts payment by QR code at {placeName} market.',
      'Farmers promote their products through online sales.',
    ],
    orgs: {
      province: [
        ['the Department of Science and Technology', 'Director'],
        ['the Provincial Police', 'Director'],
      ],
      local: [
        ['the {level} Office', 'Chief'],
        ['the {level} Police', 'Chief'],
      ],
    },
  },
  {
    key: 'admin-reform',
    cats: ['chinh-tri', 'cai-cach-hanh-chinh', 'tin-tuc'],
    kind: 'feature',
    areas: ['government'],
    event: 'conference',
    actions: [
      'expands end-to-end online public services',
      'shortens processing times for administrative procedures',
      'digitises records and results of administrative procedures',
      'raises resident satisfaction with public services',
      'tightens administrative discipline',
    ],
    phrase: 'administrative reform',
    docPhrase: 'administrative reform and the satisfaction of residents and businesses',
    scenes: [
      {
        titles: [
          'Public Administration Service Centre of {place}: friendly, professional and efficient',
          '{p:97-99.8} of administrative applications in {place} handled on or ahead of time',
          'Shorter processing times and lower costs for residents and businesses in {place}',
          'Bringing online public services closer to residents of {home}',
        ],
        leads: [
          '{Place} has introduced a range of administrative reform measures that put residents and businesses at the centre; processing times have been shortened and compliance costs cut significantly.',
          'Committed to being open, transparent, quick and on time, the Public Administration Service Centre of {place} has become a trusted address for residents and businesses.',
        ],
        opening: [
          [
            'On a Monday morning at the Public Administration Service Centre of {place}, the atmosphere is busy but orderly.',
            'Administrative reform in {place} has been carried out firmly in every field.',
          ],
        ],
      },
    ],
    body: [
      'All administrative procedures are published on the National Public Service Portal and the provincial administrative procedures system.',
      'In {period}, agencies received {ks:180000-320000/3500-9000} applications, {p:72-92} of them submitted online.',
      'Processing times for many procedures have been cut by {p:30-50} or more, especially for land, investment and construction.',
      'Records and results are being digitised, so residents no longer have to submit documents they have provided before.',
      'Residents can pay fees online and receive results by post, saving time and travel costs.',
      'Discipline has been tightened, and any official who causes trouble for residents is dealt with strictly.',
      'Residents can rate their satisfaction at the counter or by scanning a QR code, and the results are published every month.',
    ],
    quotes: [
      '{Citizen} said: “I used to go back and forth many times. Now I submit my application on my phone and collect the result on the appointed day.”',
    ],
    directions: [
      '{Ubnd} will continue to review and simplify procedures, removing unnecessary papers and conditions.',
      'More end-to-end online public services will be provided, aiming for over {p:85-95} of applications online in {nextYear}.',
      'Agencies will step up inspections and correct any sign of delay or avoidance of responsibility.',
    ],
    subheads: ['Residents at the centre', 'Going digital to serve better', 'Tighter discipline'],
    tags: ['Administrative reform', 'Online public services', 'One-stop shop', 'Satisfaction index'],
    captions: [
      'Residents complete procedures at the Public Administration Service Centre of {place}.',
      'An official helps a resident submit an application online.',
      'The reception and results area is well organised and convenient.',
    ],
    orgs: {
      province: [
        ['the Department of Home Affairs', 'Director'],
        ['the Provincial Public Administration Service Centre', 'Director'],
      ],
      local: [['the {level} Public Administration Service Centre', 'Director']],
    },
  },
  {
    key: 'tourism',
    cats: ['kinh-te', 'gioi-thieu', 'van-hoa-xa-hoi'],
    kind: 'feature',
    areas: ['government'],
    event: 'tourism week',
    actions: [
      'develops community-based tourism',
      'diversifies its tourism products',
      'promotes {spot} as a weekend destination',
      'improves the quality of tourism services',
      'links tourism with eco-agriculture',
    ],
    phrase: 'tourism development',
    docPhrase: 'making tourism a spearhead economic sector',
    scenes: [
      {
        titles: [
          'Discover {spot}, one of the most attractive destinations in {place}',
          'Community-based tourism opens a new path for residents of {home}',
          '{Place} welcomes {ks:450000-1200000/12000-40000} tourists in {period}',
          'A quiet countryside escape: spending a weekend at {spot}',
        ],
        leads: [
          'With beautiful landscapes and a rich cultural heritage, {place} is gradually asserting its appeal to visitors, and many new tourism products have been created, raising local incomes.',
          'Some {n:8-35} km from the provincial centre, {spot} offers poetic scenery and fresh air, making it a favourite weekend destination.',
        ],
        opening: [
          [
            'Visitors to {spot} at the weekend can immerse themselves in a green and peaceful landscape.',
            'Once a purely farming village, {home} has become a well-known community-based tourism destination.',
          ],
        ],
      },
    ],
    body: [
      'Visitors can try planting rice, catching fish and making traditional cakes with local families, and taste simple country dishes.',
      '{ks:25-60/3-8} households offer homestays, and their incomes have doubled or tripled.',
      'In {period}, {place} welcomed an estimated {ks:450000-1200000/12000-40000} visitors, up {p:12-28} year on year, with tourism revenue of about {kb:900-2800/4-30}.',
      'Roads to the main attractions have been upgraded and widened.',
      'Hotels, restaurants and homestays keep improving their services, many designed in harmony with the landscape.',
      'Local specialities such as pomelo, tea, honey and fish sauce are sold at tourist sites and make popular gifts.',
      'In the late afternoon, visitors can take a boat along the Lam River to watch the sunset and listen to folk songs.',
    ],
    quotes: [
      '{Visitor} said: “The air is fresh, people are friendly and the food is delicious. I will definitely come back with my family.”',
    ],
    directions: [
      '{Place} will develop distinctive tourism products linked to eco-agriculture and traditional culture.',
      'Investment in tourism will be encouraged and the quality of tourism workers improved.',
      'A digital tourism map will be built so that visitors can easily find information.',
    ],
    subheads: ['Untapped potential', 'Residents in the tourism business', 'More diverse products'],
    tags: ['Tourism', 'Community-based tourism', 'Destinations', 'Homestay'],
    captions: [
      'Visitors at {spot}.',
      'Tourists plant rice with residents of {home}.',
      'A homestay in {home}.',
      'A bird’s-eye view of {spot}.',
    ],
    orgs: {
      province: [['the Department of Culture, Sports and Tourism', 'Director']],
      local: [['the {level} Culture and Society Division', 'Head']],
    },
  },
  {
    key: 'rural',
    cats: ['kinh-te'],
    kinds: ['province', 'commune'],
    kind: 'feature',
    areas: ['government', 'party'],
    event: 'conference',
    subjects: ['{place}', '{home}', 'Farmers in {home}'],
    actions: [
      'raises the quality of new rural criteria',
      'replicates the {model} model',
      'builds model new-rural residential areas',
      'concretes more village roads',
      'links farm production with value chains',
      'improves the rural landscape and environment',
    ],
    phrase: 'new rural development',
    docPhrase: 'advanced and model new rural areas',
    scenes: [
      {
        titles: [
          'A new look for {home} after years of new rural development',
          'Farmers in {home} earn good profits from {model}',
          'Donating land for roads: residents of {home} join hands to build a new countryside',
          '{Place} mobilises {kb:300-900/8-30} for new rural development',
        ],
        leads: [
          'After years of effort, the new rural development programme has transformed the countryside of {place}: infrastructure has been upgraded and residents enjoy better material and cultural lives.',
          'By switching to {model}, many farming households in {home} now earn hundreds of millions of dong a year, changing the face of the rural economy.',
        ],
        opening: [
          [
            'Returning to {home} these days, one is struck by how much the village has changed.',
            'Showing us around his farm, {citizen} explained that his family used to grow only rice, with uncertain income.',
          ],
        ],
      },
    ],
    body: [
      'In {period}, total funding for new rural development reached {kb:350-1200/8-30}, about {p:12-25} of it contributed by local communities.',
      'Residents voluntarily donated {ks:40000-180000/1000-4500} square metres of land to widen and concrete {ks:60-220/1.5-6} km of rural roads.',
      'Average income in rural areas has reached {n:52-78} million dong per person per year.',
      'Schools, health stations and village cultural houses have been built to national standards.',
      '{Ks:2500-7000/60-180} hectares are now farmed under VietGAP or organic standards.',
      '{Coop} has signed contracts with companies to buy the produce of {n:60-250} member households.',
      'Household waste collection and treatment has reached {p:85-97}, and many villages keep a “green Sunday”.',
      'Thanks to production links, farmers no longer suffer from low prices in bumper seasons.',
    ],
    quotes: [
      '{Citizen} said: “My family gave almost {n:100-400} square metres of land to widen the road. Now trucks can reach the fields and everyone is happy.”',
    ],
    directions: [
      '{Place} will keep raising the quality of the criteria already met, focusing on income, the environment and culture.',
      'Value-chain production linked with the OCOP programme and rural tourism will be encouraged.',
      'Residents must remain at the centre of the programme; box-ticking and chasing achievements must be avoided.',
    ],
    subheads: ['People at the heart of change', 'Raising the bar', 'Working together'],
    tags: ['New rural development', 'Agriculture', 'OCOP', 'Rural roads'],
    captions: [
      'A corner of {home} today.',
      'Residents of {home} build a concrete village road.',
      'A farmer tends crops under the {model} model.',
    ],
    orgs: {
      province: [['the Department of Agriculture and Environment', 'Director']],
      local: [
        ['the {level} Economic Division', 'Head'],
        ["the {level} Farmers' Association", 'Chair'],
      ],
    },
  },
];

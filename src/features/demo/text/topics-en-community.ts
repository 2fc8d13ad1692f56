// English topics: health and education, festivals, disasters, the locality,
// the People's Council and security.

import type { RawTopic } from './topic-model.js';

export const TOPICS_EN_COMMUNITY: RawTopic[] = [
  {
    key: 'health-education',
    cats: ['van-hoa-xa-hoi', 'tin-tuc'],
    kind: 'event',
    areas: ['government'],
    event: 'programme',
    actions: [
      'improves primary health care',
      'expands health insurance coverage',
      'invests in school facilities',
      'supports students from disadvantaged families',
      'steps up disease prevention in the rainy season',
    ],
    phrase: 'health care and education',
    docPhrase: 'protecting and improving public health and renewing education and training',
    scenes: [
      {
        event: 'health check programme',
        titles: [
          'Free health checks and medicines for elderly residents of {home}',
          'Doctors bring quality health care to the doorstep of residents in {home}',
        ],
        leads: [
          'On {eventDate}, {org} provided free health checks, advice and medicines to {n:200-600} elderly people, families of war veterans and poor households in {home}.',
        ],
        opening: [
          [
            'From early morning, the yard of the {home} cultural house was crowded with residents waiting for their health checks.',
          ],
          ['Doctors and nurses measured blood pressure and blood sugar and gave each person advice on diet.'],
        ],
        body: [
          'The team identified {n:12-45} people who needed specialist treatment and referred them to higher-level hospitals.',
          'Each person also received medicines and a gift worth {n:200-500} thousand dong.',
        ],
        captions: [
          'A doctor examines an elderly resident of {home}.',
          'Residents receive free medicines after their check-ups.',
        ],
      },
      {
        event: 'school opening ceremony',
        months: [9],
        titles: [
          'Schools in {place} open the {schoolYearNew} school year',
          'Students of {school} begin the new school year with joy',
        ],
        leads: [
          'On the morning of 5 September {year}, teachers and students of {school} and other schools in {place} held ceremonies to open the {schoolYearNew} school year.',
        ],
        opening: [
          ['On 5 September {year}, {school} held its opening ceremony for the {schoolYearNew} school year.'],
          [
            'This school year, {place} has {ks:420-560/4-8} schools with more than {ks:210000-260000/4500-6500} students.',
          ],
        ],
        body: [
          'Students beat the school drum and released balloons carrying their dreams for the year ahead.',
          'Before the new year began, schools repaired classrooms and added desks and equipment.',
        ],
        captions: [
          'Students of {school} on the first day of the school year.',
          '{LeaderCap} beats the drum to open the new school year.',
        ],
      },
    ],
    body: [
      'In {period}, health facilities in the area treated more than {ks:480000-920000/9000-22000} patients.',
      'The expanded immunisation programme reached {p:95-99} of children, and no major outbreak occurred.',
      'Health insurance now covers {p:92-98} of residents, with support for near-poor households and students.',
      'The share of schools meeting national standards has reached {p:72-90}.',
      'The new general education curriculum is being applied in all grades, with teachers putting students at the centre.',
      'Scholarships worth {kb:8-25/0.3-1.2} were awarded to students from disadvantaged families.',
      'Electronic health records have been created for more than {p:80-95} of the population.',
    ],
    quotes: [
      '{Citizen} said: “At my age I often fall ill, and the hospital is far away. Having doctors come to our village makes me very happy.”',
    ],
    directions: [
      '{Leader} asked the health and education sectors to keep improving quality at the grassroots.',
      'Local authorities will invest in classrooms, equipment and health stations.',
      'Disease surveillance will be strengthened so that no major outbreak occurs.',
    ],
    subheads: ['Care close to home', 'Investing in the next generation', 'Prevention first'],
    tags: ['Health care', 'Education', 'Health insurance', 'New school year'],
    captions: ['A health worker gives advice to a resident of {home}.'],
    orgs: {
      province: [
        ['the Department of Health', 'Director'],
        ['the Department of Education and Training', 'Director'],
      ],
      local: [
        ['the {level} Health Station', 'Head'],
        ['the {level} Culture and Society Division', 'Head'],
      ],
    },
  },
  {
    key: 'festival',
    cats: ['van-hoa-xa-hoi', 'gioi-thieu'],
    kind: 'event',
    areas: ['government', 'party'],
    event: 'festival',
    months: [1, 2, 3, 4, 8, 9, 10],
    actions: [
      'preserves the values of its cultural heritage',
      'keeps its traditional festivals civilised and safe',
      'links relic conservation with tourism',
      'revives traditional rituals',
    ],
    phrase: 'the preservation of cultural heritage',
    docPhrase: 'building and developing Vietnamese culture and people',
    scenes: [
      {
        titles: [
          'The {year} edition of {festival} opens, drawing crowds of residents and visitors',
          'Colourful traditions at {festival} in {place}',
          'Preserving {festival} and linking it with tourism development',
          'Thousands of residents and visitors flock to {festival} in {year}',
        ],
        leads: [
          'On {eventDate}, {ubnd} opened the {year} edition of {festival}. The festival runs for {n:2-4} days with many cultural activities and folk games, attracting large numbers of residents and visitors.',
          'Held every year, {festival} is an occasion for residents to honour their ancestors, pray for good weather and a bountiful harvest, and pass on traditions to the young.',
        ],
        opening: [
          ['On {eventDate}, at {relic}, {ubnd} opened the {year} edition of {festival}.'],
          ['The festival lasts {n:2-4} days and consists of two parts: the ceremonies and the festivities.'],
        ],
      },
    ],
    body: [
      'The ceremonies were solemn, with a palanquin procession, incense offerings and rituals that follow local customs.',
      'The festivities included boat racing, tug of war, wrestling, human chess and folk singing, drawing thousands of spectators.',
      'The boat team from {unit} won first prize after thrilling races on the Lam River.',
      '{Relic} dates back to the 18th century and holds precious royal decrees, lacquered boards and fine wood carvings.',
      'This year the festival also features a space to showcase OCOP products and traditional cuisine of {placeName}.',
      'Some {ks:30000-80000/3000-9000} residents and visitors came to the festival during its opening days.',
      'Security, traffic safety and hygiene were ensured, and no cases of overcharging visitors were reported.',
      'The festival is also a chance to promote the land and people of {placeName} to friends near and far.',
    ],
    quotes: [
      '{Citizen} said: “Every year I take my grandchildren to the festival so they understand the traditions of our homeland and feel grateful to our ancestors.”',
      'Opening the festival, {leader} said: “Preserving our traditional festivals means preserving our identity, our roots and our pride.”',
    ],
    directions: [
      '{Leader} asked the authorities to manage festival activities well, ensuring they are civilised, safe and economical.',
      '{Place} will prepare a dossier to have {festival} recognised as national intangible cultural heritage.',
      'The relic site will be restored and residents encouraged to help protect the heritage.',
    ],
    subheads: ['Beautiful traditions', 'Lively festivities', 'Heritage for the future'],
    tags: ['Traditional festivals', 'Culture', 'Heritage', 'Tourism'],
    captions: [
      'A palanquin procession at {festival}.',
      'Boat teams race on the Lam River.',
      '{Relic} during the festival.',
      'Residents join a tug of war.',
    ],
    orgs: {
      province: [['the Department of Culture, Sports and Tourism', 'Director']],
      local: [['the {level} Culture and Society Division', 'Head']],
    },
  },
  {
    key: 'disaster',
    cats: ['quoc-phong-an-ninh', 'tin-tuc'],
    kind: 'event',
    areas: ['government'],
    event: 'response',
    months: [8, 9, 10, 11],
    actions: [
      'prepares for heavy rain and floods',
      'reviews landslide-prone areas',
      'keeps reservoirs safe in the rainy season',
      'helps residents recover after the floods',
      'strengthens its civil defence forces',
    ],
    phrase: 'natural disaster prevention and rescue',
    docPhrase: 'natural disaster prevention, search and rescue',
    scenes: [
      {
        titles: [
          '{Place} responds proactively to heavy rain, flash floods and landslides',
          'Hundreds of households evacuated from landslide-prone areas in {place}',
          'Urgent efforts to overcome flood damage and stabilise life in {home}',
        ],
        leads: [
          'Faced with prolonged heavy rain, on {eventDate} {leader} chaired an emergency meeting of the {level} Civil Defence Command to deploy response measures.',
          'Following the “four on-the-spot” motto, forces in {place} quickly evacuated residents from dangerous areas and reinforced dykes and reservoirs to protect lives and property.',
        ],
        opening: [
          [
            'From the night of {eventPrev} to the morning of {eventDate}, {place} was hit by very heavy rain of {n:150-220} to {n:250-380} mm.',
          ],
          [
            'As soon as the warning was received, the {level} Civil Defence Command issued an urgent dispatch to all localities.',
          ],
        ],
      },
    ],
    body: [
      'The rain damaged {n:12-60} houses and flooded about {ks:800-2500/30-120} hectares of rice and crops.',
      'Local authorities evacuated {ks:300-1200/20-80} households from low-lying and riverside areas to safe places.',
      'Soldiers, police, militia and youth union members helped residents move belongings and reinforce their homes.',
      'As the water receded, hundreds of people and vehicles cleared mud and disinfected the area.',
      'Reservoirs were operated according to procedures and weak points on the dykes were guarded.',
      'Supplies, vehicles, food, water and medicines were prepared on the spot in each locality.',
      '{Ubnd} allocated {m:150-1800} in emergency aid to affected households.',
    ],
    quotes: [
      '{Citizen} said: “The water rose very fast. Luckily the soldiers and militia came to help us move our things and take the elderly and children to safety.”',
      '{Leader} stressed: “We must never be complacent. The safety of people’s lives comes first and above all.”',
    ],
    directions: [
      '{Leader} asked localities to stay on duty around the clock and keep residents informed of the weather.',
      'Residents must be moved out of danger zones, and guards posted at flooded roads and spillways.',
      'After the floods, damage must be assessed quickly and residents helped to restore production.',
    ],
    subheads: ['Acting early', 'Forces on standby', 'Back to normal life'],
    tags: ['Natural disasters', 'Floods', 'Search and rescue', 'Landslides'],
    captions: [
      'Rescue forces help residents of {home} move their belongings to safety.',
      'A flooded road in {home} after heavy rain.',
      'Militia help a family clean their house after the flood.',
    ],
    orgs: {
      province: [['the Provincial Military Command', 'Commander']],
      local: [['the {level} Military Command', 'Commander']],
    },
  },
  {
    key: 'about',
    cats: ['gioi-thieu', 'chinh-tri'],
    kind: 'feature',
    areas: ['government'],
    event: 'meeting',
    subjects: ['{agency}', '{ubnd}'],
    actions: [
      'publishes its organisation, functions and contacts',
      'explains how residents can reach its leaders',
      'expands online channels for residents and businesses',
    ],
    phrase: 'public service',
    docPhrase: 'the organisation and operation of local government',
    scenes: [
      {
        titles: [
          'An introduction to {agency}: organisation, functions and duties',
          'How {ubnd} serves residents and businesses of {place}',
          'Contacting {agency}: address, hotlines and online services',
          'Who is who: the leadership of {place} and their areas of responsibility',
        ],
        leads: [
          'This page introduces {agency}, its organisation and functions, its leaders and the ways residents, businesses and visitors can contact it or use its online public services.',
          '{Agency} is the executive body of the local People’s Council and the State administrative body in {place}. Here is how it is organised and how to reach it.',
        ],
        opening: [
          [
            '{Ubnd} is elected by the local People’s Council and is accountable to the people of {place}, to the Council and to higher State administrative bodies.',
            'Residents, businesses and visitors can contact {agency} in person, by phone, by e-mail or through online public services.',
          ],
        ],
      },
    ],
    body: [
      '{LeaderLine}',
      '{LeaderLine}',
      '{LeaderLine}',
      'The office of {agency} is located at {address}.',
      'The switchboard can be reached on {phone}; written enquiries can be sent to {email}.',
      'Office hours are from 7.30 a.m. to 11.30 a.m. and from 1.30 p.m. to 5 p.m., Monday to Friday.',
      'Most administrative procedures can be completed online through the National Public Service Portal at dichvucong.gov.vn.',
      '{Ubnd} prepares the local socio-economic development plan and budget for the People’s Council and organises their implementation.',
      'It manages land, natural resources, the environment, construction, transport, education, health care, culture, social affairs, defence and public security in {place}.',
      'Citizens are received at the citizen reception office on working days, and the head of {agency} receives citizens at least once a month.',
      'Specialised agencies advise {ubnd} in each field and carry out State management under its direction.',
      'The chief editor of this portal is {responsible}.',
    ],
    quotes: [],
    directions: [
      'Feedback on public services can be sent through the portal, by e-mail or by phone, and will be answered within the time limit set by law.',
      'Residents are encouraged to use online public services to save time and travel costs.',
      'Updated information about the leadership, procedures and contacts is published regularly on this portal.',
    ],
    subheads: ['Organisation and functions', 'Leadership', 'How to contact us'],
    tags: ['Introduction', 'Organisation', 'Contacts', 'Public services'],
    captions: [
      'The head office of {agency}.',
      'The citizen reception office of {place}.',
      'The one-stop service desk of {place}.',
    ],
    orgs: {
      province: [['the Office of the Provincial People’s Committee', 'Chief']],
      local: [['the {level} Office', 'Chief']],
    },
  },
  {
    key: 'council',
    cats: ['chinh-tri'],
    kind: 'meeting',
    areas: ['council'],
    event: 'session',
    subjects: ['{hdnd}', 'Deputies of {hdnd}'],
    actions: [
      'steps up supervision of voters’ petitions',
      'renews question time at its sessions',
      'adopts policies that win public support',
      'meets voters before and after each session',
    ],
    phrase: 'the work of the People’s Council',
    docPhrase: 'improving the work of People’s Councils at all levels',
    scenes: [
      {
        titles: [
          '{Hdnd} opens its regular session, {hdndTerm}',
          '{Hdnd} adopts {n:12-32} resolutions at its {year} session',
          'Question time at the session of {hdnd}: frank, responsible and constructive',
          'Deputies of {hdnd} meet voters in {home} ahead of the session',
        ],
        leads: [
          'On {eventDate}, {hdndFull} opened a session {hdndTerm} to consider and decide on important matters concerning socio-economic development, defence and security.',
          'After {n:2-3} days of urgent and responsible work, the session of {hdndFull} completed its agenda and closed on {eventDate}.',
        ],
        opening: [
          ['On {eventDate}, {hdndFull} opened its regular session {hdndTerm}.'],
          ['{Leader} chaired the session.'],
        ],
      },
    ],
    body: [
      'Deputies heard reports on the socio-economic situation, defence and security, budget implementation and the budget allocation plan for {nextYear}.',
      'The session discussed and adopted {n:12-32} resolutions, many of them directly related to people’s lives.',
      'During question time, deputies focused on land clearance, the quality of health services and pollution in {unit}.',
      'Answering questions, {orgHead} took responsibility frankly, explained the causes and committed to solutions.',
      'Voters had sent {n:85-140} petitions to the session, and {p:90-98} of them have been answered by the competent agencies.',
      'The standing board of {hdnd} carried out {n:3-8} thematic supervision missions during the year.',
      'Voters welcomed the live broadcast of question time and the longer time given to debate.',
    ],
    quotes: [
      'Closing the session, {leader} said: “The resolutions adopted must be put into practice quickly and bring real benefits to the people.”',
    ],
    directions: [
      '{Leader} asked {ubnd} to issue implementation plans for the new resolutions promptly, with clear responsibilities for each agency.',
      'The standing board, committees and deputies will step up supervision, especially of the handling of voters’ petitions.',
      'Each deputy must stay in close touch with voters and report their concerns honestly and promptly.',
    ],
    subheads: ['Frank debate', 'Decisions that win public support', 'From resolutions to results'],
    tags: ["People's Council", 'Session', 'Question time', 'Voters'],
    captions: [
      '{LeaderCap} speaks at the session.',
      'Deputies vote to adopt resolutions.',
      'An overview of question time.',
    ],
    orgs: {
      province: [
        ['the Department of Finance', 'Director'],
        ['the Department of Agriculture and Environment', 'Director'],
      ],
      local: [['the {level} Economic Division', 'Head']],
    },
  },
  {
    key: 'security',
    cats: ['quoc-phong-an-ninh'],
    kind: 'feature',
    areas: ['government', 'party'],
    event: 'ceremony',
    subjects: ['{place}', 'the {level} Police', '{home}'],
    actions: [
      'steps up patrols in residential areas',
      'cracks down on crime',
      'warns residents about online fraud',
      'builds safe residential areas',
      'replicates self-managed security models',
      'reduces traffic accidents',
    ],
    phrase: 'security and public order',
    docPhrase: 'ensuring security and public order at the grassroots',
    scenes: [
      {
        titles: [
          'Residents join hands to keep {place} safe and orderly',
          'Security cameras and neighbourhood patrols keep {home} peaceful',
          'Police warn residents of {place} about online fraud tricks',
        ],
        leads: [
          'The movement for all people to protect national security has spread widely in {place}, with many effective self-management models that help maintain stability and public order from the grassroots.',
          'Recently, fraudsters impersonating State officials have been calling and texting residents of {place}, asking for personal information or money transfers.',
        ],
        opening: [
          [
            'Every night, volunteer patrol teams in {home} walk the village lanes to keep the neighbourhood safe.',
            'According to {orgHead}, security and public order in {place} remained stable in {period}.',
          ],
        ],
      },
      {
        kind: 'event',
        event: 'military send-off ceremony',
        months: [2, 3],
        titles: [
          '{Place} holds a ceremony to send young people to military service in {year}',
          'Young people of {placeName} proudly join the army',
        ],
        leads: [
          'On the morning of {eventDate}, {place} held a solemn ceremony to send {ks:1300-1900/22-45} young men and women to join the army and the police.',
        ],
        opening: [
          ['On {eventDate}, {place} held its {year} military send-off ceremony.'],
          ['Families and residents gathered from early morning to see the recruits off.'],
        ],
        body: [
          'This year {place} handed over {ks:1300-1900/22-45} recruits to army and police units, meeting {p:100-100} of its quota.',
          'Recruit {recruit} said it was an honour to serve and promised to train hard.',
        ],
        captions: [
          'Recruits from {place} ready to join the army.',
          'Families see the recruits off.',
          '{LeaderCap} presents flowers to recruits.',
        ],
      },
    ],
    body: [
      'Police investigated and solved {ks:280-520/8-20} criminal cases, a clearance rate of {p:85-94}.',
      '{Place} now has {ks:1800-2600/12-25} self-managed security teams and {ks:900-1400/9-15} neighbourhood patrols.',
      'Some {ks:3500-7200/80-180} security cameras have been installed on roads and at intersections.',
      'Traffic patrols have been stepped up, and accidents fell on all three measures compared with the same period.',
      'Residents provided the police with {ks:600-1300/15-40} useful tips on crimes and violations.',
      'Fraudsters often pose as bank, post office or police staff and persuade victims to install unknown apps.',
      'Grassroots police stay close to residents and resolve disputes as soon as they arise.',
    ],
    quotes: [
      '{Citizen} said: “Since we have cameras and patrols, our neighbourhood has become much quieter, with no more petty theft.”',
    ],
    directions: [
      'The police will continue to advise local authorities on measures to ensure security and order from the grassroots.',
      'Mass organisations will help residents stay vigilant and report crimes.',
      'Effective self-management models will be replicated to build safe residential areas.',
    ],
    subheads: ['Security rooted in the people', 'Peace from the grassroots', 'Stay vigilant'],
    tags: ['Security', 'Public order', 'Crime prevention', 'Traffic safety'],
    captions: [
      'A volunteer patrol team in {home}.',
      'Police explain common fraud tricks to residents.',
      'Security cameras installed in {home}.',
    ],
    orgs: {
      province: [['the Provincial Police', 'Director']],
      local: [['the {level} Police', 'Chief']],
    },
  },
];

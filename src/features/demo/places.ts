// Invented places for the demo: one province (Hòa Lâm) and a few of its
// communes/wards, with the footer settings, categories, website links and
// leaders a real local-government portal would show. Every name, person,
// address, phone number, e-mail address and licence here is fictional; the
// phone numbers use the unassigned area code 0200 and the e-mail addresses
// and department websites use the reserved `.example.vn` domain. Only the
// well-known national websites in the link lists are real.

import { stripDiacritics } from './text/formats.js';

export type DemoSiteKind = 'province' | 'commune' | 'ward';

export interface DemoCategory {
  /** Vietnamese name folded to ASCII, words joined with `-`. */
  slug: string;
  nameVi: string;
  nameEn: string;
}

export interface DemoLink {
  titleVi: string;
  titleEn: string;
  url: string;
}

/** Which part of the political system a leader belongs to. */
export type DemoLeaderArea = 'party' | 'council' | 'government' | 'front' | 'office';

export interface DemoLeader {
  /** Full name with diacritics, e.g. `Lê Quang Huy`. */
  nameVi: string;
  /** The same name without diacritics, e.g. `Le Quang Huy`. */
  nameEn: string;
  gender: 'male' | 'female';
  /** Full title, e.g. `Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh`. */
  titleVi: string;
  titleEn: string;
  /** The title used before a name in running text, e.g. `Chủ tịch UBND tỉnh`. */
  shortTitleVi: string;
  shortTitleEn: string;
  area: DemoLeaderArea;
  /** What the leader is in charge of (for the organisation page). */
  dutiesVi: string;
  dutiesEn: string;
}

/** A unit below the site: a commune/ward of a province, a village of a commune. */
export interface DemoSubUnit {
  /** Lower-case kind word as used in running text: `xã`, `phường`, `thôn`, `khu phố`. */
  kindVi: string;
  /** English kind word: `Commune`, `Ward`, `Village`, `Quarter`. */
  kindEn: string;
  nameVi: string;
  nameEn: string;
}

export interface DemoSite {
  code: string;
  kind: DemoSiteKind;
  /** Parent site code (the province of a commune), or null. */
  parentCode: string | null;
  /** Full name with the capitalised kind word: `Tỉnh Hòa Lâm`, `Xã Tân Lộc Đông`. */
  nameVi: string;
  nameEn: string;
  /** The proper name alone: `Hòa Lâm`. */
  shortNameVi: string;
  shortNameEn: string;
  /** Lower-case kind word for running text: `tỉnh`, `xã`, `phường`. */
  kindWordVi: string;
  /** English kind word: `Province`, `Commune`, `Ward`. */
  kindWordEn: string;
  /** Adjective used in English titles: `Provincial`, `Commune`, `Ward`. */
  levelEn: string;
  /** Cơ quan chủ quản. */
  agencyVi: string;
  agencyEn: string;
  addressVi: string;
  addressEn: string;
  phone: string;
  fax: string | null;
  email: string;
  licenceVi: string;
  licenceEn: string;
  /** Người chịu trách nhiệm chính. */
  responsibleVi: string;
  responsibleEn: string;
  hosts: string[];
  categories: DemoCategory[];
  links: DemoLink[];
  leaders: DemoLeader[];
  subUnits: DemoSubUnit[];
  /** Local newsrooms that articles may be credited to. */
  newsSourcesVi: string[];
  newsSourcesEn: string[];
  /** Natural and social facts for the overview page. */
  areaKm2: number;
  population: number;
  /** Year the unit was established in its current form. */
  establishedYear: number;
  /** Short descriptions of the terrain and economy, used by the overview page. */
  geographyVi: string;
  geographyEn: string;
  economyVi: string;
  economyEn: string;
}

function unit(kindVi: string, kindEn: string, nameVi: string): DemoSubUnit {
  return { kindVi, kindEn, nameVi, nameEn: stripDiacritics(nameVi) };
}

function leader(
  nameVi: string,
  gender: 'male' | 'female',
  area: DemoLeaderArea,
  titleVi: string,
  titleEn: string,
  shortTitleVi: string,
  shortTitleEn: string,
  dutiesVi: string,
  dutiesEn: string,
): DemoLeader {
  return {
    nameVi,
    nameEn: stripDiacritics(nameVi),
    gender,
    titleVi,
    titleEn,
    shortTitleVi,
    shortTitleEn,
    area,
    dutiesVi,
    dutiesEn,
  };
}

const NATIONAL_LINKS: readonly DemoLink[] = [
  {
    titleVi: 'Cổng Dịch vụ công quốc gia',
    titleEn: 'National Public Service Portal',
    url: 'https://dichvucong.gov.vn',
  },
  {
    titleVi: 'Cổng thông tin điện tử Chính phủ',
    titleEn: 'Government Portal of Viet Nam',
    url: 'https://chinhphu.vn',
  },
  {
    titleVi: 'Cổng thông tin điện tử Quốc hội',
    titleEn: 'National Assembly Portal',
    url: 'https://quochoi.vn',
  },
  { titleVi: 'Báo Nhân Dân', titleEn: 'Nhan Dan Newspaper', url: 'https://nhandan.vn' },
];

const PROVINCE_CATEGORIES: readonly DemoCategory[] = [
  { slug: 'gioi-thieu', nameVi: 'Giới thiệu', nameEn: 'Introduction' },
  { slug: 'tin-tuc', nameVi: 'Tin tức', nameEn: 'News' },
  { slug: 'chinh-tri', nameVi: 'Chính trị', nameEn: 'Politics' },
  { slug: 'kinh-te', nameVi: 'Kinh tế', nameEn: 'Economy' },
  { slug: 'van-hoa-xa-hoi', nameVi: 'Văn hóa – Xã hội', nameEn: 'Culture and society' },
  { slug: 'quoc-phong-an-ninh', nameVi: 'Quốc phòng – An ninh', nameEn: 'Defence and security' },
  { slug: 'chuyen-doi-so', nameVi: 'Chuyển đổi số', nameEn: 'Digital transformation' },
];

const COMMUNE_CATEGORIES: readonly DemoCategory[] = [
  { slug: 'gioi-thieu', nameVi: 'Giới thiệu', nameEn: 'Introduction' },
  { slug: 'tin-tuc', nameVi: 'Tin tức', nameEn: 'News' },
  { slug: 'chinh-tri', nameVi: 'Chính trị', nameEn: 'Politics' },
  { slug: 'kinh-te', nameVi: 'Kinh tế', nameEn: 'Economy' },
  { slug: 'van-hoa-xa-hoi', nameVi: 'Văn hóa – Xã hội', nameEn: 'Culture and society' },
  { slug: 'quoc-phong-an-ninh', nameVi: 'Quốc phòng – An ninh', nameEn: 'Defence and security' },
];

const WARD_CATEGORIES: readonly DemoCategory[] = [
  { slug: 'gioi-thieu', nameVi: 'Giới thiệu', nameEn: 'Introduction' },
  { slug: 'tin-tuc', nameVi: 'Tin tức', nameEn: 'News' },
  { slug: 'chinh-tri', nameVi: 'Chính trị', nameEn: 'Politics' },
  { slug: 'kinh-te', nameVi: 'Kinh tế', nameEn: 'Economy' },
  { slug: 'van-hoa-xa-hoi', nameVi: 'Văn hóa – Xã hội', nameEn: 'Culture and society' },
  { slug: 'cai-cach-hanh-chinh', nameVi: 'Cải cách hành chính', nameEn: 'Administrative reform' },
];

export const DEMO_PROVINCE: DemoSite = {
  code: 'hoa-lam',
  kind: 'province',
  parentCode: null,
  nameVi: 'Tỉnh Hòa Lâm',
  nameEn: 'Hoa Lam Province',
  shortNameVi: 'Hòa Lâm',
  shortNameEn: 'Hoa Lam',
  kindWordVi: 'tỉnh',
  kindWordEn: 'Province',
  levelEn: 'Provincial',
  agencyVi: 'Ủy ban nhân dân tỉnh Hòa Lâm',
  agencyEn: "People's Committee of Hoa Lam Province",
  addressVi: 'Số 18 đường Lê Lợi, phường Hòa Lâm, tỉnh Hòa Lâm',
  addressEn: '18 Le Loi Street, Hoa Lam Ward, Hoa Lam Province',
  phone: '0200 3 812 345',
  fax: '0200 3 812 399',
  email: 'banbientap@hoalam.example.vn',
  licenceVi: 'Giấy phép số 12/GP-TTĐT ngày 05/3/2024 của Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Lâm',
  licenceEn:
    'Licence No. 12/GP-TTĐT issued on 5 March 2024 by the Hoa Lam Department of Culture, Sports and Tourism',
  responsibleVi: 'Ông Trần Văn Minh – Chánh Văn phòng UBND tỉnh',
  responsibleEn: "Mr Tran Van Minh – Chief of Office of the Provincial People's Committee",
  hosts: ['hoalam.localhost'],
  categories: [...PROVINCE_CATEGORIES],
  links: [
    ...NATIONAL_LINKS,
    {
      titleVi: 'Báo điện tử Đảng Cộng sản Việt Nam',
      titleEn: 'Communist Party of Viet Nam Online Newspaper',
      url: 'https://dangcongsan.vn',
    },
    {
      titleVi: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Hòa Lâm',
      titleEn: 'Hoa Lam Administrative Procedures Information System',
      url: 'https://dichvucong.hoalam.example.vn',
    },
    {
      titleVi: 'Sở Nội vụ tỉnh Hòa Lâm',
      titleEn: 'Hoa Lam Department of Home Affairs',
      url: 'https://sonoivu.hoalam.example.vn',
    },
    {
      titleVi: 'Sở Tài chính tỉnh Hòa Lâm',
      titleEn: 'Hoa Lam Department of Finance',
      url: 'https://sotaichinh.hoalam.example.vn',
    },
  ],
  leaders: [
    leader(
      'Nguyễn Đức Thành',
      'male',
      'party',
      'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy',
      'Member of the Party Central Committee, Secretary of the Provincial Party Committee',
      'Bí thư Tỉnh ủy',
      'Secretary of the Provincial Party Committee',
      'Lãnh đạo toàn diện hoạt động của Ban Chấp hành, Ban Thường vụ Tỉnh ủy',
      'Leads all activities of the Executive Committee and the Standing Committee of the Provincial Party Committee',
    ),
    leader(
      'Hoàng Thị Lan Anh',
      'female',
      'council',
      'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh',
      "Standing Deputy Secretary of the Provincial Party Committee, Chairwoman of the Provincial People's Council",
      'Chủ tịch HĐND tỉnh',
      "Chairwoman of the Provincial People's Council",
      'Chỉ đạo hoạt động của Hội đồng nhân dân tỉnh và công tác xây dựng Đảng',
      "Directs the Provincial People's Council and Party building work",
    ),
    leader(
      'Lê Quang Huy',
      'male',
      'government',
      'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
      "Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee",
      'Chủ tịch UBND tỉnh',
      "Chairman of the Provincial People's Committee",
      'Lãnh đạo, điều hành chung mọi hoạt động của Ủy ban nhân dân tỉnh; phụ trách lĩnh vực nội chính, tài chính, quy hoạch',
      "Leads and runs all work of the Provincial People's Committee; in charge of internal affairs, finance and planning",
    ),
    leader(
      'Phạm Văn Khải',
      'male',
      'government',
      'Phó Chủ tịch Thường trực UBND tỉnh',
      "Standing Vice Chairman of the Provincial People's Committee",
      'Phó Chủ tịch Thường trực UBND tỉnh',
      "Standing Vice Chairman of the Provincial People's Committee",
      'Phụ trách lĩnh vực kinh tế, xây dựng, giao thông, đầu tư và chuyển đổi số',
      'In charge of the economy, construction, transport, investment and digital transformation',
    ),
    leader(
      'Đinh Thị Thu Hà',
      'female',
      'government',
      'Phó Chủ tịch UBND tỉnh',
      "Vice Chairwoman of the Provincial People's Committee",
      'Phó Chủ tịch UBND tỉnh',
      "Vice Chairwoman of the Provincial People's Committee",
      'Phụ trách lĩnh vực văn hóa, xã hội, y tế, giáo dục và đào tạo',
      'In charge of culture, social affairs, health care, education and training',
    ),
    leader(
      'Vũ Minh Tuấn',
      'male',
      'government',
      'Phó Chủ tịch UBND tỉnh',
      "Vice Chairman of the Provincial People's Committee",
      'Phó Chủ tịch UBND tỉnh',
      "Vice Chairman of the Provincial People's Committee",
      'Phụ trách lĩnh vực nông nghiệp, môi trường, phòng chống thiên tai và xây dựng nông thôn mới',
      'In charge of agriculture, the environment, disaster prevention and new rural development',
    ),
    leader(
      'Trương Văn Lực',
      'male',
      'front',
      'Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
      'Member of the Standing Committee of the Provincial Party Committee, Chairman of the Provincial Viet Nam Fatherland Front Committee',
      'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
      'Chairman of the Provincial Viet Nam Fatherland Front Committee',
      'Phụ trách công tác Mặt trận, các đoàn thể chính trị – xã hội và công tác dân vận',
      'In charge of the Fatherland Front, the socio-political organisations and mass mobilisation',
    ),
    leader(
      'Trần Văn Minh',
      'male',
      'office',
      'Chánh Văn phòng UBND tỉnh',
      "Chief of Office of the Provincial People's Committee",
      'Chánh Văn phòng UBND tỉnh',
      "Chief of Office of the Provincial People's Committee",
      'Tham mưu, giúp việc cho Ủy ban nhân dân tỉnh; chịu trách nhiệm chính về nội dung Cổng thông tin điện tử',
      "Advises and assists the Provincial People's Committee; chief editor responsible for the portal",
    ),
  ],
  subUnits: [
    unit('phường', 'Ward', 'Hòa Lâm'),
    unit('phường', 'Ward', 'Bến Sen'),
    unit('phường', 'Ward', 'Hồ Sen'),
    unit('xã', 'Commune', 'Tân Lộc Đông'),
    unit('xã', 'Commune', 'Thượng Vân'),
    unit('xã', 'Commune', 'Suối Ngọc'),
    unit('xã', 'Commune', 'Cát Vân'),
    unit('xã', 'Commune', 'Trà Sơn Đông'),
    unit('xã', 'Commune', 'Phú Mỹ Tây'),
    unit('xã', 'Commune', 'Đồng Xuân Hạ'),
    unit('xã', 'Commune', 'Vĩnh Khê'),
    unit('xã', 'Commune', 'An Điền'),
    unit('xã', 'Commune', 'Mỹ Lộc Hạ'),
    unit('xã', 'Commune', 'Yên Thạch Bắc'),
  ],
  newsSourcesVi: [
    'Báo Hòa Lâm',
    'Đài Phát thanh và Truyền hình Hòa Lâm',
    'Trung tâm Văn hóa – Thông tin tỉnh',
    'Văn phòng UBND tỉnh',
    'Sở Văn hóa, Thể thao và Du lịch',
  ],
  newsSourcesEn: [
    'Hoa Lam Newspaper',
    'Hoa Lam Radio and Television',
    'Provincial Centre for Culture and Information',
    "Office of the Provincial People's Committee",
  ],
  areaKm2: 4_862,
  population: 1_138_000,
  establishedYear: 1997,
  geographyVi:
    'Tỉnh nằm ở vùng chuyển tiếp giữa trung du và đồng bằng, phía tây là dãy núi Ngọc Vân, phía đông là vùng đồng bằng ven sông Lâm, có bờ biển dài khoảng 46 km với nhiều bãi cát đẹp.',
  geographyEn:
    'The province lies where the midlands meet the delta: the Ngoc Van range to the west, the plain along the Lam River to the east, and some 46 km of coastline with fine sandy beaches.',
  economyVi:
    'Kinh tế của tỉnh phát triển theo hướng công nghiệp chế biến, nông nghiệp công nghệ cao và du lịch sinh thái; các sản phẩm chủ lực gồm gạo thơm, chè, bưởi, thủy sản và đồ gỗ mỹ nghệ.',
  economyEn:
    'The economy is built on processing industry, high-tech farming and eco-tourism; its main products are fragrant rice, tea, pomelo, seafood and fine woodwork.',
};

export const DEMO_COMMUNES: readonly DemoSite[] = [
  {
    code: 'tan-loc-dong',
    kind: 'commune',
    parentCode: 'hoa-lam',
    nameVi: 'Xã Tân Lộc Đông',
    nameEn: 'Tan Loc Dong Commune',
    shortNameVi: 'Tân Lộc Đông',
    shortNameEn: 'Tan Loc Dong',
    kindWordVi: 'xã',
    kindWordEn: 'Commune',
    levelEn: 'Commune',
    agencyVi: 'Ủy ban nhân dân xã Tân Lộc Đông',
    agencyEn: "People's Committee of Tan Loc Dong Commune",
    addressVi: 'Thôn Đông Hưng, xã Tân Lộc Đông, tỉnh Hòa Lâm',
    addressEn: 'Dong Hung Village, Tan Loc Dong Commune, Hoa Lam Province',
    phone: '0200 3 865 210',
    fax: null,
    email: 'ubnd@tanlocdong.hoalam.example.vn',
    licenceVi: 'Giấy phép số 27/GP-TTĐT ngày 18/9/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Lâm',
    licenceEn:
      'Licence No. 27/GP-TTĐT issued on 18 September 2025 by the Hoa Lam Department of Culture, Sports and Tourism',
    responsibleVi: 'Ông Nguyễn Hữu Phước – Chủ tịch UBND xã',
    responsibleEn: "Mr Nguyen Huu Phuoc – Chairman of the Commune People's Committee",
    hosts: ['tanlocdong.localhost'],
    categories: [...COMMUNE_CATEGORIES],
    links: [
      ...NATIONAL_LINKS,
      {
        titleVi: 'Cổng thông tin điện tử tỉnh Hòa Lâm',
        titleEn: 'Hoa Lam Province Portal',
        url: 'https://hoalam.example.vn',
      },
      {
        titleVi: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Hòa Lâm',
        titleEn: 'Hoa Lam Administrative Procedures Information System',
        url: 'https://dichvucong.hoalam.example.vn',
      },
      { titleVi: 'Báo Hòa Lâm', titleEn: 'Hoa Lam Newspaper', url: 'https://baohoalam.example.vn' },
    ],
    leaders: [
      leader(
        'Lưu Văn Đông',
        'male',
        'party',
        'Bí thư Đảng ủy xã',
        'Secretary of the Commune Party Committee',
        'Bí thư Đảng ủy xã',
        'Secretary of the Commune Party Committee',
        'Lãnh đạo toàn diện hoạt động của Ban Chấp hành, Ban Thường vụ Đảng ủy xã',
        'Leads all activities of the Commune Party Committee and its Standing Committee',
      ),
      leader(
        'Mai Thị Hồng Nhung',
        'female',
        'council',
        'Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã',
        "Standing Deputy Secretary of the Commune Party Committee, Chairwoman of the Commune People's Council",
        'Chủ tịch HĐND xã',
        "Chairwoman of the Commune People's Council",
        'Chỉ đạo hoạt động của Hội đồng nhân dân xã, công tác tổ chức, kiểm tra, giám sát',
        "Directs the Commune People's Council, personnel work and inspection",
      ),
      leader(
        'Nguyễn Hữu Phước',
        'male',
        'government',
        'Phó Bí thư Đảng ủy, Chủ tịch UBND xã',
        "Deputy Secretary of the Commune Party Committee, Chairman of the Commune People's Committee",
        'Chủ tịch UBND xã',
        "Chairman of the Commune People's Committee",
        'Lãnh đạo, điều hành chung hoạt động của Ủy ban nhân dân xã; phụ trách tài chính, ngân sách, quốc phòng, an ninh',
        "Leads the Commune People's Committee; in charge of finance, the budget, defence and security",
      ),
      leader(
        'Đỗ Thanh Bình',
        'male',
        'government',
        'Phó Chủ tịch UBND xã',
        "Vice Chairman of the Commune People's Committee",
        'Phó Chủ tịch UBND xã',
        "Vice Chairman of the Commune People's Committee",
        'Phụ trách lĩnh vực kinh tế, nông nghiệp, xây dựng, đất đai và môi trường',
        'In charge of the economy, agriculture, construction, land and the environment',
      ),
      leader(
        'Lý Thị Mỹ Duyên',
        'female',
        'government',
        'Phó Chủ tịch UBND xã',
        "Vice Chairwoman of the Commune People's Committee",
        'Phó Chủ tịch UBND xã',
        "Vice Chairwoman of the Commune People's Committee",
        'Phụ trách lĩnh vực văn hóa, xã hội, y tế, giáo dục và cải cách hành chính',
        'In charge of culture, social affairs, health care, education and administrative reform',
      ),
      leader(
        'Hà Văn Sơn',
        'male',
        'front',
        'Chủ tịch Ủy ban MTTQ Việt Nam xã',
        'Chairman of the Commune Viet Nam Fatherland Front Committee',
        'Chủ tịch Ủy ban MTTQ Việt Nam xã',
        'Chairman of the Commune Viet Nam Fatherland Front Committee',
        'Phụ trách công tác Mặt trận và các đoàn thể chính trị – xã hội',
        'In charge of the Fatherland Front and the socio-political organisations',
      ),
    ],
    subUnits: [
      unit('thôn', 'Village', 'Đông Hưng'),
      unit('thôn', 'Village', 'Tân Lập'),
      unit('thôn', 'Village', 'Phú Xuân'),
      unit('thôn', 'Village', 'Lộc Thọ'),
      unit('thôn', 'Village', 'Bàu Sen'),
      unit('thôn', 'Village', 'Gò Mít'),
      unit('thôn', 'Village', 'Trung Hòa'),
      unit('thôn', 'Village', 'Đồng Chay'),
      unit('thôn', 'Village', 'Xóm Bến'),
    ],
    newsSourcesVi: ['Đài Truyền thanh xã Tân Lộc Đông', 'Báo Hòa Lâm', 'Văn phòng HĐND và UBND xã'],
    newsSourcesEn: ['Tan Loc Dong Commune Radio', 'Hoa Lam Newspaper'],
    areaKm2: 68,
    population: 24_350,
    establishedYear: 2025,
    geographyVi:
      'Xã nằm ở phía đông tỉnh Hòa Lâm, địa hình tương đối bằng phẳng, có sông Lâm chảy qua, đất đai màu mỡ, thích hợp trồng lúa, rau màu và cây ăn quả.',
    geographyEn:
      'The commune lies in the east of Hoa Lam Province on fairly flat land crossed by the Lam River; its fertile soil suits rice, vegetables and fruit trees.',
    economyVi:
      'Kinh tế của xã chủ yếu là nông nghiệp, trong đó lúa chất lượng cao, bưởi da xanh và nuôi trồng thủy sản là thế mạnh; tiểu thủ công nghiệp và dịch vụ đang phát triển khá.',
    economyEn:
      'The economy is mainly agricultural, with high-quality rice, green-skinned pomelo and aquaculture as its strengths; crafts and services are growing steadily.',
  },
  {
    code: 'ben-sen',
    kind: 'ward',
    parentCode: 'hoa-lam',
    nameVi: 'Phường Bến Sen',
    nameEn: 'Ben Sen Ward',
    shortNameVi: 'Bến Sen',
    shortNameEn: 'Ben Sen',
    kindWordVi: 'phường',
    kindWordEn: 'Ward',
    levelEn: 'Ward',
    agencyVi: 'Ủy ban nhân dân phường Bến Sen',
    agencyEn: "People's Committee of Ben Sen Ward",
    addressVi: 'Số 5 đường Bạch Đằng, phường Bến Sen, tỉnh Hòa Lâm',
    addressEn: '5 Bach Dang Street, Ben Sen Ward, Hoa Lam Province',
    phone: '0200 3 840 116',
    fax: null,
    email: 'ubnd@bensen.hoalam.example.vn',
    licenceVi: 'Giấy phép số 31/GP-TTĐT ngày 02/10/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Lâm',
    licenceEn:
      'Licence No. 31/GP-TTĐT issued on 2 October 2025 by the Hoa Lam Department of Culture, Sports and Tourism',
    responsibleVi: 'Bà Phan Thị Kim Oanh – Chủ tịch UBND phường',
    responsibleEn: "Ms Phan Thi Kim Oanh – Chairwoman of the Ward People's Committee",
    hosts: ['bensen.localhost'],
    categories: [...WARD_CATEGORIES],
    links: [
      ...NATIONAL_LINKS,
      {
        titleVi: 'Cổng thông tin điện tử tỉnh Hòa Lâm',
        titleEn: 'Hoa Lam Province Portal',
        url: 'https://hoalam.example.vn',
      },
      {
        titleVi: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Hòa Lâm',
        titleEn: 'Hoa Lam Administrative Procedures Information System',
        url: 'https://dichvucong.hoalam.example.vn',
      },
      {
        titleVi: 'Đảng bộ tỉnh Hòa Lâm',
        titleEn: 'Hoa Lam Provincial Party Organisation',
        url: 'https://tinhuy.hoalam.example.vn',
      },
    ],
    leaders: [
      leader(
        'Võ Quốc Bảo',
        'male',
        'party',
        'Bí thư Đảng ủy phường',
        'Secretary of the Ward Party Committee',
        'Bí thư Đảng ủy phường',
        'Secretary of the Ward Party Committee',
        'Lãnh đạo toàn diện hoạt động của Ban Chấp hành, Ban Thường vụ Đảng ủy phường',
        'Leads all activities of the Ward Party Committee and its Standing Committee',
      ),
      leader(
        'Châu Minh Tâm',
        'male',
        'council',
        'Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường',
        "Standing Deputy Secretary of the Ward Party Committee, Chairman of the Ward People's Council",
        'Chủ tịch HĐND phường',
        "Chairman of the Ward People's Council",
        'Chỉ đạo hoạt động của Hội đồng nhân dân phường và công tác xây dựng Đảng',
        "Directs the Ward People's Council and Party building work",
      ),
      leader(
        'Phan Thị Kim Oanh',
        'female',
        'government',
        'Phó Bí thư Đảng ủy, Chủ tịch UBND phường',
        "Deputy Secretary of the Ward Party Committee, Chairwoman of the Ward People's Committee",
        'Chủ tịch UBND phường',
        "Chairwoman of the Ward People's Committee",
        'Lãnh đạo, điều hành chung hoạt động của Ủy ban nhân dân phường; phụ trách tài chính, quy hoạch, quốc phòng, an ninh',
        "Leads the Ward People's Committee; in charge of finance, planning, defence and security",
      ),
      leader(
        'Tạ Đình Khoa',
        'male',
        'government',
        'Phó Chủ tịch UBND phường',
        "Vice Chairman of the Ward People's Committee",
        'Phó Chủ tịch UBND phường',
        "Vice Chairman of the Ward People's Committee",
        'Phụ trách lĩnh vực kinh tế, đô thị, trật tự xây dựng và chuyển đổi số',
        'In charge of the economy, urban management, building control and digital transformation',
      ),
      leader(
        'Kiều Thị Ngọc Hân',
        'female',
        'government',
        'Phó Chủ tịch UBND phường',
        "Vice Chairwoman of the Ward People's Committee",
        'Phó Chủ tịch UBND phường',
        "Vice Chairwoman of the Ward People's Committee",
        'Phụ trách lĩnh vực văn hóa, xã hội, y tế, giáo dục',
        'In charge of culture, social affairs, health care and education',
      ),
      leader(
        'Dương Văn Thắng',
        'male',
        'front',
        'Chủ tịch Ủy ban MTTQ Việt Nam phường',
        'Chairman of the Ward Viet Nam Fatherland Front Committee',
        'Chủ tịch Ủy ban MTTQ Việt Nam phường',
        'Chairman of the Ward Viet Nam Fatherland Front Committee',
        'Phụ trách công tác Mặt trận và các đoàn thể chính trị – xã hội',
        'In charge of the Fatherland Front and the socio-political organisations',
      ),
    ],
    subUnits: [
      unit('khu phố', 'Quarter', 'Bến Đá'),
      unit('khu phố', 'Quarter', 'Hàng Tre'),
      unit('khu phố', 'Quarter', 'Sen Hồng'),
      unit('khu phố', 'Quarter', 'Chợ Cũ'),
      unit('khu phố', 'Quarter', 'Cầu Mới'),
      unit('khu phố', 'Quarter', 'Vạn Lộc'),
      unit('khu phố', 'Quarter', 'Bình Minh'),
    ],
    newsSourcesVi: ['Đài Truyền thanh phường Bến Sen', 'Báo Hòa Lâm', 'Văn phòng HĐND và UBND phường'],
    newsSourcesEn: ['Ben Sen Ward Radio', 'Hoa Lam Newspaper'],
    areaKm2: 21,
    population: 41_870,
    establishedYear: 2025,
    geographyVi:
      'Phường nằm ở trung tâm đô thị tỉnh Hòa Lâm, phía bắc giáp sông Lâm, có bến thuyền cổ và hồ sen rộng khoảng 12 ha, là đầu mối giao thương lâu đời của vùng.',
    geographyEn:
      'The ward sits in the urban centre of Hoa Lam Province on the Lam River, with an old boat landing and a lotus lake of about 12 hectares; it has long been a trading hub of the region.',
    economyVi:
      'Thương mại, dịch vụ chiếm tỷ trọng lớn trong cơ cấu kinh tế của phường; các chợ truyền thống, phố ẩm thực ven sông và dịch vụ lưu trú phát triển mạnh.',
    economyEn:
      'Trade and services make up most of the ward economy; its traditional markets, riverside food street and accommodation services are thriving.',
  },
];

export const DEMO_SITES: readonly DemoSite[] = [DEMO_PROVINCE, ...DEMO_COMMUNES];

/** The demo site serving a host name, if any. */
export function demoSiteByHost(host: string): DemoSite | undefined {
  const h = host.toLowerCase().replace(/:\d+$/, '');
  return DEMO_SITES.find((s) => s.hosts.includes(h));
}

// generateIntroPages: the fixed "Giới thiệu" pages of a demo site (overview,
// organisation and leaders, contacts) in Vietnamese and English.

import type { DemoSite, DemoSubUnit } from '../places.js';
import { capFirst, fmtInt } from './formats.js';
import { leaderLine } from './people.js';
import { PROVINCE_UNITS, provinceOf, unitText } from './site-words.js';
import type { DemoIntroPage } from './types.js';

/**
 * Two or three pages for a site's "Giới thiệu" category: overview,
 * organisation and functions (with the leaders), contacts — in Vietnamese
 * and English. Deterministic (no randomness).
 */
export function generateIntroPages(site: DemoSite): DemoIntroPage[] {
  const province = site.kind === 'province';
  const kVi = site.kindWordVi;
  const kEn = site.kindWordEn.toLowerCase();
  const unitsVi = site.subUnits.map((u) => u.nameVi).join(', ');
  const unitsEn = site.subUnits.map((u) => u.nameEn).join(', ');
  const pop = Math.round(site.population / (province ? 1000 : 10)) * (province ? 1000 : 10);
  const seat = site.subUnits[0] as DemoSubUnit;

  const overviewVi: string[] = [
    `${site.nameVi} có diện tích tự nhiên khoảng ${fmtInt(site.areaKm2, 'vi')} km², dân số hơn ${fmtInt(pop, 'vi')} người.`,
    province
      ? `Tỉnh có ${PROVINCE_UNITS.total} đơn vị hành chính cấp xã, gồm ${PROVINCE_UNITS.wards} phường và ${PROVINCE_UNITS.total - PROVINCE_UNITS.wards} xã; trung tâm hành chính của tỉnh đặt tại phường ${seat.nameVi}.`
      : `${capFirst(kVi)} có ${site.subUnits.length} ${site.subUnits[0]?.kindVi ?? 'thôn'}: ${unitsVi}; trụ sở Đảng ủy, HĐND và UBND ${kVi} đặt tại ${unitText(seat, 'vi')}.`,
    site.geographyVi,
    site.economyVi,
    province
      ? `Tỉnh được tái lập từ năm ${site.establishedYear}. Trải qua chặng đường xây dựng và phát triển, Đảng bộ, chính quyền và nhân dân tỉnh ${site.shortNameVi} đã đạt được nhiều thành tựu quan trọng trên các lĩnh vực.`
      : `${site.nameVi} được thành lập năm ${site.establishedYear} trên cơ sở sắp xếp, hợp nhất các đơn vị hành chính cấp xã trước đây, thực hiện chủ trương tổ chức chính quyền địa phương hai cấp.`,
    `Người dân ${site.shortNameVi} cần cù, hiếu học, giàu truyền thống yêu nước và cách mạng. Trên địa bàn có nhiều di tích lịch sử – văn hóa, lễ hội truyền thống và nghề thủ công được gìn giữ, phát huy.`,
    `Giai đoạn 2025 – 2030, ${kVi} ${site.shortNameVi} xác định phát triển nhanh và bền vững, lấy chuyển đổi số, cải cách hành chính và phát triển nguồn nhân lực làm khâu đột phá, không ngừng nâng cao đời sống vật chất, tinh thần của nhân dân.`,
  ];
  const overviewEn: string[] = [
    `${site.nameEn} covers about ${fmtInt(site.areaKm2, 'en')} square kilometres and has a population of more than ${fmtInt(pop, 'en')}.`,
    province
      ? `The province has ${PROVINCE_UNITS.total} commune-level units, including ${PROVINCE_UNITS.wards} wards and ${PROVINCE_UNITS.total - PROVINCE_UNITS.wards} communes; its administrative centre is in ${seat.nameEn} Ward.`
      : `The ${kEn} has ${site.subUnits.length} ${(site.subUnits[0]?.kindEn ?? 'village').toLowerCase()}s: ${unitsEn}. The ${kEn} Party Committee, People's Council and People's Committee are based in ${unitText(seat, 'en')}.`,
    site.geographyEn,
    site.economyEn,
    province
      ? `The province was re-established in ${site.establishedYear}. Since then, its Party organisation, authorities and people have made important achievements in every field.`
      : `${site.nameEn} was established in ${site.establishedYear} by merging former commune-level units, as part of the reorganisation into two-tier local government.`,
    `The people of ${site.shortNameEn} are hard-working, fond of learning and proud of their patriotic and revolutionary traditions. The area has many historical and cultural relics, traditional festivals and crafts that are carefully preserved.`,
    `For 2025–2030, ${site.nameEn} aims for fast and sustainable development, with digital transformation, administrative reform and human resources as breakthroughs, and with steady improvements in people's lives.`,
  ];

  const deptsVi = province
    ? 'Các cơ quan chuyên môn thuộc UBND tỉnh gồm: Văn phòng UBND tỉnh, Sở Nội vụ, Sở Tài chính, Sở Tư pháp, Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Xây dựng, Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo, Sở Y tế, Sở Văn hóa, Thể thao và Du lịch, Thanh tra tỉnh.'
    : `Các cơ quan chuyên môn thuộc UBND ${kVi} gồm: Văn phòng HĐND và UBND ${kVi}, ${
        site.kind === 'ward' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế'
      }, Phòng Văn hóa – Xã hội; đơn vị sự nghiệp trực thuộc là Trung tâm Phục vụ hành chính công ${kVi}.`;
  const deptsEn = province
    ? "The specialised agencies of the Provincial People's Committee are: the Office of the Provincial People's Committee, the Departments of Home Affairs, Finance, Justice, Industry and Trade, Agriculture and Environment, Construction, Science and Technology, Education and Training, Health, and Culture, Sports and Tourism, and the Provincial Inspectorate."
    : `The specialised agencies of the ${site.levelEn} People's Committee are the ${site.levelEn} Office, the ${
        site.kind === 'ward' ? 'Economic, Infrastructure and Urban Affairs Division' : 'Economic Division'
      } and the Culture and Society Division, supported by the ${site.levelEn} Public Administration Service Centre.`;

  const orgVi: string[] = [
    `${site.agencyVi} do Hội đồng nhân dân ${kVi} bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân ${kVi} và cơ quan hành chính nhà nước cấp trên.`,
    'Chức năng, nhiệm vụ chủ yếu:',
    '– Xây dựng, trình Hội đồng nhân dân quyết định kế hoạch phát triển kinh tế – xã hội, dự toán ngân sách; tổ chức thực hiện các nghị quyết của Hội đồng nhân dân.',
    '– Quản lý nhà nước về đất đai, tài nguyên, môi trường, xây dựng, giao thông, nông nghiệp, công thương, văn hóa, giáo dục, y tế, lao động và an sinh xã hội trên địa bàn.',
    '– Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội; phòng, chống thiên tai; bảo vệ quyền và lợi ích hợp pháp của tổ chức, cá nhân.',
    '– Tổ chức tiếp công dân, giải quyết khiếu nại, tố cáo; đẩy mạnh cải cách hành chính, xây dựng chính quyền số.',
    'Lãnh đạo chủ chốt:',
    ...site.leaders.map((l) => `– ${leaderLine(l, 'vi')}`),
    deptsVi,
  ];
  const orgEn: string[] = [
    `The ${site.agencyEn} is elected by the ${site.levelEn} People's Council. It is the executive body of the Council and the State administrative body in the locality, accountable to local people, to the Council and to higher State administrative bodies.`,
    'Main functions and duties:',
    "– To prepare and submit to the People's Council the socio-economic development plan and the budget, and to implement the Council's resolutions.",
    '– To manage land, natural resources, the environment, construction, transport, agriculture, industry and trade, culture, education, health care, labour and social welfare in the locality.',
    '– To ensure defence, security and public order, to prevent natural disasters, and to protect the lawful rights and interests of organisations and individuals.',
    '– To receive citizens and settle complaints and denunciations, and to push ahead with administrative reform and digital government.',
    'Leadership:',
    ...site.leaders.map((l) => `– ${leaderLine(l, 'en')}`),
    deptsEn,
  ];

  const provinceSite = provinceOf(site);
  const dvcTinh =
    provinceSite.links.find((l) => l.url.startsWith('https://dichvucong.') && l.url.includes('.example.'))
      ?.url ?? 'https://dichvucong.gov.vn';
  const contactVi: string[] = [
    site.agencyVi,
    `Địa chỉ: ${site.addressVi}`,
    `Điện thoại: ${site.phone}${site.fax ? ` – Fax: ${site.fax}` : ''}`,
    `Thư điện tử: ${site.email}`,
    'Thời gian làm việc: buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu (trừ ngày nghỉ lễ, Tết).',
    `Tiếp công dân: tại Trụ sở Tiếp công dân ${kVi} ${site.shortNameVi} vào các ngày làm việc; lãnh đạo UBND ${kVi} tiếp công dân định kỳ vào ngày 15 hằng tháng.`,
    `Nộp hồ sơ thủ tục hành chính trực tuyến qua Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn) hoặc Hệ thống thông tin giải quyết thủ tục hành chính tỉnh ${provinceSite.shortNameVi} (${dvcTinh}).`,
    `Người chịu trách nhiệm chính: ${site.responsibleVi}.`,
    `${site.licenceVi}.`,
  ];
  const contactEn: string[] = [
    `The ${site.agencyEn}`,
    `Address: ${site.addressEn}`,
    `Telephone: ${site.phone}${site.fax ? ` – Fax: ${site.fax}` : ''}`,
    `E-mail: ${site.email}`,
    'Office hours: 7.30 a.m. to 11.30 a.m. and 1.30 p.m. to 5 p.m., Monday to Friday (except public holidays).',
    `Citizen reception: at the citizen reception office of ${site.nameEn} on working days; leaders of the ${site.levelEn} People's Committee receive citizens on the 15th of every month.`,
    `Administrative applications can be submitted online through the National Public Service Portal (https://dichvucong.gov.vn) or the ${provinceSite.shortNameEn} administrative procedures system (${dvcTinh}).`,
    `Chief editor: ${site.responsibleEn}.`,
    `${site.licenceEn}.`,
  ];

  return [
    { slug: 'tong-quan', titleVi: 'Tổng quan', titleEn: 'Overview', bodyVi: overviewVi, bodyEn: overviewEn },
    {
      slug: 'co-cau-to-chuc',
      titleVi: 'Cơ cấu tổ chức, chức năng nhiệm vụ',
      titleEn: 'Organisation, functions and duties',
      bodyVi: orgVi,
      bodyEn: orgEn,
    },
    {
      slug: 'thong-tin-lien-he',
      titleVi: 'Thông tin liên hệ',
      titleEn: 'Contact information',
      bodyVi: contactVi,
      bodyEn: contactEn,
    },
  ];
}

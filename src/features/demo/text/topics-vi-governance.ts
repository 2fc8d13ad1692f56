// Vietnamese topics: socio-economic reviews, Party congresses and Party building,
// council sessions, citizen reception and administrative reform.

import type { RawTopic } from './topic-model.js';

export const TOPICS_VI_GOVERNANCE: RawTopic[] = [
  {
    key: 'kinh-te-xa-hoi',
    cats: ['tin-tuc', 'kinh-te'],
    kind: 'meeting',
    areas: ['government'],
    event: 'hội nghị',
    actions: [
      'tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh',
      'đẩy nhanh tiến độ giải ngân vốn đầu tư công',
      'quyết tâm hoàn thành các chỉ tiêu kinh tế – xã hội',
      'tăng cường các giải pháp thu ngân sách',
      'phấn đấu tốc độ tăng trưởng kinh tế trên {p:7-9}',
      'cải thiện môi trường đầu tư, kinh doanh',
      'thúc đẩy phát triển thương mại, dịch vụ',
      'siết chặt kỷ cương trong chỉ đạo, điều hành',
      'tạo đột phá trong thu hút đầu tư',
      'khơi thông nguồn lực cho phát triển kinh tế – xã hội',
    ],
    phrase: 'nhiệm vụ phát triển kinh tế – xã hội',
    docPhrase: 'kế hoạch phát triển kinh tế – xã hội 5 năm {plan}',
    scenes: [
      {
        titles: [
          '{Place} [sơ kết|đánh giá] tình hình kinh tế – xã hội {period}',
          '{Ubnd} triển khai nhiệm vụ, giải pháp phát triển kinh tế – xã hội [những tháng cuối năm {year}|trong thời gian tới]',
          'Phấn đấu hoàn thành [cao nhất|toàn diện] các chỉ tiêu phát triển kinh tế – xã hội năm {year}',
          'Tăng trưởng kinh tế {period} của {place} ước đạt {p:6-10}',
          '[Nhiều|Phần lớn] chỉ tiêu kinh tế – xã hội {period} của {place} đạt và vượt kế hoạch',
          '{Place} tập trung tháo gỡ khó khăn, thúc đẩy tăng trưởng [kinh tế|sản xuất, kinh doanh] năm {year}',
          'Thu ngân sách {period} của {place} đạt {p:52-75} dự toán',
        ],
        leads: [
          '[Sáng|Chiều] ngày {eventDate}, {ubnd} tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế – xã hội {period}, triển khai nhiệm vụ, giải pháp trọng tâm trong thời gian tới. {Leader} chủ trì hội nghị.',
          'Trong {period}, dù còn nhiều khó khăn, thách thức, kinh tế – xã hội của {place} tiếp tục phát triển ổn định; tổng sản phẩm trên địa bàn ước tăng {p:6-10}, quốc phòng, an ninh được giữ vững, đời sống nhân dân từng bước được cải thiện.',
          'Với tinh thần chủ động, quyết liệt, {place} đã đạt được nhiều kết quả quan trọng trên các lĩnh vực trong {period}. Tuy vậy, để hoàn thành các chỉ tiêu cả năm, các cấp, các ngành cần tiếp tục nỗ lực, tháo gỡ những điểm nghẽn còn tồn tại.',
        ],
        opening: [
          [
            '[Sáng|Chiều] ngày {eventDate}, {ubnd} tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế – xã hội {period}.',
            'Ngày {eventDate}, {ubndFull} họp phiên thường kỳ tháng {month}/{year} để đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế – xã hội {period}.',
          ],
          ['{Leader} chủ trì hội nghị.', 'Hội nghị do {leader} chủ trì.'],
        ],
      },
    ],
    body: [
      'Theo báo cáo, tổng sản phẩm trên địa bàn {period} ước tăng {p:6-10} so với cùng kỳ, [cao hơn mức bình quân chung của cả nước|vượt kịch bản tăng trưởng đề ra].',
      'Thu ngân sách nhà nước trên địa bàn ước đạt {kb:1200-4800}, bằng {p:48-72} dự toán, tăng {p:5-18} so với cùng kỳ.',
      'Tổng vốn đầu tư toàn xã hội ước đạt {kb:6000-15000}; giải ngân vốn đầu tư công đạt {p:42-68} kế hoạch vốn được giao.',
      'Sản xuất nông nghiệp cơ bản ổn định, tổng sản lượng lương thực ước đạt {ks:280000-520000} tấn; chăn nuôi phát triển khá, dịch bệnh trên đàn vật nuôi được kiểm soát tốt.',
      'Hoạt động thương mại, dịch vụ diễn ra sôi động, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng {p:8-14} so với cùng kỳ.',
      'Trong kỳ, toàn {kind} có thêm {ks:120-480/3-12} doanh nghiệp thành lập mới, góp phần tạo việc làm cho {ks:3000-9000/60-220} lao động.',
      'Lĩnh vực văn hóa – xã hội có nhiều chuyển biến; các chính sách đối với người có công, hộ nghèo, đối tượng bảo trợ xã hội được thực hiện đầy đủ, kịp thời.',
      'Tỷ lệ hộ nghèo giảm còn {p:1-3.5}; tỷ lệ người dân tham gia bảo hiểm y tế đạt {p:92-98}, [vượt|đạt] chỉ tiêu đề ra.',
      'Quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm; công tác tuyển chọn, gọi công dân nhập ngũ đạt 100% chỉ tiêu.',
      'Công tác cải cách hành chính tiếp tục được đẩy mạnh, tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn đạt {p:97-99.8}.',
      'Ngành du lịch đón khoảng {ks:450000-1200000/12000-40000} lượt khách, tổng thu từ hoạt động du lịch ước đạt {kb:900-2800/4-30}.',
      'Các công trình, dự án trọng điểm được tập trung chỉ đạo; nhiều dự án đã hoàn thành, đưa vào sử dụng, phát huy hiệu quả.',
      'Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp tăng {p:7-13}; nhiều cơ sở sản xuất đã mở rộng quy mô, đổi mới thiết bị.',
      'Công tác quản lý đất đai, tài nguyên, bảo vệ môi trường được tăng cường, nhiều vụ việc vi phạm được phát hiện và xử lý kịp thời.',
    ],
    quotes: [
      '{Leader} nhấn mạnh: “Thời gian còn lại không nhiều, các ngành, các cấp phải tập trung cao độ, dồn sức cho những chỉ tiêu còn đạt thấp, tuyệt đối không được chủ quan”.',
      '“Mục tiêu cao nhất vẫn là nâng cao đời sống vật chất, tinh thần của nhân dân; mọi chủ trương, giải pháp đều phải hướng tới mục tiêu đó”, {leaderRef} khẳng định.',
    ],
    directions: [
      '{Leader} yêu cầu {depts} tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công, coi đây là nhiệm vụ chính trị trọng tâm trong thời gian tới.',
      'Các đơn vị cần tăng cường các biện pháp khai thác nguồn thu, chống thất thu ngân sách, đồng thời triệt để thực hành tiết kiệm, chống lãng phí.',
      'Tiếp tục tháo gỡ khó khăn cho doanh nghiệp, hộ kinh doanh; cải thiện mạnh mẽ môi trường đầu tư, kinh doanh, nâng cao năng lực cạnh tranh của địa phương.',
      'Chủ động các phương án phòng, chống thiên tai, dịch bệnh, bảo đảm sản xuất {season} đạt kế hoạch về diện tích, năng suất và sản lượng.',
      'Làm tốt công tác an sinh xã hội, chăm lo đời sống nhân dân, nhất là người có công, hộ nghèo và người có hoàn cảnh khó khăn.',
    ],
    subheads: [
      'Nhiều chỉ tiêu đạt khá',
      'Kinh tế giữ đà tăng trưởng',
      'Không chủ quan, lơ là',
      'Dồn sức cho chỉ tiêu còn thấp',
    ],
    tags: ['Kinh tế – xã hội', 'Tăng trưởng kinh tế', 'Thu ngân sách', 'Đầu tư công', 'Phiên họp thường kỳ'],
    captions: [
      '{LeaderCap} phát biểu chỉ đạo tại hội nghị.',
      'Quang cảnh hội nghị đánh giá tình hình kinh tế – xã hội {period}.',
      'Đại diện {org} báo cáo tại hội nghị.',
      'Các đại biểu dự hội nghị tại điểm cầu {unit}.',
    ],
    orgs: {
      province: [
        ['Sở Tài chính', 'Giám đốc'],
        ['Thống kê tỉnh', 'Trưởng'],
        ['Sở Công Thương', 'Giám đốc'],
      ],
      local: [
        ['Phòng Kinh tế', 'Trưởng'],
        ['Văn phòng HĐND và UBND {kind}', 'Chánh'],
      ],
    },
  },
  {
    key: 'dai-hoi-dang-bo',
    cats: ['chinh-tri', 'tin-tuc'],
    kind: 'meeting',
    areas: ['party'],
    event: 'đại hội',
    year: 2025,
    months: [5, 6, 7, 8, 9, 10],
    subjects: ['{partyOrgFull}', '{partyCom}'],
    actions: [
      'tập trung chuẩn bị chu đáo cho đại hội nhiệm kỳ {term}',
      'hoàn thành đại hội các chi bộ, đảng bộ trực thuộc',
      'lấy ý kiến nhân dân góp ý dự thảo văn kiện đại hội',
      'phát huy dân chủ trong chuẩn bị nhân sự đại hội',
      'lan tỏa khí thế thi đua chào mừng đại hội đảng bộ các cấp',
      'chỉ đạo đại hội điểm để rút kinh nghiệm',
    ],
    phrase: 'công tác chuẩn bị và tổ chức đại hội đảng bộ các cấp',
    docPhrase: 'đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    scenes: [
      {
        fixedTitles: true,
        titles: [
          'Đại hội đại biểu Đảng bộ {place} lần thứ {congressNo}, nhiệm kỳ {term}',
          'Khai mạc trọng thể Đại hội đại biểu Đảng bộ {place} lần thứ {congressNo}, nhiệm kỳ {term}',
          'Bế mạc Đại hội đại biểu Đảng bộ {place} lần thứ {congressNo}: [Đoàn kết, đổi mới, hành động|Khát vọng vươn lên, phát triển nhanh và bền vững]',
          'Đồng chí {leaderName} được bầu giữ chức Bí thư {partyCom} nhiệm kỳ {term}',
          '{PartyOrgFull} xác định [ba khâu đột phá|nhiều mục tiêu lớn] cho nhiệm kỳ {term}',
        ],
        leads: [
          'Từ ngày {eventStart} đến ngày {eventDate}, Đại hội đại biểu Đảng bộ {place} lần thứ {congressNo}, nhiệm kỳ {term} đã diễn ra trọng thể với sự tham dự của {dlg} đại biểu, đại diện cho hơn {ks:52000-64000/1300-1900} đảng viên trong toàn Đảng bộ.',
          '[Sáng|Chiều] ngày {eventDate}, {partyOrgFull} long trọng tổ chức Đại hội đại biểu lần thứ {congressNo}, nhiệm kỳ {term}. Đây là sự kiện chính trị quan trọng, có ý nghĩa đặc biệt đối với cán bộ, đảng viên và nhân dân {placeName}.',
          'Với tinh thần “Đoàn kết – Đổi mới – Hành động – Phát triển”, đại hội đã thảo luận, quyết định nhiều vấn đề quan trọng, xác định mục tiêu, nhiệm vụ, giải pháp phát triển {place} trong nhiệm kỳ {term}.',
        ],
        opening: [
          [
            'Từ ngày {eventStart} đến ngày {eventDate}, {partyOrgFull} tổ chức Đại hội đại biểu lần thứ {congressNo}, nhiệm kỳ {term}.',
          ],
          [
            'Dự đại hội có {dlg} đại biểu chính thức, đại diện cho hơn {ks:52000-64000/1300-1900} đảng viên trong toàn Đảng bộ.',
            'Về dự và chỉ đạo đại hội có {superior}.',
          ],
        ],
      },
      {
        titles: [
          '{SubParty} tổ chức thành công đại hội [điểm |]nhiệm kỳ {term}',
          'Đại hội {subParty} nhiệm kỳ {term}: [Dân chủ, đoàn kết, đổi mới|Nhiều cách làm mới, sáng tạo]',
          '{PartyOrgFull} tập trung chuẩn bị chu đáo cho đại hội các chi bộ, đảng bộ trực thuộc',
        ],
        leads: [
          'Ngày {eventDate}, {subParty} tổ chức đại hội nhiệm kỳ {term}. Đây là đại hội được {partyCom} chọn làm điểm để rút kinh nghiệm, chỉ đạo đại hội các tổ chức đảng trực thuộc.',
          'Đến nay, {p:60-90} chi bộ, đảng bộ trực thuộc {partyOrg} đã tổ chức xong đại hội nhiệm kỳ {term}, bảo đảm đúng tiến độ, nội dung, đúng quy định; nhiều đại hội đã có cách làm mới, thiết thực.',
        ],
        opening: [
          [
            'Ngày {eventDate}, {subParty} tổ chức đại hội nhiệm kỳ {term}.',
            'Thực hiện kế hoạch của {btv}, các chi bộ, đảng bộ trực thuộc đã khẩn trương tổ chức đại hội nhiệm kỳ {term}.',
          ],
          ['Về dự và chỉ đạo đại hội có {leader}.'],
        ],
        body: [
          'Các văn kiện trình đại hội được chuẩn bị công phu, đánh giá đúng thực chất kết quả nhiệm kỳ qua và đề ra chỉ tiêu sát thực tế.',
          'Đại hội đã bầu cấp ủy nhiệm kỳ mới bảo đảm cơ cấu, số lượng, tiêu chuẩn theo quy định; tỷ lệ cấp ủy viên trẻ, nữ đều tăng so với nhiệm kỳ trước.',
        ],
      },
    ],
    body: [
      'Báo cáo chính trị trình đại hội nêu rõ, nhiệm kỳ {prevTerm}, {partyOrg} đã lãnh đạo hoàn thành và hoàn thành vượt {n:15-19} trên tổng số {n:20-22} chỉ tiêu chủ yếu của nghị quyết đại hội.',
      'Tốc độ tăng trưởng kinh tế bình quân giai đoạn {prevTerm} đạt {p:6.5-9.5}/năm; thu nhập bình quân đầu người đạt {n:58-92} triệu đồng/năm.',
      'Trong nhiệm kỳ, toàn Đảng bộ đã kết nạp {ks:9000-14000/120-260} đảng viên mới; tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt trên {p:85-95}.',
      'Đại hội đã dành nhiều thời gian thảo luận, đóng góp ý kiến vào dự thảo Báo cáo chính trị và Báo cáo kiểm điểm của Ban Chấp hành nhiệm kỳ {prevTerm}.',
      'Các ý kiến tham luận tập trung làm rõ những kết quả nổi bật, bài học kinh nghiệm và đề xuất nhiều giải pháp đột phá cho nhiệm kỳ mới.',
      'Đại hội xác định ba khâu đột phá gồm: hoàn thiện hạ tầng giao thông kết nối; phát triển nguồn nhân lực chất lượng cao; đẩy mạnh chuyển đổi số và cải cách hành chính.',
      'Với tinh thần dân chủ, trách nhiệm, đại hội đã bầu Ban Chấp hành {partyOrg} nhiệm kỳ {term} gồm {bch} đồng chí.',
      'Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm {btvN} đồng chí; đồng chí {leaderName} được bầu giữ chức Bí thư {partyCom} nhiệm kỳ {term}.',
      'Đại hội cũng đã bầu đoàn đại biểu dự {upperCongress}.',
      'Đại hội đặt mục tiêu đến năm 2030, {place} trở thành [địa phương phát triển khá của vùng|đơn vị tiêu biểu về đô thị văn minh, nông thôn hiện đại], đời sống nhân dân không ngừng được nâng cao.',
      'Đại hội thống nhất cao với phương châm hành động “Đoàn kết – Đổi mới – Hành động – Phát triển”, khơi dậy khát vọng vươn lên của cán bộ, đảng viên và nhân dân.',
      'Cuối nhiệm kỳ, tỷ lệ hộ nghèo giảm còn {p:1-3}; {p:90-100} số thôn, khu dân cư đạt danh hiệu văn hóa.',
      'Công tác kiểm tra, giám sát được thực hiện toàn diện; việc xử lý tổ chức đảng, đảng viên vi phạm bảo đảm nghiêm minh, đúng quy định.',
    ],
    quotes: [
      'Phát biểu chỉ đạo đại hội, {superior} biểu dương những kết quả mà {partyOrg} đạt được, đồng thời đề nghị Ban Chấp hành khóa mới tập trung đổi mới phương thức lãnh đạo, nâng cao năng lực lãnh đạo và sức chiến đấu.',
      '{Leader} khẳng định: “Ban Chấp hành khóa mới nguyện đoàn kết, nêu cao tinh thần trách nhiệm, không phụ lòng tin của đảng viên và nhân dân”.',
    ],
    directions: [
      '{Superior} đề nghị {partyCom} khóa mới sớm cụ thể hóa nghị quyết đại hội thành các chương trình, kế hoạch hành động sát thực tiễn.',
      'Đồng thời, chú trọng công tác cán bộ, xây dựng đội ngũ cán bộ các cấp đủ phẩm chất, năng lực, uy tín ngang tầm nhiệm vụ.',
      'Tăng cường kiểm tra, giám sát, kiên quyết phòng, chống tham nhũng, lãng phí, tiêu cực; thắt chặt mối quan hệ mật thiết giữa Đảng với nhân dân.',
      'Ngay sau đại hội, các cấp ủy cần tổ chức quán triệt, tuyên truyền sâu rộng nghị quyết đại hội đến cán bộ, đảng viên và các tầng lớp nhân dân.',
    ],
    subheads: [
      'Nhiệm kỳ nhiều dấu ấn',
      'Khát vọng vươn lên',
      'Đoàn kết, đổi mới, hành động',
      'Những khâu đột phá',
    ],
    tags: [
      'Đại hội Đảng bộ',
      'Xây dựng Đảng',
      'Nhiệm kỳ 2025 – 2030',
      'Công tác cán bộ',
      'Báo cáo chính trị',
    ],
    captions: [
      'Đoàn Chủ tịch điều hành phiên khai mạc đại hội.',
      '{SuperiorCap} phát biểu chỉ đạo đại hội.',
      'Các đại biểu biểu quyết thông qua nghị quyết đại hội.',
      'Ban Chấp hành {partyOrg} nhiệm kỳ {term} ra mắt đại hội.',
      'Đại biểu dâng hoa, báo công lên Chủ tịch Hồ Chí Minh trước giờ khai mạc.',
    ],
    orgs: {
      province: [
        ['Ban Tổ chức Tỉnh ủy', 'Trưởng'],
        ['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Trưởng'],
      ],
      local: [
        ['Văn phòng Đảng ủy {kind}', 'Chánh'],
        ['Ủy ban Kiểm tra Đảng ủy {kind}', 'Chủ nhiệm'],
      ],
    },
  },
  {
    key: 'xay-dung-dang',
    cats: ['chinh-tri'],
    kind: 'meeting',
    areas: ['party', 'council'],
    event: 'hội nghị',
    subjects: ['{partyOrgFull}', '{partyCom}', '{subParty}', '{partyOrgFull}'],
    actions: [
      'nâng cao chất lượng sinh hoạt chi bộ',
      'đổi mới công tác kiểm tra, giám sát',
      'chú trọng phát triển đảng viên trong thanh niên',
      'siết chặt kỷ luật, kỷ cương trong Đảng',
      'bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng',
      'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      'nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng',
      'gắn công tác xây dựng Đảng với phát triển kinh tế – xã hội',
      'phát huy vai trò tiên phong, gương mẫu của đảng viên',
    ],
    phrase: 'công tác xây dựng Đảng và hệ thống chính trị',
    docPhrase: 'tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị',
    scenes: [
      {
        titles: [
          '{PartyCom} [tổ chức hội nghị học tập, quán triệt|triển khai] các nghị quyết, chỉ thị mới của Đảng',
          'Sơ kết công tác kiểm tra, giám sát của {partyOrg} {period}',
          'Quán triệt, triển khai các văn bản mới của Trung ương đến cán bộ chủ chốt {place}',
        ],
        leads: [
          'Ngày {eventDate}, {btv} tổ chức hội nghị [trực tiếp kết hợp trực tuyến|trực tiếp] học tập, quán triệt, triển khai thực hiện các nghị quyết, chỉ thị, kết luận mới của Trung ương cho cán bộ chủ chốt và đảng viên trong toàn {partyOrg}.',
          'Xác định xây dựng Đảng là nhiệm vụ then chốt, {partyCom} đã ban hành nhiều chương trình, kế hoạch cụ thể, tạo chuyển biến rõ nét trong công tác xây dựng Đảng và hệ thống chính trị ở cơ sở.',
        ],
        opening: [
          [
            'Ngày {eventDate}, {btv} tổ chức hội nghị học tập, quán triệt và triển khai thực hiện các văn bản mới của Trung ương và của {partyCom}.',
            'Ngày {eventDate}, {partyCom} tổ chức hội nghị sơ kết công tác xây dựng Đảng {period}.',
          ],
          [
            'Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, với sự tham dự của hơn {ks:3000-6500/80-180} cán bộ, đảng viên.',
            '{Leader} chủ trì hội nghị.',
          ],
        ],
        body: [
          'Tại hội nghị, các đại biểu đã được nghe báo cáo viên truyền đạt những nội dung cơ bản, cốt lõi của các văn bản mới, nhất là những điểm mới, những yêu cầu cụ thể đối với cấp cơ sở.',
          'Sau mỗi đợt học tập, {p:95-100} cán bộ, đảng viên viết bài thu hoạch và xây dựng kế hoạch cá nhân để thực hiện.',
        ],
      },
      {
        kind: 'feature',
        titles: [
          'Nâng cao chất lượng sinh hoạt chi bộ [ở {home}|trong {partyOrgFull}]',
          '{PartyOrgFull} kết nạp {ks:800-1600/20-45} đảng viên mới trong {period}',
          'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh [trong cán bộ, đảng viên|ở {home}]',
          'Xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh gắn với [phát triển kinh tế – xã hội|nhiệm vụ chính trị ở địa phương]',
        ],
        leads: [
          '{Since}, {partyOrg} đặc biệt chú trọng nâng cao chất lượng sinh hoạt chi bộ, công tác phát triển đảng viên và kiểm tra, giám sát, góp phần xây dựng Đảng bộ ngày càng trong sạch, vững mạnh.',
          'Từ những buổi sinh hoạt chi bộ được đổi mới cả về nội dung và hình thức, nhiều chi bộ ở {place} đã thực sự trở thành hạt nhân lãnh đạo, quy tụ sức mạnh đoàn kết ở khu dân cư.',
        ],
        opening: [
          [
            '{Since}, {partyOrg} đã triển khai nhiều giải pháp đồng bộ nhằm nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng.',
            'Chúng tôi có dịp dự buổi sinh hoạt chi bộ định kỳ tại {home}, nơi được đánh giá là một trong những chi bộ tiêu biểu của {partyOrg}.',
          ],
        ],
      },
    ],
    body: [
      'Trong {period}, toàn {partyOrg} đã kết nạp {ks:800-1600/20-45} đảng viên mới, trong đó nhiều đảng viên là đoàn viên thanh niên, người lao động trong doanh nghiệp.',
      'Ủy ban Kiểm tra các cấp đã kiểm tra {ks:80-240/3-8} tổ chức đảng và đảng viên khi có dấu hiệu vi phạm, giám sát chuyên đề nhiều lượt tổ chức đảng và đảng viên.',
      'Việc sinh hoạt chi bộ được đổi mới theo hướng thiết thực, gắn với các chuyên đề cụ thể như phát triển kinh tế hộ gia đình, bảo vệ môi trường, giữ gìn an ninh trật tự ở khu dân cư.',
      'Công tác tự phê bình và phê bình được thực hiện nghiêm túc, góp phần ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống trong một bộ phận cán bộ, đảng viên.',
      'Kết quả đánh giá, xếp loại chất lượng năm {prevYear} cho thấy {p:88-96} tổ chức đảng hoàn thành tốt nhiệm vụ trở lên, không có tổ chức đảng yếu kém.',
      'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được gắn với thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị, với nhiều mô hình, điển hình tiêu biểu.',
      '{Home} đã có cách làm hay khi phân công mỗi đảng viên phụ trách một nhóm hộ gia đình, kịp thời nắm bắt tâm tư, nguyện vọng của nhân dân.',
      'Công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch được triển khai bài bản, chủ động hơn, nhất là trên không gian mạng.',
      'Tổ chức bộ máy của hệ thống chính trị được sắp xếp tinh gọn, hoạt động hiệu lực, hiệu quả, đáp ứng yêu cầu nhiệm vụ trong tình hình mới.',
      'Nhiều chi bộ đã đưa vào sinh hoạt những vấn đề người dân quan tâm như làm đường giao thông, xây dựng nhà văn hóa, giải quyết mâu thuẫn ở khu dân cư.',
      'Tỷ lệ đảng viên dự sinh hoạt chi bộ định kỳ đạt trên {p:92-98}; nhiều chi bộ duy trì sinh hoạt nền nếp, đúng ngày quy định.',
    ],
    quotes: [
      '{Leader} nhấn mạnh: “Chi bộ là hạt nhân chính trị ở cơ sở; chi bộ mạnh thì đảng bộ mới mạnh, nhân dân mới tin tưởng”.',
      'Là đảng viên trẻ mới được kết nạp, {youth} bày tỏ: “Tôi sẽ không ngừng học tập, rèn luyện, gương mẫu trong công việc để xứng đáng với niềm tin của chi bộ”.',
    ],
    directions: [
      '{Leader} yêu cầu các cấp ủy, tổ chức đảng tiếp tục tuyên truyền, quán triệt sâu rộng và xây dựng chương trình hành động cụ thể, phù hợp với thực tiễn của từng đơn vị.',
      'Người đứng đầu cấp ủy phải gương mẫu, nêu cao tinh thần trách nhiệm, nói đi đôi với làm, thường xuyên đối thoại, lắng nghe ý kiến của nhân dân.',
      'Các cấp ủy cần quan tâm bồi dưỡng, tạo nguồn phát triển đảng viên, nhất là ở những thôn, khu dân cư còn ít đảng viên.',
      'Tiếp tục nâng cao chất lượng công tác kiểm tra, giám sát, xử lý nghiêm tổ chức đảng, đảng viên vi phạm, không có vùng cấm, không có ngoại lệ.',
    ],
    subheads: [
      'Đổi mới nội dung sinh hoạt chi bộ',
      'Nâng cao chất lượng đảng viên',
      'Siết chặt kỷ luật, kỷ cương',
    ],
    tags: [
      'Xây dựng Đảng',
      'Sinh hoạt chi bộ',
      'Phát triển đảng viên',
      'Kiểm tra, giám sát',
      'Học tập và làm theo Bác',
    ],
    captions: [
      '{LeaderCap} quán triệt các nội dung tại hội nghị.',
      'Cán bộ, đảng viên dự hội nghị tại điểm cầu {unit}.',
      'Lễ kết nạp đảng viên mới tại {subParty}.',
      'Buổi sinh hoạt chi bộ chuyên đề tại {home}.',
    ],
    orgs: {
      province: [
        ['Ban Tổ chức Tỉnh ủy', 'Trưởng'],
        ['Ủy ban Kiểm tra Tỉnh ủy', 'Chủ nhiệm'],
        ['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Trưởng'],
      ],
      local: [
        ['Ủy ban Kiểm tra Đảng ủy {kind}', 'Chủ nhiệm'],
        ['Văn phòng Đảng ủy {kind}', 'Chánh'],
      ],
    },
  },
  {
    key: 'ky-hop-hdnd',
    cats: ['chinh-tri', 'tin-tuc'],
    kind: 'meeting',
    areas: ['council'],
    event: 'kỳ họp',
    subjects: ['{hdnd}', 'Thường trực {hdnd}', 'đại biểu {hdnd}'],
    actions: [
      'nâng cao chất lượng giám sát việc giải quyết kiến nghị của cử tri',
      'đổi mới hoạt động chất vấn tại kỳ họp',
      'quyết định nhiều chính sách hợp lòng dân',
      'tăng cường tiếp xúc cử tri trước và sau kỳ họp',
      'giám sát chuyên đề về quản lý đất đai, môi trường',
      'giám sát việc thực hiện chính sách an sinh xã hội',
      'đổi mới cách thức tổ chức kỳ họp',
    ],
    phrase: 'hoạt động của Hội đồng nhân dân',
    docPhrase: 'nâng cao chất lượng hoạt động của Hội đồng nhân dân các cấp',
    scenes: [
      {
        titles: [
          'Khai mạc kỳ họp thứ {n:2-12} {hdndFull} {hdndTerm}',
          '{Hdnd} thông qua {n:12-32} nghị quyết quan trọng tại kỳ họp [thường lệ cuối năm|giữa năm] {year}',
          'Bế mạc kỳ họp thứ {n:2-12} {hdndFull}: Quyết sách kịp thời, đáp ứng yêu cầu thực tiễn',
          'Chất vấn và trả lời chất vấn tại kỳ họp {hdnd}: [Thẳng thắn, trách nhiệm, cầu thị|Tập trung vào những vấn đề cử tri quan tâm]',
          'Nâng cao chất lượng hoạt động giám sát của {hdndFull}',
        ],
        leads: [
          '[Sáng|Chiều] ngày {eventDate}, {hdndFull} {hdndTerm} tổ chức kỳ họp thứ {n:2-12} để xem xét, quyết định nhiều nội dung quan trọng liên quan đến phát triển kinh tế – xã hội, quốc phòng, an ninh của địa phương.',
          'Sau {n:2-3} ngày làm việc khẩn trương, nghiêm túc và trách nhiệm, kỳ họp thứ {n:2-12} {hdndFull} đã hoàn thành toàn bộ nội dung, chương trình đề ra và bế mạc vào chiều ngày {eventDate}.',
        ],
        opening: [
          ['[Sáng|Chiều] ngày {eventDate}, {hdndFull} {hdndTerm} khai mạc kỳ họp thứ {n:2-12}.'],
          ['{Leader} chủ trì kỳ họp.', 'Kỳ họp do {leader} chủ trì.'],
        ],
        body: [
          'Tại kỳ họp, các đại biểu đã nghe các báo cáo về tình hình kinh tế – xã hội, quốc phòng, an ninh; kết quả thực hiện dự toán ngân sách và phương án phân bổ ngân sách năm {nextYear}.',
          'Kỳ họp đã xem xét, thảo luận và biểu quyết thông qua {n:12-32} nghị quyết, trong đó có nhiều nghị quyết liên quan trực tiếp đến đời sống của nhân dân.',
          'Trong phiên chất vấn, các đại biểu tập trung vào những vấn đề cử tri quan tâm như tiến độ giải phóng mặt bằng, chất lượng dịch vụ y tế, ô nhiễm môi trường tại {unit}.',
          'Trả lời chất vấn, {orgHead} đã thẳng thắn nhận trách nhiệm, nêu rõ nguyên nhân và cam kết giải pháp khắc phục trong thời gian tới.',
          'Kỳ họp cũng đã tiến hành công tác nhân sự theo thẩm quyền, bảo đảm đúng quy trình, quy định.',
          'Các nghị quyết được thông qua tại kỳ họp là cơ sở pháp lý quan trọng để {ubnd} tổ chức thực hiện nhiệm vụ năm {nextYear}.',
          'Cử tri đánh giá cao việc {hdnd} đổi mới cách thức tổ chức kỳ họp, tăng thời gian thảo luận và phát sóng trực tiếp phiên chất vấn.',
        ],
      },
      {
        event: 'buổi tiếp xúc cử tri',
        titles: [
          'Đại biểu {hdnd} tiếp xúc cử tri [trước|sau] kỳ họp tại {home}',
          'Cử tri {home} kiến nghị nhiều vấn đề về [đất đai, giao thông nông thôn|môi trường, an sinh xã hội]',
          'Lắng nghe, tiếp thu ý kiến cử tri [trước thềm|sau] kỳ họp thứ {n:2-12} {hdndFull}',
        ],
        leads: [
          'Chuẩn bị cho kỳ họp {hdnd}, ngày {eventDate}, tổ đại biểu đã tiếp xúc cử tri tại {home} để thông tin kết quả hoạt động, lắng nghe ý kiến, kiến nghị của cử tri.',
          'Tại buổi tiếp xúc cử tri ở {home} ngày {eventDate}, nhiều ý kiến tâm huyết của cử tri đã được các đại biểu dân cử ghi nhận, giải trình trực tiếp hoặc chuyển đến cơ quan có thẩm quyền xem xét.',
        ],
        opening: [
          ['Ngày {eventDate}, tổ đại biểu {hdnd} đã tiếp xúc cử tri tại {home}.'],
          ['Cùng dự có {leader} và đại diện lãnh đạo {org}.'],
        ],
        body: [
          'Tại các buổi tiếp xúc, cử tri {home} kiến nghị sớm hoàn thành việc cấp giấy chứng nhận quyền sử dụng đất và nâng cấp tuyến đường liên thôn đã xuống cấp.',
          'Nhiều cử tri đề nghị quan tâm đầu tư hệ thống thủy lợi, điện chiếu sáng và thiết chế văn hóa ở {unit}.',
          'Các ý kiến thuộc thẩm quyền đã được lãnh đạo {org} giải trình, làm rõ ngay tại buổi tiếp xúc.',
        ],
      },
    ],
    body: [
      'Báo cáo tổng hợp ý kiến, kiến nghị của cử tri cho thấy đã có {n:85-140} ý kiến gửi tới kỳ họp, trong đó {p:90-98} đã được các cơ quan chức năng xem xét, trả lời.',
      'Thường trực {hdnd} đã tổ chức {n:3-8} cuộc giám sát chuyên đề, kịp thời kiến nghị khắc phục nhiều tồn tại, hạn chế trong quản lý nhà nước.',
      'Đại biểu {hdnd} đề nghị quan tâm đầu tư hệ thống thủy lợi, đường giao thông nông thôn và thiết chế văn hóa ở {unit}.',
      'Hoạt động của các ban và tổ đại biểu {hdnd} ngày càng đi vào thực chất, gắn với những vấn đề bức xúc của cử tri.',
      'Các đại biểu đánh giá cao sự chuẩn bị chu đáo của cơ quan soạn thảo; các tờ trình, dự thảo nghị quyết được gửi sớm để đại biểu nghiên cứu.',
    ],
    quotes: [
      'Phát biểu bế mạc kỳ họp, {leader} khẳng định: “Các nghị quyết đã được thông qua phải sớm đi vào cuộc sống, mang lại lợi ích thiết thực cho nhân dân”.',
      '{Citizen} kiến nghị: “Đề nghị các cấp quan tâm sửa chữa tuyến đường vào khu sản xuất, vì mùa mưa bà con đi lại rất khó khăn”.',
    ],
    directions: [
      '{Leader} đề nghị {ubnd} khẩn trương ban hành kế hoạch triển khai các nghị quyết vừa được thông qua, phân công rõ trách nhiệm cho từng cơ quan, đơn vị.',
      'Thường trực, các ban và đại biểu {hdnd} tăng cường giám sát việc thực hiện nghị quyết, nhất là việc giải quyết kiến nghị của cử tri.',
      'Mỗi đại biểu cần tiếp tục giữ mối liên hệ chặt chẽ với cử tri, phản ánh trung thực, kịp thời tâm tư, nguyện vọng của nhân dân.',
    ],
    subheads: [
      'Thẳng thắn, trách nhiệm tại phiên chất vấn',
      'Quyết sách hợp lòng dân',
      'Đưa nghị quyết vào cuộc sống',
    ],
    tags: ['Kỳ họp HĐND', 'Hội đồng nhân dân', 'Chất vấn', 'Tiếp xúc cử tri', 'Nghị quyết HĐND'],
    captions: [
      '{LeaderCap} phát biểu tại kỳ họp.',
      'Đại biểu biểu quyết thông qua các nghị quyết tại kỳ họp.',
      'Cử tri {home} phát biểu tại buổi tiếp xúc.',
      'Quang cảnh phiên chất vấn và trả lời chất vấn.',
    ],
    orgs: {
      province: [
        ['Sở Tài chính', 'Giám đốc'],
        ['Sở Nông nghiệp và Môi trường', 'Giám đốc'],
        ['Sở Xây dựng', 'Giám đốc'],
      ],
      local: [
        ['Phòng Kinh tế', 'Trưởng'],
        ['Phòng Văn hóa – Xã hội', 'Trưởng'],
      ],
    },
  },
  {
    key: 'tiep-cong-dan',
    cats: ['chinh-tri', 'tin-tuc', 'cai-cach-hanh-chinh'],
    kind: 'event',
    areas: ['party', 'government'],
    event: 'buổi tiếp công dân',
    actions: [
      'tăng cường đối thoại, giải quyết kiến nghị của người dân',
      'giải quyết dứt điểm các vụ việc khiếu nại kéo dài',
      'nâng cao hiệu quả hòa giải ở cơ sở',
      'công khai lịch tiếp công dân của lãnh đạo',
      'không để phát sinh khiếu kiện đông người',
      'lắng nghe, giải quyết thấu đáo các kiến nghị về đất đai',
    ],
    phrase: 'công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
    docPhrase: 'tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
    scenes: [
      {
        titles: [
          '{LeaderTitled} tiếp công dân định kỳ tháng {month}/{year}',
          'Lắng nghe, đối thoại để giải quyết kiến nghị của người dân {home}',
          'Đối thoại với hộ dân bị ảnh hưởng bởi dự án [mở rộng đường giao thông|khu dân cư mới] tại {home}',
        ],
        leads: [
          'Ngày {eventDate}, tại Trụ sở Tiếp công dân {place}, {leader} đã chủ trì buổi tiếp công dân định kỳ tháng {month}, trực tiếp lắng nghe, giải quyết kiến nghị của {n:4-12} lượt công dân.',
          'Thông qua đối thoại trực tiếp, nhiều vướng mắc của người dân liên quan đến đất đai, bồi thường, hỗ trợ tái định cư đã được giải thích rõ ràng, thấu tình đạt lý, góp phần giữ vững ổn định tình hình ở cơ sở.',
        ],
        opening: [
          ['Ngày {eventDate}, {leader} chủ trì buổi tiếp công dân định kỳ tháng {month}/{year}.'],
          ['Cùng dự có lãnh đạo {org}, {org2} và đại diện {home}.'],
          [
            'Tại buổi tiếp, {n:4-12} lượt công dân đã trình bày các nội dung kiến nghị, phản ánh, chủ yếu liên quan đến đất đai, bồi thường giải phóng mặt bằng và chế độ chính sách.',
          ],
        ],
        body: [
          '{Citizen} kiến nghị xem xét lại mức bồi thường đối với phần diện tích đất nông nghiệp bị thu hồi để thực hiện dự án mở rộng tuyến đường.',
          '{Citizen} phản ánh việc xây dựng công trình trên đất nông nghiệp tại khu vực giáp ranh chưa được cơ quan chức năng xử lý dứt điểm.',
          'Sau khi nghe ý kiến của công dân và báo cáo của các cơ quan chuyên môn, {leaderRef} đã trực tiếp giải đáp, phân tích các quy định của pháp luật liên quan.',
          'Đối với những nội dung thuộc thẩm quyền, {leaderRef} giao {org} kiểm tra, rà soát hồ sơ, báo cáo kết quả trước ngày {dueDate}.',
          'Những vụ việc đã được giải quyết đúng quy định, {leaderRef} đề nghị công dân chấp hành, đồng thời giao địa phương tiếp tục vận động, giải thích để người dân hiểu và đồng thuận.',
          'Phần lớn công dân đến trụ sở đều chấp hành tốt nội quy, trình bày nội dung rõ ràng, có tài liệu kèm theo.',
        ],
      },
      {
        kind: 'feature',
        titles: [
          '[Giải quyết dứt điểm|Tập trung giải quyết] các vụ việc khiếu nại, tố cáo kéo dài trên địa bàn {place}',
          'Nâng cao hiệu quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo ở cơ sở',
          '{Place}: {p:90-98} vụ việc khiếu nại, tố cáo được giải quyết đúng hạn',
        ],
        leads: [
          'Xác định tiếp công dân, giải quyết khiếu nại, tố cáo là nhiệm vụ quan trọng, thường xuyên, thời gian qua các cấp, các ngành của {place} đã tập trung chỉ đạo quyết liệt, giải quyết dứt điểm nhiều vụ việc phức tạp, kéo dài.',
          'Nhờ làm tốt công tác hòa giải, đối thoại ngay từ cơ sở, số đơn thư khiếu nại, tố cáo trên địa bàn {place} trong {period} giảm rõ rệt so với cùng kỳ.',
        ],
        opening: [
          [
            '{Since}, công tác tiếp công dân, giải quyết khiếu nại, tố cáo trên địa bàn {place} đã có nhiều chuyển biến tích cực.',
            'Theo {orgHead}, tình hình khiếu nại, tố cáo trên địa bàn {period} cơ bản ổn định, không phát sinh điểm nóng.',
          ],
        ],
      },
    ],
    body: [
      'Trong {period}, các cơ quan hành chính trên địa bàn đã tiếp {ks:1200-2600/60-180} lượt công dân, tiếp nhận {ks:900-1800/40-120} đơn thư các loại.',
      'Tỷ lệ giải quyết các vụ việc khiếu nại, tố cáo thuộc thẩm quyền đạt {p:90-98}; nhiều vụ việc tồn đọng, kéo dài đã được giải quyết dứt điểm.',
      'Việc tiếp công dân được thực hiện nghiêm túc theo lịch, công khai tại trụ sở và trên Cổng thông tin điện tử, tạo thuận lợi cho người dân.',
      'Các cơ quan chức năng đã chủ động đối thoại, hòa giải ngay từ cơ sở, không để phát sinh khiếu kiện đông người, vượt cấp.',
      'Các tổ hòa giải ở cơ sở đã hòa giải thành {p:80-92} vụ việc, góp phần giữ gìn tình làng nghĩa xóm.',
      'Nội dung khiếu nại chủ yếu liên quan đến đất đai, chiếm khoảng {p:65-80} tổng số đơn thư, tập trung ở các dự án giải phóng mặt bằng.',
    ],
    quotes: [
      '{Citizen} bày tỏ: “Tôi rất cảm ơn lãnh đạo đã dành thời gian lắng nghe; những băn khoăn của gia đình đã được giải thích cặn kẽ, tôi thấy yên tâm hơn”.',
      '“Mọi kiến nghị chính đáng của người dân phải được xem xét thấu đáo, giải quyết dứt điểm, không để người dân phải đi lại nhiều lần”, {leaderRef} nhấn mạnh.',
    ],
    directions: [
      '{Leader} yêu cầu người đứng đầu các cơ quan, đơn vị phải trực tiếp tiếp công dân theo đúng quy định, không ủy quyền tràn lan.',
      'Các đơn vị cần rà soát, phân loại đơn thư, tập trung giải quyết dứt điểm những vụ việc phức tạp ngay từ cơ sở.',
      'Tăng cường công tác tuyên truyền, phổ biến pháp luật để người dân hiểu đúng quyền và nghĩa vụ của mình khi thực hiện quyền khiếu nại, tố cáo.',
    ],
    subheads: ['Lắng nghe để thấu hiểu', 'Giải quyết thấu tình đạt lý', 'Không để vụ việc kéo dài'],
    tags: ['Tiếp công dân', 'Khiếu nại, tố cáo', 'Đối thoại', 'Đất đai', 'Giải phóng mặt bằng'],
    captions: [
      '{LeaderCap} tiếp và trao đổi với công dân.',
      'Công dân trình bày kiến nghị tại buổi tiếp.',
      'Lãnh đạo {org} báo cáo, làm rõ nội dung công dân kiến nghị.',
    ],
    orgs: {
      province: [
        ['Thanh tra tỉnh', 'Chánh'],
        ['Sở Nông nghiệp và Môi trường', 'Giám đốc'],
        ['Ban Tiếp công dân tỉnh', 'Trưởng'],
      ],
      local: [
        ['Văn phòng HĐND và UBND {kind}', 'Chánh'],
        ['Phòng Kinh tế', 'Trưởng'],
      ],
    },
  },
  {
    key: 'cai-cach-hanh-chinh',
    cats: ['chinh-tri', 'tin-tuc', 'cai-cach-hanh-chinh', 'chuyen-doi-so'],
    kind: 'feature',
    areas: ['government'],
    event: 'hội nghị',
    actions: [
      'đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình',
      'rút ngắn thời gian giải quyết thủ tục hành chính',
      'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
      'nâng cao mức độ hài lòng của người dân',
      'siết chặt kỷ luật, kỷ cương hành chính',
      'đưa dịch vụ công trực tuyến về tận thôn, khu phố',
      'cắt giảm giấy tờ, thủ tục không cần thiết',
      'nâng cao chất lượng phục vụ tại bộ phận một cửa',
    ],
    phrase: 'công tác cải cách hành chính',
    docPhrase: 'đẩy mạnh cải cách hành chính, nâng cao mức độ hài lòng của người dân, doanh nghiệp',
    scenes: [
      {
        titles: [
          'Trung tâm Phục vụ hành chính công {place}: [Thân thiện, chuyên nghiệp, hiệu quả|Nơi người dân làm thủ tục nhanh gọn]',
          '{Place} nâng cao mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính',
          'Cải cách hành chính [tạo thuận lợi cho|vì] người dân và doanh nghiệp ở {place}',
          '{p:97-99.8} hồ sơ thủ tục hành chính tại {place} được giải quyết đúng và trước hạn',
          'Cắt giảm thời gian giải quyết thủ tục hành chính, [giảm chi phí cho người dân|tăng sự hài lòng của người dân]',
          'Đưa dịch vụ công trực tuyến đến gần hơn với người dân {home}',
        ],
        leads: [
          '{Since}, {place} đã triển khai đồng bộ nhiều giải pháp cải cách hành chính, lấy người dân, doanh nghiệp làm trung tâm phục vụ; thời gian giải quyết nhiều thủ tục được rút ngắn, chi phí tuân thủ giảm đáng kể.',
          'Với phương châm “Công khai, minh bạch, nhanh gọn, đúng hẹn”, Trung tâm Phục vụ hành chính công {place} đã trở thành địa chỉ tin cậy của người dân và doanh nghiệp khi đến giao dịch.',
          'Cải cách hành chính được {place} xác định là khâu đột phá, tạo động lực quan trọng cho phát triển kinh tế – xã hội; nhiều cách làm mới đã mang lại sự hài lòng cho người dân.',
        ],
        opening: [
          [
            'Có mặt tại Trung tâm Phục vụ hành chính công {place} vào một buổi sáng đầu tuần, chúng tôi ghi nhận không khí làm việc khẩn trương nhưng nền nếp.',
            '{Since}, công tác cải cách hành chính trên địa bàn {place} tiếp tục được triển khai quyết liệt, toàn diện trên tất cả các lĩnh vực.',
          ],
          [
            'Khu vực tiếp nhận hồ sơ được bố trí khoa học, có máy lấy số tự động, ghế chờ, nước uống và công chức hướng dẫn trực tiếp cho người dân.',
            'Theo {orgHead}, mọi thủ tục hành chính đều được công khai đầy đủ, người dân có thể tra cứu tiến độ giải quyết hồ sơ bất cứ lúc nào.',
          ],
        ],
      },
    ],
    body: [
      'Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết được công khai đầy đủ trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.',
      'Trong {period}, các cơ quan, đơn vị đã tiếp nhận {ks:180000-320000/3500-9000} hồ sơ, trong đó {p:72-92} hồ sơ được nộp trực tuyến.',
      'Tỷ lệ hồ sơ được giải quyết đúng và trước hạn đạt {p:97-99.8}; việc xin lỗi người dân khi để hồ sơ trễ hạn được thực hiện nghiêm túc.',
      'Nhiều thủ tục đã được cắt giảm thời gian giải quyết từ {p:30-50} trở lên so với quy định, đặc biệt là các thủ tục trong lĩnh vực đất đai, đầu tư, xây dựng.',
      'Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính được đẩy mạnh, giúp người dân không phải nộp lại giấy tờ đã được cung cấp trước đó.',
      '{Home} đã thành lập tổ công nghệ số cộng đồng, trực tiếp hướng dẫn người cao tuổi cài đặt ứng dụng và nộp hồ sơ trực tuyến.',
      'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm {prevYear} đạt {p:85-95}, tăng so với năm trước.',
      'Việc thanh toán phí, lệ phí trực tuyến, trả kết quả qua dịch vụ bưu chính công ích giúp người dân tiết kiệm đáng kể thời gian và chi phí đi lại.',
      'Kỷ luật, kỷ cương hành chính được siết chặt; các trường hợp gây phiền hà, nhũng nhiễu người dân đều được xử lý nghiêm.',
      'Bộ phận một cửa được đầu tư trang thiết bị hiện đại, kết nối thông suốt với Hệ thống thông tin giải quyết thủ tục hành chính.',
      'Đội ngũ công chức tiếp nhận hồ sơ được tập huấn thường xuyên về kỹ năng giao tiếp, ứng xử và nghiệp vụ chuyên môn.',
      'Người dân có thể đánh giá mức độ hài lòng ngay tại quầy bằng thiết bị điện tử hoặc quét mã QR, kết quả được công khai hằng tháng.',
    ],
    quotes: [
      '{Citizen} chia sẻ: “Trước đây làm thủ tục phải đi lại nhiều lần, nay chỉ cần nộp hồ sơ trên điện thoại, đến hẹn là nhận kết quả, rất tiện lợi”.',
      'Theo {orgHead}, mỗi công chức tại bộ phận tiếp nhận luôn xác định phải coi người dân là trung tâm, sự hài lòng của người dân là thước đo hiệu quả công việc.',
    ],
    directions: [
      'Thời gian tới, {ubnd} sẽ tiếp tục rà soát, đơn giản hóa thủ tục hành chính, cắt giảm những giấy tờ, điều kiện không cần thiết.',
      'Đồng thời, đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên {p:85-95} trong năm {nextYear}.',
      'Các cơ quan, đơn vị sẽ tăng cường kiểm tra công vụ, chấn chỉnh kịp thời những biểu hiện trì trệ, né tránh, đùn đẩy trách nhiệm.',
    ],
    subheads: ['Lấy người dân làm trung tâm', 'Số hóa để phục vụ tốt hơn', 'Siết chặt kỷ cương hành chính'],
    tags: [
      'Cải cách hành chính',
      'Dịch vụ công trực tuyến',
      'Thủ tục hành chính',
      'Một cửa',
      'Mức độ hài lòng',
    ],
    captions: [
      'Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công {place}.',
      'Công chức hướng dẫn người dân nộp hồ sơ trực tuyến.',
      'Tổ công nghệ số cộng đồng {home} hỗ trợ người cao tuổi cài đặt ứng dụng định danh điện tử.',
      'Khu vực tiếp nhận và trả kết quả được bố trí khoa học, thuận tiện.',
    ],
    orgs: {
      province: [
        ['Sở Nội vụ', 'Giám đốc'],
        ['Trung tâm Phục vụ hành chính công tỉnh', 'Giám đốc'],
        ['Văn phòng UBND tỉnh', 'Chánh'],
      ],
      local: [
        ['Trung tâm Phục vụ hành chính công {kind}', 'Giám đốc'],
        ['Văn phòng HĐND và UBND {kind}', 'Chánh'],
      ],
    },
  },
];

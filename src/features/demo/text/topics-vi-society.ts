// Vietnamese topics: health care, education, festivals and social welfare.

import type { RawTopic } from './topic-model.js';

export const TOPICS_VI_SOCIETY: RawTopic[] = [
  {
    key: 'y-te',
    cats: ['van-hoa-xa-hoi', 'tin-tuc'],
    kind: 'feature',
    areas: ['government'],
    event: 'chương trình',
    actions: [
      'nâng cao chất lượng khám, chữa bệnh ban đầu',
      'chủ động phòng, chống dịch bệnh mùa mưa',
      'mở rộng độ bao phủ bảo hiểm y tế',
      'tăng cường bảo đảm an toàn thực phẩm',
      'đầu tư trang thiết bị cho trạm y tế',
      'triển khai hồ sơ sức khỏe điện tử cho người dân',
      'chăm sóc sức khỏe người cao tuổi tại cộng đồng',
    ],
    phrase: 'công tác chăm sóc sức khỏe nhân dân',
    docPhrase: 'tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân',
    scenes: [
      {
        kind: 'event',
        event: 'chương trình khám bệnh',
        titles: [
          'Khám bệnh, cấp thuốc miễn phí cho [người cao tuổi|hàng trăm người dân] {home}',
          'Mang dịch vụ y tế chất lượng về tận [thôn xóm|khu dân cư] ở {home}',
        ],
        leads: [
          'Ngày {eventDate}, {org} phối hợp với {org2} tổ chức khám bệnh, tư vấn sức khỏe và cấp thuốc miễn phí cho {n:200-600} người cao tuổi, người có công và hộ nghèo tại {home}.',
        ],
        opening: [
          ['Từ sáng sớm, sân nhà văn hóa {home} đã đông kín người dân đến chờ khám bệnh.'],
          [
            'Các bác sĩ, điều dưỡng của {org} tận tình thăm khám, đo huyết áp, làm xét nghiệm đường huyết và tư vấn chế độ dinh dưỡng cho từng người.',
          ],
        ],
        body: [
          'Đợt khám lần này, đoàn đã phát hiện {n:12-45} trường hợp mắc bệnh cần điều trị chuyên sâu và hướng dẫn chuyển tuyến kịp thời.',
          'Mỗi người dân được khám còn nhận được thuốc điều trị và phần quà trị giá {n:200-500} nghìn đồng.',
        ],
        captions: [
          'Bác sĩ khám bệnh cho người cao tuổi tại {home}.',
          'Người dân nhận thuốc miễn phí sau khi được thăm khám.',
        ],
      },
      {
        titles: [
          'Nâng cao chất lượng khám, chữa bệnh tại [tuyến cơ sở|trạm y tế]',
          '{Place} chủ động phòng, chống [sốt xuất huyết|dịch bệnh mùa mưa|bệnh tay chân miệng]',
          'Tỷ lệ người dân tham gia bảo hiểm y tế ở {place} đạt {p:92-98}',
          '{HealthStation}: Điểm tựa chăm sóc sức khỏe của người dân',
          'Triển khai chiến dịch tiêm chủng [mở rộng|vắc xin sởi] cho trẻ em trên địa bàn {place}',
        ],
        leads: [
          'Nhằm chủ động phòng, chống dịch bệnh trong mùa mưa, {org} đã triển khai đồng loạt các biện pháp giám sát, xử lý ổ dịch, tuyên truyền người dân diệt lăng quăng, bọ gậy, vệ sinh môi trường.',
          'Những năm gần đây, mạng lưới y tế cơ sở ở {place} được củng cố, đầu tư trang thiết bị, nhân lực, giúp người dân được tiếp cận dịch vụ khám, chữa bệnh ngay tại địa phương.',
        ],
        opening: [
          [
            '{Since}, công tác chăm sóc sức khỏe nhân dân trên địa bàn {place} có nhiều chuyển biến tích cực.',
            'Gần trưa, {healthStation} vẫn tấp nập người dân đến khám bệnh, tiêm chủng cho con em.',
          ],
        ],
        captions: [
          'Cán bộ y tế phun hóa chất diệt muỗi phòng, chống sốt xuất huyết.',
          'Trẻ em được tiêm chủng đầy đủ, đúng lịch tại {healthStation}.',
        ],
      },
    ],
    body: [
      'Trong {period}, các cơ sở y tế trên địa bàn đã khám, điều trị cho hơn {ks:480000-920000/9000-22000} lượt người, tăng {p:6-14} so với cùng kỳ.',
      '{HealthStation} hiện có {n:5-9} cán bộ y tế, trong đó có bác sĩ; được trang bị máy siêu âm, máy xét nghiệm sinh hóa và kết nối khám chữa bệnh từ xa với tuyến trên.',
      'Chương trình tiêm chủng mở rộng đạt tỷ lệ {p:95-99}; không để xảy ra dịch bệnh lớn trên địa bàn.',
      'Việc quản lý bệnh không lây nhiễm như tăng huyết áp, đái tháo đường tại trạm y tế được triển khai hiệu quả, giúp người bệnh không phải lên tuyến trên.',
      'Các đội phản ứng nhanh thường trực 24/24 giờ, sẵn sàng xử lý khi phát hiện ca bệnh truyền nhiễm.',
      'Tỷ lệ người dân tham gia bảo hiểm y tế đạt {p:92-98}; các chính sách hỗ trợ mua thẻ bảo hiểm y tế cho người cận nghèo, học sinh được thực hiện kịp thời.',
      'Hồ sơ sức khỏe điện tử đã được lập cho hơn {p:80-95} dân số, tạo thuận lợi cho việc theo dõi, quản lý sức khỏe người dân.',
      'Hoạt động truyền thông về an toàn thực phẩm, phòng chống tác hại của thuốc lá, đồ uống có cồn được duy trì thường xuyên.',
      'Công tác kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, cơ sở kinh doanh dịch vụ ăn uống được tăng cường, không để xảy ra ngộ độc thực phẩm đông người.',
      'Nhiều y, bác sĩ trẻ đã tình nguyện về công tác tại tuyến cơ sở, góp phần nâng cao chất lượng khám, chữa bệnh ban đầu.',
    ],
    quotes: [
      '{Citizen} xúc động: “Tuổi già hay đau ốm, lại ở xa bệnh viện, được các bác sĩ về tận thôn khám, cho thuốc, tôi mừng lắm”.',
      'Theo {orgHead}, y tế cơ sở là tuyến gần dân nhất, làm tốt y tế cơ sở sẽ giảm quá tải cho bệnh viện tuyến trên.',
    ],
    directions: [
      'Thời gian tới, ngành y tế {place} tiếp tục đầu tư nâng cao năng lực cho tuyến cơ sở, thu hút bác sĩ về công tác tại trạm y tế.',
      'Tăng cường giám sát dịch bệnh, chủ động các phương án ứng phó, không để dịch lớn xảy ra.',
      'Các đơn vị đẩy mạnh ứng dụng công nghệ thông tin trong khám, chữa bệnh, thanh toán bảo hiểm y tế, tạo thuận lợi cho người bệnh.',
    ],
    subheads: ['Mang dịch vụ y tế đến gần dân', 'Chủ động phòng bệnh', 'Củng cố y tế cơ sở'],
    tags: ['Y tế', 'Y tế cơ sở', 'Bảo hiểm y tế', 'Phòng chống dịch bệnh', 'Tiêm chủng', 'Chăm sóc sức khỏe'],
    captions: [
      '{HealthStation} được đầu tư trang thiết bị hiện đại.',
      'Nhân viên y tế tư vấn sức khỏe cho người dân {home}.',
    ],
    orgs: {
      province: [
        ['Sở Y tế', 'Giám đốc'],
        ['Trung tâm Kiểm soát bệnh tật tỉnh', 'Giám đốc'],
        ['Bệnh viện Đa khoa tỉnh', 'Giám đốc'],
      ],
      local: [
        ['Trạm Y tế {kind}', 'Trưởng'],
        ['Hội Chữ thập đỏ {kind}', 'Chủ tịch'],
      ],
    },
  },
  {
    key: 'giao-duc',
    cats: ['van-hoa-xa-hoi'],
    kind: 'event',
    areas: ['government', 'party'],
    event: 'buổi lễ',
    actions: [
      'nâng cao chất lượng giáo dục toàn diện',
      'đẩy mạnh phong trào khuyến học, khuyến tài',
      'đầu tư cơ sở vật chất cho trường học',
      'xây dựng trường học xanh – sạch – đẹp – an toàn',
      'chăm lo cho học sinh có hoàn cảnh khó khăn',
      'đổi mới phương pháp dạy và học',
      'chuẩn bị tốt các điều kiện cho năm học mới',
    ],
    phrase: 'sự nghiệp giáo dục và đào tạo',
    docPhrase: 'đổi mới căn bản, toàn diện giáo dục và đào tạo',
    scenes: [
      {
        event: 'lễ khai giảng',
        months: [9],
        titles: [
          'Tưng bừng khai giảng năm học mới {schoolYearNew} tại {school}',
          '{Place}: [Hơn|Gần] {ks:210000-260000/4500-6500} học sinh bước vào năm học mới {schoolYearNew}',
        ],
        leads: [
          'Sáng 05/09/{year}, trong không khí tưng bừng của ngày hội đến trường, thầy và trò {school} cùng các trường học trên địa bàn {place} long trọng tổ chức lễ khai giảng năm học mới {schoolYearNew}.',
        ],
        opening: [
          ['Sáng 05/09/{year}, {school} tổ chức lễ khai giảng năm học {schoolYearNew}.'],
          [
            'Năm học {schoolYearNew}, toàn {kind} có {ks:420-560/4-8} trường học với hơn {ks:210000-260000/4500-6500} học sinh các cấp.',
          ],
        ],
        body: [
          'Trong không khí trang trọng, các em học sinh đã đánh trống khai trường, thả những chùm bóng bay mang theo ước mơ, hoài bão của tuổi học trò.',
          'Trước ngày khai giảng, các trường đã chủ động sửa chữa phòng học, bổ sung bàn ghế, trang thiết bị, bảo đảm điều kiện dạy và học.',
        ],
        captions: [
          'Học sinh {school} trong ngày khai giảng năm học mới.',
          '{LeaderCap} đánh trống khai giảng năm học mới.',
        ],
      },
      {
        event: 'lễ tổng kết',
        months: [5, 6, 7, 8],
        titles: [
          '{Place} tổng kết năm học {schoolYear}, [triển khai nhiệm vụ năm học mới|biểu dương giáo viên, học sinh tiêu biểu]',
          'Tuyên dương [học sinh giỏi|giáo viên dạy giỏi] và học sinh đạt giải cao năm học {schoolYear}',
        ],
        leads: [
          'Năm học {schoolYear}, ngành giáo dục {place} đã hoàn thành tốt các nhiệm vụ trọng tâm; chất lượng giáo dục toàn diện được nâng lên, tỷ lệ trường đạt chuẩn quốc gia tiếp tục tăng.',
        ],
        opening: [
          [
            'Ngày {eventDate}, {ubnd} tổ chức hội nghị tổng kết năm học {schoolYear} và tuyên dương học sinh giỏi, giáo viên tiêu biểu.',
          ],
          ['Tham dự có {leader} cùng đại diện lãnh đạo {org}.'],
        ],
        body: [
          'Năm học vừa qua, học sinh {place} đạt {ks:40-95/4-15} giải trong kỳ thi học sinh giỏi cấp {examLevel}.',
          'Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt {p:99-100}; tỷ lệ học sinh tốt nghiệp trung học cơ sở đạt {p:98-99.9}.',
        ],
        captions: [
          'Trao giấy khen cho học sinh đạt thành tích cao.',
          '{LeaderCap} phát biểu tại hội nghị tổng kết năm học.',
        ],
      },
      {
        kind: 'feature',
        titles: [
          'Trao học bổng [tiếp sức đến trường|khuyến học] cho học sinh có hoàn cảnh khó khăn {home}',
          '[Nâng cao chất lượng|Đổi mới phương pháp] dạy và học ở {school}',
          'Khuyến học, khuyến tài – truyền thống đáng tự hào của người dân {placeName}',
        ],
        leads: [
          'Nhiều năm qua, công tác khuyến học, khuyến tài ở {place} được các cấp, các ngành và nhân dân quan tâm, trở thành truyền thống tốt đẹp, góp phần chắp cánh ước mơ cho nhiều thế hệ học sinh.',
          'Không chỉ chú trọng truyền đạt kiến thức, thầy cô {school} còn đổi mới phương pháp dạy học, tổ chức nhiều hoạt động trải nghiệm để mỗi giờ học thực sự là một niềm vui với học sinh.',
        ],
        opening: [
          [
            'Cùng với cả nước, ngành giáo dục {place} đang nỗ lực đổi mới, nâng cao chất lượng giáo dục toàn diện.',
            'Đến {school} vào một buổi sáng đầu tuần, chúng tôi cảm nhận rõ không khí học tập sôi nổi của cô và trò.',
          ],
        ],
        body: [
          'Dịp này, các nhà hảo tâm, doanh nghiệp đã trao {ks:300-900/20-60} suất học bổng, mỗi suất trị giá từ 1 đến 3 triệu đồng cho học sinh có hoàn cảnh khó khăn.',
          'Hội Khuyến học các cấp đã vận động xây dựng quỹ khuyến học với tổng số tiền hơn {kb:8-25/0.3-1.2}, kịp thời khen thưởng học sinh giỏi, hỗ trợ học sinh nghèo vượt khó.',
        ],
        captions: [
          'Trao học bổng cho học sinh có hoàn cảnh khó khăn.',
          'Một tiết học của cô và trò {school}.',
        ],
      },
    ],
    body: [
      'Tỷ lệ trường học đạt chuẩn quốc gia đạt {p:72-90}; cơ sở vật chất, trang thiết bị dạy học được đầu tư theo hướng chuẩn hóa, hiện đại hóa.',
      'Chương trình giáo dục phổ thông mới được triển khai đồng bộ ở tất cả các lớp, các cấp học; giáo viên chủ động đổi mới phương pháp dạy học, lấy học sinh làm trung tâm.',
      'Nhiều trường đã triển khai mô hình trường học xanh – sạch – đẹp – an toàn, tổ chức các câu lạc bộ kỹ năng sống, tiếng Anh, STEM cho học sinh.',
      'Đội ngũ nhà giáo ngày càng được chuẩn hóa; {p:95-100} giáo viên đạt chuẩn trình độ đào tạo theo quy định.',
      'Tuy nhiên, một số trường vẫn còn thiếu phòng học bộ môn, thiếu giáo viên các môn đặc thù như tin học, ngoại ngữ, âm nhạc, mỹ thuật.',
      'Công tác bảo đảm an ninh trật tự, an toàn giao thông và vệ sinh an toàn thực phẩm trong trường học được quan tâm chỉ đạo sát sao.',
      'Công tác phổ cập giáo dục, xóa mù chữ được duy trì vững chắc; tỷ lệ trẻ em trong độ tuổi đến trường đạt trên {p:99-100}.',
      'Việc ứng dụng công nghệ thông tin trong dạy học, quản lý học sinh được đẩy mạnh; phụ huynh có thể theo dõi kết quả học tập của con qua ứng dụng trên điện thoại.',
    ],
    quotes: [
      '{Student}, học sinh lớp {n:6-11}, chia sẻ: “Em rất vui khi được nhận học bổng; em sẽ cố gắng học thật giỏi để không phụ lòng thầy cô và gia đình”.',
      'Theo {orgHead}, ngành sẽ tiếp tục tập trung nâng cao chất lượng giáo dục toàn diện, chú trọng giáo dục đạo đức, lối sống và kỹ năng cho học sinh.',
    ],
    directions: [
      '{Leader} đề nghị ngành giáo dục tiếp tục đổi mới quản lý, nâng cao chất lượng đội ngũ, xây dựng môi trường giáo dục an toàn, thân thiện.',
      'Các cấp chính quyền quan tâm bố trí nguồn lực đầu tư cơ sở vật chất, bảo đảm đủ phòng học, trang thiết bị cho năm học mới.',
      'Mỗi thầy cô giáo cần thực sự là tấm gương sáng về đạo đức, tự học và sáng tạo cho học sinh noi theo.',
    ],
    subheads: ['Nâng cao chất lượng giáo dục toàn diện', 'Chắp cánh ước mơ', 'Đổi mới để phát triển'],
    tags: ['Giáo dục', 'Năm học mới', 'Khuyến học', 'Học sinh giỏi', 'Chương trình giáo dục phổ thông'],
    captions: ['Học sinh {school} trong giờ ra chơi.'],
    orgs: {
      province: [
        ['Sở Giáo dục và Đào tạo', 'Giám đốc'],
        ['Hội Khuyến học tỉnh', 'Chủ tịch'],
      ],
      local: [
        ['Phòng Văn hóa – Xã hội', 'Trưởng'],
        ['Hội Khuyến học {kind}', 'Chủ tịch'],
        ['{School}', 'Hiệu trưởng'],
      ],
    },
  },
  {
    key: 'le-hoi',
    cats: ['van-hoa-xa-hoi', 'gioi-thieu', 'tin-tuc'],
    kind: 'event',
    areas: ['government', 'party'],
    event: 'lễ hội',
    months: [1, 2, 3, 4, 8, 9, 10],
    actions: [
      'bảo tồn, phát huy giá trị di sản văn hóa',
      'tổ chức lễ hội văn minh, an toàn, tiết kiệm',
      'gìn giữ nét đẹp lễ hội truyền thống',
      'gắn bảo tồn di tích với phát triển du lịch',
      'phục dựng các nghi lễ truyền thống của làng quê',
    ],
    phrase: 'công tác bảo tồn, phát huy giá trị di sản văn hóa',
    docPhrase: 'xây dựng và phát triển văn hóa, con người Việt Nam',
    scenes: [
      {
        titles: [
          'Khai mạc {festival} năm {year}, [thu hút đông đảo người dân và du khách|gìn giữ nét đẹp văn hóa truyền thống]',
          '[Độc đáo|Sôi nổi] {festival} [ở {place}|trên quê hương {placeName}]',
          'Bảo tồn và phát huy giá trị {festival} gắn với phát triển du lịch',
          '{Festival}: [Nét đẹp văn hóa|Điểm hẹn văn hóa] của người dân {placeName}',
          'Hàng nghìn người dân và du khách về dự {festival} năm {year}',
        ],
        leads: [
          'Ngày {eventDate}, {ubnd} long trọng tổ chức khai mạc {festival} năm {year}. Lễ hội diễn ra trong {n:2-4} ngày với nhiều hoạt động văn hóa, thể thao dân gian đặc sắc, thu hút đông đảo người dân và du khách.',
          'Được tổ chức hằng năm, {festival} là dịp để người dân tưởng nhớ công đức của các bậc tiền nhân, cầu mong mưa thuận gió hòa, mùa màng bội thu, đồng thời giáo dục truyền thống cho thế hệ trẻ.',
          'Với nhiều nghi lễ truyền thống được phục dựng công phu cùng các trò chơi dân gian hấp dẫn, {festival} năm nay để lại ấn tượng đẹp trong lòng người dân và du khách thập phương.',
        ],
        opening: [
          ['Ngày {eventDate}, tại {relic}, {ubnd} tổ chức khai mạc {festival} năm {year}.'],
          [
            'Lễ hội năm nay diễn ra trong {n:2-4} ngày, gồm hai phần: phần lễ và phần hội.',
            'Theo các bậc cao niên trong làng, lễ hội đã có từ hàng trăm năm trước, gắn với truyền thuyết về vị thành hoàng có công khai khẩn đất đai, lập làng.',
          ],
        ],
      },
      {
        event: 'buổi lễ',
        titles: [
          'Đón nhận Bằng xếp hạng di tích lịch sử – văn hóa cấp tỉnh {relic}',
          '{Relic} được xếp hạng di tích lịch sử – văn hóa cấp tỉnh',
        ],
        leads: [
          'Ngày {eventDate}, {ubnd} tổ chức lễ đón nhận Bằng xếp hạng di tích lịch sử – văn hóa cấp tỉnh {relic}. Đây là niềm vinh dự, tự hào của Đảng bộ, chính quyền và nhân dân {placeName}.',
        ],
        opening: [
          [
            'Ngày {eventDate}, tại {home}, {ubnd} tổ chức lễ đón nhận Bằng xếp hạng di tích lịch sử – văn hóa cấp tỉnh {relic}.',
          ],
          ['Dự buổi lễ có {leader} cùng đông đảo người dân địa phương.'],
        ],
        captions: ['Lãnh đạo tỉnh trao Bằng xếp hạng di tích cho đại diện địa phương.'],
      },
    ],
    body: [
      'Phần lễ được tổ chức trang nghiêm với các nghi thức rước kiệu, dâng hương, tế lễ theo đúng phong tục truyền thống của địa phương.',
      'Phần hội diễn ra sôi nổi với nhiều hoạt động như đua thuyền, kéo co, đấu vật, đánh cờ người, hát dân ca, thu hút hàng nghìn lượt người tham gia cổ vũ.',
      'Đội đua thuyền của {unit} đã xuất sắc giành giải nhất sau những vòng đua đầy kịch tính trên sông Lâm.',
      '{Relic} được xây dựng từ thế kỷ XVIII, hiện còn lưu giữ nhiều hiện vật quý như sắc phong, hoành phi, câu đối và các mảng chạm khắc gỗ tinh xảo.',
      'Năm {year}, lễ hội được tổ chức với quy mô lớn hơn, có thêm không gian trưng bày, giới thiệu sản phẩm OCOP, ẩm thực truyền thống của {placeName}.',
      'Ban Tổ chức đã bố trí lực lượng bảo đảm an ninh trật tự, an toàn giao thông, vệ sinh môi trường, không để xảy ra tình trạng chèo kéo, ép giá du khách.',
      'Theo thống kê, trong những ngày diễn ra lễ hội đã có khoảng {ks:30000-80000/3000-9000} lượt người dân và du khách đến tham quan, dâng hương.',
      'Việc đặt hòm công đức, quản lý và sử dụng tiền công đức được thực hiện công khai, minh bạch, đúng quy định.',
      'Lễ hội là dịp để người dân gặp gỡ, giao lưu, thắt chặt tình làng nghĩa xóm, hướng về cội nguồn.',
      'Nhiều du khách bày tỏ ấn tượng với không gian văn hóa làng quê đậm chất truyền thống, những làn điệu dân ca mượt mà và tấm lòng hiếu khách của người dân.',
      'Đây cũng là dịp để quảng bá hình ảnh quê hương, con người {placeName} đến với bạn bè gần xa, góp phần thúc đẩy phát triển du lịch.',
    ],
    quotes: [
      '{Citizen} tâm sự: “Năm nào tôi cũng đưa con cháu đi dự lễ hội để các cháu hiểu thêm về truyền thống quê hương, biết ơn ông cha”.',
      'Phát biểu tại buổi lễ, {leader} khẳng định: “Giữ gìn lễ hội truyền thống chính là giữ gìn bản sắc, cội nguồn và niềm tự hào của quê hương”.',
    ],
    directions: [
      '{Leader} đề nghị các ngành chức năng tiếp tục phối hợp với địa phương quản lý tốt hoạt động lễ hội, bảo đảm văn minh, an toàn, tiết kiệm.',
      'Thời gian tới, {place} sẽ hoàn thiện hồ sơ đề nghị đưa {festival} vào Danh mục di sản văn hóa phi vật thể quốc gia.',
      'Cần quan tâm đầu tư tu bổ, tôn tạo di tích, đồng thời phát huy vai trò của người dân trong việc bảo vệ, giữ gìn di sản.',
    ],
    subheads: ['Nét đẹp văn hóa truyền thống', 'Sôi nổi phần hội', 'Gìn giữ di sản cho mai sau'],
    tags: ['Lễ hội truyền thống', 'Văn hóa', 'Di tích lịch sử', 'Du lịch', 'Di sản văn hóa'],
    captions: [
      'Nghi thức rước kiệu tại {festival}.',
      'Các đội thuyền tranh tài trên sông Lâm.',
      '{Relic} trong những ngày diễn ra lễ hội.',
      'Trò chơi kéo co thu hút đông đảo người dân tham gia.',
    ],
    orgs: {
      province: [
        ['Sở Văn hóa, Thể thao và Du lịch', 'Giám đốc'],
        ['Ban Quản lý di tích tỉnh', 'Trưởng'],
      ],
      local: [
        ['Phòng Văn hóa – Xã hội', 'Trưởng'],
        ['Ban Quản lý di tích {kind}', 'Trưởng'],
      ],
    },
  },
  {
    key: 'an-sinh',
    cats: ['van-hoa-xa-hoi', 'tin-tuc'],
    kind: 'event',
    areas: ['front', 'government'],
    event: 'chương trình',
    subjects: ['{place}', '{mttq}', '{ubnd}'],
    actions: [
      'chăm lo đời sống người có công, hộ nghèo',
      'chung tay xóa nhà tạm, nhà dột nát',
      'thực hiện hiệu quả mục tiêu giảm nghèo bền vững',
      'vận động ủng hộ Quỹ “Vì người nghèo”',
      'hỗ trợ sinh kế cho hộ cận nghèo',
      'thực hiện tốt các chính sách an sinh xã hội',
    ],
    phrase: 'công tác an sinh xã hội',
    docPhrase: 'bảo đảm an sinh xã hội, chăm lo đời sống người có công và hộ nghèo',
    scenes: [
      {
        event: 'buổi bàn giao',
        titles: [
          'Bàn giao nhà Đại đoàn kết cho hộ nghèo {home}',
          'Chung tay xóa nhà tạm, nhà dột nát [trên địa bàn|tại] {place}',
          '{Mttq} [trao|bàn giao] nhà Đại đoàn kết, [mang mái ấm đến hộ nghèo|sẻ chia khó khăn với người dân]',
        ],
        leads: [
          'Ngày {eventDate}, {mttq} phối hợp với {org} tổ chức bàn giao nhà Đại đoàn kết cho gia đình {person}, hộ nghèo ở {home}. Ngôi nhà có tổng trị giá {n:80-150} triệu đồng, trong đó phần lớn kinh phí được hỗ trợ từ Quỹ “Vì người nghèo”.',
          'Thực hiện chủ trương không để người dân nào không có nhà ở an toàn, thời gian qua {place} đã huy động mọi nguồn lực, chung tay xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo và gia đình chính sách.',
        ],
        opening: [
          ['Ngày {eventDate}, {mttq} tổ chức bàn giao nhà Đại đoàn kết cho hộ nghèo tại {home}.'],
          [
            'Ngôi nhà mới được xây dựng kiên cố, diện tích khoảng {n:40-60} m², có đầy đủ công trình phụ, đáp ứng tiêu chí “3 cứng” về nền, khung – tường, mái.',
          ],
        ],
        quotes: [
          'Nghẹn ngào trong ngày nhận nhà mới, {citizen} nói: “Cả đời tôi chưa dám nghĩ sẽ có được ngôi nhà khang trang như thế này; tôi cảm ơn Đảng, chính quyền và bà con lối xóm rất nhiều”.',
        ],
        captions: [
          'Lãnh đạo {kind} trao quyết định bàn giao nhà Đại đoàn kết cho hộ nghèo.',
          'Ngôi nhà mới của một hộ nghèo tại {home}.',
        ],
      },
      {
        event: 'chương trình thăm, tặng quà',
        titles: [
          'Trao {ks:300-900/40-120} suất quà cho hộ nghèo, gia đình chính sách {place} nhân dịp {occasion}',
          '{LeaderTitled} thăm, tặng quà gia đình chính sách nhân dịp {occasion}',
          'Ấm áp nghĩa tình trong những phần quà dịp {occasion} ở {place}',
        ],
        leads: [
          'Nhân dịp {occasion}, {leader} đã đến thăm, tặng quà các gia đình chính sách, người có công với cách mạng và hộ có hoàn cảnh khó khăn trên địa bàn {place}.',
        ],
        opening: [
          ['Ngày {eventDate}, {leader} đã đến thăm, tặng quà các gia đình chính sách tại {home}.'],
          ['Cùng đi có đại diện lãnh đạo {org} và {org2}.'],
        ],
        captions: [
          '{LeaderCap} thăm, tặng quà gia đình chính sách tại {home}.',
          'Trao quà cho người có công với cách mạng.',
        ],
      },
    ],
    body: [
      'Trong {period}, {mttq} đã vận động Quỹ “Vì người nghèo” được hơn {kb:12-40/0.4-1.5}, hỗ trợ xây mới và sửa chữa {ks:300-700/8-25} căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn.',
      'Các chính sách đối với người có công được thực hiện đầy đủ, kịp thời; 100% gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú.',
      'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn {p:1-3}, hộ cận nghèo còn {p:2-5}.',
      'Dịp này, các đơn vị, doanh nghiệp, nhà hảo tâm đã trao tặng {ks:2000-6000/80-300} suất quà, mỗi suất trị giá từ {n:500-800} nghìn đồng đến {n:1-2} triệu đồng.',
      'Nhiều hộ nghèo được vay vốn ưu đãi từ Ngân hàng Chính sách xã hội để phát triển sản xuất, chăn nuôi, từng bước vươn lên thoát nghèo bền vững.',
      'Các hoạt động thăm hỏi, tặng quà được tổ chức chu đáo, trang trọng, đúng đối tượng, thể hiện đạo lý “Uống nước nhớ nguồn” của dân tộc.',
      'Công tác chăm sóc, tu bổ nghĩa trang liệt sĩ, nhà bia tưởng niệm được các địa phương, đoàn viên thanh niên thực hiện thường xuyên.',
      'Ngoài tiền và quà, nhiều hộ còn được hỗ trợ cây giống, con giống, hướng dẫn cách làm ăn để ổn định cuộc sống lâu dài.',
      'Chương trình hỗ trợ xóa nhà tạm, nhà dột nát trên địa bàn đã hoàn thành trước thời hạn, với tổng kinh phí gần {kb:60-180/1.5-5}.',
      'Từ sự chung tay của cả cộng đồng, nhiều gia đình đã có mái ấm vững chãi, yên tâm lao động, sản xuất.',
    ],
    quotes: [
      '{Leader} bày tỏ: “Chăm lo cho người có công, người nghèo là trách nhiệm và tình cảm của cấp ủy, chính quyền và toàn xã hội”.',
      '{Citizen} xúc động chia sẻ: “Được lãnh đạo quan tâm, thăm hỏi, gia đình tôi thấy ấm lòng, có thêm động lực để vượt qua khó khăn”.',
    ],
    directions: [
      '{Leader} đề nghị các cấp, các ngành tiếp tục quan tâm, chăm lo tốt hơn nữa đời sống vật chất, tinh thần của gia đình chính sách, hộ nghèo.',
      'Các địa phương cần rà soát chặt chẽ đối tượng thụ hưởng, bảo đảm hỗ trợ đúng người, đúng chính sách, công khai, minh bạch.',
      '{Mttq} tiếp tục phát huy vai trò nòng cốt trong vận động các nguồn lực xã hội cho công tác giảm nghèo bền vững.',
    ],
    subheads: ['Mái ấm nghĩa tình', 'Không để ai bị bỏ lại phía sau', 'Uống nước nhớ nguồn'],
    tags: [
      'An sinh xã hội',
      'Nhà Đại đoàn kết',
      'Giảm nghèo bền vững',
      'Người có công',
      'Quỹ Vì người nghèo',
    ],
    captions: ['Đoàn viên thanh niên dọn dẹp, chăm sóc nghĩa trang liệt sĩ.'],
    orgs: {
      province: [
        ['Sở Nội vụ', 'Giám đốc'],
        ['Hội Chữ thập đỏ tỉnh', 'Chủ tịch'],
        ['Chi nhánh Ngân hàng Chính sách xã hội tỉnh', 'Giám đốc'],
      ],
      local: [
        ['Phòng Văn hóa – Xã hội', 'Trưởng'],
        ['Hội Cựu chiến binh {kind}', 'Chủ tịch'],
      ],
    },
  },
];

// Vietnamese topics: natural disasters, public order and local defence.

import type { RawTopic } from './topic-model.js';

export const TOPICS_VI_SECURITY: RawTopic[] = [
  {
    key: 'thien-tai',
    cats: ['quoc-phong-an-ninh', 'tin-tuc'],
    kind: 'meeting',
    areas: ['government'],
    event: 'hội nghị',
    actions: [
      'chủ động ứng phó với mưa lũ',
      'rà soát khu vực có nguy cơ sạt lở đất',
      'bảo đảm an toàn hồ đập trong mùa mưa bão',
      'nâng cao năng lực phòng thủ dân sự',
      'khắc phục hậu quả thiên tai, ổn định đời sống người dân',
      'kiện toàn lực lượng xung kích phòng, chống thiên tai',
    ],
    phrase: 'công tác phòng, chống thiên tai và tìm kiếm cứu nạn',
    docPhrase: 'phòng, chống thiên tai và tìm kiếm cứu nạn',
    scenes: [
      {
        months: [2, 3, 4, 5],
        titles: [
          '[Triển khai|Tổng kết] công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {year}',
          '{Place} chủ động phòng, chống thiên tai [từ sớm, từ xa|theo phương châm “bốn tại chỗ”]',
          'Phương châm “bốn tại chỗ” [phát huy hiệu quả|được triển khai nghiêm túc] ở {place}',
        ],
        leads: [
          'Ngày {eventDate}, {ubnd} tổ chức hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {prevYear}, triển khai nhiệm vụ năm {year} trong bối cảnh thời tiết được dự báo tiếp tục diễn biến phức tạp.',
        ],
        opening: [
          [
            'Ngày {eventDate}, {ubnd} tổ chức hội nghị triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {year}.',
          ],
          ['{Leader} chủ trì hội nghị.'],
        ],
        body: [
          'Năm {prevYear}, thiên tai đã làm thiệt hại về tài sản ước khoảng {kb:150-600/3-15}; nhờ chủ động phòng tránh nên không có thiệt hại về người.',
          'Hệ thống cảnh báo sớm được lắp đặt tại {n:12-40} điểm có nguy cơ ngập lụt, sạt lở, giúp người dân chủ động di chuyển khi có mưa lớn.',
        ],
        captions: [
          'Quang cảnh hội nghị triển khai công tác phòng, chống thiên tai.',
          'Diễn tập cứu hộ, cứu nạn trên sông Lâm.',
        ],
      },
      {
        kind: 'event',
        event: 'đợt ứng phó',
        months: [8, 9, 10, 11],
        titles: [
          '{Place} chủ động [ứng phó với bão số {n:3-9}|ứng phó mưa lớn, lũ quét và sạt lở đất]',
          'Khẩn trương khắc phục hậu quả mưa lũ, sớm ổn định đời sống nhân dân {home}',
          'Sơ tán hàng trăm hộ dân khỏi vùng nguy cơ sạt lở ở {place}',
        ],
        leads: [
          'Trước diễn biến phức tạp của mưa lớn kéo dài, ngày {eventDate}, {leader} đã chủ trì cuộc họp khẩn với Ban Chỉ huy Phòng thủ dân sự {kind} để triển khai các biện pháp ứng phó.',
          'Thực hiện phương châm “bốn tại chỗ”, các lực lượng chức năng ở {place} đã khẩn trương sơ tán người dân khỏi vùng nguy hiểm, gia cố đê điều, hồ đập, bảo đảm an toàn tính mạng và tài sản của nhân dân.',
        ],
        opening: [
          [
            'Từ đêm {eventPrev} đến sáng {eventDate}, trên địa bàn {place} xảy ra mưa to đến rất to, lượng mưa phổ biến từ {n:150-220} đến {n:250-380} mm.',
          ],
          [
            'Ngay sau khi nhận được thông tin cảnh báo, Ban Chỉ huy Phòng thủ dân sự {kind} đã ban hành công điện chỉ đạo các địa phương chủ động ứng phó.',
          ],
        ],
        body: [
          'Mưa lớn đã làm {n:12-60} nhà dân bị tốc mái, hư hỏng; khoảng {ks:800-2500/30-120} ha lúa và hoa màu bị ngập úng; nhiều tuyến đường giao thông bị sạt lở cục bộ.',
          'Chính quyền địa phương đã tổ chức sơ tán {ks:300-1200/20-80} hộ dân ở vùng trũng thấp, ven sông và khu vực có nguy cơ sạt lở đến nơi an toàn.',
          'Lực lượng quân sự, công an, dân quân và đoàn viên thanh niên đã có mặt kịp thời, giúp người dân di dời tài sản, gia cố nhà cửa.',
          'Ngay khi nước rút, các lực lượng đã huy động hàng trăm người, phương tiện để dọn dẹp bùn đất, vệ sinh môi trường, phun thuốc khử trùng.',
          '{Ubnd} đã trích ngân sách hỗ trợ khẩn cấp cho các hộ bị thiệt hại với tổng số tiền {m:150-1800}.',
        ],
        quotes: [
          '{Citizen} cho biết: “Nước lên nhanh lắm, may có các anh bộ đội, dân quân đến giúp chuyển đồ đạc, đưa người già, trẻ nhỏ đi sơ tán kịp thời”.',
        ],
        captions: [
          'Lực lượng chức năng giúp người dân {home} di dời tài sản đến nơi an toàn.',
          'Một tuyến đường tại {home} bị ngập sâu sau mưa lớn.',
          'Dân quân giúp người dân dọn dẹp nhà cửa sau lũ.',
        ],
      },
    ],
    body: [
      'Các hồ chứa thủy lợi được vận hành đúng quy trình; các điểm xung yếu trên hệ thống đê điều được kiểm tra, có phương án bảo vệ cụ thể.',
      'Các địa phương đã chuẩn bị đầy đủ vật tư, phương tiện, lương thực, thực phẩm, nước uống và thuốc men theo phương châm “bốn tại chỗ”.',
      'Công tác tuyên truyền kỹ năng phòng tránh thiên tai được đẩy mạnh, nhất là ở các thôn ven sông, vùng núi.',
      'Lực lượng xung kích phòng, chống thiên tai ở cơ sở được kiện toàn, tập huấn nghiệp vụ và trang bị phao cứu sinh, nhà bạt, máy phát điện.',
      'Bản đồ các khu vực có nguy cơ ngập lụt, sạt lở đất được cập nhật, công khai để người dân biết và chủ động phòng tránh.',
    ],
    quotes: [
      '{Leader} nhấn mạnh: “Tuyệt đối không được chủ quan, lơ là; phải đặt an toàn tính mạng của người dân lên trên hết, trước hết”.',
    ],
    directions: [
      '{Leader} yêu cầu các địa phương tổ chức trực ban nghiêm túc 24/24 giờ, theo dõi chặt chẽ diễn biến thời tiết, kịp thời thông tin đến người dân.',
      'Kiên quyết di dời người dân ra khỏi khu vực nguy hiểm; bố trí lực lượng canh gác tại các ngầm tràn, đoạn đường ngập sâu.',
      'Sau mưa lũ, khẩn trương thống kê thiệt hại, hỗ trợ người dân khôi phục sản xuất, sớm ổn định cuộc sống.',
    ],
    subheads: [
      'Chủ động từ sớm, từ xa',
      'Sẵn sàng lực lượng, phương tiện',
      'Khắc phục hậu quả, ổn định đời sống',
    ],
    tags: ['Phòng chống thiên tai', 'Mưa lũ', 'Tìm kiếm cứu nạn', 'Bốn tại chỗ', 'Sạt lở đất'],
    captions: ['{LeaderCap} kiểm tra công tác ứng phó tại điểm xung yếu.'],
    orgs: {
      province: [
        ['Bộ Chỉ huy Quân sự tỉnh', 'Chỉ huy trưởng'],
        ['Sở Nông nghiệp và Môi trường', 'Giám đốc'],
      ],
      local: [
        ['Ban Chỉ huy Quân sự {kind}', 'Chỉ huy trưởng'],
        ['Công an {kind}', 'Trưởng'],
      ],
    },
  },
  {
    key: 'an-ninh-trat-tu',
    cats: ['quoc-phong-an-ninh'],
    kind: 'feature',
    areas: ['government', 'party'],
    event: 'hội nghị',
    subjects: ['{place}', 'Công an {kind}', '{home}'],
    actions: [
      'tăng cường tuần tra, kiểm soát địa bàn',
      'đấu tranh, trấn áp các loại tội phạm',
      'phòng ngừa lừa đảo trên không gian mạng',
      'xây dựng khu dân cư an toàn về an ninh, trật tự',
      'nhân rộng mô hình tự quản về an ninh, trật tự',
      'kiềm chế tai nạn giao thông',
      'giữ vững bình yên ở khu dân cư',
    ],
    phrase: 'công tác bảo đảm an ninh, trật tự',
    docPhrase: 'tăng cường công tác bảo đảm an ninh, trật tự ở cơ sở',
    scenes: [
      {
        titles: [
          'Phát huy sức mạnh toàn dân [bảo vệ an ninh Tổ quốc|trong phòng, chống tội phạm] ở {place}',
          'Mô hình [“Camera an ninh”|“Tổ tự quản an ninh trật tự”|“Khu dân cư an toàn”] phát huy hiệu quả ở {home}',
          'Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại {home}',
          'Tăng cường tuần tra, kiểm soát, bảo đảm trật tự an toàn giao thông [dịp cuối năm|trên địa bàn {place}]',
          'Công an {kind} [triệt phá|bắt giữ] nhóm đối tượng [đánh bạc|trộm cắp tài sản|cho vay lãi nặng] trên địa bàn',
        ],
        leads: [
          '{Since}, phong trào toàn dân bảo vệ an ninh Tổ quốc ở {place} được triển khai sâu rộng với nhiều mô hình tự quản hiệu quả, góp phần giữ vững ổn định chính trị, bảo đảm trật tự an toàn xã hội từ cơ sở.',
          'Từ đầu năm đến nay, Công an {kind} đã triển khai đồng bộ các biện pháp tấn công, trấn áp tội phạm, kiềm chế sự gia tăng của tội phạm và tai nạn giao thông, tạo môi trường bình yên cho nhân dân.',
        ],
        opening: [
          [
            'Những ngày này, các tổ tuần tra nhân dân ở {home} vẫn đều đặn đi tuần vào ban đêm, góp phần giữ bình yên cho xóm làng.',
            'Theo {orgHead}, trong {period}, tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định.',
            'Xác định bảo đảm an ninh, trật tự là nhiệm vụ trọng yếu, thường xuyên, thời gian qua {partyCom} và chính quyền {place} đã lãnh đạo, chỉ đạo quyết liệt.',
          ],
        ],
      },
      {
        titles: [
          'Cảnh báo [thủ đoạn lừa đảo qua mạng|tình trạng giả danh cơ quan nhà nước để lừa đảo], người dân cần cảnh giác',
          'Người dân {place} [cần cảnh giác|nâng cao cảnh giác] trước các thủ đoạn lừa đảo trên không gian mạng',
        ],
        leads: [
          'Thời gian gần đây, trên địa bàn {place} xuất hiện tình trạng các đối tượng giả danh cán bộ cơ quan nhà nước gọi điện, nhắn tin yêu cầu người dân cung cấp thông tin cá nhân, chuyển tiền để chiếm đoạt tài sản.',
        ],
        opening: [
          [
            'Theo {orgHead}, từ đầu năm đến nay, cơ quan công an đã tiếp nhận {ks:60-180/3-12} tin báo liên quan đến lừa đảo chiếm đoạt tài sản qua mạng.',
          ],
        ],
        body: [
          'Các đối tượng thường lợi dụng mạng xã hội để giả danh cán bộ ngân hàng, bưu điện, công an, dụ dỗ người dân cài đặt ứng dụng lạ nhằm chiếm đoạt tài sản.',
          'Công an {kind} đã phối hợp với các đoàn thể tổ chức tuyên truyền, hướng dẫn người dân nhận diện thủ đoạn lừa đảo trên không gian mạng.',
        ],
        quotes: [
          '{OrgHead} khuyến cáo: “Cơ quan công an không làm việc qua điện thoại, không yêu cầu người dân chuyển tiền; khi có nghi vấn, người dân cần báo ngay cho công an nơi gần nhất”.',
        ],
        captions: ['Cán bộ công an tuyên truyền cho người dân cách nhận diện thủ đoạn lừa đảo.'],
      },
    ],
    body: [
      'Lực lượng công an đã điều tra, làm rõ {ks:280-520/8-20} vụ phạm pháp hình sự, đạt tỷ lệ {p:85-94}, trong đó các vụ án rất nghiêm trọng, đặc biệt nghiêm trọng đều được điều tra làm rõ.',
      'Toàn {kind} hiện có {ks:1800-2600/12-25} tổ an ninh tự quản, {ks:900-1400/9-15} tổ tuần tra nhân dân với hàng nghìn thành viên tham gia.',
      'Mô hình “Camera an ninh” đã lắp đặt {ks:3500-7200/80-180} camera tại các tuyến đường, ngã ba, ngã tư, giúp lực lượng chức năng phát hiện, xử lý nhiều vụ việc.',
      'Công tác tuần tra, kiểm soát, xử lý vi phạm trật tự an toàn giao thông được tăng cường; tai nạn giao thông giảm cả ba tiêu chí so với cùng kỳ.',
      'Người dân đã cung cấp cho cơ quan công an {ks:600-1300/15-40} nguồn tin có giá trị về tội phạm và vi phạm pháp luật.',
      'Việc tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc với nhiều hoạt động phong phú đã tạo sức lan tỏa mạnh mẽ trong nhân dân.',
      'Tình trạng tụ tập, gây rối trật tự công cộng, đua xe trái phép cơ bản được kiềm chế; nhiều tụ điểm phức tạp đã được xóa bỏ.',
      'Lực lượng công an cơ sở bám địa bàn, nắm chắc tình hình, giải quyết kịp thời các mâu thuẫn, tranh chấp ngay từ khi mới phát sinh.',
    ],
    quotes: [
      '{Citizen} chia sẻ: “Từ khi có camera và tổ tuần tra, xóm tôi yên bình hẳn, không còn tình trạng mất trộm vặt như trước”.',
    ],
    directions: [
      'Thời gian tới, lực lượng công an tiếp tục tham mưu cho cấp ủy, chính quyền triển khai đồng bộ các giải pháp bảo đảm an ninh, trật tự từ cơ sở.',
      'Các tổ chức đoàn thể tăng cường tuyên truyền, vận động nhân dân nâng cao cảnh giác, tích cực tố giác tội phạm.',
      'Đồng thời nhân rộng các mô hình tự quản hiệu quả, xây dựng khu dân cư an toàn về an ninh, trật tự.',
    ],
    subheads: ['Thế trận lòng dân vững chắc', 'Bình yên từ cơ sở', 'Nâng cao cảnh giác'],
    tags: [
      'An ninh trật tự',
      'Phòng chống tội phạm',
      'Toàn dân bảo vệ an ninh Tổ quốc',
      'An toàn giao thông',
      'Lừa đảo trực tuyến',
    ],
    captions: [
      'Tổ tuần tra nhân dân {home} tuần tra ban đêm.',
      'Lực lượng chức năng kiểm tra hành chính phương tiện giao thông.',
      'Hệ thống camera an ninh được lắp đặt tại {home}.',
    ],
    orgs: {
      province: [
        ['Công an tỉnh', 'Giám đốc'],
        ['Phòng Cảnh sát hình sự Công an tỉnh', 'Trưởng'],
      ],
      local: [['Công an {kind}', 'Trưởng']],
    },
  },
  {
    key: 'quoc-phong',
    cats: ['quoc-phong-an-ninh'],
    kind: 'event',
    areas: ['party', 'government'],
    event: 'buổi lễ',
    subjects: ['{place}', '{org}'],
    actions: [
      'nâng cao chất lượng huấn luyện dân quân',
      'làm tốt công tác tuyển quân năm {year}',
      'xây dựng khu vực phòng thủ vững chắc',
      'chăm lo hậu phương quân đội',
      'tăng cường giáo dục quốc phòng và an ninh cho cán bộ, đảng viên',
    ],
    phrase: 'công tác quân sự, quốc phòng địa phương',
    docPhrase: 'xây dựng nền quốc phòng toàn dân gắn với thế trận an ninh nhân dân',
    scenes: [
      {
        event: 'lễ giao nhận quân',
        months: [2, 3],
        titles: [
          '{Place} tổ chức lễ giao nhận quân năm {year}',
          '[Rộn ràng|Trang trọng] ngày hội tòng quân ở {place}',
          'Tuổi trẻ {placeName} hăng hái lên đường [nhập ngũ|bảo vệ Tổ quốc]',
        ],
        leads: [
          'Sáng ngày {eventDate}, trong không khí trang trọng, phấn khởi, {place} tổ chức lễ giao nhận quân năm {year}. {ks:1300-1900/22-45} thanh niên ưu tú đã lên đường làm nhiệm vụ bảo vệ Tổ quốc.',
          'Năm {year}, công tác tuyển chọn và gọi công dân nhập ngũ ở {place} được thực hiện công khai, dân chủ, đúng luật; chất lượng tân binh được nâng lên, nhiều thanh niên có trình độ cao đẳng, đại học tình nguyện nhập ngũ.',
        ],
        opening: [
          ['Sáng ngày {eventDate}, {place} tổ chức lễ giao nhận quân năm {year}.'],
          [
            'Ngay từ sáng sớm, đông đảo người dân, thân nhân tân binh đã có mặt tại hội trường để động viên, tiễn con em lên đường nhập ngũ.',
          ],
        ],
        body: [
          'Năm nay, {place} giao {ks:1300-1900/22-45} tân binh cho các đơn vị quân đội và công an, đạt 100% chỉ tiêu, bảo đảm chất lượng, đúng thời gian quy định.',
          'Trong số tân binh nhập ngũ, có {p:8-16} có trình độ cao đẳng, đại học; {p:3-7} là đảng viên.',
          'Tại buổi lễ, đại diện tân binh đã hứa quyết tâm rèn luyện, phấn đấu, hoàn thành xuất sắc nhiệm vụ, xứng đáng với truyền thống quê hương.',
          'Các tân binh được chính quyền, đoàn thể địa phương tặng quà, động viên; gia đình có con em nhập ngũ được hưởng đầy đủ chế độ, chính sách theo quy định.',
        ],
        quotes: [
          'Tân binh {recruit} bày tỏ: “Được lên đường nhập ngũ là niềm vinh dự, tự hào của tôi và gia đình; tôi hứa sẽ rèn luyện thật tốt để không phụ lòng mong mỏi của quê hương”.',
          'Phát biểu tại buổi lễ, {leader} căn dặn các tân binh phát huy truyền thống quê hương, tích cực học tập, rèn luyện, chấp hành nghiêm kỷ luật quân đội.',
        ],
        captions: [
          'Tân binh {place} sẵn sàng lên đường nhập ngũ.',
          '{LeaderCap} tặng hoa, động viên tân binh.',
          'Người thân tiễn tân binh lên đường nhập ngũ.',
        ],
      },
      {
        event: 'cuộc diễn tập',
        months: [6, 7, 8, 9, 10, 11],
        titles: [
          '{Place} diễn tập {drill} năm {year} [đạt kết quả tốt|thành công tốt đẹp]',
          '[Huấn luyện|Ra quân huấn luyện] lực lượng dân quân năm {year} [sát thực tế|đạt chất lượng cao]',
          'Bồi dưỡng kiến thức quốc phòng và an ninh cho cán bộ chủ chốt {place}',
        ],
        leads: [
          'Thực hiện kế hoạch của cấp trên, từ ngày {eventStart} đến ngày {eventDate}, {place} tổ chức diễn tập {drill} năm {year}, sát với tình huống thực tế, bảo đảm an toàn tuyệt đối về người và phương tiện.',
        ],
        opening: [
          ['Từ ngày {eventStart} đến ngày {eventDate}, {place} tổ chức diễn tập {drill} năm {year}.'],
          [
            'Cuộc diễn tập có sự tham gia của lực lượng quân sự, công an, dân quân và các ban, ngành, đoàn thể.',
          ],
        ],
        body: [
          'Cuộc diễn tập đã kiểm nghiệm quy trình lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền trong xử lý các tình huống về quốc phòng, an ninh.',
          'Các lực lượng tham gia diễn tập đã thực hiện tốt các nội dung như chuyển trạng thái sẵn sàng chiến đấu, xử trí tình huống phòng, chống cháy rừng, cứu hộ, cứu nạn.',
        ],
        captions: [
          'Lực lượng dân quân thực hành xử trí tình huống trong diễn tập.',
          '{LeaderCap} phát biểu tại lễ bế mạc diễn tập.',
          'Các lực lượng tham gia diễn tập thông qua phương án tác chiến.',
        ],
      },
    ],
    body: [
      'Lực lượng dân quân được xây dựng vững mạnh, rộng khắp; công tác huấn luyện được duy trì nền nếp, bảo đảm thời gian, nội dung, chất lượng.',
      'Công tác giáo dục quốc phòng và an ninh được thực hiện đầy đủ, đúng đối tượng; trong {period} đã bồi dưỡng cho {ks:1500-3200/40-90} lượt cán bộ, đảng viên.',
      'Việc kết hợp phát triển kinh tế – xã hội với củng cố quốc phòng, an ninh được quan tâm, góp phần xây dựng khu vực phòng thủ ngày càng vững chắc.',
      'Hậu phương quân đội được chăm lo chu đáo; các chính sách đối với quân nhân xuất ngũ trở về địa phương được thực hiện kịp thời.',
      'Công tác đăng ký, quản lý công dân trong độ tuổi sẵn sàng nhập ngũ được thực hiện chặt chẽ, đúng luật.',
    ],
    quotes: [],
    directions: [
      '{Leader} yêu cầu các cơ quan quân sự địa phương làm tốt công tác chuẩn bị nguồn, bảo đảm tuyển quân năm sau đạt chỉ tiêu, chất lượng.',
      'Tiếp tục xây dựng lực lượng dân quân vững mạnh, rộng khắp, sẵn sàng chiến đấu và phục vụ chiến đấu trong mọi tình huống.',
      'Làm tốt công tác hậu phương quân đội, tạo điều kiện để quân nhân hoàn thành nghĩa vụ trở về địa phương ổn định cuộc sống, lập nghiệp.',
    ],
    subheads: ['Sẵn sàng lên đường', 'Vững chắc thế trận quốc phòng toàn dân', 'Hậu phương vững chắc'],
    tags: ['Quốc phòng', 'Giao nhận quân', 'Dân quân', 'Diễn tập', 'Nghĩa vụ quân sự'],
    captions: [],
    orgs: {
      province: [
        ['Bộ Chỉ huy Quân sự tỉnh', 'Chỉ huy trưởng'],
        ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Chỉ huy trưởng'],
      ],
      local: [['Ban Chỉ huy Quân sự {kind}', 'Chỉ huy trưởng']],
    },
  },
];

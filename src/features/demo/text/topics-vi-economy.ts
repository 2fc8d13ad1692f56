// Vietnamese topics: digital transformation, new countryside, agriculture and
// infrastructure.

import type { RawTopic } from './topic-model.js';

export const TOPICS_VI_ECONOMY: RawTopic[] = [
  {
    key: 'chuyen-doi-so',
    cats: ['chuyen-doi-so', 'kinh-te', 'tin-tuc', 'cai-cach-hanh-chinh'],
    kind: 'feature',
    areas: ['government'],
    event: 'hội nghị',
    actions: [
      'phổ cập kỹ năng số cho người dân',
      'đẩy mạnh thanh toán không dùng tiền mặt',
      'xây dựng dữ liệu số phục vụ chỉ đạo, điều hành',
      'đưa nông sản lên sàn thương mại điện tử',
      'bảo đảm an toàn thông tin mạng',
      'phát triển hạ tầng số đến vùng sâu, vùng xa',
      'ứng dụng trí tuệ nhân tạo trong xử lý công việc',
      'phát huy hiệu quả tổ công nghệ số cộng đồng',
    ],
    phrase: 'công cuộc chuyển đổi số',
    docPhrase: 'chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số',
    scenes: [
      {
        titles: [
          '{Place} đẩy mạnh chuyển đổi số [trên cả ba trụ cột|trong cơ quan nhà nước]',
          'Tổ công nghệ số cộng đồng: Cầu nối đưa chuyển đổi số đến với người dân {home}',
          'Chuyển đổi số [trong sản xuất nông nghiệp|trong thanh toán không dùng tiền mặt] ở {home}',
          'Xây dựng chính quyền số, hướng tới [đô thị thông minh|phục vụ người dân tốt hơn] ở {place}',
          'Người dân {home} tích cực sử dụng tài khoản định danh điện tử',
        ],
        leads: [
          'Xác định chuyển đổi số là động lực quan trọng để phát triển nhanh và bền vững, {place} đã triển khai đồng bộ nhiều giải pháp trên cả ba trụ cột chính quyền số, kinh tế số và xã hội số, bước đầu đạt được những kết quả tích cực.',
          'Từ những chiếc điện thoại thông minh, nhiều nông dân {home} đã biết bán nông sản qua mạng, thanh toán không dùng tiền mặt và nộp hồ sơ thủ tục hành chính trực tuyến ngay tại nhà.',
        ],
        opening: [
          [
            'Những năm gần đây, chuyển đổi số đã và đang len lỏi vào từng ngõ ngách của đời sống, từ cơ quan nhà nước đến doanh nghiệp, hộ gia đình ở {place}.',
            'Chiều muộn, căn nhà nhỏ của {citizen} vẫn sáng đèn, chiếc điện thoại đặt trên giá liên tục nhận đơn đặt hàng từ khắp nơi.',
          ],
          [
            'Hạ tầng số được đầu tư đồng bộ; sóng di động và cáp quang đã phủ tới {p:96-100} thôn, khu dân cư.',
          ],
        ],
      },
      {
        kind: 'meeting',
        titles: [
          'Sơ kết {period} thực hiện nhiệm vụ chuyển đổi số và Đề án phát triển ứng dụng dữ liệu dân cư',
          '{Place} [đánh giá|sơ kết] kết quả chuyển đổi số {period}',
          'Ban Chỉ đạo chuyển đổi số {place} triển khai nhiệm vụ trọng tâm năm {year}',
        ],
        leads: [
          'Ngày {eventDate}, Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số {place} tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ chuyển đổi số {period}, triển khai nhiệm vụ thời gian tới.',
        ],
        opening: [
          ['Ngày {eventDate}, Ban Chỉ đạo chuyển đổi số {place} tổ chức hội nghị sơ kết {period}.'],
          ['{Leader} chủ trì hội nghị.'],
          [
            'Theo báo cáo của {org}, trong {period}, nhiều chỉ tiêu về chuyển đổi số của {place} đạt và vượt kế hoạch.',
          ],
        ],
      },
    ],
    body: [
      '100% cơ quan hành chính kết nối với hệ thống quản lý văn bản và điều hành; tỷ lệ văn bản điện tử có ký số đạt trên {p:95-99.5}.',
      'Các cuộc họp trực tuyến giữa các cấp được tổ chức thường xuyên, giúp tiết kiệm đáng kể thời gian và chi phí.',
      'Toàn {kind} đã thành lập {ks:600-900/9-15} tổ công nghệ số cộng đồng với hơn {ks:3500-5200/60-120} thành viên, trực tiếp hướng dẫn người dân sử dụng các nền tảng số.',
      'Tỷ lệ người trưởng thành có tài khoản thanh toán điện tử đạt {p:75-88}; nhiều chợ truyền thống đã triển khai thanh toán bằng mã QR.',
      'Nhiều hợp tác xã, hộ sản xuất đã đưa sản phẩm lên sàn thương mại điện tử, sử dụng mã truy xuất nguồn gốc cho nông sản.',
      'Hệ thống camera giám sát an ninh được lắp đặt tại các tuyến đường, khu dân cư, góp phần phòng ngừa tội phạm và vi phạm trật tự an toàn giao thông.',
      'Việc làm sạch dữ liệu dân cư, đất đai, hộ tịch được đẩy mạnh, tạo nền tảng cho việc kết nối, chia sẻ dữ liệu giữa các ngành.',
      'Ứng dụng phản ánh hiện trường bước đầu phát huy hiệu quả; trong {period} đã tiếp nhận và xử lý {ks:1800-4200/40-120} phản ánh của người dân.',
      'Đến nay, {p:80-92} người dân trong độ tuổi đã kích hoạt tài khoản định danh điện tử mức độ 2.',
      'Các trường học đã ứng dụng sổ điểm điện tử, học bạ số; cơ sở y tế triển khai khám chữa bệnh bằng căn cước và bệnh án điện tử.',
      'Tuy nhiên, hạ tầng số ở một số thôn vùng sâu, vùng xa còn hạn chế; kỹ năng số của một bộ phận người dân, nhất là người cao tuổi, còn thấp.',
      'Việc bảo đảm an toàn thông tin mạng được chú trọng; các hệ thống thông tin dùng chung đều được phân loại và áp dụng phương án bảo vệ theo cấp độ.',
    ],
    quotes: [
      '{Citizen} phấn khởi kể: “Trước đây bán bưởi phải chờ thương lái, nay tôi đăng lên mạng, khách ở xa cũng đặt hàng, giá bán cao hơn và không bị ép giá”.',
      'Theo {orgHead}, chuyển đổi số trước hết là chuyển đổi nhận thức; khi người dân thấy được lợi ích thiết thực thì họ sẽ chủ động tham gia.',
    ],
    directions: [
      'Thời gian tới, {place} tập trung phát triển hạ tầng số, bảo đảm an toàn thông tin và đẩy mạnh khai thác dữ liệu phục vụ chỉ đạo, điều hành.',
      'Các cơ quan, đơn vị tiếp tục phát huy vai trò của tổ công nghệ số cộng đồng, phổ cập kỹ năng số cho người dân.',
      '{Leader} đề nghị người đứng đầu các cơ quan, đơn vị phải trực tiếp chỉ đạo, chịu trách nhiệm về kết quả chuyển đổi số trong phạm vi quản lý.',
    ],
    subheads: [
      'Chính quyền số phục vụ người dân',
      'Nông dân làm quen với kinh tế số',
      'Tháo gỡ điểm nghẽn hạ tầng số',
    ],
    tags: [
      'Chuyển đổi số',
      'Chính quyền số',
      'Kinh tế số',
      'Đề án 06',
      'Tổ công nghệ số cộng đồng',
      'Thanh toán không dùng tiền mặt',
    ],
    captions: [
      'Thành viên tổ công nghệ số cộng đồng hướng dẫn người dân {home} sử dụng dịch vụ công trực tuyến.',
      'Tiểu thương thanh toán bằng mã QR tại chợ {placeName}.',
      'Nông dân giới thiệu sản phẩm qua hình thức bán hàng trực tuyến.',
      'Cán bộ {org} theo dõi hệ thống giám sát tại trung tâm điều hành.',
    ],
    orgs: {
      province: [
        ['Sở Khoa học và Công nghệ', 'Giám đốc'],
        ['Công an tỉnh', 'Giám đốc'],
      ],
      local: [
        ['Văn phòng HĐND và UBND {kind}', 'Chánh'],
        ['Công an {kind}', 'Trưởng'],
      ],
    },
  },
  {
    key: 'nong-thon-moi',
    cats: ['kinh-te', 'tin-tuc'],
    kinds: ['province', 'commune'],
    kind: 'feature',
    areas: ['government', 'party'],
    event: 'hội nghị',
    actions: [
      'nâng chất các tiêu chí nông thôn mới',
      'huy động nguồn lực xây dựng nông thôn mới nâng cao',
      'xây dựng khu dân cư nông thôn mới kiểu mẫu',
      'chung sức làm đường giao thông nông thôn',
      'phát triển sản phẩm OCOP gắn với xây dựng nông thôn mới',
      'cải thiện cảnh quan, môi trường nông thôn',
      'nâng cao thu nhập cho người dân nông thôn',
    ],
    phrase: 'phong trào xây dựng nông thôn mới',
    docPhrase: 'xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu',
    scenes: [
      {
        titles: [
          'Diện mạo mới ở {home} sau [khi đạt chuẩn|hành trình xây dựng] nông thôn mới',
          '{Place} huy động [hơn {kb:300-900/8-30}|nhiều nguồn lực] xây dựng nông thôn mới',
          'Xây dựng nông thôn mới: [Người dân là chủ thể|Khi lòng dân đồng thuận]',
          'Nông thôn mới nâng cao – bước đi vững chắc của {place}',
          'Hiến đất làm đường, chung sức xây dựng nông thôn mới ở {home}',
        ],
        leads: [
          'Sau nhiều năm triển khai, phong trào xây dựng nông thôn mới ở {place} đã làm thay đổi căn bản diện mạo vùng quê; hạ tầng được đầu tư đồng bộ, đời sống vật chất và tinh thần của người dân ngày càng được nâng lên.',
          'Với phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng”, nhiều thôn, xóm ở {place} đã chung tay hiến đất, góp công làm đường, xây dựng nhà văn hóa, tạo nên những làng quê đáng sống.',
        ],
        opening: [
          [
            'Trở lại {home} những ngày này, chúng tôi không khỏi ngỡ ngàng trước sự đổi thay của vùng quê.',
            '{Since}, {place} luôn xác định xây dựng nông thôn mới là nhiệm vụ trọng tâm, thường xuyên, chỉ có điểm khởi đầu mà không có điểm dừng.',
          ],
          [
            'Những con đường bê tông rộng rãi, sạch đẹp, hai bên là hàng rào cây xanh và những ngôi nhà khang trang đã thay thế cho đường đất lầy lội ngày nào.',
          ],
        ],
      },
      {
        kind: 'meeting',
        titles: [
          '[Sơ kết|Đánh giá] {period} thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
          '{Place} đặt mục tiêu [nâng chất các tiêu chí|về đích nông thôn mới nâng cao] trong năm {year}',
        ],
        leads: [
          'Ngày {eventDate}, Ban Chỉ đạo các chương trình mục tiêu quốc gia {place} tổ chức hội nghị đánh giá kết quả xây dựng nông thôn mới {period}, triển khai nhiệm vụ trong thời gian tới.',
        ],
        opening: [
          [
            'Ngày {eventDate}, Ban Chỉ đạo các chương trình mục tiêu quốc gia {place} tổ chức hội nghị đánh giá kết quả xây dựng nông thôn mới {period}.',
          ],
          ['{Leader} chủ trì hội nghị.'],
        ],
      },
    ],
    body: [
      'Trong {period}, tổng nguồn vốn huy động cho xây dựng nông thôn mới trên địa bàn đạt {kb:350-1200/8-30}, trong đó vốn huy động từ cộng đồng dân cư chiếm khoảng {p:12-25}.',
      'Người dân đã tự nguyện hiến {ks:40000-180000/1000-4500} m² đất, góp hàng nghìn ngày công để mở rộng, bê tông hóa {ks:60-220/1.5-6} km đường giao thông nông thôn.',
      'Thu nhập bình quân đầu người ở khu vực nông thôn đạt {n:52-78} triệu đồng/năm, tăng gần {n:2-3} lần so với khi bắt đầu triển khai chương trình.',
      'Hệ thống trường học, trạm y tế, nhà văn hóa thôn được đầu tư xây dựng đạt chuẩn; {p:98-100} hộ dân được sử dụng điện an toàn và nước hợp vệ sinh.',
      'Nhiều tuyến đường hoa, đường cây xanh, đường điện chiếu sáng được các hội, đoàn thể đảm nhận, tạo cảnh quan sáng – xanh – sạch – đẹp.',
      'Chương trình mỗi xã một sản phẩm (OCOP) được quan tâm; đến nay {place} có {ks:120-260/3-8} sản phẩm đạt từ 3 sao trở lên.',
      'Công tác bảo vệ môi trường chuyển biến rõ nét; rác thải sinh hoạt được thu gom, xử lý đạt {p:85-97}, nhiều thôn duy trì ngày chủ nhật xanh.',
      'Các tiêu chí về an ninh trật tự, văn hóa được giữ vững; {p:88-96} hộ gia đình đạt danh hiệu Gia đình văn hóa.',
      'Điều đáng quý là người dân đã thực sự trở thành chủ thể, chủ động tham gia bàn bạc, quyết định và giám sát các công trình ngay tại địa phương.',
      'Các mô hình kinh tế hiệu quả như trồng rau an toàn, nuôi cá lồng, trồng cây ăn quả theo tiêu chuẩn VietGAP đã giúp nhiều hộ vươn lên khá giả.',
      'Từ một thôn còn nhiều khó khăn, {home} nay đã có đường làng ngõ xóm khang trang, tỷ lệ hộ nghèo giảm xuống dưới {p:1-2.5}.',
    ],
    quotes: [
      '{Citizen} phấn khởi: “Gia đình tôi hiến gần {n:100-400} m² đất để mở rộng đường. Đường đẹp rồi, xe chở nông sản vào tận ruộng, ai cũng mừng”.',
      '{OrgHead} cho biết: “Khó nhất là làm sao để người dân hiểu và đồng thuận; khi dân đã tin thì việc gì cũng làm được”.',
    ],
    directions: [
      'Thời gian tới, {place} tiếp tục rà soát, nâng cao chất lượng các tiêu chí đã đạt, tập trung vào tiêu chí thu nhập, môi trường và văn hóa.',
      'Đồng thời, khuyến khích phát triển các mô hình sản xuất liên kết theo chuỗi giá trị, gắn với chương trình OCOP và du lịch nông thôn.',
      '{Leader} đề nghị các cấp tiếp tục phát huy vai trò chủ thể của người dân, tránh tư tưởng chạy theo thành tích, bệnh hình thức.',
    ],
    subheads: ['Dân đồng lòng, làng đổi mới', 'Nâng chất các tiêu chí', 'Khơi dậy nội lực trong nhân dân'],
    tags: ['Nông thôn mới', 'Nông thôn mới nâng cao', 'OCOP', 'Giao thông nông thôn', 'Hiến đất làm đường'],
    captions: [
      'Một góc {home} hôm nay.',
      'Người dân {home} ra quân làm đường bê tông nông thôn.',
      'Tuyến đường hoa do Hội Liên hiệp Phụ nữ {kind} đảm nhận.',
      'Nhà văn hóa {home} được xây dựng khang trang từ nguồn vốn nhà nước và nhân dân đóng góp.',
    ],
    orgs: {
      province: [
        ['Văn phòng Điều phối nông thôn mới tỉnh', 'Chánh'],
        ['Sở Nông nghiệp và Môi trường', 'Giám đốc'],
      ],
      local: [
        ['Phòng Kinh tế', 'Trưởng'],
        ['Hội Nông dân {kind}', 'Chủ tịch'],
      ],
    },
  },
  {
    key: 'nong-nghiep',
    cats: ['kinh-te'],
    kinds: ['province', 'commune'],
    kind: 'feature',
    areas: ['government'],
    event: 'hội nghị',
    subjects: ['{place}', '{home}', 'nông dân {home}', '{coop}'],
    actions: [
      'nhân rộng mô hình {model}',
      'phát triển vùng sản xuất tập trung theo tiêu chuẩn VietGAP',
      'đẩy mạnh cơ giới hóa trong sản xuất nông nghiệp',
      'liên kết tiêu thụ nông sản theo chuỗi giá trị',
      'chủ động phòng trừ sâu bệnh cho lúa {season}',
      'chuyển đổi cây trồng kém hiệu quả sang cây ăn quả',
      'xây dựng thương hiệu cho nông sản chủ lực',
      'ứng dụng công nghệ cao trong sản xuất nông nghiệp',
    ],
    phrase: 'phát triển kinh tế nông nghiệp',
    docPhrase: 'cơ cấu lại ngành nông nghiệp theo hướng nâng cao giá trị gia tăng và phát triển bền vững',
    scenes: [
      {
        titles: [
          'Nông dân {home} thu lãi cao từ mô hình {model}',
          'Mô hình {model} mở hướng làm giàu cho nông dân {placeName}',
          'Liên kết sản xuất theo chuỗi giá trị, nâng cao thu nhập cho nông dân {home}',
          '{Coop} [nâng tầm nông sản địa phương|liên kết tiêu thụ nông sản cho xã viên]',
          'Ứng dụng khoa học kỹ thuật, nâng cao giá trị [cây trồng, vật nuôi|sản xuất nông nghiệp] ở {place}',
        ],
        leads: [
          'Mạnh dạn chuyển đổi cơ cấu cây trồng, vật nuôi, nhiều hộ nông dân ở {home} đã áp dụng thành công mô hình {model}, cho thu nhập hàng trăm triệu đồng mỗi năm, góp phần thay đổi diện mạo kinh tế nông thôn.',
          'Trong {period}, ngành nông nghiệp {place} tiếp tục duy trì tăng trưởng ổn định nhờ đẩy mạnh ứng dụng khoa học kỹ thuật, phát triển các vùng sản xuất tập trung và liên kết theo chuỗi giá trị.',
        ],
        opening: [
          [
            'Dẫn chúng tôi đi thăm khu sản xuất, {citizen} cho biết trước đây gia đình chủ yếu trồng lúa, thu nhập bấp bênh.',
            '{Since}, sản xuất nông nghiệp trên địa bàn {place} đã có bước chuyển mạnh từ tư duy sản xuất nông nghiệp sang tư duy kinh tế nông nghiệp.',
          ],
          [
            'Sau khi được tham gia lớp tập huấn do {org} tổ chức, nhiều hộ đã mạnh dạn chuyển sang mô hình {model}.',
          ],
        ],
        body: [
          'Với diện tích khoảng {n:3-15} sào, mỗi năm gia đình thu lãi từ {n:150-300} đến {n:350-600} triệu đồng sau khi trừ chi phí.',
          'Hiện nay, sản phẩm của mô hình {model} đã có mặt tại nhiều siêu thị, cửa hàng nông sản sạch trong và ngoài tỉnh.',
        ],
      },
      {
        kind: 'event',
        event: 'đợt ra quân',
        months: [1, 2, 5, 6, 7, 8],
        titles: [
          '{Place} [ra quân|đẩy nhanh tiến độ] gieo cấy {season}',
          'Nông dân {place} tất bật xuống đồng gieo cấy {season}',
          'Bảo đảm nước tưới, giống tốt cho sản xuất {season} ở {place}',
        ],
        leads: [
          'Những ngày này, trên các cánh đồng ở {place}, bà con nông dân đang tất bật xuống đồng gieo cấy {season}, phấn đấu hoàn thành kế hoạch trong khung thời vụ tốt nhất.',
          'Ngày {eventDate}, {ubnd} phát động ra quân sản xuất {season}, với mục tiêu gieo cấy đúng khung thời vụ, sử dụng giống lúa chất lượng cao trên phần lớn diện tích.',
        ],
        opening: [
          ['Ngày {eventDate}, {ubnd} tổ chức lễ ra quân sản xuất {season} tại cánh đồng {home}.'],
          ['Từ sáng sớm, hàng trăm nông dân cùng máy cấy, máy làm đất đã có mặt trên đồng ruộng.'],
        ],
        body: [
          'Tổng diện tích gieo cấy {season} dự kiến đạt {ks:38000-62000/900-1600} ha, trong đó diện tích sử dụng giống lúa chất lượng cao chiếm trên {p:70-85}.',
          'Hệ thống kênh mương nội đồng đã được nạo vét, bảo đảm đủ nước tưới cho toàn bộ diện tích gieo cấy.',
        ],
      },
    ],
    body: [
      'Toàn {kind} hiện có {ks:2500-7000/60-180} ha sản xuất theo quy trình VietGAP, hữu cơ; nhiều vùng nguyên liệu được cấp mã số vùng trồng phục vụ xuất khẩu.',
      'Năng suất lúa bình quân vụ trước đạt {n:58-68} tạ/ha, thuộc nhóm cao của tỉnh.',
      'Giá trị sản xuất bình quân trên một héc-ta đất trồng trọt và nuôi trồng thủy sản đạt {n:130-210} triệu đồng.',
      '{Coop} đã liên kết với doanh nghiệp bao tiêu sản phẩm cho {n:60-250} hộ thành viên, giúp bà con yên tâm sản xuất.',
      'Tỷ lệ cơ giới hóa khâu làm đất và thu hoạch đạt trên {p:90-98}; nhiều hộ đã sử dụng thiết bị bay không người lái để phun thuốc bảo vệ thực vật.',
      'Cán bộ khuyến nông thường xuyên xuống đồng hướng dẫn bà con phòng trừ sâu bệnh, sử dụng phân bón hợp lý, giảm chi phí đầu vào.',
      'Bên cạnh trồng trọt, chăn nuôi theo hướng an toàn sinh học cũng phát triển khá; tổng đàn lợn đạt {ks:250000-420000/5000-11000} con, đàn gia cầm hơn {ks:4000000-6500000/90000-160000} con.',
      'Nhờ liên kết sản xuất, giá bán ổn định ở mức cao hơn thị trường từ 10 đến 20%, người nông dân không còn cảnh được mùa mất giá.',
      'Nhiều hộ đã mạnh dạn vay vốn ưu đãi, đầu tư nhà màng, hệ thống tưới nhỏ giọt tự động để chủ động sản xuất quanh năm.',
      'Các sản phẩm nông nghiệp chủ lực đều có tem truy xuất nguồn gốc, giúp người tiêu dùng yên tâm và nâng cao giá trị hàng hóa.',
    ],
    quotes: [
      '{Citizen} tâm sự: “Làm nông bây giờ phải tính toán như làm kinh tế, phải biết thị trường cần gì, nhất là phải sản xuất sạch thì mới bán được giá”.',
      'Theo {orgHead}, đơn vị sẽ tiếp tục hỗ trợ giống, kỹ thuật và kết nối tiêu thụ để nhân rộng mô hình {model} ra nhiều địa phương khác.',
    ],
    directions: [
      'Thời gian tới, {place} tiếp tục quy hoạch các vùng sản xuất hàng hóa tập trung, khuyến khích doanh nghiệp đầu tư vào nông nghiệp.',
      'Ngành chức năng tăng cường công tác dự báo, cảnh báo sâu bệnh, hướng dẫn nông dân chăm sóc cây trồng đúng quy trình.',
      'Đồng thời, đẩy mạnh xây dựng thương hiệu, chỉ dẫn địa lý cho các nông sản chủ lực, mở rộng thị trường tiêu thụ.',
    ],
    subheads: ['Dám nghĩ, dám làm', 'Liên kết để phát triển bền vững', 'Nâng giá trị nông sản'],
    tags: ['Nông nghiệp', 'Nông nghiệp công nghệ cao', 'VietGAP', 'Hợp tác xã', 'Khuyến nông', 'OCOP'],
    captions: [
      'Nông dân {home} chăm sóc cây trồng trong mô hình {model}.',
      'Cán bộ khuyến nông hướng dẫn bà con kỹ thuật chăm sóc.',
      'Thu hoạch lúa trên cánh đồng mẫu lớn tại {home}.',
      'Sản phẩm của {coop} được đóng gói, dán tem truy xuất nguồn gốc.',
    ],
    orgs: {
      province: [
        ['Sở Nông nghiệp và Môi trường', 'Giám đốc'],
        ['Trung tâm Khuyến nông tỉnh', 'Giám đốc'],
      ],
      local: [
        ['Phòng Kinh tế', 'Trưởng'],
        ['Hội Nông dân {kind}', 'Chủ tịch'],
      ],
    },
  },
  {
    key: 'ha-tang',
    cats: ['kinh-te', 'tin-tuc'],
    kind: 'event',
    areas: ['government'],
    event: 'buổi lễ',
    actions: [
      'đẩy nhanh tiến độ các công trình trọng điểm',
      'tháo gỡ vướng mắc trong giải phóng mặt bằng',
      'nâng cao hiệu quả đầu tư công',
      'hoàn thiện hạ tầng giao thông kết nối',
      'bảo đảm chất lượng các công trình xây dựng cơ bản',
      'tăng tốc thi công {project}',
    ],
    phrase: 'đầu tư xây dựng kết cấu hạ tầng',
    docPhrase: 'đầu tư xây dựng hệ thống kết cấu hạ tầng đồng bộ, hiện đại',
    scenes: [
      {
        event: 'lễ khởi công',
        titles: [
          'Khởi công [xây dựng|dự án] {project}, [tổng mức đầu tư hơn {kb:40-900/3-25}|dự kiến hoàn thành trong năm {nextYear}]',
          '{Place} khởi công {project}',
        ],
        leads: [
          'Ngày {eventDate}, {ubnd} tổ chức lễ khởi công {project} với tổng mức đầu tư hơn {kb:40-900/3-25} từ nguồn ngân sách nhà nước và các nguồn vốn hợp pháp khác.',
        ],
        opening: [
          ['Ngày {eventDate}, {ubnd} tổ chức lễ khởi công {project}.'],
          [
            'Công trình có tổng mức đầu tư hơn {kb:40-900/3-25}, do {org} làm chủ đầu tư, thời gian thực hiện dự kiến {n:12-30} tháng.',
          ],
        ],
        body: [
          'Theo thiết kế, công trình được xây dựng theo tiêu chuẩn hiện đại, bảo đảm kết nối đồng bộ với hệ thống hạ tầng hiện có trong khu vực.',
          'Để có mặt bằng thi công, các địa phương đã vận động {n:45-260} hộ dân bàn giao đất; nhiều hộ tự nguyện tháo dỡ công trình, vật kiến trúc trước thời hạn.',
        ],
        captions: [
          'Các đại biểu thực hiện nghi thức khởi công {project}.',
          'Phối cảnh công trình sau khi hoàn thành.',
          '{LeaderCap} phát biểu tại lễ khởi công.',
        ],
      },
      {
        event: 'lễ khánh thành',
        titles: [
          'Khánh thành, đưa vào sử dụng {project}',
          'Công trình {project} [cán đích sớm|vượt tiến độ], [đáp ứng kỳ vọng của người dân|phục vụ nhu cầu của nhân dân]',
        ],
        leads: [
          'Sau hơn {n:8-20} tháng thi công, {project} đã hoàn thành và chính thức được đưa vào sử dụng, đáp ứng mong mỏi bấy lâu của người dân địa phương.',
        ],
        opening: [
          ['Ngày {eventDate}, {ubnd} tổ chức lễ khánh thành, đưa vào sử dụng {project}.'],
          ['Công trình được khởi công từ năm {prevYear}, với tổng mức đầu tư hơn {kb:40-900/3-25}.'],
        ],
        body: [
          'Công trình đã được nghiệm thu, bàn giao đưa vào sử dụng đúng quy định, chất lượng đạt yêu cầu thiết kế.',
          'Cùng với nguồn vốn nhà nước, người dân đã đóng góp {m:200-2500} và hàng nghìn ngày công lao động cho công trình.',
        ],
        captions: [
          'Các đại biểu cắt băng khánh thành {project}.',
          'Toàn cảnh {project} sau khi hoàn thành.',
          '{LeaderCap} phát biểu tại lễ khánh thành.',
        ],
      },
      {
        kind: 'feature',
        event: 'buổi kiểm tra',
        titles: [
          'Đẩy nhanh tiến độ [thi công|giải phóng mặt bằng] {project}',
          'Kiểm tra tiến độ [thi công|triển khai] {project}',
          '{Place} [tập trung|quyết liệt] tháo gỡ vướng mắc trong giải phóng mặt bằng các dự án trọng điểm',
        ],
        leads: [
          'Nhằm bảo đảm tiến độ các công trình trọng điểm, ngày {eventDate}, {leader} đã đi kiểm tra thực địa, trực tiếp tháo gỡ khó khăn tại {project}.',
          'Những ngày này, trên công trường {project}, hàng chục máy móc, thiết bị cùng đội ngũ công nhân đang khẩn trương thi công, quyết tâm hoàn thành đúng tiến độ.',
        ],
        opening: [
          [
            'Ngày {eventDate}, {leader} đã đi kiểm tra tiến độ thi công {project}.',
            'Có mặt tại công trường {project} vào đầu giờ sáng, chúng tôi ghi nhận không khí lao động khẩn trương.',
          ],
        ],
        body: [
          'Hiện nay, đơn vị thi công đã huy động {n:6-18} mũi thi công với hàng chục công nhân và nhiều máy móc, thiết bị hiện đại, làm việc cả ngày nghỉ.',
          'Đến nay, giá trị khối lượng thực hiện ước đạt {p:45-80} tổng giá trị hợp đồng, bảo đảm tiến độ đề ra.',
          'Một số khó khăn về nguồn vật liệu đắp nền, di dời hệ thống điện, cấp nước đã được các ngành chức năng phối hợp tháo gỡ kịp thời.',
        ],
        captions: [
          'Máy móc, thiết bị thi công trên công trường.',
          '{LeaderCap} kiểm tra tiến độ thi công.',
          'Công nhân khẩn trương thi công {project}.',
        ],
      },
    ],
    body: [
      'Dự án có ý nghĩa quan trọng trong việc hoàn thiện hạ tầng, tạo động lực thúc đẩy phát triển kinh tế – xã hội của {place} và các vùng lân cận.',
      'Chủ đầu tư cam kết giám sát chặt chẽ chất lượng vật liệu, quy trình thi công, bảo đảm an toàn lao động và vệ sinh môi trường.',
      'Trong {period}, giải ngân vốn đầu tư công trên địa bàn đạt {p:55-82} kế hoạch, cao hơn cùng kỳ năm trước.',
      'Khi đưa vào sử dụng, công trình giúp rút ngắn thời gian đi lại, thuận lợi cho việc vận chuyển hàng hóa, nông sản của người dân.',
      'Công tác giải phóng mặt bằng được thực hiện công khai, minh bạch, bảo đảm quyền lợi hợp pháp của người dân.',
      'Các hộ dân bị ảnh hưởng đều được bố trí tái định cư tại khu vực có hạ tầng đồng bộ, thuận tiện cho sinh hoạt và sản xuất.',
    ],
    quotes: [
      '{Citizen} phấn khởi: “Chờ đợi bao năm, nay công trình đã thành hiện thực; bà con đi lại thuận tiện, buôn bán cũng khấm khá hơn”.',
      '{Leader} nhấn mạnh: “Chất lượng công trình là yêu cầu hàng đầu, tuyệt đối không vì chạy tiến độ mà xem nhẹ chất lượng”.',
    ],
    directions: [
      '{Leader} yêu cầu chủ đầu tư, đơn vị thi công tập trung nhân lực, máy móc, tổ chức thi công khoa học, bảo đảm chất lượng và tiến độ.',
      'Các cơ quan chuyên môn tăng cường kiểm tra, giám sát, kịp thời xử lý những vướng mắc phát sinh trong quá trình thi công.',
      'Chính quyền địa phương tiếp tục phối hợp tuyên truyền, vận động người dân ủng hộ, tạo điều kiện thuận lợi để dự án triển khai đúng tiến độ.',
    ],
    subheads: ['Công trình được mong đợi', 'Tăng tốc về đích', 'Bảo đảm chất lượng, an toàn'],
    tags: [
      'Hạ tầng giao thông',
      'Đầu tư công',
      'Giải phóng mặt bằng',
      'Công trình trọng điểm',
      'Xây dựng cơ bản',
    ],
    captions: ['Người dân phấn khởi khi công trình được triển khai.'],
    orgs: {
      province: [
        ['Ban Quản lý dự án đầu tư xây dựng tỉnh', 'Giám đốc'],
        ['Sở Xây dựng', 'Giám đốc'],
      ],
      local: [
        ['Ban Quản lý dự án đầu tư xây dựng {kind}', 'Trưởng'],
        ['Phòng Kinh tế', 'Trưởng'],
      ],
    },
  },
];

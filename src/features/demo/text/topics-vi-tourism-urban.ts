// Vietnamese topics: tourism and urban life.

import type { RawTopic } from './topic-model.js';

export const TOPICS_VI_TOURISM_URBAN: RawTopic[] = [
  {
    key: 'du-lich',
    cats: ['kinh-te', 'gioi-thieu', 'van-hoa-xa-hoi'],
    kind: 'feature',
    areas: ['government'],
    event: 'chương trình',
    actions: [
      'phát triển du lịch cộng đồng',
      'đa dạng hóa sản phẩm du lịch',
      'quảng bá điểm đến {spot}',
      'nâng cao chất lượng dịch vụ du lịch',
      'thu hút khách du lịch dịp cuối tuần',
      'gắn phát triển du lịch với nông nghiệp sinh thái',
    ],
    phrase: 'hoạt động phát triển du lịch',
    docPhrase: 'phát triển du lịch trở thành ngành kinh tế mũi nhọn',
    scenes: [
      {
        titles: [
          'Khám phá {spot}, điểm đến hấp dẫn của {place}',
          'Du lịch cộng đồng [mở hướng đi mới|giúp người dân tăng thu nhập] ở {home}',
          '{Place} đón {ks:450000-1200000/12000-40000} lượt khách du lịch trong {period}',
          'Phát triển du lịch [xanh|nông nghiệp, nông thôn] gắn với bảo tồn bản sắc văn hóa {placeName}',
          'Về {spot} trải nghiệm không gian làng quê yên bình',
          'Nâng cao chất lượng dịch vụ, thu hút du khách đến với {place}',
        ],
        leads: [
          'Sở hữu cảnh quan thiên nhiên tươi đẹp cùng bề dày văn hóa, lịch sử, {place} đang từng bước khẳng định sức hút với du khách; nhiều sản phẩm du lịch mới được hình thành, góp phần tăng thu nhập cho người dân.',
          'Nằm cách trung tâm tỉnh khoảng {n:8-35} km, {spot} với khung cảnh thơ mộng, không khí trong lành đang trở thành điểm đến được nhiều du khách lựa chọn vào dịp cuối tuần.',
          'Trong {period}, hoạt động du lịch ở {place} tiếp tục khởi sắc; lượng khách và doanh thu đều tăng khá so với cùng kỳ, nhiều sự kiện văn hóa, thể thao, du lịch được tổ chức thu hút đông đảo du khách.',
        ],
        opening: [
          [
            'Đến {spot} vào những ngày cuối tuần, du khách sẽ được hòa mình vào không gian xanh mát, yên bình.',
            'Từ một vùng quê thuần nông, {home} nay đã trở thành điểm du lịch cộng đồng được nhiều người biết đến.',
            'Những năm gần đây, du lịch đã trở thành một trong những ngành kinh tế quan trọng của {place}.',
          ],
        ],
      },
    ],
    body: [
      'Du khách có thể tham gia trải nghiệm cấy lúa, đánh bắt cá, làm bánh truyền thống cùng người dân, thưởng thức các món ăn dân dã đậm hương vị quê nhà.',
      'Hiện địa phương có {ks:25-60/3-8} hộ dân tham gia làm du lịch cộng đồng, đón khách lưu trú tại nhà, thu nhập tăng gấp {n:2-3} lần so với trước.',
      'Trong {period}, lượng khách đến {place} ước đạt {ks:450000-1200000/12000-40000} lượt, tăng {p:12-28} so với cùng kỳ; tổng doanh thu từ du lịch ước đạt {kb:900-2800/4-30}.',
      'Hạ tầng du lịch được quan tâm đầu tư, nhiều tuyến đường kết nối đến các điểm du lịch đã được nâng cấp, mở rộng.',
      'Các cơ sở lưu trú, nhà hàng không ngừng nâng cao chất lượng phục vụ; nhiều homestay được thiết kế hài hòa với cảnh quan tự nhiên.',
      'Công tác quảng bá, xúc tiến du lịch được đẩy mạnh trên các nền tảng số; nhiều video giới thiệu về {spot} thu hút hàng trăm nghìn lượt xem.',
      'Địa phương đã tổ chức lớp tập huấn kỹ năng làm du lịch, ngoại ngữ giao tiếp cơ bản cho người dân tham gia cung cấp dịch vụ.',
      'Các sản phẩm OCOP như bưởi, chè, mật ong, nước mắm được bày bán tại các điểm du lịch, trở thành món quà được du khách ưa chuộng.',
      'Việc giữ gìn vệ sinh môi trường, cảnh quan được người dân thực hiện tự giác; không có tình trạng chèo kéo, nâng giá dịch vụ.',
      'Tuy vậy, sản phẩm du lịch vẫn còn đơn điệu, thiếu các khu vui chơi, giải trí về đêm để giữ chân du khách lưu trú dài ngày.',
      'Buổi chiều, du khách có thể ngồi thuyền dọc sông Lâm ngắm hoàng hôn, nghe các nghệ nhân hát dân ca, kể chuyện về sự tích làng quê.',
    ],
    quotes: [
      '{Visitor} chia sẻ: “Không khí ở đây rất trong lành, người dân thân thiện, đồ ăn ngon; chắc chắn tôi sẽ quay lại cùng gia đình”.',
      'Theo {orgHead}, địa phương sẽ tiếp tục đa dạng hóa sản phẩm, liên kết với các đơn vị lữ hành để đưa {spot} vào các tour du lịch của vùng.',
    ],
    directions: [
      'Thời gian tới, {place} tập trung phát triển các sản phẩm du lịch đặc trưng, gắn với nông nghiệp sinh thái và văn hóa truyền thống.',
      'Đồng thời, khuyến khích các thành phần kinh tế đầu tư vào lĩnh vực du lịch, nâng cao chất lượng nguồn nhân lực.',
      'Đẩy mạnh chuyển đổi số trong quảng bá, xúc tiến du lịch; xây dựng bản đồ du lịch số để du khách dễ dàng tra cứu thông tin.',
    ],
    subheads: ['Tiềm năng còn nhiều', 'Người dân làm du lịch', 'Đa dạng hóa sản phẩm'],
    tags: ['Du lịch', 'Du lịch cộng đồng', 'Điểm đến', 'Homestay', 'Xúc tiến du lịch'],
    captions: [
      'Du khách tham quan {spot}.',
      'Du khách trải nghiệm cấy lúa cùng người dân {home}.',
      'Một homestay tại {home} được thiết kế hài hòa với cảnh quan.',
      'Toàn cảnh {spot} nhìn từ trên cao.',
    ],
    orgs: {
      province: [
        ['Sở Văn hóa, Thể thao và Du lịch', 'Giám đốc'],
        ['Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch tỉnh', 'Giám đốc'],
      ],
      local: [
        ['Phòng Văn hóa – Xã hội', 'Trưởng'],
        ['Hợp tác xã Du lịch cộng đồng {placeName}', 'Giám đốc'],
      ],
    },
  },
  {
    key: 'do-thi',
    cats: ['kinh-te', 'tin-tuc', 'van-hoa-xa-hoi', 'cai-cach-hanh-chinh'],
    kinds: ['ward'],
    kind: 'feature',
    areas: ['government'],
    event: 'buổi ra quân',
    actions: [
      'lập lại trật tự vỉa hè, lòng đường',
      'chỉnh trang đô thị, phát triển cây xanh',
      'nhân rộng mô hình phân loại rác tại nguồn',
      'siết chặt quản lý trật tự xây dựng',
      'xây dựng tuyến phố văn minh',
      'giữ gìn vệ sinh môi trường đô thị',
    ],
    phrase: 'công tác xây dựng đô thị văn minh',
    docPhrase: 'quản lý trật tự xây dựng và xây dựng đô thị văn minh',
    scenes: [
      {
        titles: [
          'Xây dựng tuyến phố văn minh ở {home}',
          'Chỉnh trang đô thị, [tạo diện mạo mới cho|nâng cao chất lượng sống ở] {place}',
          'Phân loại rác tại nguồn: [Chuyển biến từ nhận thức đến hành động|Khi người dân cùng vào cuộc] ở {home}',
          'Nâng cao hiệu quả quản lý trật tự xây dựng trên địa bàn {place}',
        ],
        leads: [
          '{Since}, {place} đã tập trung chỉnh trang đô thị, lập lại trật tự vỉa hè, lòng đường, phát triển cây xanh, chiếu sáng; diện mạo đô thị ngày càng khang trang, sạch đẹp, văn minh.',
          'Từ những việc làm nhỏ như phân loại rác tại nguồn, trồng hoa trước cửa nhà, người dân {home} đã góp phần xây dựng tuyến phố xanh – sạch – đẹp, được chính quyền và nhân dân đánh giá cao.',
        ],
        opening: [
          [
            'Những ngày này, đi trên các tuyến phố ở {home}, dễ dàng nhận thấy vỉa hè thông thoáng, sạch sẽ, hàng quán được sắp xếp gọn gàng.',
            '{Since}, công tác quản lý đô thị trên địa bàn {place} đã có nhiều chuyển biến tích cực.',
          ],
        ],
      },
      {
        kind: 'event',
        titles: [
          '{Place} ra quân lập lại trật tự vỉa hè, lòng đường',
          'Ra quân [tổng vệ sinh môi trường|lập lại trật tự đô thị], hướng tới [đô thị văn minh|tuyến phố sạch đẹp] ở {place}',
        ],
        leads: [
          'Ngày {eventDate}, {ubnd} tổ chức ra quân lập lại trật tự đô thị, xử lý các trường hợp lấn chiếm vỉa hè, lòng đường để kinh doanh, buôn bán trên các tuyến phố chính.',
        ],
        opening: [
          [
            'Ngày {eventDate}, {ubnd} tổ chức lễ ra quân lập lại trật tự đô thị với sự tham gia của hàng trăm cán bộ, đoàn viên, hội viên.',
          ],
          ['{Leader} phát lệnh ra quân.'],
        ],
        body: [
          'Lực lượng chức năng đã tuyên truyền, nhắc nhở {n:150-600} hộ kinh doanh, tháo dỡ {n:40-200} mái che, biển quảng cáo lấn chiếm vỉa hè.',
        ],
      },
    ],
    body: [
      'Nhiều tuyến phố đã được lát lại vỉa hè, trồng cây xanh, lắp đặt hệ thống chiếu sáng tiết kiệm năng lượng.',
      'Mô hình phân loại rác tại nguồn được triển khai ở {p:60-85} hộ gia đình; lượng rác thải phải chôn lấp giảm đáng kể.',
      'Công tác quản lý trật tự xây dựng được siết chặt; các trường hợp xây dựng không phép, sai phép được phát hiện, xử lý kịp thời.',
      'Mỗi khu phố đều có tổ tự quản vệ sinh môi trường, duy trì tổng vệ sinh vào sáng thứ Bảy hằng tuần.',
      'Hệ thống thoát nước được nạo vét, khơi thông trước mùa mưa, hạn chế tình trạng ngập úng cục bộ.',
      'Phố đi bộ ven sông và chợ đêm được tổ chức nền nếp, trở thành điểm vui chơi hấp dẫn của người dân và du khách vào cuối tuần.',
      'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa đạt {p:90-97}; phần lớn khu phố đạt danh hiệu Khu phố văn hóa.',
      'Các hộ kinh doanh đã ký cam kết không lấn chiếm vỉa hè, tự giác sắp xếp hàng hóa gọn gàng trong phạm vi cho phép.',
    ],
    quotes: [
      '{Citizen} chia sẻ: “Vỉa hè thông thoáng, phố xá sạch đẹp thì người dân được hưởng lợi trước tiên; việc buôn bán cũng văn minh hơn”.',
      'Theo {orgHead}, lực lượng chức năng sẽ duy trì kiểm tra thường xuyên, không để tình trạng tái lấn chiếm.',
    ],
    directions: [
      'Thời gian tới, {place} tiếp tục đầu tư chỉnh trang hạ tầng đô thị, mở rộng không gian công cộng, công viên, cây xanh.',
      'Các khu phố tiếp tục vận động người dân thực hiện nếp sống văn minh đô thị, giữ gìn vệ sinh môi trường.',
      'Kiên quyết xử lý các trường hợp tái lấn chiếm vỉa hè, xây dựng trái phép; gắn trách nhiệm người đứng đầu với kết quả quản lý đô thị.',
    ],
    subheads: ['Trả lại vỉa hè cho người đi bộ', 'Khi người dân đồng thuận', 'Giữ vững kết quả'],
    tags: [
      'Đô thị văn minh',
      'Trật tự đô thị',
      'Phân loại rác tại nguồn',
      'Môi trường',
      'Chỉnh trang đô thị',
    ],
    captions: [
      'Vỉa hè thông thoáng trên một tuyến phố tại {home}.',
      'Lực lượng chức năng nhắc nhở hộ kinh doanh không lấn chiếm vỉa hè.',
      'Người dân {home} phân loại rác tại nguồn.',
      'Phố đi bộ ven sông Lâm về đêm.',
    ],
    orgs: {
      province: [['Sở Xây dựng', 'Giám đốc']],
      local: [
        ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Trưởng'],
        ['Công an {kind}', 'Trưởng'],
      ],
    },
  },
];

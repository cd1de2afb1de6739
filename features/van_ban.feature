# language: vi
Tính năng: Văn bản lập từ sổ: nghị quyết, quyết định và danh mục hồ sơ
  Là bí thư chi bộ
  Tôi muốn lập nghị quyết, biên bản, quyết định và danh mục hồ sơ thẳng từ sổ
  Để số liệu trên giấy luôn đúng số liệu chi bộ và cấp trên đã ghi, không phải đánh máy lại

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên
    Và văn bản của chi bộ ghi địa danh "Việt Yên"
    Và học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
    Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/03/2024

  Quy tắc: Số liệu trên văn bản là số liệu của sổ

    @rule_vote_two_thirds @dieu_4_3
    Tình huống: Nghị quyết đề nghị kết nạp (Mẫu 6-KNĐ) ghi đúng số, ngày và kết quả biểu quyết đã ghi
      Cho nghị quyết chi bộ số "06-NQ/CB" ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 8/9 đảng viên chính thức tán thành
      Khi lập "Nghị quyết đề nghị kết nạp đảng viên" của "Nguyễn Văn An"
      Thì văn bản ghi "Số 06-NQ/CB"
      Và văn bản ghi "Việt Yên, ngày 12 tháng 3 năm 2024"
      Và văn bản ghi "Tổng số đảng viên chính thức của chi bộ: 9 đồng chí. Số đảng viên chính thức tán thành: 8 đồng chí"
      Và văn bản ghi "không tán thành: 1 đồng chí"

    @van_ban
    Tình huống: Biên bản họp chi bộ ghi chủ trì, thư ký và những đồng chí có mặt theo cuộc họp đã ghi
      Cho nghị quyết chi bộ số "06-NQ/CB" ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 8/9 đảng viên chính thức tán thành
      Khi lập "Biên bản họp chi bộ xét đề nghị kết nạp đảng viên" của "Nguyễn Văn An"
      Thì văn bản ghi "Chủ trì: đồng chí Đảng viên thứ 1."
      Và văn bản ghi "Có mặt 9 đồng chí: "
      Và văn bản ghi "Kết quả biểu quyết: Tổng số đảng viên chính thức của chi bộ: 9 đồng chí"

    @van_ban
    Tình huống: Chưa có quyết định kết nạp thì không lập được quyết định, và biết còn thiếu gì
      Cho nghị quyết chi bộ số "06-NQ/CB" ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 9/9 đảng viên chính thức tán thành
      Khi lập "Quyết định kết nạp đảng viên" của "Nguyễn Văn An"
      Thì văn bản không lập được vì "hồ sơ còn thiếu ngày quyết định kết nạp, số quyết định kết nạp, cấp ủy quyết định kết nạp"

    @van_ban
    Tình huống: Quyết định kết nạp (Mẫu 9-KNĐ) mang số, ngày và tên cấp ủy đã ghi
      Cho nghị quyết chi bộ số "06-NQ/CB" ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 9/9 đảng viên chính thức tán thành
      Và "Ban Thường vụ Huyện ủy Việt Yên" đã quyết định kết nạp "Nguyễn Văn An" ngày 10/04/2024, chi bộ nhận quyết định ngày 12/04/2024
      Khi lập "Quyết định kết nạp đảng viên" của "Nguyễn Văn An"
      Thì văn bản ghi "Số 125-QĐ/ĐU"
      Và văn bản ghi "BAN THƯỜNG VỤ HUYỆN ỦY VIỆT YÊN"
      Và văn bản ghi "Xét Nghị quyết số 06-NQ/CB ngày 12/03/2024 của Chi bộ Trường THPT Lý Thường Kiệt"

  Quy tắc: Danh mục hồ sơ báo giấy tờ thiếu hoặc hết hạn vào ngày họp dự kiến

    @rule_certificate_validity @hd01_thoi_han
    Khung tình huống: Giấy chứng nhận lớp nhận thức về Đảng còn giá trị 60 tháng
      Khi lập danh mục hồ sơ của "Nguyễn Văn An" cho ngày họp <ngày họp>
      Thì danh mục ghi "Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng" là "<tình trạng>"
      Và danh mục ghi "Đơn xin vào Đảng" là "Có"

      Dữ liệu:
        | ngày họp   | tình trạng           |
        | 01/12/2028 | Có                   |
        | 01/01/2029 | Sắp hết hạn          |
        | 12/01/2029 | Hết hạn vào ngày họp |

    @rule_introduction_validity @rule_comments_validity @rule_verification_validity @hd01_han_giay_to
    Khung tình huống: Giới thiệu và nhận xét còn giá trị 6 tháng, thẩm tra lý lịch 12 tháng, tính đến ngày họp dự kiến
      Khi lập danh mục hồ sơ của "Nguyễn Văn An" cho ngày họp <ngày họp>
      Thì danh mục ghi "Giới thiệu người vào Đảng (đảng viên chính thức, Đoàn hoặc Công đoàn cơ sở)" là "<giới thiệu>"
      Và danh mục ghi "Tổng hợp ý kiến nhận xét của đoàn thể chính trị - xã hội và chi ủy nơi cư trú" là "<nhận xét>"
      Và danh mục ghi "Lý lịch của người xin vào Đảng và các văn bản thẩm tra" là "<lý lịch>"

      Dữ liệu:
        | ngày họp   | giới thiệu           | nhận xét             | lý lịch              |
        | 01/07/2024 | Có                   | Có                   | Có                   |
        | 25/07/2024 | Sắp hết hạn          | Sắp hết hạn          | Có                   |
        | 15/08/2024 | Sắp hết hạn          | Sắp hết hạn          | Có                   |
        | 16/08/2024 | Hết hạn vào ngày họp | Sắp hết hạn          | Có                   |
        | 21/08/2024 | Hết hạn vào ngày họp | Hết hạn vào ngày họp | Có                   |
        | 10/02/2025 | Hết hạn vào ngày họp | Hết hạn vào ngày họp | Sắp hết hạn          |
        | 11/02/2025 | Hết hạn vào ngày họp | Hết hạn vào ngày họp | Hết hạn vào ngày họp |

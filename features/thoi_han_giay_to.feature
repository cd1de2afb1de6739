# language: vi
Tính năng: Giấy tờ trong hồ sơ còn giá trị vào ngày chi bộ xét kết nạp
  Là bí thư chi bộ
  Tôi muốn biết giấy giới thiệu, bản tổng hợp nhận xét và kết luận thẩm tra lý lịch còn giá trị vào ngày họp
  Để chi bộ không biểu quyết trên giấy tờ đã hết hạn

  # Thời hạn (bộ quy định của ngày họp, quy tắc trong domain/rules/catalogue.py):
  # giới thiệu và nhận xét 6 tháng, thẩm tra lý lịch 12 tháng, giấy chứng nhận 60 tháng.

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên
    Và học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
    Và hồ sơ của "Nguyễn Văn An" đã có:
      | việc                                            | ngày       |
      | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 02/10/2023 |
      | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 20/10/2023 |
      | đơn xin vào Đảng và lý lịch                     | 01/11/2023 |
      | kết luận thẩm tra lý lịch đạt                   | 10/02/2024 |
      | giới thiệu của Ban Chấp hành Đoàn cơ sở         | 15/02/2024 |
      | nhận xét của đoàn thể và chi ủy nơi cư trú      | 20/02/2024 |

  Quy tắc: Giới thiệu và tổng hợp nhận xét còn giá trị 6 tháng đến ngày chi bộ xét

    @rule_introduction_validity @hd01_han_giay_to
    Tình huống: Ngày cuối cùng của 6 tháng giấy giới thiệu còn giá trị
      Khi chi bộ có 9 đảng viên chính thức họp ngày 15/08/2024 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "chi bộ đề nghị kết nạp"

    @rule_introduction_validity @hd01_han_giay_to
    Tình huống: Quá 6 tháng thì giấy giới thiệu hết giá trị, chi bộ không biểu quyết được
      Khi chi bộ có 9 đảng viên chính thức họp ngày 16/08/2024 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "Văn bản giới thiệu người vào Đảng của Nguyễn Văn An lập ngày 15/02/2024 đã hết giá trị ngày 15/08/2024"
      Và căn cứ từ chối là "Hướng dẫn 01-HD/TW (2021), thời hạn sử dụng văn bản trong hồ sơ kết nạp (issue 14)"

    @rule_comments_validity @rule_introduction_validity @hd01_han_giay_to
    Tình huống: Giới thiệu làm lại nhưng bản tổng hợp nhận xét cũ đã quá 6 tháng
      Khi hồ sơ của "Nguyễn Văn An" được bổ sung "giới thiệu của Ban Chấp hành Đoàn cơ sở" ngày 01/08/2024
      Và chi bộ có 9 đảng viên chính thức họp ngày 21/08/2024 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "Văn bản tổng hợp ý kiến nhận xét của Nguyễn Văn An lập ngày 20/02/2024 đã hết giá trị ngày 20/08/2024"

    @rule_comments_validity @hd01_han_giay_to
    Tình huống: Cấp ủy có thẩm quyền cho phép ngoại lệ bằng văn bản thì chi bộ được biểu quyết
      Khi hồ sơ của "Nguyễn Văn An" được bổ sung "giới thiệu của Ban Chấp hành Đoàn cơ sở" ngày 01/08/2024
      Và "Ban Thường vụ Huyện ủy Việt Yên" cho phép ngoại lệ bằng văn bản số "301-CV/HU" ngày 19/08/2024 vì "Chi ủy nơi cư trú đang kiện toàn, chưa nhận xét lại được"
      Và chi bộ có 9 đảng viên chính thức họp ngày 21/08/2024 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó được ghi nhận là ngoại lệ theo "301-CV/HU ngày 19/08/2024 của Ban Thường vụ Huyện ủy Việt Yên"

  Quy tắc: Kết luận thẩm tra lý lịch còn giá trị 12 tháng đến ngày chi bộ xét

    @rule_verification_validity @hd01_han_giay_to
    Tình huống: Quá 12 tháng thì phải thẩm tra lại lý lịch, dù giới thiệu và nhận xét đã làm lại
      Khi hồ sơ của "Nguyễn Văn An" được bổ sung "giới thiệu của Ban Chấp hành Đoàn cơ sở" ngày 01/02/2025
      Và hồ sơ của "Nguyễn Văn An" được bổ sung "nhận xét của đoàn thể và chi ủy nơi cư trú" ngày 03/02/2025
      Và chi bộ có 9 đảng viên chính thức họp ngày 11/02/2025 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "Văn bản kết luận thẩm tra lý lịch của Nguyễn Văn An lập ngày 10/02/2024 đã hết giá trị ngày 10/02/2025"

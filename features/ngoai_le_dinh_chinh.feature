# language: vi
Tính năng: Ngoại lệ có văn bản cho phép và đính chính hồ sơ
  Là bí thư chi bộ
  Tôi muốn ghi một việc trái quy định chỉ khi có văn bản của cấp có thẩm quyền, và sửa sai sót bằng một lần đính chính
  Để Ủy ban kiểm tra thấy rõ mọi ngoại lệ, mọi lần đính chính, và hồ sơ gốc không bao giờ bị sửa

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên

  Quy tắc: Việc trái quy định chỉ được ghi khi có lý do và văn bản cho phép, và được đánh dấu là ngoại lệ

    @rule_certificate_validity @hd01_thoi_han
    Tình huống: Giấy chứng nhận quá hạn, chi bộ xét theo văn bản cho phép của cấp trên
      Cho giáo viên "Phạm Thị Hoa", sinh ngày 12/03/1995, có tên trong danh sách cảm tình Đảng từ 01/01/2019
      Và hồ sơ của "Phạm Thị Hoa" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 10/01/2019 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2019 |
        | đơn xin vào Đảng và lý lịch                     | 01/02/2024 |
        | kết luận thẩm tra lý lịch đạt                   | 20/02/2024 |
        | giới thiệu của Ban Chấp hành Công đoàn cơ sở    | 22/02/2024 |
        | nhận xét của đoàn thể và chi ủy nơi cư trú      | 25/02/2024 |
      Khi cấp có thẩm quyền cho phép ngoại lệ bằng "Công văn số 215-CV/HU ngày 01/04/2024 của Ban Thường vụ Huyện ủy Việt Yên" vì "Lớp bồi dưỡng năm 2024 bị hoãn"
      Và chi bộ có 9 đảng viên chính thức họp ngày 10/04/2024 xét kết nạp "Phạm Thị Hoa", 9 đồng chí tán thành
      Thì việc đó được ghi nhận là ngoại lệ theo "Công văn số 215-CV/HU ngày 01/04/2024 của Ban Thường vụ Huyện ủy Việt Yên"
      Và "Phạm Thị Hoa" đang ở bước "được chi bộ đề nghị kết nạp"

    @rule_certificate_validity @hd01_thoi_han
    Tình huống: Ngoại lệ không nêu văn bản cho phép thì không được ghi
      Cho giáo viên "Phạm Thị Hoa", sinh ngày 12/03/1995, có tên trong danh sách cảm tình Đảng từ 01/01/2019
      Và hồ sơ của "Phạm Thị Hoa" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 10/01/2019 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2019 |
        | đơn xin vào Đảng và lý lịch                     | 01/02/2024 |
        | kết luận thẩm tra lý lịch đạt                   | 20/02/2024 |
        | giới thiệu của Ban Chấp hành Công đoàn cơ sở    | 22/02/2024 |
        | nhận xét của đoàn thể và chi ủy nơi cư trú      | 25/02/2024 |
      Khi cấp có thẩm quyền cho phép ngoại lệ bằng " " vì "Lớp bồi dưỡng năm 2024 bị hoãn"
      Và chi bộ có 9 đảng viên chính thức họp ngày 10/04/2024 xét kết nạp "Phạm Thị Hoa", 9 đồng chí tán thành
      Thì việc đó không được ghi nhận vì "Văn bản cho phép ngoại lệ không được để trống"
      Và "Phạm Thị Hoa" đang ở bước "đã thẩm tra lý lịch đạt"

  Quy tắc: Sai sót được sửa bằng đính chính có văn bản cho phép; việc đã ghi không bị sửa

    @rule_probation_12_months @dieu_5_1 @qd24_6_2_4
    Tình huống: Đính chính ngày lễ kết nạp ghi nhầm thì ngày hết dự bị thay đổi theo
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Khi chi bộ đính chính ngày lễ kết nạp "Nguyễn Văn An" thành 03/06/2024 theo "Công văn số 12-CV/HU" ngày 10/07/2024
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" là đảng viên dự bị, hết 12 tháng dự bị ngày 03/06/2025
      Và hồ sơ của "Nguyễn Văn An" vẫn lưu ngày lễ kết nạp đã ghi ban đầu là 01/06/2024 cùng lần đính chính theo "Công văn số 12-CV/HU"

    @rule_probation_12_months @dieu_5_1 @qd24_6_2_4
    Tình huống: Đính chính không có văn bản cho phép thì không được ghi
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Khi chi bộ đính chính ngày lễ kết nạp "Nguyễn Văn An" thành 03/06/2024 theo " " ngày 10/07/2024
      Thì việc đó không được ghi nhận vì "Văn bản cho phép đính chính không được để trống"
      Và "Nguyễn Văn An" là đảng viên dự bị, hết 12 tháng dự bị ngày 01/06/2025

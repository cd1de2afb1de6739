# language: vi
Tính năng: Hồ sơ người xin vào Đảng và thẩm tra lý lịch
  Là chi ủy
  Tôi muốn hồ sơ được lập đúng trình tự: giấy chứng nhận, đơn và lý lịch, thẩm tra, giới thiệu, nhận xét
  Để chi bộ chỉ họp xét khi hồ sơ đã đủ và kết luận thẩm tra đạt

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên
    Và học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/05/2006, có tên trong danh sách cảm tình Đảng từ 01/02/2024

  Quy tắc: Đơn xin vào Đảng nộp sau khi có giấy chứng nhận; thẩm tra sau khi có đơn và lý lịch

    @rule_stage_order @dieu_4 @hd01_3
    Tình huống: Chưa có giấy chứng nhận thì chưa nộp đơn
      Khi hồ sơ của "Nguyễn Văn An" được bổ sung "đơn xin vào Đảng và lý lịch" ngày 10/03/2024
      Thì việc đó bị từ chối với lời nhắc "chưa có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng"

    @rule_date_order @dieu_4 @hd01_3
    Tình huống: Đơn không thể đề ngày trước ngày cấp giấy chứng nhận
      Cho hồ sơ của "Nguyễn Văn An" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 05/02/2024 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2024 |
      Khi hồ sơ của "Nguyễn Văn An" được bổ sung "đơn xin vào Đảng và lý lịch" ngày 01/03/2024
      Thì việc đó bị từ chối với lời nhắc "trước ngày cấp giấy chứng nhận (05/03/2024)"

    @rule_stage_order @dieu_4 @hd01_3
    Tình huống: Chưa có đơn và lý lịch thì chưa thẩm tra
      Cho hồ sơ của "Nguyễn Văn An" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 05/02/2024 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2024 |
      Khi hồ sơ của "Nguyễn Văn An" được bổ sung "kết luận thẩm tra lý lịch đạt" ngày 10/04/2024
      Thì việc đó bị từ chối với lời nhắc "chưa nộp đơn xin vào Đảng và lý lịch"

  Quy tắc: Thẩm tra không đạt là một sự việc được ghi lại, và chi bộ không xét khi chưa có kết luận đạt

    @rule_dossier_complete @hd01_3
    Tình huống: Kết luận thẩm tra không đạt được ghi, chi bộ chưa thể xét
      Cho hồ sơ của "Nguyễn Văn An" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 05/02/2024 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2024 |
        | đơn xin vào Đảng và lý lịch                     | 10/03/2024 |
      Khi hồ sơ của "Nguyễn Văn An" được bổ sung "kết luận thẩm tra lý lịch không đạt" ngày 10/04/2024
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "đã nộp đơn, lý lịch"
      Khi hồ sơ của "Nguyễn Văn An" được bổ sung "giới thiệu của Ban Chấp hành Đoàn cơ sở" ngày 12/04/2024
      Và hồ sơ của "Nguyễn Văn An" được bổ sung "nhận xét của đoàn thể và chi ủy nơi cư trú" ngày 15/04/2024
      Và chi bộ có 9 đảng viên chính thức họp ngày 10/05/2024 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "còn thiếu: kết luận thẩm tra lý lịch đạt"
      Và căn cứ từ chối là "Hướng dẫn 01-HD/TW (2021), mục 3"

    @rule_dossier_complete @hd01_3
    Tình huống: Thiếu nhận xét của đoàn thể và nơi cư trú
      Cho hồ sơ của "Nguyễn Văn An" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 05/02/2024 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2024 |
        | đơn xin vào Đảng và lý lịch                     | 10/03/2024 |
        | kết luận thẩm tra lý lịch đạt                   | 10/04/2024 |
        | giới thiệu của Ban Chấp hành Đoàn cơ sở         | 12/04/2024 |
      Khi chi bộ có 9 đảng viên chính thức họp ngày 10/05/2024 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "còn thiếu: nhận xét của đoàn thể và nơi cư trú"

    @rule_date_order @dieu_4
    Tình huống: Chi bộ không họp xét trước ngày có kết luận thẩm tra
      Cho hồ sơ của "Nguyễn Văn An" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 05/02/2024 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2024 |
        | đơn xin vào Đảng và lý lịch                     | 10/03/2024 |
        | kết luận thẩm tra lý lịch đạt                   | 20/05/2024 |
        | giới thiệu của Ban Chấp hành Đoàn cơ sở         | 12/04/2024 |
        | nhận xét của đoàn thể và chi ủy nơi cư trú      | 15/04/2024 |
      Khi chi bộ có 9 đảng viên chính thức họp ngày 10/05/2024 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "trước ngày kết luận thẩm tra (20/05/2024)"

  Quy tắc: Người vào Đảng phải tốt nghiệp trung học cơ sở trở lên

    @rule_education_minimum @qd24_1_2_1
    Tình huống: Nhân viên nhà trường chỉ học hết tiểu học
      Cho nhân viên "Lê Văn Tư", chỉ học hết tiểu học, sinh ngày 04/07/1985, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Lê Văn Tư" đủ để chi bộ xét kết nạp từ ngày 01/03/2024
      Khi chi bộ có 9 đảng viên chính thức họp ngày 10/03/2024 xét kết nạp "Lê Văn Tư", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "chưa tốt nghiệp trung học cơ sở"
      Và căn cứ từ chối là "Quy định 24-QĐ/TW, mục 1.2.1"

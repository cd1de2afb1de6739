# language: vi
Tính năng: Lớp bồi dưỡng nhận thức về Đảng
  Là bí thư chi bộ
  Tôi muốn ghi nhận việc đăng ký học và giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng
  Để chi bộ chỉ xét kết nạp người có giấy chứng nhận còn giá trị

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên
    Và giáo viên "Phạm Thị Hoa", đoàn viên, sinh ngày 12/03/1995, có tên trong danh sách cảm tình Đảng từ 01/01/2019

  Quy tắc: Giấy chứng nhận chỉ cấp cho người đã có tên trong danh sách đăng ký học

    @rule_stage_order @dieu_4
    Tình huống: Học xong lớp và được cấp giấy chứng nhận
      Cho hồ sơ của "Phạm Thị Hoa" đã có:
        | việc                                        | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng | 10/01/2019 |
      Khi hồ sơ của "Phạm Thị Hoa" được bổ sung "giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng" ngày 05/03/2019
      Thì việc đó được ghi nhận
      Và "Phạm Thị Hoa" đang ở bước "có giấy chứng nhận lớp nhận thức"

    @rule_stage_order @dieu_4
    Tình huống: Chưa đăng ký học thì không có giấy chứng nhận
      Khi hồ sơ của "Phạm Thị Hoa" được bổ sung "giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng" ngày 05/03/2019
      Thì việc đó bị từ chối với lời nhắc "chưa có tên trong danh sách đăng ký học lớp nhận thức"

    @rule_date_order @dieu_4
    Tình huống: Giấy chứng nhận không thể cấp trước ngày đăng ký học
      Cho hồ sơ của "Phạm Thị Hoa" đã có:
        | việc                                        | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng | 10/01/2019 |
      Khi hồ sơ của "Phạm Thị Hoa" được bổ sung "giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng" ngày 05/01/2019
      Thì việc đó bị từ chối với lời nhắc "trước ngày đăng ký học (10/01/2019)"

  Quy tắc: Giấy chứng nhận có giá trị 60 tháng, tính đến ngày chi bộ họp xét kết nạp

    Bối cảnh:
      Cho hồ sơ của "Phạm Thị Hoa" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 10/01/2019 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2019 |
        | đơn xin vào Đảng và lý lịch                     | 01/02/2024 |
        | kết luận thẩm tra lý lịch đạt                   | 20/02/2024 |
        | giới thiệu của Ban Chấp hành Đoàn cơ sở         | 22/02/2024 |
        | nhận xét của đoàn thể và chi ủy nơi cư trú      | 25/02/2024 |

    @rule_certificate_validity @hd01_thoi_han
    Tình huống: Đúng 60 tháng sau ngày cấp, giấy chứng nhận vẫn còn giá trị
      Khi chi bộ có 9 đảng viên chính thức họp ngày 05/03/2024 xét kết nạp "Phạm Thị Hoa", 8 đồng chí tán thành
      Thì việc đó được ghi nhận
      Và "Phạm Thị Hoa" đang ở bước "chi bộ đề nghị kết nạp"

    @rule_certificate_validity @hd01_thoi_han
    Tình huống: Quá 60 tháng một ngày, giấy chứng nhận hết giá trị
      Khi chi bộ có 9 đảng viên chính thức họp ngày 06/03/2024 xét kết nạp "Phạm Thị Hoa", 8 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "đã hết giá trị ngày 05/03/2024 (quá 60 tháng): phải học lại lớp"
      Và căn cứ từ chối là "Hướng dẫn 01-HD/TW (2021), mục Thời hạn sử dụng văn bản"
      Và "Phạm Thị Hoa" đang ở bước "đã thẩm tra lý lịch"

    @rule_certificate_validity @hd01_thoi_han
    Tình huống: Học lại lớp thì chi bộ xét được với giấy chứng nhận mới
      Cho hồ sơ của "Phạm Thị Hoa" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 01/03/2024 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 22/03/2024 |
      Khi chi bộ có 9 đảng viên chính thức họp ngày 05/04/2024 xét kết nạp "Phạm Thị Hoa", 8 đồng chí tán thành
      Thì việc đó được ghi nhận
      Và "Phạm Thị Hoa" đang ở bước "chi bộ đề nghị kết nạp"

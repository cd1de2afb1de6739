# language: vi
Tính năng: Giới thiệu người vào Đảng
  Là chi ủy
  Tôi muốn ghi nhận ai giới thiệu quần chúng vào Đảng
  Để đúng đối tượng: Đoàn giới thiệu đoàn viên, Công đoàn giới thiệu giáo viên, hoặc hai đảng viên chính thức

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên

  Quy tắc: Việc giới thiệu chỉ thực hiện sau khi người vào Đảng đã nộp đơn và lý lịch

    @rule_stage_order @dieu_4
    Tình huống: Đoàn chưa thể giới thiệu người chưa nộp đơn
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/05/2006, có tên trong danh sách cảm tình Đảng từ 01/02/2024
      Khi hồ sơ của "Nguyễn Văn An" được bổ sung "giới thiệu của Ban Chấp hành Đoàn cơ sở" ngày 12/04/2024
      Thì việc đó bị từ chối với lời nhắc "chưa nộp đơn xin vào Đảng và lý lịch"

  Quy tắc: Hình thức giới thiệu phải hợp với người được giới thiệu

    @rule_introduction_fits @dieu_4_1
    Khung tình huống: Hình thức giới thiệu hợp lệ
      Cho <nguoi>, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "<ten>" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 05/10/2023 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/11/2023 |
        | đơn xin vào Đảng và lý lịch                     | 10/11/2023 |
        | kết luận thẩm tra lý lịch đạt                   | 10/01/2024 |
        | <gioi_thieu>                                    | 15/01/2024 |
        | nhận xét của đoàn thể và chi ủy nơi cư trú      | 20/01/2024 |
      Khi chi bộ có 10 đảng viên chính thức họp ngày 01/03/2024 xét kết nạp "<ten>", 10 đồng chí tán thành
      Thì việc đó được ghi nhận
      Và "<ten>" đang ở bước "được chi bộ đề nghị kết nạp"

      Dữ liệu:
        | nguoi                                                                    | ten           | gioi_thieu                                   |
        | học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006                | Nguyễn Văn An | giới thiệu của Ban Chấp hành Đoàn cơ sở      |
        | giáo viên "Phạm Thị Hoa", sinh ngày 12/03/1990                           | Phạm Thị Hoa  | giới thiệu của Ban Chấp hành Công đoàn cơ sở |
        | học sinh "Đỗ Minh Quân", chưa là đoàn viên, sinh ngày 03/01/2006         | Đỗ Minh Quân  | giới thiệu của hai đảng viên chính thức      |
        | giáo viên "Vũ Văn Long", sinh ngày 08/08/1988                            | Vũ Văn Long   | giới thiệu của hai đảng viên chính thức      |

    @rule_introduction_fits @dieu_4_1
    Khung tình huống: Hình thức giới thiệu không hợp với người được giới thiệu
      Cho <nguoi>, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "<ten>" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 05/10/2023 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/11/2023 |
        | đơn xin vào Đảng và lý lịch                     | 10/11/2023 |
        | kết luận thẩm tra lý lịch đạt                   | 10/01/2024 |
        | <gioi_thieu>                                    | 15/01/2024 |
        | nhận xét của đoàn thể và chi ủy nơi cư trú      | 20/01/2024 |
      Khi chi bộ có 10 đảng viên chính thức họp ngày 01/03/2024 xét kết nạp "<ten>", 10 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "Hình thức giới thiệu không phù hợp với <ten>"
      Và căn cứ từ chối là "Điều lệ Đảng, Điều 4.1"

      Dữ liệu:
        | nguoi                                                            | ten          | gioi_thieu                                   |
        | học sinh "Đỗ Minh Quân", chưa là đoàn viên, sinh ngày 03/01/2006 | Đỗ Minh Quân | giới thiệu của Ban Chấp hành Đoàn cơ sở      |
        | học sinh "Hoàng Thị Lan", đoàn viên, sinh ngày 14/02/2006        | Hoàng Thị Lan | giới thiệu của Ban Chấp hành Công đoàn cơ sở |

    @rule_introduction_fits @dieu_4_1
    Tình huống: Một đảng viên không đủ cho hình thức hai đảng viên giới thiệu
      Cho học sinh "Đỗ Minh Quân", chưa là đoàn viên, sinh ngày 03/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Đỗ Minh Quân" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 05/10/2023 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/11/2023 |
        | đơn xin vào Đảng và lý lịch                     | 10/11/2023 |
      Khi hồ sơ của "Đỗ Minh Quân" được bổ sung "giới thiệu của một đảng viên chính thức" ngày 15/01/2024
      Thì việc đó không được ghi nhận vì "Cần hai đảng viên chính thức giới thiệu"

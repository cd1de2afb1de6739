# language: vi
Tính năng: Giới thiệu người vào Đảng
  Là chi ủy
  Tôi muốn ghi nhận ai giới thiệu quần chúng vào Đảng, lấy người giới thiệu từ danh sách đảng viên của chi bộ
  Để đúng Điều lệ Đảng, Điều 4.1 và Quy định 24-QĐ/TW, mục 3.1–3.2: người trong độ tuổi thanh niên phải là đoàn viên, do Đoàn và một đảng viên chính thức giới thiệu; đoàn viên công đoàn do Công đoàn và một đảng viên chính thức, hoặc hai đảng viên chính thức; người khác do hai đảng viên chính thức

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên

  Quy tắc: Việc giới thiệu chỉ thực hiện sau khi người vào Đảng đã nộp đơn và lý lịch

    @rule_stage_order @dieu_4
    Tình huống: Đoàn chưa thể giới thiệu người chưa nộp đơn
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/05/2006, có tên trong danh sách cảm tình Đảng từ 01/02/2024
      Khi hồ sơ của "Nguyễn Văn An" được bổ sung "giới thiệu của Ban Chấp hành Đoàn cơ sở" ngày 12/04/2024
      Thì việc đó bị từ chối với lời nhắc "chưa nộp đơn xin vào Đảng và lý lịch"

  Quy tắc: Hình thức giới thiệu theo tuổi và đoàn thể của người vào Đảng vào ngày giới thiệu

    @rule_introduction_fits @dieu_4_1
    Khung tình huống: Hình thức giới thiệu hợp lệ
      Cho <nguoi>, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "<ten>" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 05/10/2023 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/11/2023 |
        | đơn xin vào Đảng và lý lịch                     | 10/11/2023 |
      Khi hồ sơ của "<ten>" được bổ sung "<gioi_thieu>" ngày 15/01/2024
      Thì việc đó được ghi nhận

      Dữ liệu:
        | nguoi                                                      | ten           | gioi_thieu                                   |
        | học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006  | Nguyễn Văn An | giới thiệu của Ban Chấp hành Đoàn cơ sở      |
        | giáo viên "Trần Thu Trang", đoàn viên, sinh ngày 12/03/1996 | Trần Thu Trang | giới thiệu của Ban Chấp hành Đoàn cơ sở     |
        | giáo viên "Phạm Thị Hoa", sinh ngày 12/03/1990             | Phạm Thị Hoa  | giới thiệu của Ban Chấp hành Công đoàn cơ sở |
        | giáo viên "Vũ Văn Long", sinh ngày 08/08/1988              | Vũ Văn Long   | giới thiệu của hai đảng viên chính thức      |
        | giáo viên "Lê Văn Toàn", sinh ngày 15/01/1993              | Lê Văn Toàn   | giới thiệu của Ban Chấp hành Công đoàn cơ sở |

    @rule_introduction_fits @dieu_4_1
    Khung tình huống: Hình thức giới thiệu không hợp với người được giới thiệu
      Cho <nguoi>, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "<ten>" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 05/10/2023 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/11/2023 |
        | đơn xin vào Đảng và lý lịch                     | 10/11/2023 |
      Khi hồ sơ của "<ten>" được bổ sung "<gioi_thieu>" ngày 15/01/2024
      Thì việc đó bị từ chối với lời nhắc "<loi_nhac>"
      Và căn cứ từ chối là "Điều lệ Đảng, Điều 4.1"

      Dữ liệu:
        | nguoi                                                            | ten           | gioi_thieu                                   | loi_nhac                                      |
        | học sinh "Đỗ Minh Quân", chưa là đoàn viên, sinh ngày 03/01/2006 | Đỗ Minh Quân  | giới thiệu của hai đảng viên chính thức      | trong độ tuổi thanh niên nhưng chưa là đoàn viên |
        | học sinh "Đỗ Minh Quân", chưa là đoàn viên, sinh ngày 03/01/2006 | Đỗ Minh Quân  | giới thiệu của Ban Chấp hành Đoàn cơ sở      | trong độ tuổi thanh niên nhưng chưa là đoàn viên |
        | học sinh "Hoàng Thị Lan", đoàn viên, sinh ngày 14/02/2006        | Hoàng Thị Lan | giới thiệu của Ban Chấp hành Công đoàn cơ sở | Hình thức giới thiệu không phù hợp với Hoàng Thị Lan |
        | học sinh "Hoàng Thị Lan", đoàn viên, sinh ngày 14/02/2006        | Hoàng Thị Lan | giới thiệu của hai đảng viên chính thức      | Hình thức giới thiệu không phù hợp với Hoàng Thị Lan |
        | giáo viên "Lê Văn Toàn", sinh ngày 16/01/1993                    | Lê Văn Toàn   | giới thiệu của Ban Chấp hành Công đoàn cơ sở | trong độ tuổi thanh niên nhưng chưa là đoàn viên |

    @rule_introduction_fits @dieu_4_1
    Tình huống: Một đảng viên không đủ cho hình thức hai đảng viên giới thiệu
      Cho giáo viên "Vũ Văn Long", sinh ngày 08/08/1988, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Vũ Văn Long" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 05/10/2023 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/11/2023 |
        | đơn xin vào Đảng và lý lịch                     | 10/11/2023 |
      Khi hồ sơ của "Vũ Văn Long" được bổ sung "giới thiệu của một đảng viên chính thức" ngày 15/01/2024
      Thì việc đó không được ghi nhận vì "cần đúng 2 đảng viên chính thức của chi bộ giới thiệu"

  Quy tắc: Người giới thiệu là đảng viên chính thức của chi bộ, cùng công tác với người vào Đảng ít nhất 12 tháng

    Bối cảnh:
      Cho chi bộ ghi vào danh sách ngày 02/01/2023 giáo viên "Nguyễn Hồng Phúc", sinh ngày 02/04/1980, vào Đảng ngày 26/03/2005, chính thức từ 26/03/2006
      Và chi bộ ghi vào danh sách ngày 02/01/2023 giáo viên "Trần Thị Mai", sinh ngày 09/01/1985, vào Đảng ngày 19/05/2010, chính thức từ 19/05/2011
      Và chi bộ ghi vào danh sách ngày 02/01/2024 giáo viên "Bùi Văn Khoa", sinh ngày 09/01/1995, vào Đảng ngày 01/08/2023, chính thức từ 01/08/2024
      Và giáo viên "Vũ Văn Long", sinh ngày 08/08/1988, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Vũ Văn Long" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 05/10/2023 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/11/2023 |
        | đơn xin vào Đảng và lý lịch                     | 10/11/2023 |

    @rule_introducer_12_months @qd24_3_2_1
    Tình huống: Hai đảng viên chính thức cùng công tác đủ 12 tháng giới thiệu
      Khi chi bộ ghi việc giới thiệu "Vũ Văn Long" ngày 15/01/2024, hình thức "hai đảng viên chính thức", người giới thiệu:
        | đảng viên         | cùng công tác từ |
        | Nguyễn Hồng Phúc  | 01/09/2015       |
        | Trần Thị Mai      | 15/01/2023       |
      Thì việc đó được ghi nhận

    @rule_introducer_12_months @qd24_3_2_1
    Tình huống: Chưa đủ 12 tháng cùng công tác thì không được giới thiệu
      Khi chi bộ ghi việc giới thiệu "Vũ Văn Long" ngày 15/01/2024, hình thức "hai đảng viên chính thức", người giới thiệu:
        | đảng viên         | cùng công tác từ |
        | Nguyễn Hồng Phúc  | 01/09/2015       |
        | Trần Thị Mai      | 16/01/2023       |
      Thì việc đó bị từ chối với lời nhắc "chưa đủ 12 tháng"

    @rule_introducer_12_months @qd24_3_2_2
    Tình huống: Người thay người giới thiệu đã chuyển đi không cần đủ 12 tháng
      Khi chi bộ ghi việc giới thiệu "Vũ Văn Long" ngày 15/01/2024, hình thức "hai đảng viên chính thức", người giới thiệu:
        | đảng viên         | cùng công tác từ | thay người giới thiệu               |
        | Nguyễn Hồng Phúc  | 01/09/2015       |                                     |
        | Trần Thị Mai      | 01/09/2023       | Đồng chí Lý Văn Nam đã chuyển công tác |
      Thì việc đó được ghi nhận

    @rule_introducer_official_member @qd24_3_2_1
    Tình huống: Đảng viên dự bị không được giới thiệu
      Khi chi bộ ghi việc giới thiệu "Vũ Văn Long" ngày 15/01/2024, hình thức "hai đảng viên chính thức", người giới thiệu:
        | đảng viên         | cùng công tác từ |
        | Nguyễn Hồng Phúc  | 01/09/2015       |
        | Bùi Văn Khoa      | 01/09/2020       |
      Thì việc đó bị từ chối với lời nhắc "Bùi Văn Khoa không phải đảng viên chính thức của chi bộ"

    @rule_introducer_official_member @qd24_3_2_1
    Tình huống: Người không có trong danh sách đảng viên của chi bộ không được giới thiệu
      Khi chi bộ ghi việc giới thiệu "Vũ Văn Long" ngày 15/01/2024, hình thức "hai đảng viên chính thức", người giới thiệu:
        | đảng viên         | cùng công tác từ |
        | Nguyễn Hồng Phúc  | 01/09/2015       |
        | Ngô Văn Lạ        | 01/09/2015       |
      Thì việc đó không được ghi nhận vì "không có trong danh sách đảng viên"

    @rule_introducer_official_member @qd24_3_2_1
    Tình huống: Hai người giới thiệu là hai người khác nhau
      Khi chi bộ ghi việc giới thiệu "Vũ Văn Long" ngày 15/01/2024, hình thức "hai đảng viên chính thức", người giới thiệu:
        | đảng viên         | cùng công tác từ |
        | Nguyễn Hồng Phúc  | 01/09/2015       |
        | Nguyễn Hồng Phúc  | 01/09/2015       |
      Thì việc đó không được ghi nhận vì "hai người khác nhau"

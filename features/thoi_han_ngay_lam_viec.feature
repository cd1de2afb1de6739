# language: vi
Tính năng: Thời hạn tính bằng ngày làm việc
  Là cấp ủy cấp trên và chi bộ
  Tôi muốn biết hạn của từng việc, tính bằng ngày làm việc, trừ thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết
  Để quyết định kết nạp, lễ kết nạp và việc công nhận chính thức không bị chậm; thời hạn chỉ nhắc, không chặn

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên
    Và học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023

  Quy tắc: Cấp ủy quyết định kết nạp trong 60 ngày làm việc kể từ ngày chi bộ có nghị quyết

    @rule_decision_within_60_working_days @qd24_4_3_1
    Tình huống: Hạn quyết định kết nạp kéo qua Tết Ất Tỵ và Giỗ Tổ Hùng Vương
      Cho các ngày từ 27/01/2025 đến 31/01/2025 là ngày nghỉ Tết Nguyên đán
      Và ngày 07/04/2025 là ngày nghỉ lễ
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 02/01/2025
      Khi chi bộ có 9 đảng viên chính thức họp ngày 06/01/2025 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì hạn 60 ngày làm việc để cấp trên quyết định kết nạp "Nguyễn Văn An" là ngày 08/04/2025

  Quy tắc: Lễ kết nạp tổ chức trong 30 ngày làm việc kể từ ngày chi bộ nhận quyết định

    @rule_ceremony_within_30_working_days @qd294_4_1
    Tình huống: Hạn tổ chức lễ kết nạp kéo qua Tết Bính Ngọ
      Cho các ngày từ 16/02/2026 đến 20/02/2026 là ngày nghỉ Tết Nguyên đán
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 05/01/2026
      Và nghị quyết chi bộ ngày 12/01/2026 đề nghị kết nạp "Nguyễn Văn An" được 9/9 đảng viên chính thức tán thành
      Và từ ngày 01/07/2025 chi bộ trực thuộc "Đảng ủy phường Việt Yên"
      Khi "Đảng ủy phường Việt Yên" quyết định kết nạp "Nguyễn Văn An" ngày 29/01/2026, chi bộ nhận quyết định ngày 02/02/2026
      Thì hạn 30 ngày làm việc để chi bộ tổ chức lễ kết nạp "Nguyễn Văn An" là ngày 23/03/2026

    @rule_ceremony_within_30_working_days @qd294_4_1
    Tình huống: Lễ kết nạp muộn vẫn được ghi, kèm số ngày làm việc quá hạn
      Cho hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 05/01/2026
      Và nghị quyết chi bộ ngày 12/01/2026 đề nghị kết nạp "Nguyễn Văn An" được 9/9 đảng viên chính thức tán thành
      Và từ ngày 01/07/2025 chi bộ trực thuộc "Đảng ủy phường Việt Yên"
      Và "Đảng ủy phường Việt Yên" đã quyết định kết nạp "Nguyễn Văn An" ngày 29/01/2026, chi bộ nhận quyết định ngày 02/02/2026
      Khi chi bộ tổ chức lễ kết nạp "Nguyễn Văn An" ngày 30/03/2026
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" là đảng viên dự bị, hết 12 tháng dự bị ngày 30/03/2027
      Và lễ kết nạp "Nguyễn Văn An" muộn 5 ngày làm việc so với hạn

    @rule_ceremony_within_30_working_days @qd232_4_1
    Tình huống: Ngày làm bù được công bố thì được tính là ngày làm việc
      Cho ngày 26/04/2025 là ngày làm bù theo "Thông báo của Bộ Nội vụ về lịch nghỉ lễ 30/4 và 1/5 năm 2025"
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/02/2025
      Và nghị quyết chi bộ ngày 14/02/2025 đề nghị kết nạp "Nguyễn Văn An" được 9/9 đảng viên chính thức tán thành
      Khi "Ban Thường vụ Huyện ủy Việt Yên" quyết định kết nạp "Nguyễn Văn An" ngày 18/03/2025, chi bộ nhận quyết định ngày 20/03/2025
      Thì hạn 30 ngày làm việc để chi bộ tổ chức lễ kết nạp "Nguyễn Văn An" là ngày 06/05/2025

  Quy tắc: Chi bộ xét công nhận chính thức trong 30 ngày làm việc sau khi hết 12 tháng dự bị; cấp trên quyết định trong 30 ngày làm việc sau nghị quyết

    @rule_conversion_vote_within_30_working_days @qd232_4_2_1
    Tình huống: Hạn chi bộ xét công nhận chính thức
      Cho "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Thì hạn 30 ngày làm việc để chi bộ xét công nhận chính thức "Nguyễn Văn An" là ngày 11/07/2025

    @rule_conversion_decision_within_30_working_days @qd232_4_3_1
    Tình huống: Hạn cấp trên quyết định công nhận chính thức
      Cho "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Và "Nguyễn Văn An" đã hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngày 15/09/2024
      Khi chi bộ có 9 đảng viên chính thức họp ngày 10/06/2025 xét công nhận "Nguyễn Văn An" là đảng viên chính thức, 9 đồng chí tán thành
      Thì hạn 30 ngày làm việc để cấp trên quyết định công nhận chính thức "Nguyễn Văn An" là ngày 22/07/2025

# language: vi
Tính năng: Cấp ủy có thẩm quyền không đồng ý, gia hạn, hoặc đồng ý cho tổ chức lễ kết nạp muộn
  Là cấp ủy có thẩm quyền
  Tôi muốn ghi lại cả việc không đồng ý (có lý do), việc gia hạn thời hạn quyết định và việc đồng ý cho tổ chức lễ kết nạp muộn
  Để chi bộ biết kết quả, và báo cáo kiểm tra không coi việc làm đúng quy định là quá hạn

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên
    Và học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
    Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/03/2024
    Và nghị quyết chi bộ ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 9/10 đảng viên chính thức tán thành

  Quy tắc: Cấp ủy có thẩm quyền đồng ý hoặc không đồng ý, và thông báo kết quả cho chi bộ kèm lý do

    @rule_decision_after_passed_vote @qd24_4_3_1
    Tình huống: Không đồng ý kết nạp, quần chúng trở lại danh sách cảm tình Đảng
      Khi "Ban Thường vụ Huyện ủy Việt Yên" không đồng ý kết nạp "Nguyễn Văn An" ngày 10/04/2024 vì "Chưa đủ tiêu chuẩn về học tập", trở lại danh sách cảm tình Đảng
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "cảm tình Đảng"
      # giới thiệu và nhận xét chỉ có giá trị 6 tháng: xét lại thì phải làm lại (issue 14)
      Khi hồ sơ của "Nguyễn Văn An" được bổ sung "giới thiệu của Ban Chấp hành Đoàn cơ sở" ngày 02/09/2024
      Và hồ sơ của "Nguyễn Văn An" được bổ sung "nhận xét của đoàn thể và chi ủy nơi cư trú" ngày 03/09/2024
      Khi chi bộ có 10 đảng viên chính thức họp ngày 10/09/2024 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "chi bộ đề nghị kết nạp"

    @rule_decision_after_passed_vote @qd24_4_3_1
    Tình huống: Không đồng ý kết nạp và quần chúng ra khỏi danh sách
      Khi "Ban Thường vụ Huyện ủy Việt Yên" không đồng ý kết nạp "Nguyễn Văn An" ngày 10/04/2024 vì "Vi phạm pháp luật", ra khỏi danh sách
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "không được kết nạp"

    @rule_decision_after_passed_vote @qd24_4_3_1
    Tình huống: Không đồng ý mà không nêu lý do thì không được ghi
      Khi "Ban Thường vụ Huyện ủy Việt Yên" không đồng ý kết nạp "Nguyễn Văn An" ngày 10/04/2024 vì " ", trở lại danh sách cảm tình Đảng
      Thì việc đó không được ghi nhận vì "Lý do không đồng ý không được để trống"
      Và "Nguyễn Văn An" đang ở bước "chi bộ đề nghị kết nạp"

  Quy tắc: Thời hạn quyết định được gia hạn tối đa 30 ngày làm việc, một lần; quyết định trong thời gian gia hạn là đúng hạn

    @rule_decision_extension @rule_decision_within_60_working_days @qd24_4_3_1
    Tình huống: Quyết định trong thời gian gia hạn không bị coi là quá hạn
      Khi "Ban Thường vụ Huyện ủy Việt Yên" gia hạn thời hạn quyết định kết nạp "Nguyễn Văn An" ngày 05/06/2024 đến ngày 28/06/2024
      Thì việc đó được ghi nhận
      Khi "Ban Thường vụ Huyện ủy Việt Yên" quyết định kết nạp "Nguyễn Văn An" ngày 25/06/2024, chi bộ nhận quyết định ngày 26/06/2024
      Thì việc đó được ghi nhận
      Và báo cáo kiểm tra năm 2024 không có phát hiện quá hạn về "decision_within_60_working_days"

    @rule_decision_extension @qd24_4_3_1
    Tình huống: Gia hạn quá 30 ngày làm việc bị từ chối
      Khi "Ban Thường vụ Huyện ủy Việt Yên" gia hạn thời hạn quyết định kết nạp "Nguyễn Văn An" ngày 05/06/2024 đến ngày 31/07/2024
      Thì việc đó bị từ chối với lời nhắc "Gia hạn quá 30 ngày làm việc"
      Và căn cứ từ chối là "Quy định 24-QĐ/TW, mục 4.3.1"

    @rule_decision_extension @qd24_4_3_1
    Tình huống: Chỉ được gia hạn một lần
      Cho "Ban Thường vụ Huyện ủy Việt Yên" đã gia hạn thời hạn quyết định kết nạp "Nguyễn Văn An" ngày 05/06/2024 đến ngày 20/06/2024
      Khi "Ban Thường vụ Huyện ủy Việt Yên" gia hạn thời hạn quyết định kết nạp "Nguyễn Văn An" ngày 18/06/2024 đến ngày 28/06/2024
      Thì việc đó bị từ chối với lời nhắc "chỉ được gia hạn một lần"

  Quy tắc: Lễ kết nạp quá 30 ngày làm việc phải được cấp ủy cấp trên trực tiếp đồng ý

    @rule_late_ceremony_consent @rule_ceremony_within_30_working_days @qd24_4_1
    Tình huống: Lễ kết nạp muộn có văn bản đồng ý thì báo cáo ghi là đã được đồng ý
      Cho "Ban Thường vụ Huyện ủy Việt Yên" đã quyết định kết nạp "Nguyễn Văn An" ngày 10/04/2024, chi bộ nhận quyết định ngày 12/04/2024
      Khi "Ban Thường vụ Huyện ủy Việt Yên" đồng ý bằng văn bản số "88-CV/HU" ngày 20/05/2024 cho chi bộ tổ chức lễ kết nạp "Nguyễn Văn An" quá hạn
      Thì việc đó được ghi nhận
      Khi chi bộ tổ chức lễ kết nạp "Nguyễn Văn An" ngày 10/06/2024
      Thì việc đó được ghi nhận
      Và báo cáo kiểm tra năm 2024 ghi lễ kết nạp "Nguyễn Văn An" quá hạn nhưng đã được đồng ý theo văn bản "88-CV/HU"

# language: vi
Tính năng: Quyết định kết nạp và lễ kết nạp
  Là cấp ủy cấp trên trực tiếp và chi bộ
  Tôi muốn quyết định kết nạp chỉ được ghi sau nghị quyết đạt của chi bộ, và lễ kết nạp chỉ sau khi nhận quyết định
  Để người được kết nạp trở thành đảng viên dự bị đúng thủ tục, từ đúng ngày

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên
    Và học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
    Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/03/2024

  Quy tắc: Cấp ủy có thẩm quyền chỉ quyết định sau khi chi bộ biểu quyết đạt

    @rule_decision_after_passed_vote @qd24_4_3_1
    Tình huống: Quyết định kết nạp sau nghị quyết đạt
      Cho nghị quyết chi bộ ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 9/10 đảng viên chính thức tán thành
      Khi "Ban Thường vụ Huyện ủy Việt Yên" quyết định kết nạp "Nguyễn Văn An" ngày 10/04/2024, chi bộ nhận quyết định ngày 12/04/2024
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "có quyết định kết nạp"

    @rule_decision_after_passed_vote @rule_vote_two_thirds @qd24_4_3_1 @dieu_4_3
    Tình huống: Nghị quyết không đạt thì không có quyết định kết nạp
      Cho nghị quyết chi bộ ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 6/10 đảng viên chính thức tán thành
      Khi "Ban Thường vụ Huyện ủy Việt Yên" quyết định kết nạp "Nguyễn Văn An" ngày 10/04/2024, chi bộ nhận quyết định ngày 12/04/2024
      Thì việc đó bị từ chối với lời nhắc "Chưa có nghị quyết chi bộ đề nghị kết nạp Nguyễn Văn An được thông qua"
      Và căn cứ từ chối là "Quy định 24-QĐ/TW, mục 4.3.1"

    @rule_date_order @dieu_4
    Tình huống: Ngày chi bộ nhận quyết định không thể trước ngày ký
      Cho nghị quyết chi bộ ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 9/10 đảng viên chính thức tán thành
      Khi "Ban Thường vụ Huyện ủy Việt Yên" quyết định kết nạp "Nguyễn Văn An" ngày 10/04/2024, chi bộ nhận quyết định ngày 08/04/2024
      Thì việc đó bị từ chối với lời nhắc "trước ngày ký quyết định (10/04/2024)"

    @rule_date_order @dieu_4
    Tình huống: Quyết định không thể đề ngày trước nghị quyết của chi bộ
      Cho nghị quyết chi bộ ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 9/10 đảng viên chính thức tán thành
      Khi "Ban Thường vụ Huyện ủy Việt Yên" quyết định kết nạp "Nguyễn Văn An" ngày 05/03/2024, chi bộ nhận quyết định ngày 12/04/2024
      Thì việc đó bị từ chối với lời nhắc "trước ngày chi bộ biểu quyết (12/03/2024)"

  Quy tắc: Lễ kết nạp chỉ tổ chức sau khi chi bộ nhận quyết định; 12 tháng dự bị tính từ ngày lễ

    @rule_ceremony_after_decision @rule_probation_12_months @qd24_4_1 @dieu_5_1
    Tình huống: Lễ kết nạp làm "Nguyễn Văn An" trở thành đảng viên dự bị
      Cho nghị quyết chi bộ ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 9/10 đảng viên chính thức tán thành
      Và "Ban Thường vụ Huyện ủy Việt Yên" đã quyết định kết nạp "Nguyễn Văn An" ngày 10/04/2024, chi bộ nhận quyết định ngày 12/04/2024
      Khi chi bộ tổ chức lễ kết nạp "Nguyễn Văn An" ngày 19/05/2024
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" là đảng viên dự bị, hết 12 tháng dự bị ngày 19/05/2025

    @rule_ceremony_after_decision @qd24_4_1
    Tình huống: Chưa có quyết định thì chưa tổ chức lễ kết nạp
      Cho nghị quyết chi bộ ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 9/10 đảng viên chính thức tán thành
      Khi chi bộ tổ chức lễ kết nạp "Nguyễn Văn An" ngày 19/05/2024
      Thì việc đó bị từ chối với lời nhắc "Chưa có quyết định kết nạp Nguyễn Văn An"
      Và căn cứ từ chối là "Quy định 24-QĐ/TW, mục 4.1"
      Và "Nguyễn Văn An" đang ở bước "chi bộ đề nghị kết nạp"

    @rule_date_order @dieu_4
    Tình huống: Lễ kết nạp không thể trước ngày chi bộ nhận quyết định
      Cho nghị quyết chi bộ ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 9/10 đảng viên chính thức tán thành
      Và "Ban Thường vụ Huyện ủy Việt Yên" đã quyết định kết nạp "Nguyễn Văn An" ngày 10/04/2024, chi bộ nhận quyết định ngày 12/04/2024
      Khi chi bộ tổ chức lễ kết nạp "Nguyễn Văn An" ngày 11/04/2024
      Thì việc đó bị từ chối với lời nhắc "trước ngày nhận quyết định (12/04/2024)"

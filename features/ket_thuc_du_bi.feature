# language: vi
Tính năng: Kết thúc thời gian dự bị khi không được công nhận chính thức, và cách đảng viên ra khỏi danh sách
  Là chi bộ và cấp ủy có thẩm quyền
  Tôi muốn biểu quyết không đạt được đếm, việc xóa tên đảng viên dự bị dựa trên nghị quyết của chi bộ, và đảng viên không tự rút khỏi danh sách
  Để đảng viên dự bị không ở mãi trong tình trạng dự bị và mọi việc ra khỏi Đảng do cấp có thẩm quyền quyết định

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên
    Và học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
    Và "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
    Và "Nguyễn Văn An" đã hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngày 15/09/2024

  Quy tắc: Chỉ nghị quyết đạt mới là chi bộ đã xét đúng hạn; sau 3 lần không đạt, cấp trên xem xét, quyết định

    @rule_conversion_vote_within_30_working_days @rule_conversion_three_failed_votes @qd232_4_2_1 @qd232_4_2_3
    Tình huống: Ba lần biểu quyết không đạt thì chi bộ không biểu quyết lần thứ tư
      Cho chi bộ có 9 đảng viên chính thức đã 3 lần biểu quyết không đạt việc công nhận "Nguyễn Văn An" từ ngày 02/06/2025
      Thì "Nguyễn Văn An" có 3 lần biểu quyết công nhận chính thức không đạt
      Và thời hạn chi bộ xét công nhận chính thức "Nguyễn Văn An" chưa được đáp ứng
      Khi chi bộ có 9 đảng viên chính thức họp ngày 20/06/2025 xét công nhận "Nguyễn Văn An" là đảng viên chính thức, 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "cấp ủy có thẩm quyền xem xét, quyết định"
      Và căn cứ từ chối là "Quy định 232-QĐ/TW, mục 4.2.3"
      Khi cấp ủy cấp trên xóa tên "Nguyễn Văn An" trong danh sách đảng viên dự bị ngày 01/07/2025 vì "Không đủ tư cách đảng viên"
      Thì việc đó được ghi nhận

    @rule_conversion_vote_within_30_working_days @qd232_4_2_1
    Tình huống: Không đạt rồi đạt: lần đạt mới là chi bộ đã xét
      Khi chi bộ có 9 đảng viên chính thức họp ngày 05/06/2025 xét công nhận "Nguyễn Văn An" là đảng viên chính thức, 5 đồng chí tán thành
      Và chi bộ có 9 đảng viên chính thức họp ngày 19/06/2025 xét công nhận "Nguyễn Văn An" là đảng viên chính thức, 8 đồng chí tán thành
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "đề nghị công nhận chính thức"
      Và thời hạn chi bộ xét công nhận chính thức "Nguyễn Văn An" được đáp ứng ngày 19/06/2025

  Quy tắc: Cấp ủy xóa tên đảng viên dự bị khi có nghị quyết đề nghị của chi bộ

    @rule_strike_off_on_cell_proposal @dieu_5_3 @qd294_4_2_1
    Tình huống: Xóa tên khi chưa có nghị quyết của chi bộ bị từ chối
      Khi cấp ủy cấp trên xóa tên "Nguyễn Văn An" trong danh sách đảng viên dự bị ngày 01/07/2025 vì "Vi phạm tư cách đảng viên"
      Thì việc đó bị từ chối với lời nhắc "Chưa có nghị quyết chi bộ đề nghị xóa tên Nguyễn Văn An"
      Và "Nguyễn Văn An" đang ở bước "đảng viên dự bị"

    @rule_strike_off_on_cell_proposal @qd232_4_2_1
    Tình huống: Chi bộ đề nghị, cấp ủy xóa tên
      Khi chi bộ họp ngày 20/06/2025 ra nghị quyết số "15-NQ/CB" đề nghị xóa tên "Nguyễn Văn An" vì "Vi phạm tư cách đảng viên"
      Thì việc đó được ghi nhận
      Khi cấp ủy cấp trên xóa tên "Nguyễn Văn An" trong danh sách đảng viên dự bị ngày 01/07/2025 vì "Vi phạm tư cách đảng viên"
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "đã xóa tên"

  Quy tắc: Đảng viên không rút khỏi danh sách; cấp ủy quyết định xóa tên hoặc khai trừ

    @rule_members_leave_by_decision @dieu_5_3_8
    Tình huống: Bí thư ghi đảng viên dự bị rút khỏi danh sách bị từ chối
      Khi "Nguyễn Văn An" rút khỏi danh sách cảm tình Đảng ngày 10/01/2025 vì "Xin thôi"
      Thì việc đó bị từ chối với lời nhắc "đảng viên không rút khỏi danh sách"
      Và căn cứ từ chối là "Điều lệ Đảng, Điều 5.3 và Điều 8"
      Và "Nguyễn Văn An" đang ở bước "đảng viên dự bị"

# language: vi
Tính năng: Xóa tên, chuyển đi và rút khỏi danh sách
  Là chi bộ và cấp ủy cấp trên
  Tôi muốn ghi nhận người ra khỏi quá trình phát triển đảng viên của chi bộ, với lý do
  Để hồ sơ dừng đúng lúc và không bước nào được ghi thêm sau đó

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên
    Và học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023

  Quy tắc: Chỉ xóa tên trong danh sách đảng viên dự bị

    @rule_stage_order @dieu_4
    Tình huống: Xóa tên đảng viên dự bị và dừng việc xét chính thức
      Cho "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Và "Nguyễn Văn An" đã hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngày 15/09/2024
      Và chi bộ họp ngày 03/03/2025 ra nghị quyết số "9-NQ/CB" đề nghị xóa tên "Nguyễn Văn An" vì "Vi phạm tư cách đảng viên"
      Khi cấp ủy cấp trên xóa tên "Nguyễn Văn An" trong danh sách đảng viên dự bị ngày 10/03/2025 vì "Vi phạm tư cách đảng viên"
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "đã xóa tên"
      Khi chi bộ có 9 đảng viên chính thức họp ngày 05/06/2025 xét công nhận "Nguyễn Văn An" là đảng viên chính thức, 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "Nguyễn Văn An đã ra khỏi danh sách (đã xóa tên)"

    @rule_stage_order @dieu_4
    Tình huống: Người chưa được kết nạp thì không có tên để xóa
      Cho hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/03/2024
      Khi cấp ủy cấp trên xóa tên "Nguyễn Văn An" trong danh sách đảng viên dự bị ngày 10/03/2024 vì "Không đủ điều kiện"
      Thì việc đó bị từ chối với lời nhắc "Chỉ xóa tên đảng viên dự bị; Nguyễn Văn An đang ở bước 'đã thẩm tra lý lịch'"
      Và "Nguyễn Văn An" đang ở bước "đã thẩm tra lý lịch"

  Quy tắc: Người đã chuyển đi hoặc rút khỏi danh sách không còn được chi bộ xét

    @rule_stage_order @dieu_4
    Tình huống: Học sinh tốt nghiệp chuyển đi trước khi chi bộ xét kết nạp
      Cho hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/03/2024
      Khi "Nguyễn Văn An" chuyển đi ngày 15/06/2024 vì "Tốt nghiệp, chuyển nguồn về Đảng bộ xã Tự Lạn"
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "đã chuyển đi"
      Khi chi bộ có 9 đảng viên chính thức họp ngày 20/06/2024 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "đã ra khỏi danh sách"

    @rule_stage_order @dieu_4
    Tình huống: Đảng viên dự bị chuyển sinh hoạt đảng đi nơi khác
      Cho "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Khi "Nguyễn Văn An" được giới thiệu chuyển sinh hoạt đảng đến "Đảng bộ trường đại học" bằng giấy số "12-GGT/ĐU" ngày 20/08/2024, thay đổi nơi học tập từ ngày 15/08/2024
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "đã chuyển đi"
      Khi "Nguyễn Văn An" hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngày 15/09/2024
      Thì việc đó bị từ chối với lời nhắc "đã ra khỏi danh sách"

    @rule_stage_order @dieu_4
    Tình huống: Quần chúng xin rút khỏi danh sách cảm tình Đảng
      Khi "Nguyễn Văn An" rút khỏi danh sách cảm tình Đảng ngày 10/01/2024 vì "Xin thôi để tập trung ôn thi"
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "đã rút khỏi danh sách"
      Khi hồ sơ của "Nguyễn Văn An" được bổ sung "đăng ký học lớp bồi dưỡng nhận thức về Đảng" ngày 15/01/2024
      Thì việc đó bị từ chối với lời nhắc "đã ra khỏi danh sách"

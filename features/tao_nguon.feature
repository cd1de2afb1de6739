# language: vi
Tính năng: Tạo nguồn — đưa quần chúng ưu tú vào danh sách cảm tình Đảng
  Là bí thư chi bộ
  Tôi muốn ghi nhận những quần chúng ưu tú chi bộ lựa chọn và đảng viên được phân công giúp đỡ
  Để nguồn kết nạp của năm học được theo dõi ngay từ đầu

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên

  Quy tắc: Học sinh chưa đủ 18 tuổi vẫn được tạo nguồn; tuổi chỉ xét vào ngày chi bộ họp xét kết nạp

    @rule_age_minimum @qd24_1_1_1 @hd12btctw_i_1_1
    Tình huống: Học sinh lớp 11 vào danh sách cảm tình Đảng
      Khi chi bộ đưa học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/05/2007, vào danh sách cảm tình Đảng ngày 15/10/2023
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "cảm tình Đảng"

    @rule_age_minimum @qd24_1_1_1
    Tình huống: Học sinh được tạo nguồn sớm nhưng chi bộ chỉ xét khi đã đủ tuổi
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/05/2007, có tên trong danh sách cảm tình Đảng từ 15/10/2023
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/03/2025
      Khi chi bộ có 9 đảng viên chính thức họp ngày 10/04/2025 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "chưa đủ 18 tuổi"
      Nhưng "Nguyễn Văn An" đang ở bước "đã thẩm tra lý lịch"

  Quy tắc: Giáo viên cũng là nguồn kết nạp của chi bộ

    @rule_stage_order @dieu_4 @hd12btctw_i_1_1
    Tình huống: Giáo viên trẻ vào danh sách cảm tình Đảng
      Khi chi bộ đưa giáo viên "Phạm Thị Hoa", đoàn viên, sinh ngày 12/03/1995, vào danh sách cảm tình Đảng ngày 05/09/2023
      Thì việc đó được ghi nhận
      Và "Phạm Thị Hoa" đang ở bước "cảm tình Đảng"

  Quy tắc: Phân công đảng viên giúp đỡ sau khi quần chúng đã có tên trong danh sách

    @rule_stage_order @dieu_4
    Tình huống: Chi bộ phân công hai đảng viên chính thức giúp đỡ
      Cho học sinh "Trần Thị Bình", đoàn viên, sinh ngày 02/09/2006, có tên trong danh sách cảm tình Đảng từ 01/11/2023
      Khi hồ sơ của "Trần Thị Bình" được bổ sung "phân công đảng viên giúp đỡ" ngày 05/12/2023
      Thì việc đó được ghi nhận
      Và "Trần Thị Bình" đang ở bước "cảm tình Đảng"

    @rule_date_order @dieu_4
    Tình huống: Ngày phân công giúp đỡ không thể trước ngày vào danh sách
      Cho học sinh "Trần Thị Bình", đoàn viên, sinh ngày 02/09/2006, có tên trong danh sách cảm tình Đảng từ 01/11/2023
      Khi hồ sơ của "Trần Thị Bình" được bổ sung "phân công đảng viên giúp đỡ" ngày 20/10/2023
      Thì việc đó bị từ chối với lời nhắc "trước ngày vào danh sách cảm tình Đảng (01/11/2023)"
      Và căn cứ từ chối là "Điều lệ Đảng, Điều 4"

    @rule_date_order @dieu_4
    Tình huống: Ngày sinh sau ngày vào danh sách là nhầm lẫn, không được ghi
      Khi chi bộ đưa học sinh "Lê Thị Cúc", đoàn viên, sinh ngày 10/01/2024, vào danh sách cảm tình Đảng ngày 01/12/2023
      Thì việc đó không được ghi nhận vì "Ngày sinh phải trước ngày vào danh sách"

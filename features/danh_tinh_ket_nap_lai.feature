# language: vi
Tính năng: Số định danh cá nhân, cảnh báo trùng người và kết nạp lại
  Là bí thư chi bộ và cấp ủy có thẩm quyền
  Tôi muốn mỗi người có thể mang số định danh cá nhân được kiểm tra, được cảnh báo khi có thể trùng người đã có, và việc kết nạp lại theo đúng điều kiện
  Để một người không bị ghi hai lần, và người không được kết nạp lại thì không vào danh sách

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên

  Quy tắc: Số định danh cá nhân gồm 12 chữ số, khớp với năm sinh và giới tính

    @rule_citizen_id_structure @nd137_13
    Tình huống: Số định danh đúng được ghi cùng người
      Khi bí thư tạo nguồn giáo viên "Phan Thị Quỳnh", nữ, sinh ngày 14/02/1998, số định danh "024198001234", ngày 20/02/2024
      Thì việc đó được ghi nhận
      Và "Phan Thị Quỳnh" mang số định danh "024198001234"

    @rule_citizen_id_structure @nd137_13
    Tình huống: Số định danh thiếu chữ số hoặc có chữ cái bị từ chối
      Khi bí thư tạo nguồn giáo viên "Phan Thị Quỳnh", nữ, sinh ngày 14/02/1998, số định danh "02419800123", ngày 20/02/2024
      Thì việc đó không được ghi nhận vì "phải gồm đúng 12 chữ số"
      Khi bí thư tạo nguồn giáo viên "Phan Thị Quỳnh", nữ, sinh ngày 14/02/1998, số định danh "02419800123A", ngày 20/02/2024
      Thì việc đó không được ghi nhận vì "phải gồm đúng 12 chữ số"

    @rule_citizen_id_structure @tt07_7
    Tình huống: Số định danh không khớp năm sinh bị từ chối
      Khi bí thư tạo nguồn giáo viên "Phan Thị Quỳnh", nữ, sinh ngày 14/02/1998, số định danh "024199001234", ngày 20/02/2024
      Thì việc đó không được ghi nhận vì "không khớp với năm sinh 1998"

  Quy tắc: Có thể trùng người đã có thì phải xác nhận mới ghi

    @rule_citizen_id_structure @nd137_13
    Tình huống: Cùng họ tên và ngày sinh thì được cảnh báo, xác nhận rồi mới ghi
      Cho bí thư đã tạo nguồn giáo viên "Phan Thị Quỳnh", nữ, sinh ngày 14/02/1998, số định danh "024198001234", ngày 20/02/2024
      Khi bí thư tạo nguồn giáo viên "phan thị  Quỳnh", nữ, sinh ngày 14/02/1998, số định danh "không có", ngày 01/03/2024
      Thì việc đó không được ghi nhận vì "Có thể trùng người đã có: Phan Thị Quỳnh"
      Khi bí thư tạo nguồn giáo viên "phan thị  Quỳnh", nữ, sinh ngày 14/02/1998, số định danh "không có", ngày 01/03/2024 và xác nhận đã xem cảnh báo
      Thì việc đó được ghi nhận

  Quy tắc: Kết nạp lại theo điều kiện riêng

    @rule_readmission_barred @qd24_3_5_2
    Tình huống: Người bị khai trừ vì tội tham nhũng không được xem xét kết nạp lại
      Khi bí thư đề nghị kết nạp lại giáo viên "Hoàng Văn Tùng", nam, sinh ngày 10/10/1980, ra khỏi Đảng ngày 01/03/2019 vì "bị khai trừ, kết án về tội tham nhũng", ngày 20/02/2024
      Thì việc đó bị từ chối với lời nhắc "Không xem xét kết nạp lại Hoàng Văn Tùng"
      Và căn cứ từ chối là "Quy định 24-QĐ/TW, mục 3.5.2"

    @rule_readmission_waiting_period @rule_readmission_province_consent @qd24_3_5_1
    Tình huống: Người bị xóa tên được kết nạp lại sau 36 tháng, với văn bản đồng ý của tỉnh ủy
      Khi bí thư đề nghị kết nạp lại giáo viên "Hoàng Văn Tùng", nam, sinh ngày 10/10/1980, ra khỏi Đảng ngày 01/06/2021 vì "bị xóa tên", ngày 20/09/2023
      Thì việc đó được ghi nhận
      Cho hồ sơ của "Hoàng Văn Tùng" đủ để chi bộ xét kết nạp từ ngày 01/03/2024
      Khi chi bộ có 9 đảng viên chính thức họp ngày 12/03/2024 xét kết nạp "Hoàng Văn Tùng", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "chỉ xét kết nạp lại từ ngày 01/06/2024"
      Khi chi bộ có 9 đảng viên chính thức họp ngày 11/06/2024 xét kết nạp "Hoàng Văn Tùng", 9 đồng chí tán thành
      Thì việc đó được ghi nhận
      Khi "Ban Thường vụ Huyện ủy Việt Yên" quyết định kết nạp "Hoàng Văn Tùng" ngày 10/07/2024, chi bộ nhận quyết định ngày 12/07/2024
      Thì việc đó bị từ chối với lời nhắc "cần văn bản đồng ý của ban thường vụ tỉnh ủy"

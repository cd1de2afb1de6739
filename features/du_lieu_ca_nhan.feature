# language: vi
Tính năng: Xóa dữ liệu cá nhân của người không được kết nạp, giữ hồ sơ đảng viên
  Là cấp ủy cấp trên
  Tôi muốn xóa dữ liệu cá nhân của quần chúng đã ra khỏi danh sách mà không được kết nạp, theo văn bản hoặc khi hết thời hạn lưu giữ
  Để tôn trọng quyền xóa dữ liệu của người đó (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15) mà sổ vẫn nguyên vẹn, và hồ sơ đảng viên vẫn được lưu giữ theo quy định của Đảng

  Xóa là hủy khóa mã hóa riêng của người đó: sổ vẫn giữ mọi việc đã ghi, theo thứ tự, nhưng họ tên, ngày sinh và mọi thông tin về người đó hiện là "[đã xóa]".
  Thời hạn lưu giữ mặc định là 5 năm kể từ ngày ra khỏi danh sách; quản trị có thể đặt khác (KETNAP_RETENTION_YEARS).

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên

  Quy tắc: Hồ sơ đảng viên được lưu giữ, không xóa

    @rule_member_file_kept @qd24_6_2_4
    Tình huống: Không xóa dữ liệu của người đã được kết nạp, dù có văn bản
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 15/05/2024
      Khi cấp ủy xóa dữ liệu cá nhân của "Nguyễn Văn An" theo "Quyết định 15-QĐ/ĐU ngày 20/11/2026"
      Thì việc đó bị từ chối với lời nhắc "Hồ sơ đảng viên phải được lưu giữ"
      Và căn cứ từ chối là "Quy định 24-QĐ/TW, mục 6.2.4; Quy định 270-QĐ/TW (2014)"
      Và không ai được ghi ngoại lệ quy tắc "member_file_kept"
      Và họ tên của "Nguyễn Văn An" vẫn còn trong hồ sơ

    @rule_member_file_kept @qd24_6_2_4
    Tình huống: Xóa dữ liệu của người đã rút khỏi danh sách mà chưa được kết nạp
      Cho học sinh "Trần Thị Bình", đoàn viên, sinh ngày 12/03/2007, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và "Trần Thị Bình" đã rút khỏi danh sách cảm tình Đảng ngày 01/06/2024 vì "Chuyển trường"
      Khi cấp ủy xóa dữ liệu cá nhân của "Trần Thị Bình" theo "Quyết định 15-QĐ/ĐU ngày 20/11/2026"
      Thì việc đó được ghi nhận
      Và họ tên và ngày sinh của "Trần Thị Bình" không còn đọc được, hiện là "[đã xóa]"
      Và sổ vẫn giữ mọi việc đã ghi về người đó, thêm việc xóa theo "Quyết định 15-QĐ/ĐU ngày 20/11/2026"

  Quy tắc: Quần chúng không được kết nạp, ra khỏi danh sách đủ 5 năm, thì đến hạn xóa dữ liệu cá nhân

    @rule_retention_never_admitted @hd35vptw
    Khung kịch bản: Ngày tròn 5 năm sau khi ra khỏi danh sách là ranh giới
      Cho học sinh "Lê Văn Cường", đoàn viên, sinh ngày 05/05/2004, có tên trong danh sách cảm tình Đảng từ 01/09/2020
      Và "Lê Văn Cường" đã rút khỏi danh sách cảm tình Đảng ngày 15/03/2021 vì "Chuyển trường"
      Thì ngày <ngày> dữ liệu cá nhân của "Lê Văn Cường" <đến hạn hay chưa> xóa

      Dữ liệu:
        | ngày       | đến hạn hay chưa |
        | 14/03/2026 | chưa đến hạn     |
        | 15/03/2026 | đến hạn          |

    @rule_retention_never_admitted @hd35vptw
    Tình huống: Đảng viên không bao giờ đến hạn xóa dữ liệu
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 15/05/2024
      Thì ngày 01/12/2040 dữ liệu cá nhân của "Nguyễn Văn An" chưa đến hạn xóa

# language: vi
Tính năng: Chi bộ họp xét và biểu quyết đề nghị kết nạp
  Là bí thư chi bộ
  Tôi muốn ghi lại nghị quyết của chi bộ với đúng số đảng viên chính thức và số tán thành
  Để cấp trên và Ủy ban kiểm tra thấy mỗi trường hợp được xét đúng tuổi, đúng tỷ lệ

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên

  Quy tắc: Nghị quyết đạt khi ít nhất hai phần ba tổng số đảng viên chính thức tán thành; không đạt vẫn được ghi lại

    @rule_vote_two_thirds @dieu_4_3
    Khung tình huống: Hai phần ba của tổng số đảng viên chính thức
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/03/2024
      Khi chi bộ có <số đảng viên chính thức> đảng viên chính thức họp ngày 12/03/2024 xét kết nạp "Nguyễn Văn An", <số tán thành> đồng chí tán thành
      Thì việc đó được ghi nhận
      Và nghị quyết về "Nguyễn Văn An" được ghi là "<kết quả>" với <số tán thành>/<số đảng viên chính thức> đồng chí tán thành
      Và "Nguyễn Văn An" đang ở bước "<bước>"

      Dữ liệu:
        | số đảng viên chính thức | số tán thành | kết quả   | bước                        |
        | 9                       | 6            | đạt       | chi bộ đề nghị kết nạp      |
        | 9                       | 5            | không đạt | đã thẩm tra lý lịch         |
        | 10                      | 7            | đạt       | chi bộ đề nghị kết nạp      |
        | 10                      | 6            | không đạt | đã thẩm tra lý lịch         |
        | 11                      | 8            | đạt       | chi bộ đề nghị kết nạp      |
        | 11                      | 7            | không đạt | đã thẩm tra lý lịch         |

    @rule_vote_two_thirds @dieu_4_3
    Tình huống: Lần đầu không đạt, chi bộ xét lại ở kỳ họp sau
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/03/2024
      Khi chi bộ có 10 đảng viên chính thức họp ngày 12/03/2024 xét kết nạp "Nguyễn Văn An", 6 đồng chí tán thành
      Và chi bộ có 10 đảng viên chính thức họp ngày 09/04/2024 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó được ghi nhận
      Và nghị quyết về "Nguyễn Văn An" được ghi là "đạt" với 9/10 đồng chí tán thành
      Và "Nguyễn Văn An" đang ở bước "chi bộ đề nghị kết nạp"

    @rule_vote_two_thirds @dieu_4_3
    Tình huống: Số tán thành không thể vượt số đảng viên chính thức có mặt
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/03/2024
      Khi chi bộ có 9 đảng viên chính thức họp ngày 12/03/2024 xét kết nạp "Nguyễn Văn An", 10 đồng chí tán thành
      Thì việc đó không được ghi nhận vì "Số tán thành (10) nhiều hơn số đảng viên chính thức có mặt (9)"

  Quy tắc: Đủ 18 tuổi tính theo tháng vào ngày chi bộ họp xét

    @rule_age_minimum @qd24_1_1_1
    Khung tình huống: Sinh nhật thứ 18 rơi vào tháng chi bộ họp thì đã đủ tuổi
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày <ngày sinh>, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 15/04/2024
      Khi chi bộ có 9 đảng viên chính thức họp ngày <ngày họp> xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "chi bộ đề nghị kết nạp"

      Dữ liệu:
        | ngày sinh  | ngày họp   |
        | 20/05/2006 | 02/05/2024 |
        | 31/05/2006 | 01/05/2024 |
        | 01/05/2006 | 01/05/2024 |
        | 15/04/2006 | 02/05/2024 |

    @rule_age_minimum @qd24_1_1_1
    Tình huống: Họp xét vào tháng trước tháng sinh nhật thứ 18 thì chưa đủ tuổi
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 01/05/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 15/04/2024
      Khi chi bộ có 9 đảng viên chính thức họp ngày 30/04/2024 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "chưa đủ 18 tuổi (tính theo tháng) vào ngày chi bộ xét 30/04/2024; đủ tuổi từ tháng 05/2024"
      Và căn cứ từ chối là "Quy định 24-QĐ/TW, mục 1.1.1"
      Và "Nguyễn Văn An" đang ở bước "đã thẩm tra lý lịch"

    @rule_age_maximum @qd24_1_1_2
    Tình huống: Quá 60 tuổi tính theo tháng thì chi bộ không xét
      Cho giáo viên "Trịnh Văn Hải", sinh ngày 10/03/1964, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Trịnh Văn Hải" đủ để chi bộ xét kết nạp từ ngày 01/04/2024
      Khi chi bộ có 9 đảng viên chính thức họp ngày 15/04/2024 xét kết nạp "Trịnh Văn Hải", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "đã quá 60 tuổi"

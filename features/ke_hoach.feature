# language: vi
Tính năng: Kế hoạch phát triển đảng viên năm
  Là bí thư chi bộ
  Tôi muốn ghi kế hoạch năm của chi bộ đúng như văn bản đã ban hành
  Để chỉ tiêu từng nội dung, theo giáo viên, học sinh và từng quý, được theo dõi đúng con số chi bộ đã đặt ra

  Bối cảnh:
    Cho chi bộ "Chi bộ Trường THPT Lý Thường Kiệt" trực thuộc "Huyện ủy Việt Yên" từ 01/01/2019

  Quy tắc: Kế hoạch được ghi đúng như văn bản, kể cả dòng không chia theo quý và mục tiêu nêu trong lời văn

    @hd12btctw_i_1_1
    Tình huống: Kế hoạch số 02-KH/CB năm 2024 được ghi đúng nguyên văn các chỉ tiêu
      Khi chi bộ ban hành kế hoạch số "02-KH/CB" ngày 26/01/2024 về phát triển đảng viên năm 2024, căn cứ "Kế hoạch số 175-KH/HU ngày 25/01/2024 của Huyện ủy Việt Yên", với mục tiêu "Kết nạp 15 đảng viên mới, trong đó có 13 học sinh" và bảng dự kiến:
        | TT | Nội dung                                                               | Số lượng | GV | HS | Quý I                                              | Quý II | Quý III | Quý IV |
        | 1  | Bồi dưỡng, tạo nguồn bổ sung đối tượng Đảng.                           | 12       | 2  | 10 | 4                                                  | 4      | 2       | 2      |
        | 2  | Lập danh sách quần chúng ưu tú đăng ký học lớp bồi dưỡng kết nạp Đảng. | 12       | 2  | 10 | Căn cứ theo Kế hoạch tổ chức lớp học của Huyện ủy  |        |         |        |
        | 3  | Hoàn thiện hồ sơ đề nghị xem xét kết nạp Đảng viên mới.                | 15       | 2  | 13 | 3                                                  | 7      | 3       | 2      |
        | 6  | Hoàn thiện hồ sơ chuyển chính thức đối với Đảng viên dự bị.            | 1        | 1  | 0  | 0                                                  | 1      | 0       | 0      |
      Thì việc đó được ghi nhận
      Và kế hoạch năm 2024 của chi bộ có đúng các chỉ tiêu:
        | Dòng     | Nội dung                                                               | Số lượng | GV | HS | Theo quý                                          |
        | 1        | Bồi dưỡng, tạo nguồn bổ sung đối tượng Đảng.                           | 12       | 2  | 10 | 4, 4, 2, 2                                        |
        | 2        | Lập danh sách quần chúng ưu tú đăng ký học lớp bồi dưỡng kết nạp Đảng. | 12       | 2  | 10 | Căn cứ theo Kế hoạch tổ chức lớp học của Huyện ủy |
        | 3        | Hoàn thiện hồ sơ đề nghị xem xét kết nạp Đảng viên mới.                | 15       | 2  | 13 | 3, 7, 3, 2                                        |
        | 6        | Hoàn thiện hồ sơ chuyển chính thức đối với Đảng viên dự bị.            | 1        | 1  | 0  | 0, 1, 0, 0                                        |
        | không có | Kết nạp 15 đảng viên mới, trong đó có 13 học sinh                      | 15       | 2  | 13 | không chia theo quý                               |

  Quy tắc: Mỗi dòng phải cộng đúng: số giáo viên cộng số học sinh bằng số lượng

    @hd12btctw_i_1_1
    Tình huống: Dòng có số giáo viên và học sinh không khớp số lượng thì kế hoạch không được ghi
      Khi chi bộ ban hành kế hoạch số "02-KH/CB" ngày 26/01/2024 về phát triển đảng viên năm 2024, căn cứ "Kế hoạch số 175-KH/HU ngày 25/01/2024 của Huyện ủy Việt Yên", với mục tiêu "Kết nạp 15 đảng viên mới, trong đó có 13 học sinh" và bảng dự kiến:
        | TT | Nội dung                                                    | Số lượng | GV | HS | Quý I | Quý II | Quý III | Quý IV |
        | 1  | Bồi dưỡng, tạo nguồn bổ sung đối tượng Đảng.                | 12       | 2  | 10 | 4     | 4      | 2       | 2      |
        | 3  | Hoàn thiện hồ sơ đề nghị xem xét kết nạp Đảng viên mới.     | 15       | 2  | 12 | 3     | 7      | 3       | 2      |
        | 6  | Hoàn thiện hồ sơ chuyển chính thức đối với Đảng viên dự bị. | 1        | 1  | 0  | 0     | 1      | 0       | 0      |
      Thì việc đó không được ghi nhận vì "dòng 3: GV 2 + HS 12 = 14, khác tổng số 15"
      Và chi bộ chưa có kế hoạch năm 2024

# language: vi
Tính năng: Tiến độ thực hiện kế hoạch phát triển đảng viên
  Là bí thư chi bộ
  Tôi muốn thấy, bên cạnh từng chỉ tiêu của kế hoạch năm, chi bộ đã làm được bao nhiêu, theo giáo viên, học sinh và theo từng quý
  Để biết dòng nào đang chậm tiến độ và kịp bù trong quý sau

  Kết quả được tính theo ngày sự việc, không theo ngày ghi vào sổ: đưa vào danh sách cảm tình Đảng tính vào dòng 1,
  đăng ký học lớp bồi dưỡng nhận thức về Đảng tính vào dòng 2, nghị quyết chi bộ đề nghị kết nạp (đạt) tính vào dòng 3,
  quyết định kết nạp tính vào mục tiêu kết nạp nêu trong lời văn của kế hoạch. Mỗi người được tính một lần ở mỗi dòng.

  Bối cảnh:
    Cho chi bộ "Chi bộ Trường THPT Lý Thường Kiệt" trực thuộc "Huyện ủy Việt Yên" từ 01/01/2019
    Và chi bộ đã ban hành kế hoạch số "02-KH/CB" ngày 26/01/2024 về phát triển đảng viên năm 2024

  Quy tắc: Bảng tiến độ giữ đúng các dòng của kế hoạch đã ban hành

    @hd12btctw_i_1_1
    Tình huống: Đầu năm, bảng tiến độ có đủ các dòng đúng số thứ tự của kế hoạch, cùng mục tiêu kết nạp nêu trong lời văn
      Khi chi bộ xem tiến độ kế hoạch năm 2024 tính đến ngày 31/01/2024
      Thì bảng tiến độ có đúng các chỉ tiêu:
        | Dòng     | Nội dung                                                                   | Chỉ tiêu | GV | HS | Theo quý                                          |
        | 1        | Bồi dưỡng, tạo nguồn bổ sung đối tượng Đảng.                               | 12       | 2  | 10 | 4, 4, 2, 2                                        |
        | 2        | Lập danh sách quần chúng ưu tú đăng ký học lớp bồi dưỡng kết nạp Đảng.     | 12       | 2  | 10 | Căn cứ theo Kế hoạch tổ chức lớp học của Huyện ủy |
        | 3        | Hoàn thiện hồ sơ đề nghị xem xét kết nạp Đảng viên mới.                    | 15       | 2  | 13 | 3, 7, 3, 2                                        |
        | 6        | Hoàn thiện hồ sơ chuyển chính thức đối với Đảng viên dự bị.                | 1        | 1  | 0  | 0, 1, 0, 0                                        |
        | không có | Về số lượng: Kết nạp 15 đảng viên mới, trong đó có 13 học sinh (mục II.1) | 15       | 2  | 13 | không chia theo quý                               |
      Và chưa dòng nào có kết quả

  Quy tắc: Kết quả được đếm theo giáo viên, học sinh và theo quý của ngày sự việc

    @hd12btctw_i_1_1
    Tình huống: Người được đưa vào danh sách cảm tình Đảng được tính vào dòng 1, ở quý của ngày chi bộ đưa vào
      Cho chi bộ đã đưa vào danh sách cảm tình Đảng:
        | quần chúng                                                    | ngày       |
        | học sinh "Lê Văn Cường", đoàn viên, sinh ngày 11/11/2005      | 20/12/2023 |
        | giáo viên "Phạm Thị Hoa", đoàn viên, sinh ngày 12/03/1995                | 15/02/2024 |
        | học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006     | 28/03/2024 |
        | học sinh "Trần Thị Bích", đoàn viên, sinh ngày 05/05/2006     | 01/04/2024 |
      Khi chi bộ xem tiến độ kế hoạch năm 2024 tính đến ngày 30/06/2024
      Thì kết quả thực hiện kế hoạch có đúng các dòng:
        | Dòng | Đã đạt | GV | HS | Quý I | Quý II | Quý III | Quý IV |
        | 1    | 3      | 1  | 2  | 2     | 1      | 0       | 0      |

    @hd12btctw_i_1_1
    Tình huống: Nghị quyết đạt được tính vào dòng 3, nghị quyết không đạt thì không, và mỗi người chỉ được tính một lần
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và giáo viên "Phạm Thị Hoa", đoàn viên, sinh ngày 12/03/1995, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 04/03/2024
      Và hồ sơ của "Phạm Thị Hoa" đủ để chi bộ xét kết nạp từ ngày 04/03/2024
      Và nghị quyết chi bộ ngày 12/03/2024 đề nghị kết nạp "Nguyễn Văn An" được 9/9 đảng viên chính thức tán thành
      Và "Ban Thường vụ Huyện ủy Việt Yên" đã quyết định kết nạp "Nguyễn Văn An" ngày 02/04/2024, chi bộ nhận quyết định ngày 05/04/2024
      Khi chi bộ có 9 đảng viên chính thức họp ngày 12/03/2024 xét kết nạp "Phạm Thị Hoa", 5 đồng chí tán thành
      Và chi bộ có 9 đảng viên chính thức họp ngày 14/05/2024 xét kết nạp "Phạm Thị Hoa", 8 đồng chí tán thành
      Và chi bộ xem tiến độ kế hoạch năm 2024 tính đến ngày 30/06/2024
      Thì nghị quyết về "Phạm Thị Hoa" được ghi là "đạt" với 8/9 đồng chí tán thành
      Và kết quả thực hiện kế hoạch có đúng các dòng:
        | Dòng     | Đã đạt | GV | HS | Quý I | Quý II | Quý III | Quý IV |
        | 2        | 2      | 1  | 1  | 2     | 0      | 0       | 0      |
        | 3        | 2      | 1  | 1  | 1     | 1      | 0       | 0      |
        | không có | 1      | 0  | 1  | 0     | 1      | 0       | 0      |

    @hd12btctw_i_1_1
    Tình huống: Việc ghi vào sổ muộn vẫn được tính vào quý của ngày sự việc, không vào quý ghi sổ
      Cho chi bộ đã đưa vào danh sách cảm tình Đảng:
        | quần chúng                                                | ngày       |
        | học sinh "Trần Thị Bích", đoàn viên, sinh ngày 05/05/2006 | 10/04/2024 |
      Và ngày 15/07/2024 chi bộ mới ghi vào sổ việc đưa học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, vào danh sách cảm tình Đảng ngày 15/02/2024
      Khi chi bộ xem tiến độ kế hoạch năm 2024 tính đến ngày 31/07/2024
      Thì kết quả thực hiện kế hoạch có đúng các dòng:
        | Dòng | Đã đạt | GV | HS | Quý I | Quý II | Quý III | Quý IV |
        | 1    | 2      | 0  | 2  | 1     | 1      | 0       | 0      |

  Quy tắc: Dòng chậm tiến độ khi lũy kế thực hiện đến quý hiện tại thấp hơn lũy kế chỉ tiêu; vượt chỉ tiêu là tin vui, không phải lỗi

    @hd12btctw_i_1_1
    Khung kịch bản: Dòng 1 được đánh giá theo lũy kế từ đầu năm đến hết quý hiện tại
      Cho chi bộ đã đưa vào danh sách cảm tình Đảng:
        | quần chúng                                                  | ngày       |
        | học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006   | 10/01/2024 |
        | học sinh "Trần Thị Bích", đoàn viên, sinh ngày 05/05/2006   | 20/02/2024 |
        | giáo viên "Phạm Thị Hoa", đoàn viên, sinh ngày 12/03/1995              | 05/03/2024 |
        | học sinh "Lê Văn Cường", đoàn viên, sinh ngày 11/11/2005    | 25/03/2024 |
      Khi chi bộ xem tiến độ kế hoạch năm 2024 tính đến ngày <ngày xem>
      Thì dòng 1, lũy kế đến hết quý <quý>, đạt 4 trên chỉ tiêu <chỉ tiêu lũy kế> và <kết luận>

      Dữ liệu:
        | ngày xem   | quý | chỉ tiêu lũy kế | kết luận                 |
        | 31/03/2024 | I   | 4               | đúng tiến độ             |
        | 30/06/2024 | II  | 8               | bị đánh dấu chậm tiến độ |
        | 30/09/2024 | III | 10              | bị đánh dấu chậm tiến độ |
        | 15/01/2025 | IV  | 12              | bị đánh dấu chậm tiến độ |

    @hd12btctw_i_1_1
    Tình huống: Vượt chỉ tiêu quý vẫn được ghi đủ và dòng không bị đánh dấu chậm tiến độ
      Cho chi bộ đã đưa vào danh sách cảm tình Đảng:
        | quần chúng                                                  | ngày       |
        | học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006   | 10/01/2024 |
        | học sinh "Trần Thị Bích", đoàn viên, sinh ngày 05/05/2006   | 20/02/2024 |
        | giáo viên "Phạm Thị Hoa", đoàn viên, sinh ngày 12/03/1995              | 05/03/2024 |
        | học sinh "Lê Văn Cường", đoàn viên, sinh ngày 11/11/2005    | 25/03/2024 |
        | học sinh "Đỗ Thị Dung", đoàn viên, sinh ngày 09/09/2006     | 28/03/2024 |
      Khi chi bộ xem tiến độ kế hoạch năm 2024 tính đến ngày 31/03/2024
      Thì kết quả thực hiện kế hoạch có đúng các dòng:
        | Dòng | Đã đạt | GV | HS | Quý I | Quý II | Quý III | Quý IV |
        | 1    | 5      | 1  | 4  | 5     | 0      | 0       | 0      |
      Và dòng 1, lũy kế đến hết quý I, đạt 5 trên chỉ tiêu 4 và đúng tiến độ

  Quy tắc: Báo cáo quý gửi cấp trên ghi số báo cáo và địa danh của chi bộ, không để trống

    @van_ban
    Tình huống: Báo cáo quý ghi số bí thư nhập và địa danh theo cài đặt của chi bộ
      Cho văn bản của chi bộ ghi địa danh "Việt Yên"
      Khi chi bộ lập báo cáo quý 1 năm 2024 số "5" ngày 03/04/2024
      Thì báo cáo ghi "Số 05-BC/CB"
      Và báo cáo ghi "Việt Yên, ngày 03 tháng 4 năm 2024"
      Và báo cáo ghi "Kết quả thực hiện kế hoạch phát triển đảng viên quý 1 năm 2024"

    @van_ban
    Tình huống: Báo cáo quý chưa có số và chi bộ chưa cài địa danh thì không lập
      Khi chi bộ lập báo cáo quý 1 năm 2024 chưa có số, ngày 03/04/2024
      Thì báo cáo không lập được vì "Chưa có số báo cáo"
      Và báo cáo không lập được vì "Chi bộ chưa cài địa danh"

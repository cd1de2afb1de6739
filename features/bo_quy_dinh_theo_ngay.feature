# language: vi
Tính năng: Mỗi việc được xét theo văn bản có hiệu lực vào ngày của việc đó
  Là Ủy ban kiểm tra
  Tôi muốn mỗi việc ghi rõ văn bản đã dùng để xét: 24-QĐ/TW, 232-QĐ/TW hay 294-QĐ/TW
  Để khi kiểm tra lại, cùng một trường hợp được đánh giá đúng theo quy định của thời điểm đó

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên

  Quy tắc: Cùng một trường hợp được xét theo văn bản có hiệu lực vào ngày chi bộ họp

    @rule_age_minimum @qd24_1_1_1 @qd232_1_1_1 @qd294_1_1_1
    Khung tình huống: Học sinh chưa đủ 18 tuổi, theo từng văn bản
      Cho học sinh "Lê Minh Khôi", đoàn viên, sinh ngày <ngày sinh>, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Lê Minh Khôi" đủ để chi bộ xét kết nạp từ ngày <hồ sơ đủ từ>
      Khi chi bộ có 9 đảng viên chính thức họp ngày <ngày họp> xét kết nạp "Lê Minh Khôi", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "chưa đủ 18 tuổi"
      Và căn cứ từ chối là "<căn cứ>"
      Và việc đó được xét theo "<văn bản áp dụng>"

      Dữ liệu:
        | ngày sinh  | hồ sơ đủ từ | ngày họp   | căn cứ                        | văn bản áp dụng    |
        | 15/06/2006 | 01/05/2024  | 10/05/2024 | Quy định 24-QĐ/TW, mục 1.1.1  | Quy định 24-QĐ/TW  |
        | 15/04/2007 | 01/03/2025  | 10/03/2025 | Quy định 232-QĐ/TW, mục 1.1.1 | Quy định 232-QĐ/TW |
        | 15/09/2007 | 01/08/2025  | 10/08/2025 | Quy định 294-QĐ/TW, mục 1.1.1 | Quy định 294-QĐ/TW |

    @rule_certificate_validity @hd01_thoi_han @hd06_5_4
    Khung tình huống: Giấy chứng nhận quá 60 tháng một ngày, theo từng văn bản
      Cho giáo viên "Phạm Thị Hoa", đoàn viên, sinh ngày 12/03/1995, có tên trong danh sách cảm tình Đảng từ 01/01/2019
      Và hồ sơ của "Phạm Thị Hoa" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 10/01/2019 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | <ngày cấp giấy chứng nhận> |
        | đơn xin vào Đảng và lý lịch                     | <ngày các giấy khác>      |
        | kết luận thẩm tra lý lịch đạt                   | <ngày các giấy khác>      |
        | giới thiệu của Ban Chấp hành Đoàn cơ sở         | <ngày các giấy khác>      |
        | nhận xét của đoàn thể và chi ủy nơi cư trú      | <ngày các giấy khác>      |
      Khi chi bộ có 9 đảng viên chính thức họp ngày <ngày họp> xét kết nạp "Phạm Thị Hoa", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "quá 60 tháng"
      Và căn cứ từ chối là "<căn cứ>"
      Và việc đó được xét theo "<văn bản áp dụng>"

      Dữ liệu:
        | ngày cấp giấy chứng nhận | ngày các giấy khác | ngày họp   | căn cứ                                                  | văn bản áp dụng    |
        | 05/03/2019               | 01/02/2024         | 06/03/2024 | Hướng dẫn 01-HD/TW (2021), mục Thời hạn sử dụng văn bản | Quy định 24-QĐ/TW  |
        | 05/09/2020               | 01/08/2025         | 06/09/2025 | Hướng dẫn 06-HD/TW, mục 5.4                             | Quy định 294-QĐ/TW |

    @rule_decision_after_passed_vote @rule_ceremony_after_decision @qd232_4_3_1 @qd294_4_1
    Tình huống: Nghị quyết trước 01/07/2025 và lễ kết nạp sau ngày đó được xét theo hai văn bản khác nhau
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2007, có tên trong danh sách cảm tình Đảng từ 01/09/2024
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/06/2025
      Và nghị quyết chi bộ ngày 16/06/2025 đề nghị kết nạp "Nguyễn Văn An" được 9/9 đảng viên chính thức tán thành
      Và "Ban Thường vụ Huyện ủy Việt Yên" đã quyết định kết nạp "Nguyễn Văn An" ngày 27/06/2025, chi bộ nhận quyết định ngày 30/06/2025
      Khi chi bộ tổ chức lễ kết nạp "Nguyễn Văn An" ngày 15/07/2025
      Thì việc đó được ghi nhận
      Và việc "biểu quyết đề nghị kết nạp" của "Nguyễn Văn An" được xét theo "Quy định 232-QĐ/TW"
      Và việc "quyết định kết nạp" của "Nguyễn Văn An" được xét theo "Quy định 232-QĐ/TW"
      Và việc "lễ kết nạp" của "Nguyễn Văn An" được xét theo "Quy định 294-QĐ/TW"

  Quy tắc: Cấp ủy cấp trên trực tiếp là dữ liệu thay đổi theo thời gian, không cố định là Huyện ủy

    @rule_decision_after_passed_vote @qd294_4_3_1 @hd31btctw
    Tình huống: Từ 01/07/2025 chi bộ trực thuộc Đảng ủy phường
      Khi từ ngày 01/07/2025 chi bộ trực thuộc "Đảng ủy phường Việt Yên"
      Thì cấp ủy cấp trên trực tiếp của chi bộ ngày 30/06/2025 là "Huyện ủy Việt Yên"
      Và cấp ủy cấp trên trực tiếp của chi bộ ngày 01/07/2025 là "Đảng ủy phường Việt Yên"

    @rule_decision_after_passed_vote @qd294_4_3_1 @hd31btctw
    Tình huống: Đảng ủy phường quyết định kết nạp theo nghị quyết chi bộ sau ngày bỏ cấp huyện
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2007, có tên trong danh sách cảm tình Đảng từ 01/09/2024
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/07/2025
      Và từ ngày 01/07/2025 chi bộ trực thuộc "Đảng ủy phường Việt Yên"
      Và nghị quyết chi bộ ngày 10/07/2025 đề nghị kết nạp "Nguyễn Văn An" được 9/9 đảng viên chính thức tán thành
      Khi "Đảng ủy phường Việt Yên" quyết định kết nạp "Nguyễn Văn An" ngày 05/08/2025, chi bộ nhận quyết định ngày 07/08/2025
      Thì việc đó được ghi nhận
      Và quyết định kết nạp "Nguyễn Văn An" do cấp ủy cấp trên trực tiếp của chi bộ vào ngày quyết định ký
      Và việc "quyết định kết nạp" của "Nguyễn Văn An" được xét theo "Quy định 294-QĐ/TW"

  Quy tắc: Chỉ cấp ủy cấp trên trực tiếp của chi bộ vào ngày quyết định mới quyết định kết nạp, công nhận chính thức

    @rule_decision_by_competent_body @dieu_4_3 @hd31btctw
    Tình huống: Huyện ủy đã bị bỏ thì không còn quyết định kết nạp
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2007, có tên trong danh sách cảm tình Đảng từ 01/09/2024
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/07/2025
      Và từ ngày 01/07/2025 chi bộ trực thuộc "Đảng ủy phường Việt Yên"
      Và nghị quyết chi bộ ngày 10/07/2025 đề nghị kết nạp "Nguyễn Văn An" được 9/9 đảng viên chính thức tán thành
      Khi "Ban Thường vụ Huyện ủy Việt Yên" quyết định kết nạp "Nguyễn Văn An" ngày 20/08/2025, chi bộ nhận quyết định ngày 22/08/2025
      Thì việc đó bị từ chối với lời nhắc "không phải cấp ủy cấp trên trực tiếp của chi bộ ngày 20/08/2025 (Đảng ủy phường Việt Yên)"
      Và căn cứ từ chối là "Điều lệ Đảng, Điều 4.3; Điều lệ Đảng, Điều 5.3"
      Và "Nguyễn Văn An" đang ở bước "chi bộ đề nghị kết nạp"

    @rule_decision_by_competent_body @dieu_4_3
    Tình huống: Một tổ chức không phải cấp ủy cấp trên không quyết định kết nạp
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2007, có tên trong danh sách cảm tình Đảng từ 01/09/2024
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/04/2025
      Và nghị quyết chi bộ ngày 10/04/2025 đề nghị kết nạp "Nguyễn Văn An" được 9/9 đảng viên chính thức tán thành
      Khi "Hội Phụ nữ xã" quyết định kết nạp "Nguyễn Văn An" ngày 20/05/2025, chi bộ nhận quyết định ngày 22/05/2025
      Thì việc đó bị từ chối với lời nhắc "(Huyện ủy Việt Yên)"
      Và "Nguyễn Văn An" đang ở bước "chi bộ đề nghị kết nạp"

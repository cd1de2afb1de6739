# language: vi
Tính năng: Ủy ban kiểm tra xem lại sổ sự kiện của chi bộ
  Là Ủy ban kiểm tra
  Tôi muốn xem lại chi bộ đúng như sổ sự kiện ghi tại một ngày đã qua, biết sổ có bị ai sửa, xóa hay không, và có báo cáo kiểm tra nêu rõ từng việc trái quy định
  Để kết luận kiểm tra dựa trên hồ sơ không thể bị sửa lén

  Mỗi việc được ghi vào sổ đúng ngày sự việc, trừ khi tình huống nói chi bộ ghi muộn.
  Sau mỗi lần ghi, sổ được niêm phong bằng chuỗi băm; điểm kiểm tra có chữ ký khóa phần sổ đã có đến lúc đó.

  Bối cảnh:
    Cho chi bộ "Chi bộ Trường THPT Lý Thường Kiệt" trực thuộc "Huyện ủy Việt Yên" từ 01/01/2019
    Và học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
    Và chi bộ đã ban hành kế hoạch số "02-KH/CB" ngày 26/01/2024 về phát triển đảng viên năm 2024
    Và hồ sơ của "Nguyễn Văn An" đã có:
      | việc                                            | ngày       |
      | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 15/01/2024 |
      | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2024 |
      | đơn xin vào Đảng và lý lịch                     | 20/03/2024 |
      | kết luận thẩm tra lý lịch đạt                   | 15/04/2024 |
      | giới thiệu của Ban Chấp hành Đoàn cơ sở         | 18/04/2024 |
      | nhận xét của đoàn thể và chi ủy nơi cư trú      | 22/04/2024 |
    Và nghị quyết chi bộ ngày 07/05/2024 đề nghị kết nạp "Nguyễn Văn An" được 9/9 đảng viên chính thức tán thành
    Và "Ban Thường vụ Huyện ủy Việt Yên" đã quyết định kết nạp "Nguyễn Văn An" ngày 21/05/2024, chi bộ nhận quyết định ngày 23/05/2024
    Và chi bộ đã tổ chức lễ kết nạp "Nguyễn Văn An" ngày 03/06/2024

  Quy tắc: Chi bộ được xem lại đúng như sổ sự kiện ghi đến một ngày đã qua

    @kiem_tra
    Tình huống: Người được kết nạp sau ngày xem lại hiện ở bước của ngày ấy, cùng tiến độ kế hoạch của ngày ấy
      Khi Ủy ban kiểm tra xem lại chi bộ theo sổ sự kiện đến hết ngày 31/03/2024
      Thì theo sổ đến ngày đó, "Nguyễn Văn An" đang ở bước "đã nộp đơn, lý lịch"
      Và theo sổ đến ngày đó, kết quả thực hiện kế hoạch có đúng các dòng:
        | Dòng | Đã đạt | GV | HS | Quý I | Quý II | Quý III | Quý IV |
        | 2    | 1      | 0  | 1  | 1     | 0      | 0       | 0      |
      Và "Nguyễn Văn An" đang ở bước "đảng viên dự bị"

    @kiem_tra
    Tình huống: Những gì thay đổi giữa hai kỳ họp chi bộ
      Cho học sinh "Trần Thị Bích", đoàn viên, sinh ngày 05/05/2006, có tên trong danh sách cảm tình Đảng từ 10/04/2024
      Khi Ủy ban kiểm tra so sánh sổ sự kiện giữa kỳ họp chi bộ ngày 02/04/2024 và kỳ họp chi bộ ngày 07/05/2024
      Thì giữa hai kỳ họp có đúng các thay đổi:
        | quần chúng    | trước                | sau                          |
        | Nguyễn Văn An | đã nộp đơn, lý lịch   | chi bộ đề nghị kết nạp      |
        | Trần Thị Bích | chưa có tên trong sổ | cảm tình Đảng                 |
      Và giữa hai kỳ họp, kết quả thực hiện kế hoạch thay đổi ở đúng các dòng:
        | Dòng | trước | sau |
        | 1    | 0     | 1   |
        | 3    | 0     | 1   |

  Quy tắc: Sổ sự kiện bị sửa, xóa thẳng trong cơ sở dữ liệu thì bị phát hiện, và việc bị động đến đầu tiên được chỉ đích danh

    @kiem_tra
    Tình huống: Sổ không bị ai động đến thì được xác nhận nguyên vẹn
      Khi Ủy ban kiểm tra kiểm tra tính nguyên vẹn của sổ sự kiện
      Thì sổ sự kiện được xác nhận nguyên vẹn

    @kiem_tra
    Tình huống: Hai việc bị sửa thẳng trong cơ sở dữ liệu, việc ghi trước trong sổ được chỉ ra đầu tiên
      Cho ai đó sửa thẳng trong cơ sở dữ liệu ngày lễ kết nạp "Nguyễn Văn An" từ 03/06/2024 thành 10/06/2024
      Và ai đó sửa thẳng trong cơ sở dữ liệu ngày chi bộ xét kết nạp "Nguyễn Văn An" từ 07/05/2024 thành 07/03/2024
      Khi Ủy ban kiểm tra kiểm tra tính nguyên vẹn của sổ sự kiện
      Thì sổ sự kiện không còn nguyên vẹn
      Và việc đầu tiên bị sửa được chỉ ra là chi bộ xét kết nạp "Nguyễn Văn An"

    @kiem_tra
    Tình huống: Một việc bị xóa thẳng khỏi cơ sở dữ liệu thì bị phát hiện
      Cho ai đó xóa thẳng trong cơ sở dữ liệu việc quyết định kết nạp "Nguyễn Văn An"
      Khi Ủy ban kiểm tra kiểm tra tính nguyên vẹn của sổ sự kiện
      Thì sổ sự kiện không còn nguyên vẹn
      Và việc đầu tiên bị xóa được chỉ ra là quyết định kết nạp "Nguyễn Văn An"

    @kiem_tra
    Tình huống: Phần cuối sổ bị cắt bỏ sau điểm kiểm tra đã ký thì bị phát hiện, dù dấu niêm phong cũng bị xóa theo
      Cho Ủy ban kiểm tra đã lập điểm kiểm tra có chữ ký ngày 10/06/2024
      Và ai đó xóa thẳng trong cơ sở dữ liệu 3 việc cuối sổ cùng dấu niêm phong của chúng
      Khi Ủy ban kiểm tra kiểm tra tính nguyên vẹn của sổ sự kiện
      Thì sổ sự kiện không còn nguyên vẹn
      Và phát hiện phần cuối sổ, từ việc quyết định kết nạp "Nguyễn Văn An", đã bị cắt bỏ sau điểm kiểm tra đã ký

  Quy tắc: Báo cáo kiểm tra nêu từng ngoại lệ, từng việc quá hạn và từng việc ghi sổ chậm; hồ sơ làm đúng thì không có phát hiện

    @kiem_tra
    Tình huống: Hồ sơ làm đúng trình tự, đúng hạn, ghi sổ kịp thời thì báo cáo không có phát hiện nào
      Khi Ủy ban kiểm tra lập báo cáo kiểm tra chi bộ từ ngày 01/01/2024 đến ngày 31/12/2024
      Thì báo cáo không có phát hiện nào

    @rule_certificate_validity @hd01_thoi_han
    Tình huống: Báo cáo nêu việc chi bộ xét theo ngoại lệ, kèm lý do và văn bản cho phép
      Cho giáo viên "Phạm Thị Hoa", đoàn viên, sinh ngày 12/03/1995, có tên trong danh sách cảm tình Đảng từ 01/01/2019
      Và hồ sơ của "Phạm Thị Hoa" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 10/01/2019 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2019 |
        | đơn xin vào Đảng và lý lịch                     | 01/02/2024 |
        | kết luận thẩm tra lý lịch đạt                   | 20/02/2024 |
        | giới thiệu của Ban Chấp hành Đoàn cơ sở         | 22/02/2024 |
        | nhận xét của đoàn thể và chi ủy nơi cư trú      | 25/02/2024 |
      Và "Ban Thường vụ Huyện ủy Việt Yên" cho phép ngoại lệ bằng văn bản số "215-CV/HU" ngày 01/04/2024 vì "Lớp bồi dưỡng năm 2024 bị hoãn"
      Và nghị quyết chi bộ ngày 10/04/2024 đề nghị kết nạp "Phạm Thị Hoa" được 9/9 đảng viên chính thức tán thành
      Khi Ủy ban kiểm tra lập báo cáo kiểm tra chi bộ từ ngày 01/04/2024 đến ngày 30/06/2024
      Thì báo cáo có đúng các phát hiện:
        | loại                                                 | căn cứ                                                     | quần chúng   | ngày sự việc |
        | Ghi nhận dù quy định từ chối (có lý do và thẩm quyền) | Hướng dẫn 01-HD/TW (2021), mục Thời hạn sử dụng văn bản    | Phạm Thị Hoa | 10/04/2024   |
      Và phát hiện ngoại lệ ghi lý do "Lớp bồi dưỡng năm 2024 bị hoãn" và thẩm quyền "215-CV/HU ngày 01/04/2024 của Ban Thường vụ Huyện ủy Việt Yên"

    @rule_ceremony_within_30_working_days @qd24_4_1
    Tình huống: Báo cáo nêu lễ kết nạp tổ chức quá 30 ngày làm việc kể từ ngày chi bộ nhận quyết định
      Cho học sinh "Trần Thị Bích", đoàn viên, sinh ngày 05/05/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Trần Thị Bích" đủ để chi bộ xét kết nạp từ ngày 01/07/2024
      Và nghị quyết chi bộ ngày 09/07/2024 đề nghị kết nạp "Trần Thị Bích" được 9/9 đảng viên chính thức tán thành
      Và "Ban Thường vụ Huyện ủy Việt Yên" đã quyết định kết nạp "Trần Thị Bích" ngày 06/08/2024, chi bộ nhận quyết định ngày 08/08/2024
      Và chi bộ đã tổ chức lễ kết nạp "Trần Thị Bích" ngày 15/10/2024
      Khi Ủy ban kiểm tra lập báo cáo kiểm tra chi bộ từ ngày 01/07/2024 đến ngày 31/12/2024
      Thì báo cáo có đúng các phát hiện:
        | loại    | căn cứ                         | quần chúng    | ngày sự việc |
        | Quá hạn | Quy định 24-QĐ/TW, mục 4.1     | Trần Thị Bích | 15/10/2024   |
      Và phát hiện quá hạn ghi hạn là ngày 23/09/2024, tính từ ngày 08/08/2024

    @rule_decision_by_competent_body @dieu_4_3
    Tình huống: Báo cáo nêu quyết định kết nạp của một cơ quan không phải cấp ủy cấp trên trực tiếp vào ngày quyết định, dù quyết định được nhập từ sổ cũ
      Cho học sinh "Trần Thị Bích", đoàn viên, sinh ngày 05/05/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Trần Thị Bích" đủ để chi bộ xét kết nạp từ ngày 01/07/2024
      Và nghị quyết chi bộ ngày 09/07/2024 đề nghị kết nạp "Trần Thị Bích" được 9/9 đảng viên chính thức tán thành
      Và sổ cũ được nhập thẳng quyết định kết nạp "Trần Thị Bích" của "Hội Phụ nữ xã" ngày 06/08/2024, chi bộ nhận quyết định ngày 08/08/2024
      Và chi bộ đã tổ chức lễ kết nạp "Trần Thị Bích" ngày 15/08/2024
      Khi Ủy ban kiểm tra lập báo cáo kiểm tra chi bộ từ ngày 01/07/2024 đến ngày 31/12/2024
      Thì báo cáo có đúng các phát hiện:
        | loại                                           | căn cứ                                         | quần chúng    | ngày sự việc |
        | Vi phạm quy định, không có quyết định cho phép | Điều lệ Đảng, Điều 4.3; Điều lệ Đảng, Điều 5.3 | Trần Thị Bích | 06/08/2024   |

    @kiem_tra @hd12btctw
    Khung kịch bản: Việc ghi vào sổ quá 30 ngày sau ngày sự việc thì báo cáo nêu là ghi sổ chậm
      Cho ngày <ngày ghi sổ> chi bộ mới ghi vào sổ việc đưa học sinh "Trần Thị Bích", đoàn viên, sinh ngày 05/05/2006, vào danh sách cảm tình Đảng ngày 15/02/2024
      Khi Ủy ban kiểm tra lập báo cáo kiểm tra chi bộ từ ngày 01/01/2024 đến ngày 31/12/2024
      Thì việc đưa "Trần Thị Bích" vào danh sách cảm tình Đảng được ghi vào sổ chậm <số ngày chậm> ngày so với ngày sự việc
      Và báo cáo có <số phát hiện> phát hiện "Ghi sổ chậm"

      Dữ liệu:
        | ngày ghi sổ | số ngày chậm | số phát hiện |
        | 15/02/2024  | 0            | 0            |
        | 16/03/2024  | 30           | 0            |
        | 17/03/2024  | 31           | 1            |
        | 15/07/2024  | 151          | 1            |

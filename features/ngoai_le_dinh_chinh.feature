# language: vi
Tính năng: Ngoại lệ có văn bản cho phép và đính chính hồ sơ
  Là cấp ủy cấp trên và bí thư chi bộ
  Chúng tôi muốn chỉ cấp ủy có thẩm quyền được ghi một việc trái quy định, kèm văn bản của mình, và sai sót chỉ được sửa bằng một lần đính chính cũng tuân theo quy định
  Để Ủy ban kiểm tra tin được hồ sơ: mọi ngoại lệ, mọi lần đính chính đều thấy rõ, và hồ sơ gốc không bao giờ bị sửa

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên

  Quy tắc: Chỉ cấp ủy có thẩm quyền được ghi việc trái quy định, kèm lý do và văn bản của mình (số, ngày, cơ quan ban hành)

    @rule_certificate_validity @hd01_thoi_han
    Tình huống: Giấy chứng nhận quá hạn, cấp ủy ghi việc chi bộ xét theo văn bản của mình
      Cho giáo viên "Phạm Thị Hoa", đoàn viên, sinh ngày 12/03/1995, có tên trong danh sách cảm tình Đảng từ 01/01/2019
      Và hồ sơ của "Phạm Thị Hoa" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 10/01/2019 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2019 |
        | đơn xin vào Đảng và lý lịch                     | 01/02/2024 |
        | kết luận thẩm tra lý lịch đạt                   | 20/02/2024 |
        | giới thiệu của Ban Chấp hành Đoàn cơ sở         | 22/02/2024 |
        | nhận xét của đoàn thể và chi ủy nơi cư trú      | 25/02/2024 |
      Khi "Ban Thường vụ Huyện ủy Việt Yên" cho phép ngoại lệ bằng văn bản số "215-CV/HU" ngày 01/04/2024 vì "Lớp bồi dưỡng năm 2024 bị hoãn"
      Và chi bộ có 9 đảng viên chính thức họp ngày 10/04/2024 xét kết nạp "Phạm Thị Hoa", 9 đồng chí tán thành
      Thì việc đó được ghi nhận là ngoại lệ theo "215-CV/HU ngày 01/04/2024 của Ban Thường vụ Huyện ủy Việt Yên"
      Và "Phạm Thị Hoa" đang ở bước "chi bộ đề nghị kết nạp"

    @rule_certificate_validity @hd01_thoi_han
    Tình huống: Bí thư chi bộ không tự ghi ngoại lệ, dù có văn bản
      Cho giáo viên "Phạm Thị Hoa", đoàn viên, sinh ngày 12/03/1995, có tên trong danh sách cảm tình Đảng từ 01/01/2019
      Và hồ sơ của "Phạm Thị Hoa" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 10/01/2019 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2019 |
        | đơn xin vào Đảng và lý lịch                     | 01/02/2024 |
        | kết luận thẩm tra lý lịch đạt                   | 20/02/2024 |
        | giới thiệu của Ban Chấp hành Đoàn cơ sở         | 22/02/2024 |
        | nhận xét của đoàn thể và chi ủy nơi cư trú      | 25/02/2024 |
      Khi bí thư chi bộ tự ghi ngoại lệ theo văn bản số "215-CV/HU" ngày 01/04/2024 của "Ban Thường vụ Huyện ủy Việt Yên" vì "Lớp bồi dưỡng năm 2024 bị hoãn"
      Và chi bộ có 9 đảng viên chính thức họp ngày 10/04/2024 xét kết nạp "Phạm Thị Hoa", 9 đồng chí tán thành
      Thì việc đó không được ghi nhận vì "Chỉ cấp ủy có thẩm quyền được ghi ngoại lệ"
      Và "Phạm Thị Hoa" đang ở bước "đã thẩm tra lý lịch"

    @rule_certificate_validity @hd01_thoi_han
    Tình huống: Ngoại lệ không nêu số văn bản thì không được ghi
      Cho giáo viên "Phạm Thị Hoa", đoàn viên, sinh ngày 12/03/1995, có tên trong danh sách cảm tình Đảng từ 01/01/2019
      Và hồ sơ của "Phạm Thị Hoa" đã có:
        | việc                                            | ngày       |
        | đăng ký học lớp bồi dưỡng nhận thức về Đảng     | 10/01/2019 |
        | giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng | 05/03/2019 |
        | đơn xin vào Đảng và lý lịch                     | 01/02/2024 |
        | kết luận thẩm tra lý lịch đạt                   | 20/02/2024 |
        | giới thiệu của Ban Chấp hành Đoàn cơ sở         | 22/02/2024 |
        | nhận xét của đoàn thể và chi ủy nơi cư trú      | 25/02/2024 |
      Khi "Ban Thường vụ Huyện ủy Việt Yên" cho phép ngoại lệ bằng văn bản số " " ngày 01/04/2024 vì "Lớp bồi dưỡng năm 2024 bị hoãn"
      Và chi bộ có 9 đảng viên chính thức họp ngày 10/04/2024 xét kết nạp "Phạm Thị Hoa", 9 đồng chí tán thành
      Thì việc đó không được ghi nhận vì "Số văn bản cho phép ngoại lệ không được để trống"
      Và "Phạm Thị Hoa" đang ở bước "đã thẩm tra lý lịch"

    @rule_age_maximum @qd24_1_1_2
    Tình huống: Người quá 60 tuổi chỉ được xét khi có văn bản đồng ý của Ban Thường vụ Tỉnh ủy
      Cho giáo viên "Trịnh Văn Hải", sinh ngày 10/03/1964, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Trịnh Văn Hải" đủ để chi bộ xét kết nạp từ ngày 01/04/2024
      Khi "Ban Thường vụ Tỉnh ủy Bắc Giang" cho phép ngoại lệ bằng văn bản số "88-CV/TU" ngày 05/04/2024 vì "Đồng ý kết nạp người trên 60 tuổi"
      Và chi bộ có 9 đảng viên chính thức họp ngày 15/04/2024 xét kết nạp "Trịnh Văn Hải", 9 đồng chí tán thành
      Thì việc đó được ghi nhận là ngoại lệ theo "88-CV/TU ngày 05/04/2024 của Ban Thường vụ Tỉnh ủy Bắc Giang"

  Quy tắc: Không ai được ghi ngoại lệ khi chưa đủ 18 tuổi, khi biểu quyết không đạt 2/3, khi quyết định không có nghị quyết đạt, khi lễ kết nạp không có quyết định, khi xét chính thức chưa đủ 12 tháng dự bị

    @rule_age_minimum @qd24_1_1_1
    Tình huống: Chưa đủ 18 tuổi thì cấp ủy cũng không thể cho phép ngoại lệ
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 01/05/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 15/04/2024
      Khi "Ban Thường vụ Huyện ủy Việt Yên" cho phép ngoại lệ bằng văn bản số "16-CV/HU" ngày 20/04/2024 vì "Bí thư muốn"
      Và chi bộ có 9 đảng viên chính thức họp ngày 30/04/2024 xét kết nạp "Nguyễn Văn An", 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "chưa đủ 18 tuổi"
      Và không ai được ghi ngoại lệ quy tắc "age_minimum"
      Và "Nguyễn Văn An" đang ở bước "đã thẩm tra lý lịch"

    @rule_decision_after_passed_vote @qd24_4_3_1
    Tình huống: Cấp ủy không thể quyết định kết nạp khi chi bộ chưa biểu quyết đạt, dù có văn bản
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/03/2024
      Khi "Ban Thường vụ Huyện ủy Việt Yên" cho phép ngoại lệ bằng văn bản số "17-CV/HU" ngày 20/03/2024 vì "Cần kết nạp gấp"
      Và "Ban Thường vụ Huyện ủy Việt Yên" quyết định kết nạp "Nguyễn Văn An" ngày 25/03/2024, chi bộ nhận quyết định ngày 27/03/2024
      Thì việc đó bị từ chối với lời nhắc "Chưa có nghị quyết chi bộ đề nghị kết nạp"
      Và không ai được ghi ngoại lệ quy tắc "decision_after_passed_vote"
      Và "Nguyễn Văn An" đang ở bước "đã thẩm tra lý lịch"

  Quy tắc: Sai sót được sửa bằng đính chính có văn bản cho phép; việc đã ghi không bị sửa; hồ sơ sau đính chính vẫn phải đúng quy định; ai ghi việc nào thì người đó (hoặc cấp ủy) mới được đính chính việc đó

    @rule_probation_12_months @dieu_5_1 @qd24_6_2_4
    Tình huống: Đính chính ngày lễ kết nạp ghi nhầm thì ngày hết dự bị thay đổi theo
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Khi chi bộ đính chính ngày lễ kết nạp "Nguyễn Văn An" thành 03/06/2024 theo "Công văn số 12-CV/HU" ngày 10/07/2024
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" là đảng viên dự bị, hết 12 tháng dự bị ngày 03/06/2025
      Và hồ sơ của "Nguyễn Văn An" vẫn lưu ngày lễ kết nạp đã ghi ban đầu là 01/06/2024 cùng lần đính chính theo "Công văn số 12-CV/HU"

    @rule_correction_authorised @qd24_6_2_4
    Tình huống: Đính chính không có văn bản cho phép thì không được ghi
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Khi chi bộ đính chính ngày lễ kết nạp "Nguyễn Văn An" thành 03/06/2024 theo " " ngày 10/07/2024
      Thì việc đó không được ghi nhận vì "Văn bản cho phép đính chính không được để trống"
      Và "Nguyễn Văn An" là đảng viên dự bị, hết 12 tháng dự bị ngày 01/06/2025

    @rule_age_minimum @qd24_1_1_1 @qd24_6_2_4
    Tình huống: Đính chính ngày sinh khiến đảng viên chưa đủ 18 tuổi vào ngày chi bộ xét thì không được ghi
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Khi chi bộ đính chính ngày sinh của "Nguyễn Văn An" thành 20/09/2006 theo "Công văn số 13-CV/HU" ngày 10/07/2024
      Thì việc đó bị từ chối với lời nhắc "chưa đủ 18 tuổi"
      Và không ai được ghi ngoại lệ quy tắc "age_minimum"
      Và "Nguyễn Văn An" là đảng viên dự bị, hết 12 tháng dự bị ngày 01/06/2025

    @rule_correction_authorised @qd24_6_2_4
    Tình huống: Bí thư chi bộ không đính chính quyết định kết nạp của cấp ủy
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Và "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Khi chi bộ đính chính cấp ủy quyết định kết nạp "Nguyễn Văn An" thành "Đảng ủy xã" theo "Công văn số 14-CV/CB" ngày 10/07/2024
      Thì việc đó không được ghi nhận vì "chỉ cấp ủy được đính chính"

    @rule_correction_authorised @qd24_6_2_4
    Tình huống: Không đính chính chi bộ của một người; người đó đổi chi bộ bằng chuyển đi
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
      Khi chi bộ đính chính chi bộ của "Nguyễn Văn An" thành "CHI-BO-KHAC" theo "Công văn số 15-CV/CB" ngày 10/07/2024
      Thì việc đó không được ghi nhận vì "Không thể đính chính trường 'cell_code'"

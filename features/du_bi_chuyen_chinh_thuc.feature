# language: vi
Tính năng: Thời gian dự bị và công nhận đảng viên chính thức
  Là bí thư chi bộ
  Tôi muốn chi bộ chỉ xét công nhận chính thức khi hết 12 tháng dự bị và đảng viên đã học lớp đảng viên mới
  Để ngày chính thức luôn là ngày hết 12 tháng dự bị, dù việc xét có muộn

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên
    Và học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
    Và "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024

  Quy tắc: Chỉ xét công nhận chính thức khi đã hết 12 tháng dự bị

    @rule_probation_12_months @dieu_5_1
    Tình huống: Chưa hết 12 tháng dự bị thì chi bộ chưa xét
      Cho "Nguyễn Văn An" đã hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngày 15/09/2024
      Khi chi bộ có 9 đảng viên chính thức họp ngày 20/05/2025 xét công nhận "Nguyễn Văn An" là đảng viên chính thức, 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "chưa hết 12 tháng dự bị (hết ngày 01/06/2025)"
      Và căn cứ từ chối là "Điều lệ Đảng, Điều 5.1"
      Và "Nguyễn Văn An" là đảng viên dự bị, hết 12 tháng dự bị ngày 01/06/2025

  Quy tắc: Đảng viên dự bị phải hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới trước khi xét

    @rule_new_member_class_before_conversion @hd06_4
    Tình huống: Chưa học lớp đảng viên mới thì chưa xét công nhận chính thức
      Khi chi bộ có 9 đảng viên chính thức họp ngày 05/07/2025 xét công nhận "Nguyễn Văn An" là đảng viên chính thức, 9 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "chưa hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới"
      Và căn cứ từ chối là "Hướng dẫn 06-HD/TW, mục 4"

    @rule_stage_order @dieu_4
    Tình huống: Lớp đảng viên mới chỉ dành cho người đã được kết nạp
      Cho học sinh "Trần Thị Bình", đoàn viên, sinh ngày 02/09/2005, có tên trong danh sách cảm tình Đảng từ 01/11/2023
      Khi "Trần Thị Bình" hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngày 15/09/2024
      Thì việc đó bị từ chối với lời nhắc "chưa được kết nạp"

  Quy tắc: Một bước chỉ ghi một lần vào hồ sơ; ghi sai thì đính chính, không ghi lại

    @rule_step_recorded_once @dieu_4 @qd24_6_2_4
    Tình huống: Lớp đảng viên mới đã ghi thì không ghi lần thứ hai
      Cho "Nguyễn Văn An" đã hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngày 15/09/2024
      Khi "Nguyễn Văn An" hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngày 20/09/2024
      Thì việc đó bị từ chối với lời nhắc "đã được ghi (ngày 15/09/2024); việc này chỉ ghi một lần, ghi sai thì đính chính"
      Và căn cứ từ chối là "Điều lệ Đảng, Điều 4; Quy định 24-QĐ/TW, mục 6.2.4"

  Quy tắc: Đảng viên được công nhận chính thức kể từ ngày hết 12 tháng dự bị

    @rule_official_at_end_of_probation @qd294_4_2_2
    Tình huống: Chi bộ xét và cấp trên quyết định muộn, ngày chính thức vẫn là ngày hết dự bị
      Cho "Nguyễn Văn An" đã hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngày 15/09/2024
      Khi chi bộ có 9 đảng viên chính thức họp ngày 15/09/2025 xét công nhận "Nguyễn Văn An" là đảng viên chính thức, 8 đồng chí tán thành
      Và từ ngày 01/07/2025 chi bộ trực thuộc "Đảng ủy phường Việt Yên"
      Và "Đảng ủy phường Việt Yên" quyết định công nhận "Nguyễn Văn An" là đảng viên chính thức ngày 20/10/2025
      Thì "Nguyễn Văn An" là đảng viên chính thức kể từ ngày 01/06/2025

    @rule_official_at_end_of_probation @rule_probation_12_months @qd232_4_2_2 @dieu_5_1
    Tình huống: Xét đúng ngày hết 12 tháng dự bị
      Cho "Nguyễn Văn An" đã hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngày 15/09/2024
      Khi chi bộ có 9 đảng viên chính thức họp ngày 01/06/2025 xét công nhận "Nguyễn Văn An" là đảng viên chính thức, 9 đồng chí tán thành
      Và "Ban Thường vụ Huyện ủy Việt Yên" quyết định công nhận "Nguyễn Văn An" là đảng viên chính thức ngày 16/06/2025
      Thì "Nguyễn Văn An" là đảng viên chính thức kể từ ngày 01/06/2025

  Quy tắc: Nghị quyết công nhận chính thức cũng cần hai phần ba số đảng viên chính thức tán thành

    @rule_vote_two_thirds @dieu_4_3
    Tình huống: Nghị quyết công nhận chính thức không đạt được ghi lại
      Cho "Nguyễn Văn An" đã hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngày 15/09/2024
      Khi chi bộ có 11 đảng viên chính thức họp ngày 10/06/2025 xét công nhận "Nguyễn Văn An" là đảng viên chính thức, 7 đồng chí tán thành
      Thì việc đó được ghi nhận
      Và nghị quyết về "Nguyễn Văn An" được ghi là "không đạt" với 7/11 đồng chí tán thành
      Và "Nguyễn Văn An" đang ở bước "đảng viên dự bị"

    @rule_decision_after_passed_vote @qd232_4_3_1
    Tình huống: Không có nghị quyết đạt thì cấp trên không quyết định công nhận
      Cho "Nguyễn Văn An" đã hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới ngày 15/09/2024
      Và nghị quyết chi bộ ngày 10/06/2025 đề nghị công nhận "Nguyễn Văn An" là đảng viên chính thức được 7/11 đảng viên chính thức tán thành
      Khi "Ban Thường vụ Huyện ủy Việt Yên" quyết định công nhận "Nguyễn Văn An" là đảng viên chính thức ngày 20/06/2025
      Thì việc đó bị từ chối với lời nhắc "đề nghị công nhận Nguyễn Văn An là đảng viên chính thức được thông qua"
      Và căn cứ từ chối là "Quy định 232-QĐ/TW, mục 4.3.1"

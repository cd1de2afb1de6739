# language: vi
Tính năng: Họp chi bộ: ai có mặt, ai được tính, ai biểu quyết
  Là bí thư chi bộ
  Tôi muốn ghi cuộc họp chi bộ với những đảng viên có mặt theo danh sách của chi bộ
  Để số đảng viên chính thức dùng tính hai phần ba là dữ liệu, không phải con số gõ tay

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên
    Và học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
    Và hồ sơ của "Nguyễn Văn An" đủ để chi bộ xét kết nạp từ ngày 01/03/2024

  Quy tắc: Hai phần ba tính trên đảng viên chính thức của danh sách ngày họp, trừ người sinh hoạt tạm thời nơi khác và người miễn sinh hoạt vắng mặt

    @rule_vote_two_thirds @dieu_4_3
    Tình huống: Người sinh hoạt tạm thời nơi khác không được tính, người dự bị dự họp nhưng không biểu quyết
      Cho danh sách đảng viên của chi bộ có 10 đảng viên chính thức và 2 đảng viên dự bị từ 02/01/2024
      Và 1 đảng viên chính thức sinh hoạt tạm thời nơi khác từ 01/03/2024 đến 31/05/2024
      Và 1 đảng viên chính thức miễn sinh hoạt từ 02/01/2024 đến 31/12/2024
      Và chi bộ họp ngày 12/03/2024, mọi đảng viên trong danh sách có mặt trừ người vắng
      Khi chi bộ biểu quyết đề nghị kết nạp "Nguyễn Văn An" tại cuộc họp ngày 12/03/2024, nghị quyết số "12-NQ/CB", 6 đồng chí tán thành
      Thì việc đó được ghi nhận
      Và nghị quyết về "Nguyễn Văn An" được ghi là "đạt" với 6/8 đồng chí tán thành

    @rule_vote_two_thirds @dieu_4_3
    Tình huống: Số tán thành không thể vượt số đảng viên chính thức có mặt; người dự bị không được tính
      Cho danh sách đảng viên của chi bộ có 4 đảng viên chính thức và 2 đảng viên dự bị từ 02/01/2024
      Và chi bộ họp ngày 12/03/2024, mọi đảng viên trong danh sách có mặt trừ người vắng
      Khi chi bộ biểu quyết đề nghị kết nạp "Nguyễn Văn An" tại cuộc họp ngày 12/03/2024, nghị quyết số "12-NQ/CB", 5 đồng chí tán thành
      Thì việc đó không được ghi nhận vì "Số tán thành (5) nhiều hơn số đảng viên chính thức có mặt (4)"

    @rule_vote_two_thirds @dieu_4_3
    Tình huống: Không biểu quyết khi chưa ghi cuộc họp
      Cho danh sách đảng viên của chi bộ có 4 đảng viên chính thức và 0 đảng viên dự bị từ 02/01/2024
      Khi chi bộ biểu quyết đề nghị kết nạp "Nguyễn Văn An" tại cuộc họp ngày 12/03/2024, nghị quyết số "12-NQ/CB", 4 đồng chí tán thành
      Thì việc đó không được ghi nhận vì "Chi bộ chưa ghi cuộc họp ngày 12/03/2024"

  Quy tắc: Chi bộ có dưới ba đảng viên chính thức được tính thì không biểu quyết

    @rule_vote_three_official_members @dieu_21_2
    Tình huống: Hai đảng viên chính thức không đủ để biểu quyết
      Cho danh sách đảng viên của chi bộ có 2 đảng viên chính thức và 3 đảng viên dự bị từ 02/01/2024
      Và chi bộ họp ngày 12/03/2024, mọi đảng viên trong danh sách có mặt trừ người vắng
      Khi chi bộ biểu quyết đề nghị kết nạp "Nguyễn Văn An" tại cuộc họp ngày 12/03/2024, nghị quyết số "12-NQ/CB", 2 đồng chí tán thành
      Thì việc đó bị từ chối với lời nhắc "cần ít nhất 3 để biểu quyết"
      Và không ai được ghi ngoại lệ quy tắc "vote_three_official_members"

  Quy tắc: Một số nghị quyết là một lần biểu quyết

    @rule_vote_two_thirds @dieu_4_3
    Tình huống: Biểu quyết lần thứ hai cùng cuộc họp bị từ chối, kết quả không đạt vẫn được ghi
      Cho danh sách đảng viên của chi bộ có 11 đảng viên chính thức và 0 đảng viên dự bị từ 02/01/2024
      Và chi bộ họp ngày 12/03/2024, mọi đảng viên trong danh sách có mặt trừ người vắng
      Khi chi bộ biểu quyết đề nghị kết nạp "Nguyễn Văn An" tại cuộc họp ngày 12/03/2024, nghị quyết số "25-NQ/CB", 7 đồng chí tán thành
      Thì việc đó được ghi nhận
      Và nghị quyết về "Nguyễn Văn An" được ghi là "không đạt" với 7/11 đồng chí tán thành
      Khi chi bộ biểu quyết đề nghị kết nạp "Nguyễn Văn An" tại cuộc họp ngày 12/03/2024, nghị quyết số "26-NQ/CB", 10 đồng chí tán thành
      Thì việc đó không được ghi nhận vì "đã biểu quyết việc kết nạp người này"

    @rule_vote_two_thirds @dieu_4_3
    Tình huống: Số nghị quyết đã dùng thì không dùng lại
      Cho danh sách đảng viên của chi bộ có 11 đảng viên chính thức và 0 đảng viên dự bị từ 02/01/2024
      Và chi bộ họp ngày 12/03/2024, mọi đảng viên trong danh sách có mặt trừ người vắng
      Và chi bộ họp ngày 09/04/2024, mọi đảng viên trong danh sách có mặt trừ người vắng
      Khi chi bộ biểu quyết đề nghị kết nạp "Nguyễn Văn An" tại cuộc họp ngày 12/03/2024, nghị quyết số "25-NQ/CB", 7 đồng chí tán thành
      Và chi bộ biểu quyết đề nghị kết nạp "Nguyễn Văn An" tại cuộc họp ngày 09/04/2024, nghị quyết số "25-NQ/CB", 10 đồng chí tán thành
      Thì việc đó không được ghi nhận vì "Số nghị quyết 25-NQ/CB đã dùng"

  Quy tắc: Người có mặt phải có trong danh sách đảng viên của chi bộ ngày họp

    @rule_vote_two_thirds @dieu_4_3
    Tình huống: Ghi có mặt một người không có trong danh sách
      Cho danh sách đảng viên của chi bộ có 4 đảng viên chính thức và 0 đảng viên dự bị từ 02/01/2024
      Khi chi bộ ghi cuộc họp ngày 12/03/2024 có mặt một người không có trong danh sách
      Thì việc đó không được ghi nhận vì "không có trong danh sách đảng viên của chi bộ"

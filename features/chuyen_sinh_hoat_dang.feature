# language: vi
Tính năng: Chuyển sinh hoạt đảng chính thức: đi và đến
  Là chi bộ nơi đi và chi bộ nơi đến
  Tôi muốn đảng viên chuyển đi bằng giấy giới thiệu (số, ngày, nơi đến), được nhắc hạn xuất trình, và được chi bộ nơi đến nhận với ngày kết nạp của mình
  Để đảng viên dự bị được công nhận chính thức ở nơi mới, không ai bị "rơi" giữa hai chi bộ

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên
    Và học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023

  Quy tắc: Đảng viên chuyển đi bằng giấy giới thiệu sinh hoạt đảng và xuất trình trong 30 ngày làm việc

    @rule_member_transfer_by_letter @rule_transfer_presented_within_30_working_days @rule_transfer_paperwork_within_60_working_days @qd24_6_3_1
    Tình huống: Đảng viên dự bị chuyển sinh hoạt đảng, nơi đến báo đã xuất trình đúng hạn
      Cho "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Khi "Nguyễn Văn An" được giới thiệu chuyển sinh hoạt đảng đến "Đảng bộ Trường Đại học Nông Lâm Bắc Giang" bằng giấy số "15-GGT/ĐU" ngày 26/08/2024, thay đổi nơi học tập từ ngày 15/08/2024
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "đã chuyển đi"
      Và thời hạn làm thủ tục chuyển sinh hoạt đảng của "Nguyễn Văn An" được đáp ứng ngày 26/08/2024
      Và thời hạn xuất trình giấy giới thiệu của "Nguyễn Văn An" chưa được đáp ứng
      Khi nơi chuyển đến báo "Nguyễn Văn An" đã xuất trình giấy giới thiệu ngày 09/09/2024
      Thì việc đó được ghi nhận
      Và thời hạn xuất trình giấy giới thiệu của "Nguyễn Văn An" được đáp ứng ngày 09/09/2024

    @rule_transfer_paperwork_within_60_working_days @qd232_6_3_1
    Tình huống: Quyết định chuyển công tác có hiệu lực thì chi bộ được nhắc hạn 60 ngày làm việc
      Cho "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Khi quyết định chuyển công tác của "Nguyễn Văn An" có hiệu lực từ ngày 03/03/2025
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "đảng viên dự bị"
      Và thời hạn làm thủ tục chuyển sinh hoạt đảng của "Nguyễn Văn An" chưa được đáp ứng
      Khi "Nguyễn Văn An" được giới thiệu chuyển sinh hoạt đảng đến "Đảng bộ xã Tự Lạn" bằng giấy số "20-GGT/ĐU" ngày 14/03/2025, như đã ghi từ ngày 03/03/2025
      Thì việc đó được ghi nhận
      Và thời hạn làm thủ tục chuyển sinh hoạt đảng của "Nguyễn Văn An" được đáp ứng ngày 14/03/2025

    @rule_member_transfer_by_letter @qd24_6_3_1
    Tình huống: Đảng viên không chuyển đi như quần chúng
      Cho "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
      Khi "Nguyễn Văn An" chuyển đi ngày 20/08/2024 vì "Trúng tuyển đại học"
      Thì việc đó bị từ chối với lời nhắc "chuyển sinh hoạt đảng bằng giấy giới thiệu"
      Và căn cứ từ chối là "Quy định 24-QĐ/TW, mục 6.3.1"

    @rule_stage_order @dieu_4
    Tình huống: Quần chúng chuyển đi kèm danh sách giấy tờ bàn giao
      Khi "Nguyễn Văn An" chuyển đi ngày 20/05/2024 vì "Chuyển trường" và bàn giao "Đơn xin vào Đảng; Lý lịch người xin vào Đảng"
      Thì việc đó được ghi nhận
      Và "Nguyễn Văn An" đang ở bước "đã chuyển đi"
      Và lần chuyển đi của "Nguyễn Văn An" ghi bàn giao 2 giấy tờ

  Quy tắc: Chi bộ nơi đến nhận sinh hoạt đảng theo giấy giới thiệu, giữ ngày kết nạp, và xét công nhận chính thức

    @rule_official_at_end_of_probation @rule_member_transfer_by_letter @qd232_4_2_2 @qd232_6_3_1
    Tình huống: Chi bộ nơi đến nhận đảng viên dự bị và công nhận chính thức
      Khi chi bộ nhận sinh hoạt đảng của đảng viên dự bị "Trần Văn Bình", sinh ngày 02/03/2004, kết nạp ngày 14/03/2025, đã học lớp đảng viên mới ngày 20/06/2025, chuyển đến từ "Chi bộ Trường THCS Tự Lạn" theo giấy giới thiệu số "31-GGT/ĐU" ngày 28/08/2025, nhận ngày 08/09/2025
      Thì việc đó được ghi nhận
      Và "Trần Văn Bình" là đảng viên dự bị, hết 12 tháng dự bị ngày 14/03/2026
      Khi chi bộ có 10 đảng viên chính thức họp ngày 20/03/2026 xét công nhận "Trần Văn Bình" là đảng viên chính thức, 9 đồng chí tán thành
      Và từ ngày 01/07/2025 chi bộ trực thuộc "Đảng ủy phường Việt Yên"
      Và "Đảng ủy phường Việt Yên" quyết định công nhận "Trần Văn Bình" là đảng viên chính thức ngày 10/04/2026
      Thì "Trần Văn Bình" là đảng viên chính thức kể từ ngày 14/03/2026

    @rule_member_transfer_by_letter @qd294_6_3_1
    Tình huống: Không có giấy giới thiệu thì không nhận sinh hoạt đảng
      Khi chi bộ nhận sinh hoạt đảng của đảng viên dự bị "Trần Văn Bình", sinh ngày 02/03/2004, kết nạp ngày 14/03/2025, đã học lớp đảng viên mới ngày 20/06/2025, chuyển đến từ "Chi bộ Trường THCS Tự Lạn" theo giấy giới thiệu số " " ngày 28/08/2025, nhận ngày 08/09/2025
      Thì việc đó không được ghi nhận vì "Số giấy giới thiệu sinh hoạt đảng không được để trống"

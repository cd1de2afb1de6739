# language: vi
Tính năng: Cấp ủy xem xét các quy trình
  Là cấp ủy cấp trên hoặc Ủy ban kiểm tra
  Tôi muốn ghi nhận đã đọc một quy trình, thông qua hay không, với ý kiến về cả quy trình hoặc từng tình huống, gắn với đúng phiên bản đã đọc
  Để biết quy trình nào đã được thông qua, quy trình nào đã thay đổi sau khi thông qua, ý kiến nào chưa được trả lời, và quy tắc nào chưa được xem xét

  Phiên bản của một quy trình là mã băm của văn bản quy trình; mỗi kết luận, mỗi ý kiến và mỗi câu trả lời là một sự kiện trong sổ.

  Bối cảnh:
    Cho quy trình "gioi_thieu.feature" có hai tình huống "Đoàn giới thiệu đoàn viên" của quy tắc "introduction_fits" và "Chưa nộp đơn thì chưa giới thiệu" của quy tắc "stage_order"

  Quy tắc: Kết luận xem xét gắn với phiên bản đã đọc

    @xem_xet
    Tình huống: Cấp ủy thông qua phiên bản đã đọc
      Khi lúc 09:30 ngày 03/12/2026 "capuy" của cấp ủy cấp trên thông qua phiên bản hiện tại của quy trình
      Thì quy trình ở trạng thái "Đã thông qua"
      Và quy trình được "capuy" thông qua lúc 09:30 ngày 03/12/2026

    @xem_xet
    Tình huống: Quy trình sửa sau khi thông qua hiện là đã thay đổi, bản cũ cạnh bản mới
      Cho lúc 09:30 ngày 03/12/2026 "capuy" của cấp ủy cấp trên thông qua phiên bản hiện tại của quy trình
      Khi bước "Thì Đoàn được giới thiệu" của tình huống "Đoàn giới thiệu đoàn viên" được sửa thành "Thì Đoàn được giới thiệu khi đủ 18 tuổi"
      Thì quy trình ở trạng thái "Đã thay đổi sau khi thông qua"
      Và tình huống "Đoàn giới thiệu đoàn viên" hiện bản đã thông qua có "Thì Đoàn được giới thiệu" cạnh bản hiện tại có "khi đủ 18 tuổi"
      Và tình huống "Chưa nộp đơn thì chưa giới thiệu" vẫn là đã thông qua
      Và quy tắc "introduction_fits" là "chưa được xem xét"

    @xem_xet
    Tình huống: Không thông qua mà không nêu ý kiến thì không được ghi
      Khi "kiemtra" của Ủy ban kiểm tra không thông qua phiên bản hiện tại của quy trình mà không nêu ý kiến
      Thì Ketnap từ chối, nêu "Không thông qua thì phải nêu ý kiến"
      Và sổ sự kiện không thêm gì

    @xem_xet
    Tình huống: Ý kiến về một tình huống không có trong phiên bản đã đọc thì không được ghi
      Khi "kiemtra" của Ủy ban kiểm tra không thông qua phiên bản hiện tại của quy trình với ý kiến về tình huống "Công đoàn giới thiệu giáo viên": "Thiếu tình huống"
      Thì Ketnap từ chối, nêu "không có tình huống “Công đoàn giới thiệu giáo viên”"
      Và sổ sự kiện không thêm gì

  Quy tắc: Ý kiến được trả lời bằng một sự kiện mới, ý kiến không bị sửa

    @xem_xet
    Tình huống: Người soạn quy trình trả lời ý kiến, ý kiến vẫn còn nguyên
      Cho lúc 10:00 ngày 03/12/2026 "kiemtra" của Ủy ban kiểm tra không thông qua phiên bản hiện tại của quy trình với ý kiến về tình huống "Đoàn giới thiệu đoàn viên": "Thiếu điều kiện tuổi"
      Khi người soạn quy trình trả lời ý kiến số 1.1: giữ nguyên vì "Đúng Điều lệ Đảng, Điều 4.1"
      Thì quy trình ở trạng thái "Không thông qua"
      Và quy trình không còn ý kiến chưa trả lời
      Và ý kiến số 1.1 vẫn là "Thiếu điều kiện tuổi", kèm trả lời "Giữ nguyên: Đúng Điều lệ Đảng, Điều 4.1"

  Quy tắc: Quy tắc chưa có tình huống nào được thông qua là chưa được xem xét

    @xem_xet
    Tình huống: Quy tắc được thông qua khi mọi tình huống minh họa nó được thông qua
      Thì quy tắc "introduction_fits" là "chưa được xem xét"
      Khi lúc 09:30 ngày 03/12/2026 "capuy" của cấp ủy cấp trên thông qua phiên bản hiện tại của quy trình
      Thì quy tắc "introduction_fits" là "mọi tình huống đã được thông qua"
      Và quy tắc "age_minimum" là "chưa được xem xét"

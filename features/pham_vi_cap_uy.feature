# language: vi
Tính năng: Tài khoản cấp ủy chỉ xem và ghi các chi bộ trực thuộc cấp ủy của mình
  Là cấp ủy cấp trên
  Tôi muốn tài khoản của cấp ủy xem và ghi đúng các chi bộ trực thuộc cấp ủy mình vào ngày của việc
  Để không cấp ủy nào xem hay ghi vào hồ sơ của chi bộ thuộc cấp ủy khác, và việc bỏ cấp huyện từ 01/07/2025 được tôn trọng

  Việc ghi tính theo ngày của việc (ngày quyết định, ngày họp, ngày đính chính...), việc xem tính theo ngày hôm nay.
  "Ban Thường vụ" của một cấp ủy được tính là cấp ủy đó.

  Bối cảnh:
    Cho chi bộ "Chi bộ Trường THPT Lý Thường Kiệt" trực thuộc "Ban Thường vụ Huyện ủy Việt Yên" từ 01/01/2019
    Và từ ngày 01/07/2025 chi bộ trực thuộc "Ban Thường vụ Đảng ủy phường Việt Yên"
    Và tài khoản cấp ủy "capuy.huyen" của "Huyện ủy Việt Yên"
    Và tài khoản cấp ủy "capuy.phuong" của "Đảng ủy phường Việt Yên"
    Và tài khoản cấp ủy "capuy.xa" của "Đảng ủy xã Tiên Sơn"

  Quy tắc: Cấp ủy xem và ghi chi bộ có cấp ủy cấp trên trực tiếp là mình vào ngày của việc, và chỉ những chi bộ đó

    @pham_vi
    Tình huống: Hôm nay chỉ cấp ủy cấp trên hiện nay xem được chi bộ
      Thì hôm nay "capuy.phuong" xem được chi bộ
      Và hôm nay "capuy.huyen" không xem được chi bộ
      Và hôm nay "capuy.xa" không xem được chi bộ

    @pham_vi
    Khung kịch bản: Ngày chi bộ đổi cấp ủy cấp trên là ranh giới của việc ghi
      Thì "<tài khoản>" <được hay không> ghi việc của chi bộ ngày <ngày>

      Dữ liệu:
        | tài khoản    | được hay không | ngày       |
        | capuy.huyen  | được           | 30/06/2025 |
        | capuy.huyen  | không được     | 01/07/2025 |
        | capuy.phuong | không được     | 30/06/2025 |
        | capuy.phuong | được           | 01/07/2025 |
        | capuy.xa     | không được     | 01/07/2025 |

    @pham_vi
    Tình huống: Cấp ủy khác ghi quyết định kết nạp cho chi bộ thì bị từ chối và sổ không thay đổi
      Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2025
      Khi "capuy.xa" ghi quyết định kết nạp "Nguyễn Văn An" của "Đảng ủy xã Tiên Sơn" ngày 10/11/2025
      Thì việc đó bị từ chối vì chi bộ không trực thuộc "Đảng ủy xã Tiên Sơn" ngày 10/11/2025
      Và sổ sự kiện không có thêm việc nào

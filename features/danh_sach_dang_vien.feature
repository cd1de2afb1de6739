# language: vi
@danh_sach
Tính năng: Danh sách đảng viên của chi bộ
  Là chi bộ
  Tôi muốn giữ danh sách đảng viên của chi bộ bằng các sự kiện
  Để số đảng viên chính thức ở mỗi ngày là dữ liệu, không phải con số gõ tay

  Bối cảnh:
    Cho chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên

  Tình huống: Chi bộ bắt đầu dùng Ketnap với danh sách đảng viên của mình
    Khi chi bộ ghi vào danh sách ngày 02/01/2024 giáo viên "Đỗ Thị Hoa", sinh ngày 02/04/1980, vào Đảng ngày 26/03/2005, chính thức từ 26/03/2006
    Và chi bộ ghi vào danh sách ngày 02/01/2024 giáo viên "Vũ Văn Khánh", sinh ngày 09/01/1995, vào Đảng ngày 01/08/2023, còn dự bị
    Thì ngày 02/01/2024 chi bộ có 1 đảng viên chính thức

  Tình huống: Một người không có tên hai lần trong danh sách
    Cho chi bộ ghi vào danh sách ngày 02/01/2024 giáo viên "Đỗ Thị Hoa", sinh ngày 02/04/1980, vào Đảng ngày 26/03/2005, chính thức từ 26/03/2006
    Khi chi bộ ghi vào danh sách ngày 03/01/2024 giáo viên "Đỗ Thị Hoa", sinh ngày 02/04/1980, vào Đảng ngày 26/03/2005, chính thức từ 26/03/2006
    Thì việc đó không được ghi nhận vì "đã có trong danh sách đảng viên của chi bộ"

  Tình huống: Người ra khỏi danh sách không còn được tính từ ngày ra
    Cho chi bộ ghi vào danh sách ngày 02/01/2024 giáo viên "Đỗ Thị Hoa", sinh ngày 02/04/1980, vào Đảng ngày 26/03/2005, chính thức từ 26/03/2006
    Khi "Đỗ Thị Hoa" chuyển sinh hoạt đi ngày 01/09/2024
    Thì ngày 31/08/2024 chi bộ có 1 đảng viên chính thức
    Và ngày 01/09/2024 chi bộ có 0 đảng viên chính thức

  Tình huống: Ngày ra không thể trước ngày vào danh sách
    Cho chi bộ ghi vào danh sách ngày 02/01/2024 giáo viên "Đỗ Thị Hoa", sinh ngày 02/04/1980, vào Đảng ngày 26/03/2005, chính thức từ 26/03/2006
    Khi "Đỗ Thị Hoa" chuyển sinh hoạt đi ngày 01/12/2023
    Thì việc đó không được ghi nhận vì "phải sau ngày vào danh sách"

  Tình huống: Người được kết nạp vào danh sách từ lễ kết nạp, không cần nhập
    Cho học sinh "Nguyễn Văn An", đoàn viên, sinh ngày 20/01/2006, có tên trong danh sách cảm tình Đảng từ 01/09/2023
    Và "Nguyễn Văn An" được kết nạp đảng viên dự bị ngày 01/06/2024
    Thì "Nguyễn Văn An" có trong danh sách đảng viên của chi bộ từ 01/06/2024, là đảng viên dự bị

### Tiếng Việt (vi). Register: polite, addressing the user as "bạn" (or neutral imperative), as in Microsoft's Vietnamese product UI.
### Glossary:
###   password = mật khẩu
###   security info = thông tin bảo mật
###   verification code = mã xác minh
###   security question = câu hỏi bảo mật
###   helpdesk = bộ phận hỗ trợ
###   administrator = người quản trị
###   sign in / sign out = đăng nhập / đăng xuất
###   reset = đặt lại
###   unlock = mở khóa
###   account = tài khoản
###   user name = tên người dùng
###   directory = thư mục
###   text message = tin nhắn văn bản
###   mobile phone / office phone = điện thoại di động / điện thoại cơ quan
###   authentication phone / email = điện thoại xác thực / email xác thực
###   portal = cổng thông tin

## Shared by every page

product-name = Tự phục vụ tài khoản
skip-to-content = Chuyển đến nội dung chính
loading = Đang tải…
language-label = Ngôn ngữ
# Hiển thị trong bộ chọn ngôn ngữ: tên của ngôn ngữ này, viết bằng chính ngôn ngữ này.
language-name = Tiếng Việt
language-apply = Đổi ngôn ngữ
password-show = Hiện mật khẩu
password-hide = Ẩn mật khẩu

## Errors

error-user-name-missing = Nhập tên người dùng của bạn.
error-user-name-invalid = Đây có vẻ không phải là tên người dùng. Hãy kiểm tra nội dung bạn đã nhập và thử lại.
error-password-missing = Nhập mật khẩu của bạn.
error-invalid-credentials = Tên người dùng hoặc mật khẩu không đúng. Hãy kiểm tra cả hai và thử lại.
error-account-locked = Tài khoản của bạn đã bị khóa. Để mở khóa, hãy chọn “Không thể truy cập tài khoản của bạn?” bên dưới hoặc liên hệ với bộ phận hỗ trợ.
error-sign-in-paused = Đã có quá nhiều lần đăng nhập không thành công với tên người dùng này. Để bảo vệ tài khoản, tính năng đăng nhập bị tạm dừng đến { $until }. Nếu bạn quên mật khẩu, bạn có thể đặt lại ngay bây giờ.
error-sign-in-busy-address = Đã có quá nhiều lần đăng nhập không thành công từ mạng của bạn. Vui lòng đợi một giờ rồi thử lại.
error-unavailable = Đã xảy ra sự cố ở phía chúng tôi. Vui lòng thử lại sau vài phút.
error-transport = Chúng tôi không thể kết nối với máy chủ. Hãy kiểm tra kết nối của bạn và thử lại.

## Sign-in page

sign-in-title = Đăng nhập
sign-in-heading = Đăng nhập vào tài khoản của bạn
sign-in-user-name = Tên người dùng
sign-in-password = Mật khẩu
sign-in-submit = Đăng nhập
sign-in-cant-access = Không thể truy cập tài khoản của bạn?

## Account page

account-title = Tài khoản của bạn
account-heading = Tài khoản của bạn
account-signed-in-as = Bạn đang đăng nhập với tên
account-sign-out = Đăng xuất
account-signed-out = Bạn chưa đăng nhập.
account-go-sign-in = Đi đến trang đăng nhập

## Password reset

reset-title = Đặt lại mật khẩu
reset-heading = Lấy lại quyền truy cập tài khoản
reset-back-to-sign-in = Quay lại trang đăng nhập
reset-intro = Nhập tên người dùng của bạn, chúng tôi sẽ giúp bạn chứng minh đó là bạn, sau đó bạn có thể chọn mật khẩu mới.
reset-user-id = Tên người dùng
reset-user-id-hint = Thường là địa chỉ email công việc của bạn, ví dụ: name@contoso.example.
reset-next = Tiếp
captcha-question = Để chứng minh bạn là người thật: { $a } cộng { $b } bằng bao nhiêu?
captcha-hint = Nhập câu trả lời bằng chữ số.
captcha-checking = Đang kiểm tra xem bạn có phải là người thật không…
captcha-done = Xong: trình duyệt của bạn đã chứng minh bạn là người thật. Chọn Tiếp để tiếp tục.
reset-start-again = Bắt đầu lại
reset-verify-heading = Chứng minh đó là bạn
reset-gate-of = Xác minh { $number } / { $total }
reset-gate-legend = Bạn muốn nhận mã xác minh bằng cách nào?
reset-gate-email = Gửi mã qua email đến { $destination }
reset-gate-mobile-sms = Gửi mã qua tin nhắn văn bản đến điện thoại di động { $destination } của tôi
reset-gate-mobile-voice = Gọi đến điện thoại di động { $destination } của tôi
reset-gate-office-voice = Gọi đến điện thoại cơ quan { $destination } của tôi
reset-gate-questions = Trả lời các câu hỏi bảo mật của tôi
reset-code-sent-email = Chúng tôi đã gửi email có mã xác minh đến { $destination }.
reset-code-sent-sms = Chúng tôi đã gửi tin nhắn văn bản có mã xác minh đến { $destination }.
reset-code-sent-voice = Chúng tôi đang gọi đến { $destination } để đọc mã xác minh cho bạn.
reset-code-resend = Gửi mã mới
reset-other-method = Dùng phương thức khác
reset-questions-heading = Trả lời các câu hỏi bảo mật của bạn
reset-password-heading = Chọn mật khẩu mới
reset-password-hint = Dùng ít nhất { $min } ký tự. Tốt nhất là một cụm từ dài mà bạn có thể nhớ; tránh dùng tên của bạn và các mật khẩu phổ biến.
reset-password-new = Mật khẩu mới
reset-password-confirm = Xác nhận mật khẩu mới
reset-password-strength-0 = Độ mạnh ước tính: rất yếu
reset-password-strength-1 = Độ mạnh ước tính: yếu
reset-password-strength-2 = Độ mạnh ước tính: trung bình
reset-password-strength-3 = Độ mạnh ước tính: mạnh
reset-password-strength-4 = Độ mạnh ước tính: rất mạnh
reset-password-strength-note = Đây là ước tính do trình duyệt của bạn thực hiện để giúp bạn lựa chọn. Các quy tắc ở trên mới quyết định mật khẩu có được chấp nhận hay không.
reset-password-submit = Đặt lại mật khẩu
reset-unlock-only-text = Tài khoản của bạn đã bị khóa. Nếu vẫn nhớ mật khẩu, bạn có thể mở khóa tài khoản và giữ nguyên mật khẩu.
reset-unlock-only = Chỉ mở khóa
reset-contact-heading = Liên hệ với người quản trị của bạn
reset-contact-text = Bạn không thể đặt lại mật khẩu tại đây. Người quản trị của bạn có thể giúp bạn lấy lại quyền truy cập tài khoản.
reset-contact-helpdesk = Liên hệ với bộ phận hỗ trợ
reset-done-heading = Mật khẩu của bạn đã được đặt lại
reset-done-text = Bạn đã được đăng xuất khỏi mọi nơi. Hãy đăng nhập bằng mật khẩu mới.
reset-unlocked-heading = Tài khoản của bạn đã được mở khóa
reset-unlocked-text = Hãy đăng nhập bằng mật khẩu hiện tại của bạn.
reset-go-sign-in = Đi đến trang đăng nhập
reset-error-flow-missing = Phiên đặt lại của bạn đã hết hạn hoặc chưa từng được bắt đầu. Vui lòng bắt đầu lại.
reset-error-step-out-of-order = Bước đó hiện không khả dụng. Vui lòng tiếp tục từ trang này.
reset-error-user-id-missing = Nhập tên người dùng của bạn.
reset-error-user-id-invalid = Nhập tên người dùng dưới dạng địa chỉ email, ví dụ: name@contoso.example.
reset-error-captcha-failed = Chúng tôi không thể xác nhận bạn là người thật. Vui lòng thử lại.
reset-error-gate-missing = Chọn cách bạn muốn nhận mã.
reset-error-code-dead = Đã nhập sai mã quá nhiều lần. Hãy gửi mã mới hoặc dùng phương thức khác.
reset-error-answers-wrong = Một hoặc nhiều câu trả lời không đúng. Hãy kiểm tra lại và thử lại.
reset-error-blocked = Bạn đã thử quá nhiều lần. Để đảm bảo an toàn, tính năng tự đặt lại mật khẩu cho tài khoản này bị tạm dừng đến { $until }.
reset-error-busy-address = Đã có quá nhiều lần thử từ mạng của bạn. Vui lòng đợi một giờ rồi thử lại.
reset-error-passwords-differ = Hai mật khẩu không khớp.
reset-error-password-too-short = Dùng ít nhất { $min } ký tự.
reset-error-password-missing = Nhập mật khẩu mới.
reset-error-password-common = Mật khẩu này nằm trong danh sách mật khẩu mà kẻ tấn công thử đầu tiên. Hãy chọn mật khẩu khác, ví dụ một cụm gồm vài từ không liên quan đến nhau.
reset-error-password-control = Mật khẩu không được chứa dấu ngắt dòng, tab hoặc ký tự điều khiển khác. Hãy nhập lại mà không có các ký tự đó.
reset-error-write-unconfirmed = Chúng tôi không thể xác nhận rằng mật khẩu mới của bạn đã được lưu. Hãy chọn lại mật khẩu; lựa chọn mới sẽ thay thế mọi thứ đã được lưu.
reset-writing = Thay đổi của bạn đang được lưu. Hãy tải lại trang này sau giây lát.
reset-error-password-too-long = Dùng tối đa 256 ký tự.
reset-error-password-contains-name = Không dùng tên người dùng của bạn trong mật khẩu.
reset-error-write-failed = Chúng tôi không thể lưu thay đổi vào thư mục nên chưa có gì thay đổi. Vui lòng thử lại sau giây lát.

## Organisation branding on every page

footer-label = Liên kết của tổ chức
footer-privacy = Quyền riêng tư
footer-terms = Điều khoản sử dụng
footer-helpdesk = Bộ phận hỗ trợ

## Branding studio (/admin/branding, for branding administrators)

studio-title = Studio thương hiệu
studio-heading-layer = Cài đặt: { $layer }
studio-back = Quay lại studio thương hiệu
studio-preview-banner = Bạn đang xem trước thương hiệu chưa phát hành. Không ai khác nhìn thấy thương hiệu này cho đến khi được phát hành.
studio-preview-stop = Dừng xem trước
studio-layer-label = Cài đặt cho
studio-layer-open = Mở
studio-layer-default = Mặc định (mọi ngôn ngữ)
studio-layer-overridden = { $language } (có cài đặt riêng)
studio-inherited = Khi để trống: { $value }
studio-as-default = Như trong cài đặt mặc định
studio-as-product = Như giao diện cổng thông tin khi không có thương hiệu
studio-show = Hiện
studio-hide = Ẩn
studio-save = Lưu bản nháp
studio-section-identity = Tổ chức
studio-section-colours = Màu sắc
studio-colours-hint = Viết màu theo dạng #rrggbb, ví dụ #0b5cad. Văn bản và nút phải đủ nổi bật so với nền để mọi người đều đọc được, vì vậy studio sẽ kiểm tra độ tương phản trước khi phát hành.
studio-section-layout = Bố cục
studio-section-sign-in = Trang đăng nhập
studio-section-links = Liên kết ở chân trang
studio-section-css = CSS tùy chỉnh
studio-css-hint = Quy tắc cho các tên lớp được liệt kê trong tài liệu tham khảo CSS của cổng thông tin. Hình ảnh chỉ được lấy từ những hình ảnh đã tải lên tại đây. Tối đa 25 KB.
studio-section-images = Hình ảnh
studio-section-publish = Phát hành
studio-section-publications = Các lần phát hành
studio-field-organisation-name = Tên tổ chức
studio-field-colour-primary = Nút và liên kết
studio-field-colour-primary-text = Văn bản trên nút
studio-field-colour-header = Dải đầu trang
studio-field-colour-header-text = Văn bản trong dải đầu trang
studio-field-colour-text = Văn bản
studio-field-colour-page = Nền trang
studio-field-colour-card = Nền thẻ
studio-field-colour-focus = Vòng tiêu điểm bàn phím
studio-field-layout = Bố cục trang
studio-layout-full-bleed = Ảnh nền lấp đầy trang
studio-layout-plain = Màu trang đơn sắc
studio-field-show-header = Hiện dải đầu trang
studio-field-show-footer = Hiện chân trang
studio-field-sign-in-text = Văn bản trang đăng nhập
studio-field-user-name-hint = Gợi ý tên người dùng
studio-field-cant-access-label = Văn bản của liên kết dành cho người không thể đăng nhập
studio-field-show-reset-link = Liên kết dành cho người không thể đăng nhập
studio-field-privacy-url = Địa chỉ tuyên bố về quyền riêng tư
studio-field-terms-url = Địa chỉ điều khoản sử dụng
studio-field-helpdesk-url = Địa chỉ bộ phận hỗ trợ (web hoặc email)
studio-field-custom-css = CSS tùy chỉnh
studio-field-image-banner-logo = Biểu trưng biểu ngữ
studio-field-image-square-logo = Biểu trưng hình vuông
studio-field-image-square-logo-dark = Biểu trưng hình vuông cho nền tối
studio-field-image-favicon = Biểu tượng trang web (favicon)
studio-field-image-background = Ảnh nền
studio-image-limits = { $kinds }, tối đa { $kilobytes } KB và { $width } × { $height } pixel.
studio-image-upload = Tải lên: { $slot }
studio-image-remove = Loại bỏ: { $slot }
studio-image-current = Hình ảnh hiện tại: { $slot }
studio-live-heading = Xem trước trực tiếp
studio-live-caption = Cập nhật theo màu sắc và văn bản ở trên ngay khi bạn nhập, trước khi lưu.
studio-preview = Xem trước bản nháp trên các trang thật
studio-email-preview = Xem trước email với bản nháp
studio-publish = Phát hành
studio-state-never-published = Chưa có gì được phát hành: mọi người đều thấy cổng thông tin không có thương hiệu.
studio-state-published = Phiên bản { $version } đang được áp dụng.
studio-state-unpublished-changes = Bản nháp có các thay đổi chưa được phát hành.
studio-problems-heading = Khắc phục các vấn đề này trước khi phát hành
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: độ tương phản giữa { $pair } là { $ratio }; cần ít nhất { $minimum }.
studio-problem-too-long = sử dụng tối đa { $max } ký tự.
studio-problem-control-character = xóa các ký tự điều khiển (chẳng hạn như tab).
studio-problem-not-a-colour = viết màu dưới dạng # theo sau là sáu chữ số thập lục phân, ví dụ #0b5cad.
studio-problem-link-not-https = địa chỉ web phải bắt đầu bằng https://.
studio-problem-link-invalid = viết địa chỉ web bắt đầu bằng https:// hoặc địa chỉ email.
studio-problem-css = dòng { $line }: { $reason }
studio-css-too-long = biểu định kiểu dài hơn 25 KB.
studio-css-import = không cho phép @import; hãy đặt các quy tắc trực tiếp tại đây.
studio-css-external-url = url() chỉ được trỏ đến hình ảnh đã tải lên trong studio.
studio-css-expression = không cho phép expression(), behavior và -moz-binding.
studio-css-at-rule = chỉ cho phép @media, @supports, @layer, @container, @font-face và @keyframes.
studio-css-markup = không cho phép chuỗi ký tự </.
studio-css-unparsable = đây không phải là CSS hợp lệ (hãy kiểm tra xem có thiếu dấu ngoặc nhọn, dấu hai chấm hoặc dấu ngoặc kép không).
studio-pair-text-on-page = văn bản và nền trang
studio-pair-text-on-card = văn bản và nền thẻ
studio-pair-button-text-on-primary = văn bản trên nút và nút
studio-pair-header-text-on-header = văn bản đầu trang và dải đầu trang
studio-pair-focus-on-page = vòng tiêu điểm và nền trang
studio-column-version = Phiên bản
studio-column-when = Thời điểm phát hành
studio-column-who = Người phát hành
studio-column-note = Ghi chú
studio-column-action = Hành động
studio-publication-live = Đang áp dụng
studio-publication-restored = Khôi phục phiên bản { $version }
studio-roll-back = Phát hành lại phiên bản { $version }
studio-done-saved = Đã lưu bản nháp. Hãy xem trước, rồi phát hành khi đã sẵn sàng.
studio-done-uploaded = Hình ảnh đã có trong bản nháp.
studio-done-removed = Đã loại bỏ hình ảnh khỏi bản nháp.
studio-done-published = Đã phát hành. Mọi trang sẽ hiển thị thương hiệu mới trong vòng vài giây.
studio-done-rolled-back = Phiên bản trước đó đã được áp dụng lại và hiện cũng là bản nháp.
studio-done-preview-stopped = Đã kết thúc xem trước.
studio-refused-publish = Chưa có gì được phát hành: hãy khắc phục các vấn đề được liệt kê bên dưới trước.
studio-refused-no-such-version = Phiên bản đó không tồn tại. Không có gì thay đổi.
studio-refused-unavailable = Không thể lưu thay đổi. Không có gì thay đổi; vui lòng thử lại.
studio-refused-empty = Không tải lên được “{ $slot }”: chưa chọn tệp nào hoặc tệp trống. Không có gì thay đổi.
studio-refused-too-many-bytes = Không tải lên được “{ $slot }”: tệp lớn hơn { $kilobytes } KB. Không có gì thay đổi.
studio-refused-unknown-type = Không tải lên được “{ $slot }”: tệp không phải là hình ảnh PNG, JPEG hoặc WebP (hay bản vẽ SVG, đối với biểu trưng), bất kể tên tệp là gì. Không có gì thay đổi.
studio-refused-svg-not-allowed = Không tải lên được “{ $slot }”: bản vẽ SVG chỉ được chấp nhận cho biểu trưng. Hãy dùng PNG, JPEG hoặc WebP. Không có gì thay đổi.
studio-refused-too-many-pixels = Không tải lên được “{ $slot }”: hình ảnh lớn hơn { $width } × { $height } pixel. Không có gì thay đổi.
studio-refused-undecodable = Không tải lên được “{ $slot }”: hình ảnh bị hỏng và không đọc được. Không có gì thay đổi.
studio-refused-svg-unparsable = Không tải lên được “{ $slot }”: không đọc được bản vẽ SVG. Không có gì thay đổi.
studio-refused-svg-doctype = Không tải lên được “{ $slot }”: bản vẽ SVG có DOCTYPE hoặc thực thể sẽ bị từ chối. Không có gì thay đổi.
studio-refused-svg-script = Không tải lên được “{ $slot }”: bản vẽ SVG chứa tập lệnh. Không có gì thay đổi.
studio-refused-svg-foreign-object = Không tải lên được “{ $slot }”: bản vẽ SVG nhúng nội dung khác (foreignObject). Không có gì thay đổi.
studio-refused-svg-event-handler = Không tải lên được “{ $slot }”: bản vẽ SVG chứa trình xử lý sự kiện (thuộc tính on…). Không có gì thay đổi.
studio-refused-svg-external-reference = Không tải lên được “{ $slot }”: bản vẽ SVG tham chiếu đến tệp hoặc địa chỉ bên ngoài. Không có gì thay đổi.
studio-refused-svg-too-complex = Không tải lên được “{ $slot }”: bản vẽ SVG quá phức tạp. Hãy đơn giản hóa rồi thử lại. Không có gì thay đổi.
studio-refused-svg-marker = Không tải lên được “{ $slot }”: không hỗ trợ điểm đánh dấu SVG (marker). Không có gì thay đổi.

## Not found

not-found-title = Không tìm thấy trang
not-found-heading = Chúng tôi không tìm thấy trang đó.

## Demo outbox (demonstration mode only)

outbox-title = Hộp thư đi trình diễn
outbox-heading = Hộp thư đi trình diễn
outbox-banner-heading = Chế độ trình diễn
outbox-banner-text = Trang này chỉ tồn tại ở chế độ trình diễn. Tin nhắn không thực sự được gửi đi: email, tin nhắn văn bản và cuộc gọi thoại được lưu tại đây, kể cả mã dùng một lần, để bạn có thể dùng thử cổng thông tin. Tuyệt đối không vận hành cổng thông tin thật ở chế độ trình diễn.
outbox-caption = { $limit } tin nhắn gần đây nhất, mới nhất ở trên cùng
outbox-empty = Chưa có tin nhắn nào. Mã và thông báo do cổng thông tin gửi sẽ xuất hiện ở đây.
outbox-time = Thời gian
outbox-channel = Kênh
outbox-recipient = Người nhận
outbox-subject = Chủ đề
outbox-body = Nội dung
outbox-channel-email = Email
outbox-channel-sms = Tin nhắn văn bản
outbox-channel-voice = Cuộc gọi thoại

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = Bạn gặp người vợ/chồng hoặc người bạn đời đầu tiên ở thành phố nào?
question-city-parents-met = Cha mẹ bạn gặp nhau ở thành phố nào?
question-city-nearest-sibling = Anh chị em ruột sống gần bạn nhất đang sống ở thành phố nào?
question-city-father-born = Cha bạn sinh ra ở thành phố nào?
question-city-first-job = Công việc đầu tiên của bạn ở thành phố nào?
question-city-mother-born = Mẹ bạn sinh ra ở thành phố nào?
question-city-new-year-2000 = Vào dịp Năm mới 2000, bạn đang ở thành phố nào?
question-high-school-teacher-last-name = Thầy/cô giáo cấp 3 mà bạn yêu quý nhất tên là gì?
question-college-applied-not-attended = Tên của một trường đại học mà bạn đã nộp hồ sơ nhưng không theo học là gì?
question-first-wedding-reception-place = Tiệc cưới đầu tiên của bạn được tổ chức ở đâu?
question-father-middle-name = Tên đệm của cha bạn là gì?
question-favorite-food = Món ăn bạn yêu thích nhất là gì?
question-maternal-grandmother-name = Họ và tên bà ngoại của bạn là gì?
question-mother-middle-name = Tên đệm của mẹ bạn là gì?
question-oldest-sibling-birthday = Anh/chị cả của bạn sinh vào tháng và năm nào? (ví dụ: tháng 11 năm 1985)
question-oldest-sibling-middle-name = Tên đệm của anh/chị cả của bạn là gì?
question-paternal-grandfather-name = Họ và tên ông nội của bạn là gì?
question-youngest-sibling-middle-name = Tên đệm của em út trong nhà bạn là gì?
question-sixth-grade-school = Năm lớp 6, bạn học ở trường nào?
question-childhood-best-friend-name = Họ và tên người bạn thân nhất thời thơ ấu của bạn là gì?
question-first-significant-other-name = Họ và tên người yêu đầu tiên của bạn là gì?
question-grade-school-teacher-last-name = Thầy/cô giáo tiểu học mà bạn yêu quý nhất tên là gì?
question-first-car-make-model = Chiếc ô tô hoặc xe máy đầu tiên của bạn thuộc hãng và mẫu xe nào?
question-first-school = Ngôi trường đầu tiên bạn theo học tên là gì?
question-birth-hospital = Bệnh viện nơi bạn sinh ra tên là gì?
question-childhood-street = Con đường nơi có ngôi nhà đầu tiên thời thơ ấu của bạn tên là gì?
question-childhood-hero = Người hùng thời thơ ấu của bạn tên là gì?
question-favorite-stuffed-animal = Con thú nhồi bông bạn yêu thích nhất tên là gì?
question-first-pet = Con vật nuôi đầu tiên của bạn tên là gì?
question-childhood-nickname = Biệt danh thời thơ ấu của bạn là gì?
question-high-school-sport = Môn thể thao bạn yêu thích nhất thời cấp 3 là gì?
question-first-job = Công việc đầu tiên của bạn là gì?
question-childhood-phone-last-digits = Bốn chữ số cuối của số điện thoại nhà bạn thời thơ ấu là gì?
question-childhood-ambition = Khi còn nhỏ, bạn muốn trở thành gì khi lớn lên?
question-most-famous-person-met = Người nổi tiếng nhất mà bạn từng gặp là ai?

## Security-info registration

method-email = Email
method-mobile-phone = Điện thoại di động
method-office-phone = Điện thoại cơ quan
method-security-questions = Câu hỏi bảo mật
method-questions-count = Đã trả lời { $count } câu hỏi
source-authentication = do bạn đăng ký để xác minh, không hiển thị trong thư mục
source-directory = từ hồ sơ của bạn trong thư mục
source-administrator = do người quản trị của bạn thiết lập

prompt-title = Cần thêm thông tin
prompt-register-heading = Cần thêm thông tin
prompt-register-why = Tổ chức của bạn cần một cách để xác nhận đó là bạn khi bạn quên mật khẩu hoặc tài khoản bị khóa. Hãy đăng ký thông tin bảo mật ngay bây giờ để bạn có thể tự lấy lại quyền truy cập mà không cần gọi cho bộ phận hỗ trợ.
prompt-register-needed = Bạn cần ít nhất { $count } phương thức xác minh khác nhau.
prompt-next = Tiếp
prompt-skip = Bỏ qua lúc này
prompt-reconfirm-heading = Những thông tin này vẫn chính xác chứ?
prompt-reconfirm-why = Vui lòng kiểm tra thông tin bảo mật bạn đã đăng ký. Nếu có gì thay đổi, hãy cập nhật để bạn vẫn có thể đặt lại mật khẩu.
prompt-looks-good = Thông tin chính xác
prompt-change = Thay đổi
prompt-nothing = Không cần làm gì thêm
prompt-go-account = Đi đến tài khoản của bạn

wizard-title = Đăng ký thông tin bảo mật
wizard-start = Bắt đầu lại
wizard-step-of = Bước { $number } / { $total }
wizard-code-label = Mã xác minh
wizard-verify = Xác minh
wizard-send-code = Gửi mã
wizard-skip-step = Bỏ qua phương thức này
wizard-phone-country = Quốc gia hoặc khu vực
wizard-phone-number = Số điện thoại
wizard-phone-hint = Không kèm mã quốc gia, hoặc kèm mã quốc gia bắt đầu bằng dấu +.
wizard-phone-channel = Chúng tôi nên gửi mã bằng cách nào?
wizard-phone-sms = Tin nhắn văn bản (SMS)
wizard-phone-voice = Cuộc gọi thoại
wizard-phone-texted = Chúng tôi đã gửi tin nhắn văn bản có mã đến { $number }.
wizard-phone-called = Chúng tôi đang gọi đến { $number } để đọc mã cho bạn.
wizard-phone-resend-heading = Không nhận được mã? Gửi lại hoặc dùng số khác
wizard-phone-reset-uses = Hiện tại, việc đặt lại mật khẩu sẽ dùng số { $number } ({ $source }).
wizard-phone-reset-none = Bạn chưa có số điện thoại nào có thể dùng để đặt lại mật khẩu.
wizard-phone-precedence = Số bạn xác minh tại đây sẽ trở thành điện thoại xác thực của bạn và việc đặt lại mật khẩu sẽ dùng số này thay cho số điện thoại di động trong thư mục.
wizard-office-phone = Điện thoại cơ quan: { $number }, do người quản trị của bạn thiết lập. Bạn không thể thay đổi số này tại đây.
wizard-email-address = Địa chỉ email
wizard-email-sent = Chúng tôi đã gửi email có mã đến { $address }.
wizard-email-resend-heading = Không nhận được email? Gửi lại hoặc dùng địa chỉ khác
wizard-email-reset-uses = Hiện tại, việc đặt lại mật khẩu sẽ dùng địa chỉ { $address } ({ $source }).
wizard-email-reset-none = Bạn chưa có địa chỉ email nào có thể dùng để đặt lại mật khẩu.
wizard-email-precedence = Địa chỉ bạn xác minh tại đây sẽ trở thành email xác thực của bạn và việc đặt lại mật khẩu sẽ dùng địa chỉ này thay cho email thay thế trong thư mục. Hãy dùng một địa chỉ khác với địa chỉ công việc của bạn.
wizard-questions-intro = Chọn { $count } câu hỏi khác nhau và trả lời từng câu. Câu trả lời dài từ 3 đến 40 ký tự; chữ hoa và khoảng trắng thừa không quan trọng. Không ai, kể cả người quản trị, có thể đọc được câu trả lời.
wizard-question-label = Câu hỏi { $number }
wizard-answer-label = Câu trả lời cho câu hỏi { $number }
wizard-question-choose = Chọn một câu hỏi
wizard-answers-show = Hiện câu trả lời
wizard-answers-hide = Ẩn câu trả lời
wizard-questions-save = Tiếp tục
wizard-questions-retype = Để đảm bảo an toàn, câu trả lời không bao giờ được gửi lại trang: vui lòng nhập lại.
wizard-summary-heading = Kiểm tra và lưu
wizard-summary-skipped = Đã bỏ qua
wizard-save = Lưu
wizard-cancel = Hủy

registration-error-not-signed-in = Phiên của bạn đã kết thúc. Vui lòng đăng nhập lại.
registration-error-flow-missing = Lượt đăng ký này đã hết hạn hoặc đã hoàn tất. Hãy bắt đầu lại để tiếp tục.
registration-error-step-out-of-order = Bước đó hiện không khả dụng. Hãy tiếp tục từ bước đang hiển thị.
registration-error-phone-missing = Nhập số điện thoại của bạn.
registration-error-country-needed = Chọn một quốc gia hoặc nhập số kèm mã quốc tế bắt đầu bằng dấu +.
registration-error-phone-invalid = Đây không phải là số điện thoại hợp lệ của quốc gia đã chọn.
registration-error-email-missing = Nhập địa chỉ email của bạn.
registration-error-email-invalid = Nhập địa chỉ email có dạng như name@example.com.
code-error-missing = Nhập mã chúng tôi đã gửi cho bạn.
code-error-malformed = Mã gồm 6 đến 8 chữ số.
code-error-wrong = Mã đó không đúng. Bạn còn { $tries } lần thử.
code-error-dead = Đã nhập sai mã quá nhiều lần. Hãy gửi mã mới.
code-error-expired = Mã đó đã hết hạn. Hãy gửi mã mới.
code-error-used = Mã này đã được sử dụng. Hãy gửi mã mới.
code-error-none-sent = Không có mã nào đang chờ. Hãy gửi mã mới.
code-error-too-many = Đã gửi quá nhiều mã. Hãy đợi một giờ hoặc chọn phương thức khác.
code-error-delivery-failed = Chúng tôi không thể gửi mã. Hãy thử lại hoặc chọn phương thức khác.
registration-error-question-missing = Chọn một câu hỏi tại đây.
registration-error-question-not-offered = Chọn một câu hỏi trong danh sách.
registration-error-question-twice = Bạn đã chọn câu hỏi này rồi. Hãy chọn câu hỏi khác.
error-answer-missing = Nhập câu trả lời.
registration-error-answer-too-short = Câu trả lời phải dài ít nhất 3 ký tự.
registration-error-answer-too-long = Câu trả lời chỉ được dài tối đa 40 ký tự.
registration-error-answer-twice = Bạn đã dùng câu trả lời này cho một câu hỏi khác. Hãy đưa ra câu trả lời khác.
registration-error-steps-pending = Hoàn tất hoặc bỏ qua từng bước trước khi lưu.
registration-error-nothing-to-save = Chưa có gì được thêm. Hãy đăng ký ít nhất một phương thức hoặc hủy.
registration-error-not-enough-methods = Hãy đăng ký ít nhất { $needed } phương thức khác nhau để bạn có thể đặt lại mật khẩu.

account-security-info = Thông tin bảo mật: đăng ký, thay đổi hoặc xóa
account-security-info-saved = Thông tin bảo mật của bạn đã được lưu.

message-code-email-subject = Mã xác minh của bạn
message-code-email-body = Mã xác minh của bạn là { $code }.

    Mã có hiệu lực trong { $minutes } phút. Nếu bạn không yêu cầu mã này, bạn có thể bỏ qua email này: không có gì thay đổi nếu không có mã.
message-code-sms = Mã xác minh của bạn là { $code }. Mã có hiệu lực trong { $minutes } phút.
message-code-voice = Mã xác minh của bạn là: { $code }. Xin nhắc lại: { $code }.
message-changed-subject = Thông tin bảo mật của bạn đã được thay đổi
message-changed-body = Thông tin bảo mật sau đây trong tài khoản của bạn vừa được thay đổi:
    { $changes }

    Nếu chính bạn thực hiện thay đổi này, bạn không cần làm gì cả. Nếu không phải bạn, hãy liên hệ ngay với bộ phận hỗ trợ.
message-changed-phone = điện thoại xác thực
message-changed-email = email xác thực
message-changed-questions = câu hỏi bảo mật

country-AR = Argentina
country-AT = Áo
country-AU = Úc
country-BE = Bỉ
country-BR = Brazil
country-CA = Canada
country-CH = Thụy Sĩ
country-CN = Trung Quốc
country-CZ = Séc
country-DE = Đức
country-DK = Đan Mạch
country-ES = Tây Ban Nha
country-FI = Phần Lan
country-FR = Pháp
country-GB = Vương quốc Anh
country-GR = Hy Lạp
country-HR = Croatia
country-HU = Hungary
country-IE = Ireland
country-IN = Ấn Độ
country-IT = Ý
country-JP = Nhật Bản
country-LU = Luxembourg
country-MT = Malta
country-MX = Mexico
country-NL = Hà Lan
country-NO = Na Uy
country-NZ = New Zealand
country-PL = Ba Lan
country-PT = Bồ Đào Nha
country-RO = Romania
country-SE = Thụy Điển
country-SI = Slovenia
country-SK = Slovakia
country-SM = San Marino
country-TR = Thổ Nhĩ Kỳ
country-UA = Ukraina
country-US = Hoa Kỳ
country-VA = Thành Vatican
country-ZA = Nam Phi
registration-error-reauth-required = Để đảm bảo an toàn, hãy nhập lại mật khẩu trước khi thay đổi thông tin bảo mật.
registration-error-method-not-changeable = Không thể thay đổi phương thức này tại đây.
registration-error-wrong-password = Mật khẩu đó không đúng.
registration-error-too-many-password-tries = Đã nhập sai mật khẩu quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.

security-info-title = Thông tin bảo mật
security-info-back = Quay lại tài khoản của bạn
security-info-usable = Việc đặt lại mật khẩu có thể dùng { $usable } phương thức của bạn; cần có { $required } phương thức khác nhau.
security-info-not-set = Chưa thiết lập
security-info-add = Thêm
security-info-change = Thay đổi
security-info-delete = Xóa
security-info-deleted = Đã xóa phương thức.
security-info-delete-title = Xóa phương thức
security-info-delete-confirm = Xóa “{ $method }” khỏi thông tin bảo mật của bạn?
security-info-delete-warning = Sau khi xóa, bạn sẽ còn ít hơn { $required } phương thức và sẽ không thể tự đặt lại mật khẩu được nữa.
reauth-title = Xác nhận đó là bạn
reauth-submit = Tiếp tục

## Password reset messages

message-reset-subject = Mật khẩu của bạn đã được đặt lại
message-reset-body = Xin chào,

    Mật khẩu tài khoản của bạn vừa được đặt lại qua cổng thông tin tự phục vụ mật khẩu và mọi phiên đều đã được đăng xuất.

    Nếu đó là bạn, bạn không cần làm gì thêm. Nếu không phải bạn, hãy liên hệ ngay với người quản trị.

    Đăng nhập: { $url }
message-unlocked-subject = Tài khoản của bạn đã được mở khóa
message-unlocked-body = Xin chào,

    Tài khoản của bạn vừa được mở khóa qua cổng thông tin tự phục vụ mật khẩu. Mật khẩu của bạn không thay đổi.

    Nếu không phải bạn, hãy liên hệ ngay với người quản trị.

    Đăng nhập: { $url }
message-admin-reset-subject = Người quản trị { $admin } đã đặt lại mật khẩu của chính mình
message-admin-reset-body = Xin chào,

    Người quản trị { $admin } vừa đặt lại mật khẩu của chính mình qua cổng thông tin tự phục vụ mật khẩu.

    Nếu bạn không dự tính điều này, hãy xác nhận với người đó và xem lại nhật ký kiểm tra.

    Cổng thông tin: { $url }

## Email footer and text-message sender

email-footer-sent-by = Đây là thư tự động từ { $organisation }.
email-footer-privacy = Quyền riêng tư
email-footer-terms = Điều khoản sử dụng
email-footer-helpdesk = Bộ phận hỗ trợ
message-from-organisation = { $organisation }: { $text }

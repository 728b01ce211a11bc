### 繁體中文 (zh-Hant, Taiwan). Register: neutral, polite "您" where a pronoun is needed, as in Microsoft's Traditional Chinese (Taiwan) product UI.
### Glossary:
###   password = 密碼
###   security info = 安全性資訊
###   verification code = 驗證碼
###   security question = 安全性問題
###   helpdesk = 技術支援人員
###   administrator = 系統管理員
###   sign in / sign out = 登入 / 登出
###   reset = 重設
###   unlock = 解除鎖定
###   account = 帳戶
###   user name = 使用者名稱
###   directory = 目錄
###   text message = 簡訊
###   mobile phone / office phone = 行動電話 / 辦公室電話
###   authentication phone / email = 驗證用電話 / 驗證用電子郵件
###   portal = 入口網站

## Shared by every page

product-name = 帳戶自助服務
skip-to-content = 跳到主要內容
loading = 正在載入…
language-label = 語言
# 顯示在語言選擇器中：以本語言書寫的本語言名稱。
language-name = 繁體中文
language-apply = 變更語言
password-show = 顯示密碼
password-hide = 隱藏密碼

## Errors

error-user-name-missing = 請輸入您的使用者名稱。
error-user-name-invalid = 這看起來不像使用者名稱。請檢查您輸入的內容，然後再試一次。
error-password-missing = 請輸入您的密碼。
error-invalid-credentials = 使用者名稱或密碼不正確。請檢查這兩項，然後再試一次。
error-account-locked = 您的帳戶已遭鎖定。若要解除鎖定，請選擇下方的「無法存取您的帳戶？」，或與技術支援人員聯絡。
error-sign-in-paused = 此使用者名稱的登入失敗次數過多。為了保護帳戶，登入已暫停至 { $until }。如果您忘記密碼，現在即可重設。
error-sign-in-busy-address = 來自您所在網路的登入失敗次數過多。請等候一小時後再試一次。
error-unavailable = 我們這邊發生問題。請在幾分鐘後再試一次。
error-transport = 無法連線到伺服器。請檢查您的連線，然後再試一次。

## Sign-in page

sign-in-title = 登入
sign-in-heading = 登入您的帳戶
sign-in-user-name = 使用者名稱
sign-in-password = 密碼
sign-in-submit = 登入
sign-in-cant-access = 無法存取您的帳戶？

## Account page

account-title = 您的帳戶
account-heading = 您的帳戶
account-signed-in-as = 您目前的登入身分是
account-sign-out = 登出
account-signed-out = 您尚未登入。
account-go-sign-in = 前往登入

## Password reset

reset-title = 重設密碼
reset-heading = 重新存取您的帳戶
reset-back-to-sign-in = 返回登入
reset-intro = 請輸入您的使用者名稱。我們會協助您證明您的身分，接著您就可以設定新密碼。
reset-user-id = 使用者名稱
reset-user-id-hint = 通常是您的公司電子郵件地址，例如 name@contoso.example。
reset-next = 下一步
captcha-question = 請證明您不是機器人：{ $a } 加 { $b } 等於多少？
captcha-hint = 請以數字輸入答案。
captcha-checking = 正在確認您不是機器人…
captcha-done = 完成：您的瀏覽器已證明您不是機器人。請按一下 [下一步] 繼續。
reset-start-again = 重新開始
reset-verify-heading = 證明您的身分
reset-gate-of = 第 { $number } 項驗證，共 { $total } 項
reset-gate-legend = 您要以哪種方式取得驗證碼？
reset-gate-email = 以電子郵件將驗證碼傳送到 { $destination }
reset-gate-mobile-sms = 以簡訊將驗證碼傳送到我的行動電話 { $destination }
reset-gate-mobile-voice = 撥打我的行動電話 { $destination }
reset-gate-office-voice = 撥打我的辦公室電話 { $destination }
reset-gate-questions = 回答我的安全性問題
reset-code-sent-email = 我們已將含有驗證碼的電子郵件傳送到 { $destination }。
reset-code-sent-sms = 我們已將含有驗證碼的簡訊傳送到 { $destination }。
reset-code-sent-voice = 我們正在撥打 { $destination }，將為您唸出驗證碼。
reset-code-resend = 傳送新的驗證碼
reset-other-method = 使用其他方法
reset-questions-heading = 回答您的安全性問題
reset-password-heading = 設定新密碼
reset-password-hint = 請至少使用 { $min } 個字元。最好使用一段您記得住的較長詞句；請避免使用您的姓名和常見密碼。
reset-password-new = 新密碼
reset-password-confirm = 確認新密碼
reset-password-strength-0 = 估計強度：非常弱
reset-password-strength-1 = 估計強度：弱
reset-password-strength-2 = 估計強度：普通
reset-password-strength-3 = 估計強度：強
reset-password-strength-4 = 估計強度：非常強
reset-password-strength-note = 此估計值由您的瀏覽器計算，僅供您選擇密碼時參考。密碼是否會被接受，取決於上方的規則。
reset-password-submit = 重設密碼
reset-unlock-only-text = 您的帳戶已遭鎖定。如果您仍記得密碼，可以只解除帳戶鎖定並保留目前的密碼。
reset-unlock-only = 僅解除鎖定
reset-contact-heading = 與您的系統管理員聯絡
reset-contact-text = 您無法在此重設密碼。您的系統管理員可以協助您重新存取帳戶。
reset-contact-helpdesk = 與技術支援人員聯絡
reset-done-heading = 您的密碼已重設
reset-done-text = 您已在所有地方登出。請使用新密碼登入。
reset-unlocked-heading = 您的帳戶已解除鎖定
reset-unlocked-text = 請使用目前的密碼登入。
reset-go-sign-in = 前往登入
reset-error-flow-missing = 您的重設作業已逾期或從未開始。請重新開始。
reset-error-step-out-of-order = 目前無法使用該步驟。請從此頁面繼續。
reset-error-user-id-missing = 請輸入您的使用者名稱。
reset-error-user-id-invalid = 請以電子郵件地址的格式輸入使用者名稱，例如 name@contoso.example。
reset-error-captcha-failed = 我們無法確認您不是機器人。請再試一次。
reset-error-gate-missing = 請選擇取得驗證碼的方式。
reset-error-code-dead = 輸入錯誤驗證碼的次數過多。請傳送新的驗證碼，或使用其他方法。
reset-error-answers-wrong = 一或多個答案不正確。請檢查後再試一次。
reset-error-blocked = 您嘗試的次數過多。為了您的安全，此帳戶的自助重設已暫停至 { $until }。
reset-error-busy-address = 來自您所在網路的嘗試次數過多。請等候一小時後再試一次。
reset-error-passwords-differ = 兩次輸入的密碼不相符。
reset-error-password-too-short = 請至少使用 { $min } 個字元。
reset-error-password-missing = 請輸入新密碼。
reset-error-password-common = 此密碼在攻擊者最先嘗試的密碼清單中。請另選一個密碼，例如由幾個互不相關的字詞組成的詞句。
reset-error-password-control = 密碼不可包含分行符號、定位字元或其他控制字元。請在不含這些字元的情況下重新輸入。
reset-error-write-unconfirmed = 我們無法確認您的新密碼是否已儲存。請重新設定密碼；新設定的密碼將取代任何已儲存的內容。
reset-writing = 正在儲存您的變更。請稍後重新載入此頁面。
reset-error-password-too-long = 最多只能使用 256 個字元。
reset-error-password-contains-name = 請勿在密碼中使用您的使用者名稱。
reset-error-write-failed = 我們無法將變更儲存到目錄中，因此未進行任何變更。請稍後再試一次。

## Organisation branding on every page

footer-label = 組織的連結
footer-privacy = 隱私權
footer-terms = 使用規定
footer-helpdesk = 技術支援人員

## Branding studio (/admin/branding, for branding administrators)

studio-title = 品牌工作室
studio-heading-layer = 設定：{ $layer }
studio-back = 返回品牌工作室
studio-preview-banner = 您正在預覽尚未發佈的品牌。在發佈之前，其他人都看不到它。
studio-preview-stop = 停止預覽
studio-layer-label = 設定適用於
studio-layer-open = 開啟
studio-layer-default = 預設（所有語言）
studio-layer-overridden = { $language }（有自己的設定）
studio-inherited = 保留空白時：{ $value }
studio-as-default = 與預設設定相同
studio-as-product = 與未設定品牌時的入口網站外觀相同
studio-show = 顯示
studio-hide = 隱藏
studio-save = 儲存草稿
studio-section-identity = 組織
studio-section-colours = 色彩
studio-colours-hint = 請以 #rrggbb 格式輸入色彩，例如 #0b5cad。文字和按鈕必須與背景有足夠的區別，才能讓每個人都看得清楚，因此工作室會在發佈前檢查對比。
studio-section-layout = 版面配置
studio-section-sign-in = 登入頁面
studio-section-links = 頁尾連結
studio-section-css = 自訂 CSS
studio-css-hint = 適用於入口網站 CSS 參考中所列類別名稱的規則。影像只能來自在此處上傳的影像。上限為 25 KB。
studio-section-images = 影像
studio-section-publish = 發佈
studio-section-publications = 發佈記錄
studio-field-organisation-name = 組織名稱
studio-field-colour-primary = 按鈕和連結
studio-field-colour-primary-text = 按鈕上的文字
studio-field-colour-header = 頁首列
studio-field-colour-header-text = 頁首列中的文字
studio-field-colour-text = 文字
studio-field-colour-page = 頁面背景
studio-field-colour-card = 卡片背景
studio-field-colour-focus = 鍵盤焦點框
studio-field-layout = 頁面版面配置
studio-layout-full-bleed = 背景影像填滿頁面
studio-layout-plain = 單色頁面背景
studio-field-show-header = 顯示頁首列
studio-field-show-footer = 顯示頁尾
studio-field-sign-in-text = 登入頁面文字
studio-field-user-name-hint = 使用者名稱提示
studio-field-cant-access-label = 供無法登入者使用的連結文字
studio-field-show-reset-link = 供無法登入者使用的連結
studio-field-privacy-url = 隱私權聲明網址
studio-field-terms-url = 使用規定網址
studio-field-helpdesk-url = 技術支援人員的聯絡位址（網址或電子郵件地址）
studio-field-custom-css = 自訂 CSS
studio-field-image-banner-logo = 橫幅標誌
studio-field-image-square-logo = 方形標誌
studio-field-image-square-logo-dark = 用於深色背景的方形標誌
studio-field-image-favicon = 網站圖示（favicon）
studio-field-image-background = 背景影像
studio-image-limits = { $kinds }，不超過 { $kilobytes } KB 及 { $width } × { $height } 像素。
studio-image-upload = 上傳{ $slot }
studio-image-remove = 移除{ $slot }
studio-image-current = 目前的{ $slot }
studio-live-heading = 即時預覽
studio-live-caption = 在您輸入時即時反映上方的色彩和文字，不必先儲存。
studio-preview = 在實際頁面上預覽草稿
studio-email-preview = 使用草稿預覽電子郵件
studio-publish = 發佈
studio-state-never-published = 尚未發佈任何內容：所有人看到的都是未設定品牌的入口網站。
studio-state-published = 版本 { $version } 已生效。
studio-state-unpublished-changes = 草稿中有尚未發佈的變更。
studio-problems-heading = 發佈前請先修正下列問題
studio-problem-in-layer = { $layer }，{ $setting }：{ $problem }
studio-problem-contrast = { $layer }：{ $pair }之間的對比為 { $ratio }；至少需要 { $minimum }。
studio-problem-too-long = 最多使用 { $max } 個字元。
studio-problem-control-character = 請移除其中的控制字元（例如定位字元）。
studio-problem-not-a-colour = 請以 # 後接六位十六進位數字的格式輸入色彩，例如 #0b5cad。
studio-problem-link-not-https = 網址必須以 https:// 開頭。
studio-problem-link-invalid = 請輸入以 https:// 開頭的網址或電子郵件地址。
studio-problem-css = 第 { $line } 行：{ $reason }
studio-css-too-long = 樣式表超過 25 KB。
studio-css-import = 不允許使用 @import；請直接將規則寫在這裡。
studio-css-external-url = url() 只能指向在工作室中上傳的影像。
studio-css-expression = 不允許使用 expression()、behavior 和 -moz-binding。
studio-css-at-rule = 只允許使用 @media、@supports、@layer、@container、@font-face 和 @keyframes。
studio-css-markup = 不允許出現字元序列 </。
studio-css-unparsable = 這不是有效的 CSS（請檢查是否缺少大括號、冒號或引號）。
studio-pair-text-on-page = 文字與頁面背景
studio-pair-text-on-card = 文字與卡片背景
studio-pair-button-text-on-primary = 按鈕文字與按鈕
studio-pair-header-text-on-header = 頁首文字與頁首列
studio-pair-focus-on-page = 焦點框與頁面背景
studio-column-version = 版本
studio-column-when = 發佈時間
studio-column-who = 發佈者
studio-column-note = 附註
studio-column-action = 動作
studio-publication-live = 目前生效中
studio-publication-restored = 還原版本 { $version }
studio-roll-back = 重新發佈版本 { $version }
studio-done-saved = 草稿已儲存。請先預覽，準備就緒後再發佈。
studio-done-uploaded = 影像已加入草稿。
studio-done-removed = 已從草稿中移除影像。
studio-done-published = 已發佈。所有頁面將在幾秒內顯示新的品牌。
studio-done-rolled-back = 先前的版本已重新生效，現在也是草稿。
studio-done-preview-stopped = 預覽已結束。
studio-refused-publish = 未發佈任何內容：請先修正下方列出的問題。
studio-refused-no-such-version = 該版本不存在。未進行任何變更。
studio-refused-unavailable = 無法儲存變更。未進行任何變更；請再試一次。
studio-refused-empty = 未上傳「{ $slot }」：未選擇檔案，或檔案是空的。未進行任何變更。
studio-refused-too-many-bytes = 未上傳「{ $slot }」：檔案大於 { $kilobytes } KB。未進行任何變更。
studio-refused-unknown-type = 未上傳「{ $slot }」：無論檔名為何，此檔案都不是 PNG、JPEG 或 WebP 影像（對於標誌，也不是 SVG 繪圖）。未進行任何變更。
studio-refused-svg-not-allowed = 未上傳「{ $slot }」：只有標誌接受 SVG 繪圖。請使用 PNG、JPEG 或 WebP。未進行任何變更。
studio-refused-too-many-pixels = 未上傳「{ $slot }」：影像大於 { $width } × { $height } 像素。未進行任何變更。
studio-refused-undecodable = 未上傳「{ $slot }」：影像已損毀，無法讀取。未進行任何變更。
studio-refused-svg-unparsable = 未上傳「{ $slot }」：無法讀取此 SVG 繪圖。未進行任何變更。
studio-refused-svg-doctype = 未上傳「{ $slot }」：含有 DOCTYPE 或實體的 SVG 繪圖會遭到拒絕。未進行任何變更。
studio-refused-svg-script = 未上傳「{ $slot }」：此 SVG 繪圖包含指令碼。未進行任何變更。
studio-refused-svg-foreign-object = 未上傳「{ $slot }」：此 SVG 繪圖內嵌了其他內容（foreignObject）。未進行任何變更。
studio-refused-svg-event-handler = 未上傳「{ $slot }」：此 SVG 繪圖包含事件處理常式（on… 屬性）。未進行任何變更。
studio-refused-svg-external-reference = 未上傳「{ $slot }」：此 SVG 繪圖參照了其本身以外的檔案或位址。未進行任何變更。
studio-refused-svg-too-complex = 未上傳「{ $slot }」：此 SVG 繪圖過於複雜。請簡化後再試一次。未進行任何變更。
studio-refused-svg-marker = 未上傳「{ $slot }」：不支援 SVG 標記（marker）。未進行任何變更。

## Not found

not-found-title = 找不到頁面
not-found-heading = 我們找不到該頁面。

## Demo outbox (demonstration mode only)

outbox-title = 示範寄件匣
outbox-heading = 示範寄件匣
outbox-banner-heading = 示範模式
outbox-banner-text = 此頁面只在示範模式下存在。訊息不會真的傳送出去：電子郵件、簡訊和語音通話（包括一次性驗證碼）都會改為保留在這裡，方便您試用入口網站。切勿以示範模式執行正式的入口網站。
outbox-caption = 最新的 { $limit } 則訊息，最新的在前
outbox-empty = 尚無訊息。入口網站傳送的驗證碼和通知會顯示在這裡。
outbox-time = 時間
outbox-channel = 管道
outbox-recipient = 收件者
outbox-subject = 主旨
outbox-body = 訊息
outbox-channel-email = 電子郵件
outbox-channel-sms = 簡訊
outbox-channel-voice = 語音通話

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = 您在哪個城市認識您的第一任配偶/伴侶？
question-city-parents-met = 您的父母是在哪個城市認識的？
question-city-nearest-sibling = 與您住得最近的兄弟姊妹住在哪個城市？
question-city-father-born = 您的父親在哪個城市出生？
question-city-first-job = 您的第一份工作在哪個城市？
question-city-mother-born = 您的母親在哪個城市出生？
question-city-new-year-2000 = 2000 年元旦時您在哪個城市？
question-high-school-teacher-last-name = 您高中時最喜歡的老師姓什麼？
question-college-applied-not-attended = 您曾申請但沒有就讀的大學叫什麼名字？
question-first-wedding-reception-place = 您第一次舉辦婚宴的地點叫什麼名字？
question-father-middle-name = 您父親的名字（不含姓氏）是什麼？
question-favorite-food = 您最喜歡的食物是什麼？
question-maternal-grandmother-name = 您外婆的姓名是什麼？
question-mother-middle-name = 您母親的名字（不含姓氏）是什麼？
question-oldest-sibling-birthday = 您年紀最大的兄弟姊妹出生於哪年哪月？（例如 1985 年 11 月）
question-oldest-sibling-middle-name = 您年紀最大的兄弟姊妹的小名是什麼？
question-paternal-grandfather-name = 您爺爺的姓名是什麼？
question-youngest-sibling-middle-name = 您年紀最小的兄弟姊妹的小名是什麼？
question-sixth-grade-school = 您國小六年級時就讀哪所學校？
question-childhood-best-friend-name = 您童年最要好的朋友姓名是什麼？
question-first-significant-other-name = 您第一位交往對象的姓名是什麼？
question-grade-school-teacher-last-name = 您國小時最喜歡的老師姓什麼？
question-first-car-make-model = 您的第一輛汽車或機車是什麼品牌和型號？
question-first-school = 您就讀的第一所學校叫什麼名字？
question-birth-hospital = 您出生的醫院叫什麼名字？
question-childhood-street = 您童年第一個家所在的街道叫什麼名字？
question-childhood-hero = 您童年時的偶像叫什麼名字？
question-favorite-stuffed-animal = 您最喜歡的絨毛玩偶叫什麼名字？
question-first-pet = 您的第一隻寵物叫什麼名字？
question-childhood-nickname = 您小時候的綽號是什麼？
question-high-school-sport = 您高中時最喜歡的運動是什麼？
question-first-job = 您的第一份工作是什麼？
question-childhood-phone-last-digits = 您小時候家裡電話號碼的最後四碼是什麼？
question-childhood-ambition = 您小時候長大後想做什麼？
question-most-famous-person-met = 您見過最有名的人是誰？

## Security-info registration

method-email = 電子郵件
method-mobile-phone = 行動電話
method-office-phone = 辦公室電話
method-security-questions = 安全性問題
method-questions-count = 已回答 { $count } 個問題
source-authentication = 由您自行註冊以供驗證，不會顯示在目錄中
source-directory = 來自您的目錄個人資料
source-administrator = 由您的系統管理員設定

prompt-title = 需要更多資訊
prompt-register-heading = 需要更多資訊
prompt-register-why = 當您忘記密碼或帳戶遭鎖定時，您的組織需要一種方式來確認是您本人。請立即註冊您的安全性資訊，這樣您不必聯絡技術支援人員，就能自行重新存取帳戶。
prompt-register-needed = 您至少需要 { $count } 種不同的驗證方法。
prompt-next = 下一步
prompt-skip = 暫時略過
prompt-reconfirm-heading = 這些資訊仍然正確嗎？
prompt-reconfirm-why = 請檢查您註冊的安全性資訊。如有變動，請更新資訊，以確保您仍能重設密碼。
prompt-looks-good = 資訊正確
prompt-change = 變更
prompt-nothing = 不需要其他操作
prompt-go-account = 前往您的帳戶

wizard-title = 註冊安全性資訊
wizard-start = 重新開始
wizard-step-of = 第 { $number } 步，共 { $total } 步
wizard-code-label = 驗證碼
wizard-verify = 驗證
wizard-send-code = 傳送驗證碼
wizard-skip-step = 略過此方法
wizard-phone-country = 國家或地區
wizard-phone-number = 電話號碼
wizard-phone-hint = 不含國碼，或以 + 開頭並包含國碼。
wizard-phone-channel = 我們要如何傳送驗證碼？
wizard-phone-sms = 簡訊 (SMS)
wizard-phone-voice = 語音通話
wizard-phone-texted = 我們已將含有驗證碼的簡訊傳送到 { $number }。
wizard-phone-called = 我們正在撥打 { $number }，將為您唸出驗證碼。
wizard-phone-resend-heading = 沒有收到驗證碼？請重新傳送或使用其他號碼
wizard-phone-reset-uses = 目前重設密碼時會使用 { $number }（{ $source }）。
wizard-phone-reset-none = 您還沒有可用於重設密碼的電話。
wizard-phone-precedence = 您在此驗證的號碼會成為您的驗證用電話，重設密碼時會使用這個號碼，而不是目錄中的行動電話。
wizard-office-phone = 辦公室電話：{ $number }，由您的系統管理員設定。您無法在此變更。
wizard-email-address = 電子郵件地址
wizard-email-sent = 我們已將含有驗證碼的電子郵件傳送到 { $address }。
wizard-email-resend-heading = 沒有收到電子郵件？請重新傳送或使用其他地址
wizard-email-reset-uses = 目前重設密碼時會使用 { $address }（{ $source }）。
wizard-email-reset-none = 您還沒有可用於重設密碼的電子郵件地址。
wizard-email-precedence = 您在此驗證的地址會成為您的驗證用電子郵件，重設密碼時會使用這個地址，而不是目錄中的備用電子郵件。請使用公司信箱以外的地址。
wizard-questions-intro = 請選擇 { $count } 個不同的問題並逐一回答。答案長度為 3 到 40 個字元，不區分大小寫，多餘的空格也會忽略。任何人（包括系統管理員）都無法讀取您的答案。
wizard-question-label = 問題 { $number }
wizard-answer-label = 問題 { $number } 的答案
wizard-question-choose = 選擇問題
wizard-answers-show = 顯示答案
wizard-answers-hide = 隱藏答案
wizard-questions-save = 繼續
wizard-questions-retype = 為了您的安全，答案絕不會傳回頁面：請重新輸入。
wizard-summary-heading = 檢查並儲存
wizard-summary-skipped = 已略過
wizard-save = 儲存
wizard-cancel = 取消

registration-error-not-signed-in = 您的工作階段已結束。請重新登入。
registration-error-flow-missing = 此註冊作業已逾期或已完成。請重新開始以繼續。
registration-error-step-out-of-order = 目前無法使用該步驟。請從顯示的步驟繼續。
registration-error-phone-missing = 請輸入您的電話號碼。
registration-error-country-needed = 請選擇國家，或以 + 開頭輸入含國際碼的號碼。
registration-error-phone-invalid = 這不是所選國家的有效電話號碼。
registration-error-email-missing = 請輸入您的電子郵件地址。
registration-error-email-invalid = 請輸入類似 name@example.com 的電子郵件地址。
code-error-missing = 請輸入我們傳送給您的驗證碼。
code-error-malformed = 驗證碼為 6 到 8 位數字。
code-error-wrong = 驗證碼不正確。您還可以再試 { $tries } 次。
code-error-dead = 輸入錯誤驗證碼的次數過多。請傳送新的驗證碼。
code-error-expired = 該驗證碼已逾期。請傳送新的驗證碼。
code-error-used = 該驗證碼已使用過。請傳送新的驗證碼。
code-error-none-sent = 沒有待使用的驗證碼。請傳送新的驗證碼。
code-error-too-many = 傳送的驗證碼過多。請等候一小時，或選擇其他方法。
code-error-delivery-failed = 我們無法傳送驗證碼。請再試一次，或選擇其他方法。
registration-error-question-missing = 請在此選擇問題。
registration-error-question-not-offered = 請從清單中選擇問題。
registration-error-question-twice = 您已選擇過此問題。請選擇其他問題。
error-answer-missing = 請輸入答案。
registration-error-answer-too-short = 答案至少需要 3 個字元。
registration-error-answer-too-long = 答案最多 40 個字元。
registration-error-answer-twice = 您已將此答案用於另一個問題。請提供不同的答案。
registration-error-steps-pending = 儲存前，請完成或略過每個步驟。
registration-error-nothing-to-save = 未新增任何內容。請至少註冊一種方法，或取消。
registration-error-not-enough-methods = 請至少註冊 { $needed } 種不同的方法，以便您能重設密碼。

account-security-info = 安全性資訊：註冊、變更或刪除
account-security-info-saved = 已儲存您的安全性資訊。

message-code-email-subject = 您的驗證碼
message-code-email-body = 您的驗證碼是 { $code }。

    此驗證碼在 { $minutes } 分鐘內有效。如果您並未要求此驗證碼，可以忽略這封電子郵件：沒有驗證碼，任何內容都不會變更。
message-code-sms = 您的驗證碼是 { $code }，{ $minutes } 分鐘內有效。
message-code-voice = 您的驗證碼是：{ $code }。再說一次：{ $code }。
message-changed-subject = 您的安全性資訊已變更
message-changed-body = 您帳戶的下列安全性資訊剛剛已變更：
    { $changes }

    如果是您本人所做的變更，則不需要採取任何行動。如果不是，請立即與技術支援人員聯絡。
message-changed-phone = 驗證用電話
message-changed-email = 驗證用電子郵件
message-changed-questions = 安全性問題

country-AR = 阿根廷
country-AT = 奧地利
country-AU = 澳洲
country-BE = 比利時
country-BR = 巴西
country-CA = 加拿大
country-CH = 瑞士
country-CN = 中國
country-CZ = 捷克
country-DE = 德國
country-DK = 丹麥
country-ES = 西班牙
country-FI = 芬蘭
country-FR = 法國
country-GB = 英國
country-GR = 希臘
country-HR = 克羅埃西亞
country-HU = 匈牙利
country-IE = 愛爾蘭
country-IN = 印度
country-IT = 義大利
country-JP = 日本
country-LU = 盧森堡
country-MT = 馬爾他
country-MX = 墨西哥
country-NL = 荷蘭
country-NO = 挪威
country-NZ = 紐西蘭
country-PL = 波蘭
country-PT = 葡萄牙
country-RO = 羅馬尼亞
country-SE = 瑞典
country-SI = 斯洛維尼亞
country-SK = 斯洛伐克
country-SM = 聖馬利諾
country-TR = 土耳其
country-UA = 烏克蘭
country-US = 美國
country-VA = 梵蒂岡
country-ZA = 南非
registration-error-reauth-required = 為了您的安全，變更安全性資訊前請重新輸入密碼。
registration-error-method-not-changeable = 無法在此變更此方法。
registration-error-wrong-password = 密碼不正確。
registration-error-too-many-password-tries = 輸入錯誤密碼的次數過多。請等候幾分鐘後再試一次。

security-info-title = 安全性資訊
security-info-back = 返回您的帳戶
security-info-usable = 重設密碼可以使用您的 { $usable } 種方法；需要 { $required } 種不同的方法。
security-info-not-set = 未設定
security-info-add = 新增
security-info-change = 變更
security-info-delete = 刪除
security-info-deleted = 已刪除該方法。
security-info-delete-title = 刪除方法
security-info-delete-confirm = 要從您的安全性資訊中刪除「{ $method }」嗎？
security-info-delete-warning = 刪除後，您的方法將少於 { $required } 種，您將無法再自行重設密碼。
reauth-title = 確認您的身分
reauth-submit = 繼續

## Password reset messages

message-reset-subject = 您的密碼已重設
message-reset-body = 您好：

    您帳戶的密碼剛剛已透過密碼自助入口網站重設，所有工作階段皆已登出。

    如果是您本人操作，則不需要再做任何事。如果不是，請立即與您的系統管理員聯絡。

    登入：{ $url }
message-unlocked-subject = 您的帳戶已解除鎖定
message-unlocked-body = 您好：

    您的帳戶剛剛已透過密碼自助入口網站解除鎖定。您的密碼並未變更。

    如果不是您本人操作，請立即與您的系統管理員聯絡。

    登入：{ $url }
message-admin-reset-subject = 系統管理員 { $admin } 重設了自己的密碼
message-admin-reset-body = 您好：

    系統管理員 { $admin } 剛剛透過密碼自助入口網站重設了自己的密碼。

    如果這不在您的預期之中，請向其本人確認，並檢閱稽核記錄。

    入口網站：{ $url }

## Email footer and text-message sender

email-footer-sent-by = 此郵件由 { $organisation } 自動傳送。
email-footer-privacy = 隱私權
email-footer-terms = 使用條款
email-footer-helpdesk = 技術支援人員
message-from-organisation = 【{ $organisation }】{ $text }

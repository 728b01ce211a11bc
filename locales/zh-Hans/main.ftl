### 简体中文 (zh-Hans). Register: neutral, polite "您" where a pronoun is needed, as in Microsoft's Simplified Chinese product UI.
### Glossary:
###   password = 密码
###   security info = 安全信息
###   verification code = 验证码
###   security question = 安全问题
###   helpdesk = 技术支持人员
###   administrator = 管理员
###   sign in / sign out = 登录 / 退出登录
###   reset = 重置
###   unlock = 解锁
###   account = 帐户
###   user name = 用户名
###   directory = 目录
###   text message = 短信
###   mobile phone / office phone = 手机 / 办公电话
###   authentication phone / email = 身份验证电话 / 身份验证电子邮件

## Shared by every page

product-name = 帐户自助服务
skip-to-content = 跳到主要内容
loading = 正在加载…
language-label = 语言
# 显示在语言选择器中：用本语言书写的本语言名称。
language-name = 简体中文
language-apply = 更改语言
password-show = 显示密码
password-hide = 隐藏密码

## Errors

error-user-name-missing = 请输入您的用户名。
error-user-name-invalid = 这似乎不是有效的用户名。请检查输入内容，然后重试。
error-password-missing = 请输入您的密码。
error-invalid-credentials = 用户名或密码不正确。请检查这两项，然后重试。
error-account-locked = 您的帐户已被锁定。若要解锁，请选择下方的“无法访问您的帐户？”，或联系技术支持人员。
error-sign-in-paused = 此用户名的登录失败次数过多。为保护帐户安全，登录已暂停至 { $until }。如果您忘记了密码，现在即可重置。
error-sign-in-busy-address = 来自您所在网络的登录失败次数过多。请等待一小时后重试。
error-unavailable = 我们这边出现了问题。请几分钟后重试。
error-transport = 无法连接到服务器。请检查网络连接，然后重试。

## Sign-in page

sign-in-title = 登录
sign-in-heading = 登录到您的帐户
sign-in-user-name = 用户名
sign-in-password = 密码
sign-in-submit = 登录
sign-in-cant-access = 无法访问您的帐户？

## Account page

account-title = 您的帐户
account-heading = 您的帐户
account-signed-in-as = 您当前的登录身份是
account-sign-out = 退出登录
account-signed-out = 您尚未登录。
account-go-sign-in = 前往登录

## Password reset

reset-title = 重置密码
reset-heading = 重新访问您的帐户
reset-back-to-sign-in = 返回登录
reset-intro = 请输入您的用户名。我们将帮助您验证身份，然后您可以设置新密码。
reset-user-id = 用户名
reset-user-id-hint = 通常是您的工作电子邮件地址，例如 name@contoso.example。
reset-next = 下一步
captcha-question = 请证明您不是机器人：{ $a } 加 { $b } 等于多少？
captcha-hint = 请用数字输入答案。
captcha-checking = 正在确认您不是机器人…
captcha-done = 完成：您的浏览器已证明您不是机器人。请单击“下一步”继续。
reset-start-again = 重新开始
reset-verify-heading = 验证您的身份
reset-gate-of = 第 { $number } 项验证，共 { $total } 项
reset-gate-legend = 您希望通过哪种方式获取验证码？
reset-gate-email = 将验证码通过电子邮件发送到 { $destination }
reset-gate-mobile-sms = 将验证码通过短信发送到我的手机 { $destination }
reset-gate-mobile-voice = 拨打我的手机 { $destination }
reset-gate-office-voice = 拨打我的办公电话 { $destination }
reset-gate-questions = 回答我的安全问题
reset-code-sent-email = 我们已向 { $destination } 发送了一封包含验证码的电子邮件。
reset-code-sent-sms = 我们已向 { $destination } 发送了一条包含验证码的短信。
reset-code-sent-voice = 我们正在拨打 { $destination }，将为您读出验证码。
reset-code-resend = 发送新验证码
reset-other-method = 使用其他方式
reset-questions-heading = 回答您的安全问题
reset-password-heading = 设置新密码
reset-password-hint = 请至少使用 { $min } 个字符。最好使用一个您能记住的较长短语；请避免使用您的姓名和常见密码。
reset-password-new = 新密码
reset-password-confirm = 确认新密码
reset-password-strength-0 = 估计强度：非常弱
reset-password-strength-1 = 估计强度：弱
reset-password-strength-2 = 估计强度：一般
reset-password-strength-3 = 估计强度：强
reset-password-strength-4 = 估计强度：非常强
reset-password-strength-note = 此估计值由您的浏览器计算，仅供您选择密码时参考。密码能否被接受由上方的规则决定。
reset-password-submit = 重置密码
reset-unlock-only-text = 您的帐户已被锁定。如果您仍记得密码，可以只解锁帐户并保留现有密码。
reset-unlock-only = 仅解锁
reset-contact-heading = 联系您的管理员
reset-contact-text = 您无法在此处重置密码。您的管理员可以帮助您重新访问帐户。
reset-contact-helpdesk = 联系技术支持人员
reset-done-heading = 您的密码已重置
reset-done-text = 您已在所有位置退出登录。请使用新密码登录。
reset-unlocked-heading = 您的帐户已解锁
reset-unlocked-text = 请使用当前密码登录。
reset-go-sign-in = 前往登录
reset-error-flow-missing = 您的重置已过期或从未开始。请重新开始。
reset-error-step-out-of-order = 该步骤当前不可用。请从此页面继续。
reset-error-user-id-missing = 请输入您的用户名。
reset-error-user-id-invalid = 请以电子邮件地址的格式输入用户名，例如 name@contoso.example。
reset-error-captcha-failed = 我们无法确认您不是机器人。请重试。
reset-error-gate-missing = 请选择获取验证码的方式。
reset-error-code-dead = 错误验证码的输入次数过多。请发送新验证码或使用其他方式。
reset-error-answers-wrong = 一个或多个答案不正确。请检查后重试。
reset-error-blocked = 您的尝试次数过多。为了您的安全，此帐户的自助重置已暂停至 { $until }。
reset-error-busy-address = 来自您所在网络的尝试次数过多。请等待一小时后重试。
reset-error-passwords-differ = 两次输入的密码不一致。
reset-error-password-too-short = 请至少使用 { $min } 个字符。
reset-error-password-missing = 请输入新密码。
reset-error-password-common = 此密码位于攻击者最先尝试的密码列表中。请另选一个密码，例如由几个互不相关的词语组成的短语。
reset-error-password-control = 密码不能包含换行符、制表符或其他控制字符。请重新输入，不要包含这些字符。
reset-error-write-unconfirmed = 我们无法确认您的新密码是否已保存。请重新设置密码；新设置的密码将替换已保存的任何内容。
reset-writing = 正在保存您的更改。请稍后重新加载此页面。
reset-error-password-too-long = 最多使用 256 个字符。
reset-error-password-contains-name = 请勿在密码中使用您的用户名。
reset-error-write-failed = 我们无法将更改保存到目录中，因此未做任何更改。请稍后重试。

## Organisation branding on every page

footer-label = 组织的链接
footer-privacy = 隐私
footer-terms = 使用条款
footer-helpdesk = 技术支持人员

## Branding studio (/admin/branding, for branding administrators)

studio-title = 品牌工作室
studio-heading-layer = 设置：{ $layer }
studio-back = 返回品牌工作室
studio-preview-banner = 您正在预览尚未发布的品牌。在发布之前，其他人都看不到它。
studio-preview-stop = 停止预览
studio-layer-label = 设置适用于
studio-layer-open = 打开
studio-layer-default = 默认（所有语言）
studio-layer-overridden = { $language }（有单独的设置）
studio-inherited = 留空时：{ $value }
studio-as-default = 与默认设置相同
studio-as-product = 与未设置品牌时的门户外观相同
studio-show = 显示
studio-hide = 隐藏
studio-save = 保存草稿
studio-section-identity = 组织
studio-section-colours = 颜色
studio-colours-hint = 请按 #rrggbb 格式填写颜色，例如 #0b5cad。文本和按钮必须与背景有足够的区分度，以便所有人都能阅读，因此工作室会在发布前检查对比度。
studio-section-layout = 布局
studio-section-sign-in = 登录页
studio-section-links = 页脚链接
studio-section-css = 自定义 CSS
studio-css-hint = 适用于门户 CSS 参考中所列类名的规则。图像只能来自在此处上传的图像。最大 25 KB。
studio-section-images = 图像
studio-section-publish = 发布
studio-section-publications = 发布记录
studio-field-organisation-name = 组织名称
studio-field-colour-primary = 按钮和链接
studio-field-colour-primary-text = 按钮上的文本
studio-field-colour-header = 页眉栏
studio-field-colour-header-text = 页眉栏中的文本
studio-field-colour-text = 文本
studio-field-colour-page = 页面背景
studio-field-colour-card = 卡片背景
studio-field-colour-focus = 键盘焦点框
studio-field-layout = 页面布局
studio-layout-full-bleed = 背景图像铺满页面
studio-layout-plain = 纯色页面背景
studio-field-show-header = 显示页眉栏
studio-field-show-footer = 显示页脚
studio-field-sign-in-text = 登录页文本
studio-field-user-name-hint = 用户名提示
studio-field-cant-access-label = 面向无法登录用户的链接文本
studio-field-show-reset-link = 面向无法登录用户的链接
studio-field-privacy-url = 隐私声明地址
studio-field-terms-url = 使用条款地址
studio-field-helpdesk-url = 技术支持人员的地址（网址或电子邮件地址）
studio-field-custom-css = 自定义 CSS
studio-field-image-banner-logo = 横幅徽标
studio-field-image-square-logo = 方形徽标
studio-field-image-square-logo-dark = 用于深色背景的方形徽标
studio-field-image-favicon = 网站图标（favicon）
studio-field-image-background = 背景图像
studio-image-limits = { $kinds }，不超过 { $kilobytes } KB 和 { $width } × { $height } 像素。
studio-image-upload = 上传{ $slot }
studio-image-remove = 删除{ $slot }
studio-image-current = 当前{ $slot }
studio-live-heading = 实时预览
studio-live-caption = 在您键入时即时反映上方的颜色和文本，无需先保存。
studio-preview = 在实际页面上预览草稿
studio-email-preview = 使用草稿预览电子邮件
studio-publish = 发布
studio-state-never-published = 尚未发布任何内容：所有人看到的都是未设置品牌的门户。
studio-state-published = 版本 { $version } 已生效。
studio-state-unpublished-changes = 草稿中有尚未发布的更改。
studio-problems-heading = 发布前请先修正以下问题
studio-problem-in-layer = { $layer }，{ $setting }：{ $problem }
studio-problem-contrast = { $layer }：{ $pair }之间的对比度为 { $ratio }；至少需要 { $minimum }。
studio-problem-too-long = 最多使用 { $max } 个字符。
studio-problem-control-character = 请删除其中的控制字符（例如制表符）。
studio-problem-not-a-colour = 请以 # 后跟六位十六进制数字的形式填写颜色，例如 #0b5cad。
studio-problem-link-not-https = 网址必须以 https:// 开头。
studio-problem-link-invalid = 请填写以 https:// 开头的网址或电子邮件地址。
studio-problem-css = 第 { $line } 行：{ $reason }
studio-css-too-long = 样式表超过 25 KB。
studio-css-import = 不允许使用 @import；请将规则直接写在此处。
studio-css-external-url = url() 只能指向在工作室中上传的图像。
studio-css-expression = 不允许使用 expression()、behavior 和 -moz-binding。
studio-css-at-rule = 仅允许使用 @media、@supports、@layer、@container、@font-face 和 @keyframes。
studio-css-markup = 不允许出现字符序列 </。
studio-css-unparsable = 这不是有效的 CSS（请检查是否缺少大括号、冒号或引号）。
studio-pair-text-on-page = 文本与页面背景
studio-pair-text-on-card = 文本与卡片背景
studio-pair-button-text-on-primary = 按钮文本与按钮
studio-pair-header-text-on-header = 页眉文本与页眉栏
studio-pair-focus-on-page = 焦点框与页面背景
studio-column-version = 版本
studio-column-when = 发布时间
studio-column-who = 发布者
studio-column-note = 备注
studio-column-action = 操作
studio-publication-live = 当前生效
studio-publication-restored = 恢复版本 { $version }
studio-roll-back = 重新发布版本 { $version }
studio-done-saved = 草稿已保存。请先预览，准备就绪后再发布。
studio-done-uploaded = 图像已添加到草稿中。
studio-done-removed = 已从草稿中删除该图像。
studio-done-published = 已发布。所有页面将在几秒钟内显示新品牌。
studio-done-rolled-back = 之前的版本已重新生效，现在也是草稿。
studio-done-preview-stopped = 预览已结束。
studio-refused-publish = 未发布任何内容：请先修正下面列出的问题。
studio-refused-no-such-version = 该版本不存在。未进行任何更改。
studio-refused-unavailable = 无法保存此更改。未进行任何更改；请重试。
studio-refused-empty = 未上传“{ $slot }”：未选择文件，或文件为空。未进行任何更改。
studio-refused-too-many-bytes = 未上传“{ $slot }”：文件大于 { $kilobytes } KB。未进行任何更改。
studio-refused-unknown-type = 未上传“{ $slot }”：无论文件名是什么，该文件都不是 PNG、JPEG 或 WebP 图像（对于徽标，也不是 SVG 绘图）。未进行任何更改。
studio-refused-svg-not-allowed = 未上传“{ $slot }”：仅徽标接受 SVG 绘图。请使用 PNG、JPEG 或 WebP。未进行任何更改。
studio-refused-too-many-pixels = 未上传“{ $slot }”：图像大于 { $width } × { $height } 像素。未进行任何更改。
studio-refused-undecodable = 未上传“{ $slot }”：图像已损坏，无法读取。未进行任何更改。
studio-refused-svg-unparsable = 未上传“{ $slot }”：无法读取该 SVG 绘图。未进行任何更改。
studio-refused-svg-doctype = 未上传“{ $slot }”：包含 DOCTYPE 或实体的 SVG 绘图会被拒绝。未进行任何更改。
studio-refused-svg-script = 未上传“{ $slot }”：该 SVG 绘图包含脚本。未进行任何更改。
studio-refused-svg-foreign-object = 未上传“{ $slot }”：该 SVG 绘图嵌入了其他内容（foreignObject）。未进行任何更改。
studio-refused-svg-event-handler = 未上传“{ $slot }”：该 SVG 绘图包含事件处理程序（on… 属性）。未进行任何更改。
studio-refused-svg-external-reference = 未上传“{ $slot }”：该 SVG 绘图引用了其自身以外的文件或地址。未进行任何更改。
studio-refused-svg-too-complex = 未上传“{ $slot }”：该 SVG 绘图过于复杂。请简化后重试。未进行任何更改。
studio-refused-svg-marker = 未上传“{ $slot }”：不支持 SVG 标记（marker）。未进行任何更改。

## Not found

not-found-title = 找不到页面
not-found-heading = 我们找不到该页面。

## Demo outbox (demonstration mode only)

outbox-title = 演示发件箱
outbox-heading = 演示发件箱
outbox-banner-heading = 演示模式
outbox-banner-text = 此页面仅在演示模式下存在。消息不会真正发送：电子邮件、短信和语音呼叫（包括一次性验证码）都保存在这里，以便您试用门户。切勿在演示模式下运行正式门户。
outbox-caption = 最近 { $limit } 条消息，最新的在前
outbox-empty = 暂无消息。门户发送的验证码和通知将显示在这里。
outbox-time = 时间
outbox-channel = 渠道
outbox-recipient = 收件人
outbox-subject = 主题
outbox-body = 消息
outbox-channel-email = 电子邮件
outbox-channel-sms = 短信
outbox-channel-voice = 语音呼叫

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = 您在哪个城市认识了您的第一任配偶/伴侣？
question-city-parents-met = 您的父母是在哪个城市认识的？
question-city-nearest-sibling = 与您关系最近的兄弟姐妹住在哪个城市？
question-city-father-born = 您的父亲出生在哪个城市？
question-city-first-job = 您的第一份工作在哪个城市？
question-city-mother-born = 您的母亲出生在哪个城市？
question-city-new-year-2000 = 2000 年元旦时您在哪个城市？
question-high-school-teacher-last-name = 您高中时最喜欢的老师姓什么？
question-college-applied-not-attended = 您报考过但没有就读的大学叫什么名字？
question-first-wedding-reception-place = 您第一次举办婚宴的地点叫什么名字？
question-father-middle-name = 您父亲的名字（不含姓）是什么？
question-favorite-food = 您最喜欢的食物是什么？
question-maternal-grandmother-name = 您外婆的姓名是什么？
question-mother-middle-name = 您母亲的名字（不含姓）是什么？
question-oldest-sibling-birthday = 您年龄最大的兄弟姐妹出生于哪年哪月？（例如 1985 年 11 月）
question-oldest-sibling-middle-name = 您年龄最大的兄弟姐妹的小名是什么？
question-paternal-grandfather-name = 您爷爷的姓名是什么？
question-youngest-sibling-middle-name = 您年龄最小的兄弟姐妹的小名是什么？
question-sixth-grade-school = 您小学六年级时就读于哪所学校？
question-childhood-best-friend-name = 您童年最要好的朋友的姓名是什么？
question-first-significant-other-name = 您第一个恋爱对象的姓名是什么？
question-grade-school-teacher-last-name = 您小学时最喜欢的老师姓什么？
question-first-car-make-model = 您的第一辆汽车或摩托车是什么品牌和型号？
question-first-school = 您上的第一所学校叫什么名字？
question-birth-hospital = 您出生的医院叫什么名字？
question-childhood-street = 您童年第一个家所在的街道叫什么名字？
question-childhood-hero = 您童年时的偶像叫什么名字？
question-favorite-stuffed-animal = 您最喜欢的毛绒玩具叫什么名字？
question-first-pet = 您的第一只宠物叫什么名字？
question-childhood-nickname = 您小时候的绰号是什么？
question-high-school-sport = 您高中时最喜欢的运动是什么？
question-first-job = 您的第一份工作是什么？
question-childhood-phone-last-digits = 您小时候家里电话号码的最后四位数字是什么？
question-childhood-ambition = 您小时候长大后想做什么？
question-most-famous-person-met = 您见过的最有名的人是谁？

## Security-info registration

method-email = 电子邮件
method-mobile-phone = 手机
method-office-phone = 办公电话
method-security-questions = 安全问题
method-questions-count = 已回答 { $count } 个问题
source-authentication = 由您自行注册用于验证，不显示在目录中
source-directory = 来自您的目录个人资料
source-administrator = 由您的管理员设置

prompt-title = 需要更多信息
prompt-register-heading = 需要更多信息
prompt-register-why = 当您忘记密码或帐户被锁定时，您的组织需要一种方式来确认是您本人。请立即注册您的安全信息，这样您无需联系技术支持人员，即可自行恢复访问。
prompt-register-needed = 您至少需要 { $count } 种不同的验证方式。
prompt-next = 下一步
prompt-skip = 暂时跳过
prompt-reconfirm-heading = 这些信息仍然正确吗？
prompt-reconfirm-why = 请检查您注册的安全信息。如有变化，请及时更新，以确保您仍能重置密码。
prompt-looks-good = 信息无误
prompt-change = 更改
prompt-nothing = 无需其他操作
prompt-go-account = 前往您的帐户

wizard-title = 注册安全信息
wizard-start = 重新开始
wizard-step-of = 第 { $number } 步，共 { $total } 步
wizard-code-label = 验证码
wizard-verify = 验证
wizard-send-code = 发送验证码
wizard-skip-step = 跳过此方式
wizard-phone-country = 国家或地区
wizard-phone-number = 电话号码
wizard-phone-hint = 不含国家/地区代码，或以 + 开头并包含国家/地区代码。
wizard-phone-channel = 我们应如何发送验证码？
wizard-phone-sms = 短信 (SMS)
wizard-phone-voice = 语音呼叫
wizard-phone-texted = 我们已向 { $number } 发送了一条包含验证码的短信。
wizard-phone-called = 我们正在拨打 { $number }，将为您读出验证码。
wizard-phone-resend-heading = 没有收到验证码？请重新发送或使用其他号码
wizard-phone-reset-uses = 目前，重置密码将使用 { $number }（{ $source }）。
wizard-phone-reset-none = 您还没有可用于重置密码的电话。
wizard-phone-precedence = 您在此处验证的号码将成为您的身份验证电话，重置密码时将使用该号码，而不是目录中的手机号码。
wizard-office-phone = 办公电话：{ $number }，由您的管理员设置。您无法在此处更改。
wizard-email-address = 电子邮件地址
wizard-email-sent = 我们已向 { $address } 发送了一封包含验证码的电子邮件。
wizard-email-resend-heading = 没有收到电子邮件？请重新发送或使用其他地址
wizard-email-reset-uses = 目前，重置密码将使用 { $address }（{ $source }）。
wizard-email-reset-none = 您还没有可用于重置密码的电子邮件地址。
wizard-email-precedence = 您在此处验证的地址将成为您的身份验证电子邮件，重置密码时将使用该地址，而不是目录中的备用电子邮件。请使用工作邮箱以外的地址。
wizard-questions-intro = 请选择 { $count } 个不同的问题并逐一回答。答案长度为 3 到 40 个字符，不区分大小写，多余的空格也会被忽略。任何人（包括管理员）都无法查看您的答案。
wizard-question-label = 问题 { $number }
wizard-answer-label = 问题 { $number } 的答案
wizard-question-choose = 选择一个问题
wizard-answers-show = 显示答案
wizard-answers-hide = 隐藏答案
wizard-questions-save = 继续
wizard-questions-retype = 为了您的安全，答案永远不会回传到页面：请重新输入。
wizard-summary-heading = 检查并保存
wizard-summary-skipped = 已跳过
wizard-save = 保存
wizard-cancel = 取消

registration-error-not-signed-in = 您的会话已结束。请重新登录。
registration-error-flow-missing = 此注册已过期或已完成。请重新开始以继续。
registration-error-step-out-of-order = 该步骤当前不可用。请从显示的步骤继续。
registration-error-phone-missing = 请输入您的电话号码。
registration-error-country-needed = 请选择国家/地区，或以 + 开头输入带国际区号的号码。
registration-error-phone-invalid = 这不是所选国家/地区的有效电话号码。
registration-error-email-missing = 请输入您的电子邮件地址。
registration-error-email-invalid = 请输入类似 name@example.com 的电子邮件地址。
code-error-missing = 请输入我们发送给您的验证码。
code-error-malformed = 验证码为 6 到 8 位数字。
code-error-wrong = 验证码不正确。您还可以尝试 { $tries } 次。
code-error-dead = 错误验证码的输入次数过多。请发送新验证码。
code-error-expired = 该验证码已过期。请发送新验证码。
code-error-used = 该验证码已被使用。请发送新验证码。
code-error-none-sent = 没有待使用的验证码。请发送新验证码。
code-error-too-many = 发送的验证码过多。请等待一小时，或选择其他方式。
code-error-delivery-failed = 我们无法发送验证码。请重试，或选择其他方式。
registration-error-question-missing = 请在此处选择一个问题。
registration-error-question-not-offered = 请从列表中选择一个问题。
registration-error-question-twice = 您已选择过此问题。请选择其他问题。
error-answer-missing = 请输入答案。
registration-error-answer-too-short = 答案至少需要 3 个字符。
registration-error-answer-too-long = 答案最多 40 个字符。
registration-error-answer-twice = 您已将此答案用于另一个问题。请输入其他答案。
registration-error-steps-pending = 保存前，请完成或跳过每个步骤。
registration-error-nothing-to-save = 未添加任何内容。请至少注册一种方式，或取消。
registration-error-not-enough-methods = 请至少注册 { $needed } 种不同的方式，以便您可以重置密码。

account-security-info = 安全信息：注册、更改或删除
account-security-info-saved = 您的安全信息已保存。

message-code-email-subject = 您的验证码
message-code-email-body = 您的验证码是 { $code }。

    验证码在 { $minutes } 分钟内有效。如果您没有请求此验证码，可以忽略此电子邮件：没有验证码，任何内容都不会更改。
message-code-sms = 您的验证码是 { $code }，{ $minutes } 分钟内有效。
message-code-voice = 您的验证码是：{ $code }。再说一遍：{ $code }。
message-changed-subject = 您的安全信息已更改
message-changed-body = 您帐户的以下安全信息刚刚被更改：
    { $changes }

    如果是您本人进行的更改，则无需任何操作。如果不是，请立即联系技术支持人员。
message-changed-phone = 身份验证电话
message-changed-email = 身份验证电子邮件
message-changed-questions = 安全问题

country-AR = 阿根廷
country-AT = 奥地利
country-AU = 澳大利亚
country-BE = 比利时
country-BR = 巴西
country-CA = 加拿大
country-CH = 瑞士
country-CN = 中国
country-CZ = 捷克
country-DE = 德国
country-DK = 丹麦
country-ES = 西班牙
country-FI = 芬兰
country-FR = 法国
country-GB = 英国
country-GR = 希腊
country-HR = 克罗地亚
country-HU = 匈牙利
country-IE = 爱尔兰
country-IN = 印度
country-IT = 意大利
country-JP = 日本
country-LU = 卢森堡
country-MT = 马耳他
country-MX = 墨西哥
country-NL = 荷兰
country-NO = 挪威
country-NZ = 新西兰
country-PL = 波兰
country-PT = 葡萄牙
country-RO = 罗马尼亚
country-SE = 瑞典
country-SI = 斯洛文尼亚
country-SK = 斯洛伐克
country-SM = 圣马力诺
country-TR = 土耳其
country-UA = 乌克兰
country-US = 美国
country-VA = 梵蒂冈
country-ZA = 南非
registration-error-reauth-required = 为了您的安全，更改安全信息前请重新输入密码。
registration-error-method-not-changeable = 无法在此处更改此方式。
registration-error-wrong-password = 密码不正确。
registration-error-too-many-password-tries = 错误密码的输入次数过多。请等待几分钟后重试。

security-info-title = 安全信息
security-info-back = 返回您的帐户
security-info-usable = 重置密码可以使用您的 { $usable } 种方式；需要 { $required } 种不同的方式。
security-info-not-set = 未设置
security-info-add = 添加
security-info-change = 更改
security-info-delete = 删除
security-info-deleted = 该方式已删除。
security-info-delete-title = 删除方式
security-info-delete-confirm = 要从您的安全信息中删除“{ $method }”吗？
security-info-delete-warning = 删除后，您的可用方式将少于 { $required } 种，您将无法再自行重置密码。
reauth-title = 确认是您本人
reauth-submit = 继续

## Password reset messages

message-reset-subject = 您的密码已重置
message-reset-body = 您好：

    您帐户的密码刚刚通过自助密码门户重置，所有会话均已退出登录。

    如果是您本人操作，则无需任何其他操作。如果不是，请立即联系您的管理员。

    登录：{ $url }
message-unlocked-subject = 您的帐户已解锁
message-unlocked-body = 您好：

    您的帐户刚刚通过自助密码门户解锁。您的密码没有更改。

    如果不是您本人操作，请立即联系您的管理员。

    登录：{ $url }
message-admin-reset-subject = 管理员 { $admin } 重置了自己的密码
message-admin-reset-body = 您好：

    管理员 { $admin } 刚刚通过自助密码门户重置了自己的密码。

    如果这在您的意料之外，请与其本人核实，并查看审核日志。

    门户：{ $url }

## Email footer and text-message sender

email-footer-sent-by = 此邮件由 { $organisation } 自动发送。
email-footer-privacy = 隐私
email-footer-terms = 使用条款
email-footer-helpdesk = 技术支持人员
message-from-organisation = 【{ $organisation }】{ $text }

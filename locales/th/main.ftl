### ไทย (th). Register: polite and neutral, "คุณ" where a pronoun is needed, no gendered particles, as in Microsoft's Thai product UI.
### Glossary:
###   password = รหัสผ่าน
###   security info = ข้อมูลความปลอดภัย
###   verification code = รหัสยืนยัน
###   security question = คำถามความปลอดภัย
###   helpdesk = ฝ่ายบริการช่วยเหลือ
###   administrator = ผู้ดูแลระบบ
###   sign in / sign out = ลงชื่อเข้าใช้ / ลงชื่อออก
###   reset = รีเซ็ต
###   unlock = ปลดล็อก
###   account = บัญชี
###   user name = ชื่อผู้ใช้
###   directory = ไดเรกทอรี
###   text message = ข้อความ SMS
###   mobile phone / office phone = โทรศัพท์มือถือ / โทรศัพท์ที่ทำงาน
###   authentication phone / email = โทรศัพท์สำหรับการรับรองความถูกต้อง / อีเมลสำหรับการรับรองความถูกต้อง
###   portal = พอร์ทัล

## Shared by every page

product-name = บริการบัญชีด้วยตนเอง
skip-to-content = ข้ามไปยังเนื้อหาหลัก
loading = กำลังโหลด…
language-label = ภาษา
# แสดงในตัวเลือกภาษา: ชื่อของภาษานี้ เขียนเป็นภาษานี้
language-name = ไทย
language-apply = เปลี่ยนภาษา
password-show = แสดงรหัสผ่าน
password-hide = ซ่อนรหัสผ่าน

## Errors

error-user-name-missing = โปรดป้อนชื่อผู้ใช้ของคุณ
error-user-name-invalid = ข้อมูลนี้ไม่เหมือนชื่อผู้ใช้ โปรดตรวจสอบสิ่งที่พิมพ์แล้วลองอีกครั้ง
error-password-missing = โปรดป้อนรหัสผ่านของคุณ
error-invalid-credentials = ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง โปรดตรวจสอบทั้งสองอย่างแล้วลองอีกครั้ง
error-account-locked = บัญชีของคุณถูกล็อก หากต้องการปลดล็อก ให้เลือก “ไม่สามารถเข้าถึงบัญชีของคุณได้ใช่หรือไม่” ด้านล่าง หรือติดต่อฝ่ายบริการช่วยเหลือ
error-sign-in-paused = มีการลงชื่อเข้าใช้ที่ล้มเหลวด้วยชื่อผู้ใช้นี้มากเกินไป เพื่อปกป้องบัญชี การลงชื่อเข้าใช้จะถูกระงับไว้จนถึง { $until } หากคุณลืมรหัสผ่าน คุณสามารถรีเซ็ตได้ทันที
error-sign-in-busy-address = มีการลงชื่อเข้าใช้ที่ล้มเหลวจากเครือข่ายของคุณมากเกินไป โปรดรอหนึ่งชั่วโมงแล้วลองอีกครั้ง
error-unavailable = เกิดข้อผิดพลาดในระบบของเรา โปรดลองอีกครั้งในอีกสักครู่
error-transport = ไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์ได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง

## Sign-in page

sign-in-title = ลงชื่อเข้าใช้
sign-in-heading = ลงชื่อเข้าใช้บัญชีของคุณ
sign-in-user-name = ชื่อผู้ใช้
sign-in-password = รหัสผ่าน
sign-in-submit = ลงชื่อเข้าใช้
sign-in-cant-access = ไม่สามารถเข้าถึงบัญชีของคุณได้ใช่หรือไม่

## Account page

account-title = บัญชีของคุณ
account-heading = บัญชีของคุณ
account-signed-in-as = คุณลงชื่อเข้าใช้ในชื่อ
account-sign-out = ลงชื่อออก
account-signed-out = คุณยังไม่ได้ลงชื่อเข้าใช้
account-go-sign-in = ไปที่หน้าลงชื่อเข้าใช้

## Password reset

reset-title = รีเซ็ตรหัสผ่านของคุณ
reset-heading = กลับเข้าสู่บัญชีของคุณ
reset-back-to-sign-in = กลับไปที่หน้าลงชื่อเข้าใช้
reset-intro = ป้อนชื่อผู้ใช้ของคุณ แล้วเราจะช่วยยืนยันว่าเป็นคุณ จากนั้นคุณจึงเลือกรหัสผ่านใหม่ได้
reset-user-id = ชื่อผู้ใช้
reset-user-id-hint = โดยปกติคืออีเมลที่ทำงานของคุณ เช่น name@contoso.example
reset-next = ถัดไป
captcha-question = เพื่อยืนยันว่าคุณเป็นบุคคลจริง: { $a } บวก { $b } เท่ากับเท่าใด
captcha-hint = พิมพ์คำตอบเป็นตัวเลข
captcha-checking = กำลังตรวจสอบว่าคุณเป็นบุคคลจริง…
captcha-done = เรียบร้อย: เบราว์เซอร์ของคุณยืนยันแล้วว่าคุณเป็นบุคคลจริง เลือก “ถัดไป” เพื่อดำเนินการต่อ
reset-start-again = เริ่มใหม่
reset-verify-heading = ยืนยันว่าเป็นคุณ
reset-gate-of = การยืนยันที่ { $number } จาก { $total }
reset-gate-legend = คุณต้องการรับรหัสยืนยันด้วยวิธีใด
reset-gate-email = ส่งรหัสทางอีเมลไปที่ { $destination }
reset-gate-mobile-sms = ส่งรหัสทางข้อความ SMS ไปที่โทรศัพท์มือถือของฉัน { $destination }
reset-gate-mobile-voice = โทรหาโทรศัพท์มือถือของฉัน { $destination }
reset-gate-office-voice = โทรหาโทรศัพท์ที่ทำงานของฉัน { $destination }
reset-gate-questions = ตอบคำถามความปลอดภัยของฉัน
reset-code-sent-email = เราได้ส่งอีเมลที่มีรหัสยืนยันไปที่ { $destination } แล้ว
reset-code-sent-sms = เราได้ส่งข้อความ SMS ที่มีรหัสยืนยันไปที่ { $destination } แล้ว
reset-code-sent-voice = เรากำลังโทรหา { $destination } เพื่ออ่านรหัสยืนยันให้คุณฟัง
reset-code-resend = ส่งรหัสใหม่
reset-other-method = ใช้วิธีอื่น
reset-questions-heading = ตอบคำถามความปลอดภัยของคุณ
reset-password-heading = เลือกรหัสผ่านใหม่
reset-password-hint = ใช้อย่างน้อย { $min } อักขระ วลียาวๆ ที่คุณจำได้จะดีที่สุด หลีกเลี่ยงการใช้ชื่อของคุณและรหัสผ่านที่ใช้กันทั่วไป
reset-password-new = รหัสผ่านใหม่
reset-password-confirm = ยืนยันรหัสผ่านใหม่
reset-password-strength-0 = ความแข็งแกร่งโดยประมาณ: อ่อนมาก
reset-password-strength-1 = ความแข็งแกร่งโดยประมาณ: อ่อน
reset-password-strength-2 = ความแข็งแกร่งโดยประมาณ: พอใช้
reset-password-strength-3 = ความแข็งแกร่งโดยประมาณ: แข็งแกร่ง
reset-password-strength-4 = ความแข็งแกร่งโดยประมาณ: แข็งแกร่งมาก
reset-password-strength-note = ค่าประมาณนี้คำนวณในเบราว์เซอร์ของคุณเพื่อช่วยในการเลือก กฎด้านบนเป็นตัวตัดสินว่าจะยอมรับรหัสผ่านหรือไม่
reset-password-submit = รีเซ็ตรหัสผ่าน
reset-unlock-only-text = บัญชีของคุณถูกล็อก หากคุณยังจำรหัสผ่านได้ คุณสามารถปลดล็อกบัญชีและใช้รหัสผ่านเดิมต่อไปได้
reset-unlock-only = ปลดล็อกเท่านั้น
reset-contact-heading = ติดต่อผู้ดูแลระบบของคุณ
reset-contact-text = คุณไม่สามารถรีเซ็ตรหัสผ่านที่นี่ได้ ผู้ดูแลระบบของคุณสามารถช่วยให้คุณกลับเข้าสู่บัญชีได้
reset-contact-helpdesk = ติดต่อฝ่ายบริการช่วยเหลือ
reset-done-heading = รีเซ็ตรหัสผ่านของคุณแล้ว
reset-done-text = คุณได้ลงชื่อออกจากทุกที่แล้ว โปรดลงชื่อเข้าใช้ด้วยรหัสผ่านใหม่
reset-unlocked-heading = ปลดล็อกบัญชีของคุณแล้ว
reset-unlocked-text = โปรดลงชื่อเข้าใช้ด้วยรหัสผ่านปัจจุบันของคุณ
reset-go-sign-in = ไปที่หน้าลงชื่อเข้าใช้
reset-error-flow-missing = การรีเซ็ตของคุณหมดอายุแล้วหรือยังไม่เคยเริ่มต้น โปรดเริ่มใหม่
reset-error-step-out-of-order = ขั้นตอนนั้นไม่พร้อมใช้งานในขณะนี้ โปรดดำเนินการต่อจากหน้านี้
reset-error-user-id-missing = โปรดป้อนชื่อผู้ใช้ของคุณ
reset-error-user-id-invalid = โปรดป้อนชื่อผู้ใช้ในรูปแบบที่อยู่อีเมล เช่น name@contoso.example
reset-error-captcha-failed = เราไม่สามารถตรวจสอบได้ว่าคุณเป็นบุคคลจริง โปรดลองอีกครั้ง
reset-error-gate-missing = โปรดเลือกวิธีที่คุณต้องการรับรหัส
reset-error-code-dead = ป้อนรหัสผิดหลายครั้งเกินไป โปรดส่งรหัสใหม่หรือใช้วิธีอื่น
reset-error-answers-wrong = คำตอบอย่างน้อยหนึ่งข้อไม่ถูกต้อง โปรดตรวจสอบแล้วลองอีกครั้ง
reset-error-blocked = คุณลองหลายครั้งเกินไป เพื่อความปลอดภัยของคุณ การรีเซ็ตด้วยตนเองสำหรับบัญชีนี้จะถูกระงับไว้จนถึง { $until }
reset-error-busy-address = มีการลองจากเครือข่ายของคุณหลายครั้งเกินไป โปรดรอหนึ่งชั่วโมงแล้วลองอีกครั้ง
reset-error-passwords-differ = รหัสผ่านทั้งสองไม่ตรงกัน
reset-error-password-too-short = ใช้อย่างน้อย { $min } อักขระ
reset-error-password-missing = โปรดป้อนรหัสผ่านใหม่
reset-error-password-common = รหัสผ่านนี้อยู่ในรายการรหัสผ่านที่ผู้โจมตีจะลองเป็นอันดับแรก โปรดเลือกรหัสผ่านอื่น เช่น วลีที่ประกอบด้วยคำที่ไม่เกี่ยวข้องกันสองสามคำ
reset-error-password-control = รหัสผ่านต้องไม่มีการขึ้นบรรทัดใหม่ แท็บ หรืออักขระควบคุมอื่นๆ โปรดพิมพ์อีกครั้งโดยไม่มีอักขระเหล่านี้
reset-error-write-unconfirmed = เราไม่สามารถยืนยันได้ว่าบันทึกรหัสผ่านใหม่ของคุณแล้ว โปรดเลือกรหัสผ่านอีกครั้ง ตัวเลือกใหม่จะแทนที่สิ่งที่บันทึกไว้ทั้งหมด
reset-writing = กำลังบันทึกการเปลี่ยนแปลงของคุณ โปรดโหลดหน้านี้ใหม่ในอีกสักครู่
reset-error-password-too-long = ใช้ไม่เกิน 256 อักขระ
reset-error-password-contains-name = อย่าใช้ชื่อผู้ใช้ของคุณในรหัสผ่าน
reset-error-write-failed = เราไม่สามารถบันทึกการเปลี่ยนแปลงลงในไดเรกทอรีได้ จึงไม่มีสิ่งใดเปลี่ยนแปลง โปรดลองอีกครั้งในอีกสักครู่

## Organisation branding on every page

footer-label = ลิงก์ขององค์กร
footer-privacy = ความเป็นส่วนตัว
footer-terms = ข้อกำหนดการใช้งาน
footer-helpdesk = ฝ่ายบริการช่วยเหลือ

## Branding studio (/admin/branding, for branding administrators)

studio-title = สตูดิโอการสร้างแบรนด์
studio-heading-layer = การตั้งค่า: { $layer }
studio-back = กลับไปยังสตูดิโอการสร้างแบรนด์
studio-preview-banner = คุณกำลังแสดงตัวอย่างการสร้างแบรนด์ที่ยังไม่ได้เผยแพร่ ผู้อื่นจะไม่เห็นจนกว่าจะมีการเผยแพร่
studio-preview-stop = หยุดการแสดงตัวอย่าง
studio-layer-label = การตั้งค่าสำหรับ
studio-layer-open = เปิด
studio-layer-default = ค่าเริ่มต้น (ทุกภาษา)
studio-layer-overridden = { $language } (มีการตั้งค่าของตนเอง)
studio-inherited = เมื่อเว้นว่างไว้: { $value }
studio-as-default = ตามการตั้งค่าเริ่มต้น
studio-as-product = ตามลักษณะของพอร์ทัลเมื่อไม่มีการสร้างแบรนด์
studio-show = แสดง
studio-hide = ซ่อน
studio-save = บันทึกแบบร่าง
studio-section-identity = องค์กร
studio-section-colours = สี
studio-colours-hint = เขียนสีในรูปแบบ #rrggbb เช่น #0b5cad ข้อความและปุ่มต้องโดดเด่นจากพื้นหลังมากพอเพื่อให้ทุกคนอ่านได้ สตูดิโอจึงตรวจสอบคอนทราสต์ก่อนการเผยแพร่
studio-section-layout = เค้าโครง
studio-section-sign-in = หน้าลงชื่อเข้าใช้
studio-section-links = ลิงก์ส่วนท้าย
studio-section-css = CSS แบบกำหนดเอง
studio-css-hint = กฎสำหรับชื่อคลาสที่แสดงอยู่ในเอกสารอ้างอิง CSS ของพอร์ทัล รูปภาพต้องมาจากรูปภาพที่อัปโหลดไว้ที่นี่เท่านั้น ขนาดไม่เกิน 25 KB
studio-section-images = รูปภาพ
studio-section-publish = การเผยแพร่
studio-section-publications = ประวัติการเผยแพร่
studio-field-organisation-name = ชื่อองค์กร
studio-field-colour-primary = ปุ่มและลิงก์
studio-field-colour-primary-text = ข้อความบนปุ่ม
studio-field-colour-header = แถบส่วนหัว
studio-field-colour-header-text = ข้อความในแถบส่วนหัว
studio-field-colour-text = ข้อความ
studio-field-colour-page = พื้นหลังของหน้า
studio-field-colour-card = พื้นหลังของการ์ด
studio-field-colour-focus = กรอบโฟกัสของแป้นพิมพ์
studio-field-layout = เค้าโครงหน้า
studio-layout-full-bleed = รูปพื้นหลังเต็มหน้า
studio-layout-plain = สีพื้นเรียบ
studio-field-show-header = แสดงแถบส่วนหัว
studio-field-show-footer = แสดงส่วนท้าย
studio-field-sign-in-text = ข้อความหน้าลงชื่อเข้าใช้
studio-field-user-name-hint = คำแนะนำชื่อผู้ใช้
studio-field-cant-access-label = ข้อความของลิงก์สำหรับผู้ที่ลงชื่อเข้าใช้ไม่ได้
studio-field-show-reset-link = ลิงก์สำหรับผู้ที่ลงชื่อเข้าใช้ไม่ได้
studio-field-privacy-url = ที่อยู่ของนโยบายความเป็นส่วนตัว
studio-field-terms-url = ที่อยู่ของข้อกำหนดการใช้งาน
studio-field-helpdesk-url = ที่อยู่ของฝ่ายบริการช่วยเหลือ (เว็บหรืออีเมล)
studio-field-custom-css = CSS แบบกำหนดเอง
studio-field-image-banner-logo = โลโก้แบนเนอร์
studio-field-image-square-logo = โลโก้สี่เหลี่ยมจัตุรัส
studio-field-image-square-logo-dark = โลโก้สี่เหลี่ยมจัตุรัสสำหรับพื้นหลังสีเข้ม
studio-field-image-favicon = ไอคอนเว็บไซต์ (favicon)
studio-field-image-background = รูปพื้นหลัง
studio-image-limits = { $kinds } ขนาดไม่เกิน { $kilobytes } KB และ { $width } × { $height } พิกเซล
studio-image-upload = อัปโหลด: { $slot }
studio-image-remove = นำออก: { $slot }
studio-image-current = รูปภาพปัจจุบัน: { $slot }
studio-live-heading = ตัวอย่างแบบสด
studio-live-caption = แสดงตามสีและข้อความด้านบนขณะที่คุณพิมพ์ ก่อนที่คุณจะบันทึก
studio-preview = แสดงตัวอย่างแบบร่างบนหน้าจริง
studio-email-preview = แสดงตัวอย่างอีเมลที่ใช้แบบร่าง
studio-publish = เผยแพร่
studio-state-never-published = ยังไม่มีการเผยแพร่ใดๆ ทุกคนจะเห็นพอร์ทัลแบบไม่มีการสร้างแบรนด์
studio-state-published = เวอร์ชัน { $version } กำลังใช้งานอยู่
studio-state-unpublished-changes = แบบร่างมีการเปลี่ยนแปลงที่ยังไม่ได้เผยแพร่
studio-problems-heading = แก้ไขปัญหาเหล่านี้ก่อนเผยแพร่
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: คอนทราสต์ระหว่าง { $pair } คือ { $ratio } ต้องมีอย่างน้อย { $minimum }
studio-problem-too-long = ใช้อักขระไม่เกิน { $max } ตัว
studio-problem-control-character = ลบอักขระควบคุม (เช่น แท็บ) ออก
studio-problem-not-a-colour = เขียนสีเป็น # ตามด้วยเลขฐานสิบหกหกหลัก เช่น #0b5cad
studio-problem-link-not-https = ที่อยู่เว็บต้องขึ้นต้นด้วย https://
studio-problem-link-invalid = เขียนที่อยู่เว็บที่ขึ้นต้นด้วย https:// หรือที่อยู่อีเมล
studio-problem-css = บรรทัด { $line }: { $reason }
studio-css-too-long = สไตล์ชีตมีขนาดเกิน 25 KB
studio-css-import = ไม่อนุญาตให้ใช้ @import ให้ใส่กฎไว้ที่นี่แทน
studio-css-external-url = url() ชี้ไปยังรูปภาพที่อัปโหลดในสตูดิโอได้เท่านั้น
studio-css-expression = ไม่อนุญาตให้ใช้ expression(), behavior และ -moz-binding
studio-css-at-rule = อนุญาตเฉพาะ @media, @supports, @layer, @container, @font-face และ @keyframes
studio-css-markup = ไม่อนุญาตให้ใช้ลำดับอักขระ </
studio-css-unparsable = นี่ไม่ใช่ CSS ที่ถูกต้อง (ตรวจสอบว่าขาดวงเล็บปีกกา เครื่องหมายทวิภาค หรือเครื่องหมายอัญประกาศหรือไม่)
studio-pair-text-on-page = ข้อความกับพื้นหลังของหน้า
studio-pair-text-on-card = ข้อความกับพื้นหลังของการ์ด
studio-pair-button-text-on-primary = ข้อความบนปุ่มกับปุ่ม
studio-pair-header-text-on-header = ข้อความส่วนหัวกับแถบส่วนหัว
studio-pair-focus-on-page = กรอบโฟกัสกับพื้นหลังของหน้า
studio-column-version = เวอร์ชัน
studio-column-when = เผยแพร่เมื่อ
studio-column-who = โดย
studio-column-note = หมายเหตุ
studio-column-action = การดำเนินการ
studio-publication-live = ใช้งานอยู่ในขณะนี้
studio-publication-restored = คืนค่าเวอร์ชัน { $version }
studio-roll-back = เผยแพร่เวอร์ชัน { $version } อีกครั้ง
studio-done-saved = บันทึกแบบร่างแล้ว แสดงตัวอย่าง แล้วเผยแพร่เมื่อพร้อม
studio-done-uploaded = รูปภาพอยู่ในแบบร่างแล้ว
studio-done-removed = นำรูปภาพออกจากแบบร่างแล้ว
studio-done-published = เผยแพร่แล้ว ทุกหน้าจะแสดงการสร้างแบรนด์ใหม่ภายในไม่กี่วินาที
studio-done-rolled-back = เวอร์ชันก่อนหน้ากลับมาใช้งานอีกครั้ง และตอนนี้เป็นแบบร่างด้วย
studio-done-preview-stopped = การแสดงตัวอย่างสิ้นสุดแล้ว
studio-refused-publish = ไม่มีการเผยแพร่ใดๆ โปรดแก้ไขปัญหาที่แสดงด้านล่างก่อน
studio-refused-no-such-version = ไม่มีเวอร์ชันดังกล่าว ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-unavailable = ไม่สามารถบันทึกการเปลี่ยนแปลงได้ ไม่มีการเปลี่ยนแปลงใดๆ โปรดลองอีกครั้ง
studio-refused-empty = ไม่ได้อัปโหลด “{ $slot }”: ไม่ได้เลือกไฟล์ หรือไฟล์ว่างเปล่า ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-too-many-bytes = ไม่ได้อัปโหลด “{ $slot }”: ไฟล์มีขนาดใหญ่กว่า { $kilobytes } KB ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-unknown-type = ไม่ได้อัปโหลด “{ $slot }”: ไฟล์ไม่ใช่รูปภาพ PNG, JPEG หรือ WebP (หรือภาพวาด SVG สำหรับโลโก้) ไม่ว่าชื่อไฟล์จะเป็นอย่างไร ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-svg-not-allowed = ไม่ได้อัปโหลด “{ $slot }”: ยอมรับภาพวาด SVG สำหรับโลโก้เท่านั้น โปรดใช้ PNG, JPEG หรือ WebP ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-too-many-pixels = ไม่ได้อัปโหลด “{ $slot }”: รูปภาพมีขนาดใหญ่กว่า { $width } × { $height } พิกเซล ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-undecodable = ไม่ได้อัปโหลด “{ $slot }”: รูปภาพเสียหายและไม่สามารถอ่านได้ ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-svg-unparsable = ไม่ได้อัปโหลด “{ $slot }”: ไม่สามารถอ่านภาพวาด SVG ได้ ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-svg-doctype = ไม่ได้อัปโหลด “{ $slot }”: ภาพวาด SVG ที่มี DOCTYPE หรือเอนทิตีจะถูกปฏิเสธ ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-svg-script = ไม่ได้อัปโหลด “{ $slot }”: ภาพวาด SVG มีสคริปต์ ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-svg-foreign-object = ไม่ได้อัปโหลด “{ $slot }”: ภาพวาด SVG ฝังเนื้อหาอื่นไว้ (foreignObject) ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-svg-event-handler = ไม่ได้อัปโหลด “{ $slot }”: ภาพวาด SVG มีตัวจัดการเหตุการณ์ (แอตทริบิวต์ on…) ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-svg-external-reference = ไม่ได้อัปโหลด “{ $slot }”: ภาพวาด SVG อ้างอิงไฟล์หรือที่อยู่ภายนอกตัวเอง ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-svg-too-complex = ไม่ได้อัปโหลด “{ $slot }”: ภาพวาด SVG ซับซ้อนเกินไป โปรดทำให้ง่ายขึ้นแล้วลองอีกครั้ง ไม่มีการเปลี่ยนแปลงใดๆ
studio-refused-svg-marker = ไม่ได้อัปโหลด “{ $slot }”: ไม่รองรับมาร์กเกอร์ SVG ไม่มีการเปลี่ยนแปลงใดๆ

## Not found

not-found-title = ไม่พบหน้า
not-found-heading = เราไม่พบหน้านั้น

## Demo outbox (demonstration mode only)

outbox-title = กล่องขาออกสำหรับการสาธิต
outbox-heading = กล่องขาออกสำหรับการสาธิต
outbox-banner-heading = โหมดสาธิต
outbox-banner-text = หน้านี้มีอยู่ในโหมดสาธิตเท่านั้น ข้อความจะไม่ถูกส่งจริง แต่อีเมล ข้อความ SMS และการโทรด้วยเสียงจะถูกเก็บไว้ที่นี่แทน รวมถึงรหัสแบบใช้ครั้งเดียว เพื่อให้คุณทดลองใช้พอร์ทัลได้ ห้ามใช้งานพอร์ทัลจริงในโหมดสาธิตโดยเด็ดขาด
outbox-caption = ข้อความล่าสุด { $limit } รายการ เรียงจากใหม่ไปเก่า
outbox-empty = ยังไม่มีข้อความ รหัสและการแจ้งเตือนที่พอร์ทัลส่งจะปรากฏที่นี่
outbox-time = เวลา
outbox-channel = ช่องทาง
outbox-recipient = ผู้รับ
outbox-subject = หัวเรื่อง
outbox-body = ข้อความ
outbox-channel-email = อีเมล
outbox-channel-sms = ข้อความ SMS
outbox-channel-voice = การโทรด้วยเสียง

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = คุณพบคู่สมรสหรือคู่ชีวิตคนแรกของคุณที่เมืองใด
question-city-parents-met = คุณพ่อคุณแม่ของคุณพบกันที่เมืองใด
question-city-nearest-sibling = พี่น้องที่อยู่ใกล้คุณที่สุดอาศัยอยู่ที่เมืองใด
question-city-father-born = คุณพ่อของคุณเกิดที่เมืองใด
question-city-first-job = งานแรกของคุณอยู่ที่เมืองใด
question-city-mother-born = คุณแม่ของคุณเกิดที่เมืองใด
question-city-new-year-2000 = ในวันขึ้นปีใหม่ปี 2000 (พ.ศ. 2543) คุณอยู่ที่เมืองใด
question-high-school-teacher-last-name = ครูคนโปรดของคุณสมัยมัธยมปลายใช้นามสกุลอะไร
question-college-applied-not-attended = มหาวิทยาลัยที่คุณเคยสมัครแต่ไม่ได้เข้าเรียนชื่ออะไร
question-first-wedding-reception-place = สถานที่ที่คุณจัดงานเลี้ยงฉลองมงคลสมรสครั้งแรกชื่ออะไร
question-father-middle-name = ชื่อเล่นของคุณพ่อของคุณคืออะไร
question-favorite-food = อาหารจานโปรดของคุณคืออะไร
question-maternal-grandmother-name = คุณยายของคุณชื่อและนามสกุลอะไร
question-mother-middle-name = ชื่อเล่นของคุณแม่ของคุณคืออะไร
question-oldest-sibling-birthday = พี่น้องคนโตของคุณเกิดเดือนและปีอะไร (เช่น พฤศจิกายน 2528)
question-oldest-sibling-middle-name = ชื่อเล่นของพี่น้องคนโตของคุณคืออะไร
question-paternal-grandfather-name = คุณปู่ของคุณชื่อและนามสกุลอะไร
question-youngest-sibling-middle-name = ชื่อเล่นของพี่น้องคนสุดท้องของคุณคืออะไร
question-sixth-grade-school = ตอนเรียนชั้นประถมศึกษาปีที่ 6 คุณเรียนที่โรงเรียนอะไร
question-childhood-best-friend-name = เพื่อนสนิทที่สุดในวัยเด็กของคุณชื่อและนามสกุลอะไร
question-first-significant-other-name = แฟนคนแรกของคุณชื่อและนามสกุลอะไร
question-grade-school-teacher-last-name = ครูคนโปรดของคุณสมัยประถมใช้นามสกุลอะไร
question-first-car-make-model = รถยนต์หรือรถจักรยานยนต์คันแรกของคุณเป็นยี่ห้อและรุ่นอะไร
question-first-school = โรงเรียนแห่งแรกที่คุณเข้าเรียนชื่ออะไร
question-birth-hospital = โรงพยาบาลที่คุณเกิดชื่ออะไร
question-childhood-street = ถนนหรือซอยที่บ้านหลังแรกในวัยเด็กของคุณตั้งอยู่ชื่ออะไร
question-childhood-hero = ฮีโร่ในวัยเด็กของคุณคือใคร
question-favorite-stuffed-animal = ตุ๊กตาตัวโปรดของคุณชื่ออะไร
question-first-pet = สัตว์เลี้ยงตัวแรกของคุณชื่ออะไร
question-childhood-nickname = ฉายาในวัยเด็กของคุณคืออะไร
question-high-school-sport = กีฬาที่คุณชอบที่สุดสมัยมัธยมปลายคืออะไร
question-first-job = งานแรกของคุณคืออะไร
question-childhood-phone-last-digits = เลขสี่ตัวท้ายของหมายเลขโทรศัพท์บ้านในวัยเด็กของคุณคืออะไร
question-childhood-ambition = ตอนเด็กๆ คุณอยากเป็นอะไรเมื่อโตขึ้น
question-most-famous-person-met = คนที่มีชื่อเสียงที่สุดที่คุณเคยพบคือใคร

## Security-info registration

method-email = อีเมล
method-mobile-phone = โทรศัพท์มือถือ
method-office-phone = โทรศัพท์ที่ทำงาน
method-security-questions = คำถามความปลอดภัย
method-questions-count = ตอบคำถามแล้ว { $count } ข้อ
source-authentication = คุณลงทะเบียนไว้เองเพื่อใช้ยืนยัน ไม่แสดงในไดเรกทอรี
source-directory = จากโปรไฟล์ในไดเรกทอรีของคุณ
source-administrator = ตั้งค่าโดยผู้ดูแลระบบของคุณ

prompt-title = ต้องการข้อมูลเพิ่มเติม
prompt-register-heading = ต้องการข้อมูลเพิ่มเติม
prompt-register-why = องค์กรของคุณต้องมีวิธียืนยันว่าเป็นคุณเมื่อคุณลืมรหัสผ่านหรือบัญชีถูกล็อก โปรดลงทะเบียนข้อมูลความปลอดภัยตอนนี้ เพื่อให้คุณกลับเข้าสู่บัญชีได้ด้วยตนเองโดยไม่ต้องโทรหาฝ่ายบริการช่วยเหลือ
prompt-register-needed = คุณต้องมีวิธียืนยันที่แตกต่างกันอย่างน้อย { $count } วิธี
prompt-next = ถัดไป
prompt-skip = ข้ามไปก่อน
prompt-reconfirm-heading = ข้อมูลเหล่านี้ยังถูกต้องอยู่หรือไม่
prompt-reconfirm-why = โปรดตรวจสอบข้อมูลความปลอดภัยที่คุณลงทะเบียนไว้ หากมีสิ่งใดเปลี่ยนแปลง ให้อัปเดตเพื่อให้คุณยังคงรีเซ็ตรหัสผ่านได้
prompt-looks-good = ถูกต้อง
prompt-change = เปลี่ยน
prompt-nothing = ไม่ต้องดำเนินการใดเพิ่มเติม
prompt-go-account = ไปที่บัญชีของคุณ

wizard-title = ลงทะเบียนข้อมูลความปลอดภัย
wizard-start = เริ่มใหม่
wizard-step-of = ขั้นตอนที่ { $number } จาก { $total }
wizard-code-label = รหัสยืนยัน
wizard-verify = ยืนยัน
wizard-send-code = ส่งรหัส
wizard-skip-step = ข้ามวิธีนี้
wizard-phone-country = ประเทศหรือภูมิภาค
wizard-phone-number = หมายเลขโทรศัพท์
wizard-phone-hint = ไม่ต้องใส่รหัสประเทศ หรือหากใส่ ให้ขึ้นต้นด้วย +
wizard-phone-channel = ต้องการให้เราส่งรหัสด้วยวิธีใด
wizard-phone-sms = ข้อความ (SMS)
wizard-phone-voice = การโทรด้วยเสียง
wizard-phone-texted = เราได้ส่งข้อความ SMS ที่มีรหัสไปที่ { $number } แล้ว
wizard-phone-called = เรากำลังโทรหา { $number } เพื่ออ่านรหัสให้คุณฟัง
wizard-phone-resend-heading = ไม่ได้รับรหัสใช่หรือไม่ ส่งอีกครั้งหรือใช้หมายเลขอื่น
wizard-phone-reset-uses = ขณะนี้การรีเซ็ตรหัสผ่านจะใช้ { $number } ({ $source })
wizard-phone-reset-none = คุณยังไม่มีโทรศัพท์ที่ใช้สำหรับการรีเซ็ตรหัสผ่านได้
wizard-phone-precedence = หมายเลขที่คุณยืนยันที่นี่จะกลายเป็นโทรศัพท์สำหรับการรับรองความถูกต้องของคุณ และการรีเซ็ตจะใช้หมายเลขนี้แทนโทรศัพท์มือถือในไดเรกทอรี
wizard-office-phone = โทรศัพท์ที่ทำงาน: { $number } ตั้งค่าโดยผู้ดูแลระบบของคุณ คุณไม่สามารถเปลี่ยนได้ที่นี่
wizard-email-address = ที่อยู่อีเมล
wizard-email-sent = เราได้ส่งอีเมลที่มีรหัสไปที่ { $address } แล้ว
wizard-email-resend-heading = ไม่ได้รับอีเมลใช่หรือไม่ ส่งอีกครั้งหรือใช้ที่อยู่อื่น
wizard-email-reset-uses = ขณะนี้การรีเซ็ตรหัสผ่านจะใช้ { $address } ({ $source })
wizard-email-reset-none = คุณยังไม่มีที่อยู่อีเมลที่ใช้สำหรับการรีเซ็ตรหัสผ่านได้
wizard-email-precedence = ที่อยู่ที่คุณยืนยันที่นี่จะกลายเป็นอีเมลสำหรับการรับรองความถูกต้องของคุณ และการรีเซ็ตจะใช้ที่อยู่นี้แทนอีเมลสำรองในไดเรกทอรี โปรดใช้ที่อยู่อื่นที่ไม่ใช่อีเมลที่ทำงาน
wizard-questions-intro = เลือกคำถามที่แตกต่างกัน { $count } ข้อ แล้วตอบทุกข้อ คำตอบต้องมีความยาว 3 ถึง 40 อักขระ ตัวพิมพ์ใหญ่และช่องว่างที่เกินมาจะไม่มีผล ไม่มีใครอ่านคำตอบได้ รวมถึงผู้ดูแลระบบด้วย
wizard-question-label = คำถามที่ { $number }
wizard-answer-label = คำตอบของคำถามที่ { $number }
wizard-question-choose = เลือกคำถาม
wizard-answers-show = แสดงคำตอบ
wizard-answers-hide = ซ่อนคำตอบ
wizard-questions-save = ดำเนินการต่อ
wizard-questions-retype = เพื่อความปลอดภัยของคุณ ระบบจะไม่ส่งคำตอบกลับมาที่หน้านี้ โปรดพิมพ์อีกครั้ง
wizard-summary-heading = ตรวจสอบและบันทึก
wizard-summary-skipped = ข้ามแล้ว
wizard-save = บันทึก
wizard-cancel = ยกเลิก

registration-error-not-signed-in = เซสชันของคุณสิ้นสุดแล้ว โปรดลงชื่อเข้าใช้อีกครั้ง
registration-error-flow-missing = การลงทะเบียนนี้หมดอายุแล้วหรือเสร็จสิ้นไปแล้ว โปรดเริ่มใหม่เพื่อดำเนินการต่อ
registration-error-step-out-of-order = ขั้นตอนนั้นไม่พร้อมใช้งานในขณะนี้ โปรดดำเนินการต่อจากขั้นตอนที่แสดง
registration-error-phone-missing = โปรดป้อนหมายเลขโทรศัพท์ของคุณ
registration-error-country-needed = โปรดเลือกประเทศ หรือเขียนหมายเลขพร้อมรหัสระหว่างประเทศที่ขึ้นต้นด้วย +
registration-error-phone-invalid = หมายเลขนี้ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้องสำหรับประเทศที่เลือก
registration-error-email-missing = โปรดป้อนที่อยู่อีเมลของคุณ
registration-error-email-invalid = โปรดป้อนที่อยู่อีเมลในรูปแบบ name@example.com
code-error-missing = โปรดป้อนรหัสที่เราส่งให้คุณ
code-error-malformed = รหัสเป็นตัวเลข 6 ถึง 8 หลัก
code-error-wrong = รหัสไม่ถูกต้อง คุณลองได้อีก { $tries } ครั้ง
code-error-dead = ป้อนรหัสผิดหลายครั้งเกินไป โปรดส่งรหัสใหม่
code-error-expired = รหัสนั้นหมดอายุแล้ว โปรดส่งรหัสใหม่
code-error-used = รหัสนี้ถูกใช้ไปแล้ว โปรดส่งรหัสใหม่
code-error-none-sent = ไม่มีรหัสที่รอการยืนยัน โปรดส่งรหัสใหม่
code-error-too-many = มีการส่งรหัสมากเกินไป โปรดรอหนึ่งชั่วโมง หรือเลือกวิธีอื่น
code-error-delivery-failed = เราไม่สามารถส่งรหัสได้ โปรดลองอีกครั้ง หรือเลือกวิธีอื่น
registration-error-question-missing = โปรดเลือกคำถามที่นี่
registration-error-question-not-offered = โปรดเลือกคำถามจากรายการ
registration-error-question-twice = คุณเลือกคำถามนี้ไปแล้ว โปรดเลือกคำถามอื่น
error-answer-missing = โปรดป้อนคำตอบ
registration-error-answer-too-short = คำตอบต้องมีความยาวอย่างน้อย 3 อักขระ
registration-error-answer-too-long = คำตอบต้องมีความยาวไม่เกิน 40 อักขระ
registration-error-answer-twice = คุณใช้คำตอบนี้กับคำถามอื่นไปแล้ว โปรดใช้คำตอบอื่น
registration-error-steps-pending = โปรดทำให้เสร็จหรือข้ามแต่ละขั้นตอนก่อนบันทึก
registration-error-nothing-to-save = ไม่มีการเพิ่มสิ่งใด โปรดลงทะเบียนอย่างน้อยหนึ่งวิธี หรือยกเลิก
registration-error-not-enough-methods = โปรดลงทะเบียนวิธีที่แตกต่างกันอย่างน้อย { $needed } วิธี เพื่อให้คุณรีเซ็ตรหัสผ่านได้

account-security-info = ข้อมูลความปลอดภัย: ลงทะเบียน เปลี่ยน หรือลบ
account-security-info-saved = บันทึกข้อมูลความปลอดภัยของคุณแล้ว

message-code-email-subject = รหัสยืนยันของคุณ
message-code-email-body = รหัสยืนยันของคุณคือ { $code }

    รหัสนี้ใช้ได้ { $minutes } นาที หากคุณไม่ได้ขอรหัสนี้ คุณสามารถละเว้นอีเมลนี้ได้ จะไม่มีสิ่งใดเปลี่ยนแปลงหากไม่มีรหัส
message-code-sms = รหัสยืนยันของคุณคือ { $code } ใช้ได้ { $minutes } นาที
message-code-voice = รหัสยืนยันของคุณคือ { $code } ขอทวนอีกครั้ง { $code }
message-changed-subject = ข้อมูลความปลอดภัยของคุณมีการเปลี่ยนแปลง
message-changed-body = ข้อมูลความปลอดภัยของบัญชีคุณเพิ่งมีการเปลี่ยนแปลงดังนี้:
    { $changes }

    หากคุณเป็นผู้ทำการเปลี่ยนแปลงนี้ ก็ไม่ต้องดำเนินการใดๆ หากไม่ใช่ โปรดติดต่อฝ่ายบริการช่วยเหลือทันที
message-changed-phone = โทรศัพท์สำหรับการรับรองความถูกต้อง
message-changed-email = อีเมลสำหรับการรับรองความถูกต้อง
message-changed-questions = คำถามความปลอดภัย

country-AR = อาร์เจนตินา
country-AT = ออสเตรีย
country-AU = ออสเตรเลีย
country-BE = เบลเยียม
country-BR = บราซิล
country-CA = แคนาดา
country-CH = สวิตเซอร์แลนด์
country-CN = จีน
country-CZ = เช็ก
country-DE = เยอรมนี
country-DK = เดนมาร์ก
country-ES = สเปน
country-FI = ฟินแลนด์
country-FR = ฝรั่งเศส
country-GB = สหราชอาณาจักร
country-GR = กรีซ
country-HR = โครเอเชีย
country-HU = ฮังการี
country-IE = ไอร์แลนด์
country-IN = อินเดีย
country-IT = อิตาลี
country-JP = ญี่ปุ่น
country-LU = ลักเซมเบิร์ก
country-MT = มอลตา
country-MX = เม็กซิโก
country-NL = เนเธอร์แลนด์
country-NO = นอร์เวย์
country-NZ = นิวซีแลนด์
country-PL = โปแลนด์
country-PT = โปรตุเกส
country-RO = โรมาเนีย
country-SE = สวีเดน
country-SI = สโลวีเนีย
country-SK = สโลวาเกีย
country-SM = ซานมารีโน
country-TR = ตุรกี
country-UA = ยูเครน
country-US = สหรัฐอเมริกา
country-VA = นครรัฐวาติกัน
country-ZA = แอฟริกาใต้
registration-error-reauth-required = เพื่อความปลอดภัยของคุณ โปรดป้อนรหัสผ่านอีกครั้งก่อนเปลี่ยนข้อมูลความปลอดภัย
registration-error-method-not-changeable = ไม่สามารถเปลี่ยนวิธีนี้ได้ที่นี่
registration-error-wrong-password = รหัสผ่านไม่ถูกต้อง
registration-error-too-many-password-tries = ป้อนรหัสผ่านผิดหลายครั้งเกินไป โปรดรอสักครู่แล้วลองอีกครั้ง

security-info-title = ข้อมูลความปลอดภัย
security-info-back = กลับไปที่บัญชีของคุณ
security-info-usable = การรีเซ็ตรหัสผ่านสามารถใช้วิธีของคุณได้ { $usable } วิธี และต้องใช้วิธีที่แตกต่างกัน { $required } วิธี
security-info-not-set = ไม่ได้ตั้งค่า
security-info-add = เพิ่ม
security-info-change = เปลี่ยน
security-info-delete = ลบ
security-info-deleted = ลบวิธีนั้นแล้ว
security-info-delete-title = ลบวิธี
security-info-delete-confirm = ลบ “{ $method }” ออกจากข้อมูลความปลอดภัยของคุณหรือไม่
security-info-delete-warning = หลังจากนี้ คุณจะมีวิธีเหลือน้อยกว่า { $required } วิธี และจะไม่สามารถรีเซ็ตรหัสผ่านด้วยตนเองได้อีก
reauth-title = ยืนยันว่าเป็นคุณ
reauth-submit = ดำเนินการต่อ

## Password reset messages

message-reset-subject = รหัสผ่านของคุณถูกรีเซ็ตแล้ว
message-reset-body = สวัสดี

    รหัสผ่านของบัญชีคุณเพิ่งถูกรีเซ็ตผ่านพอร์ทัลรหัสผ่านแบบบริการตนเอง และทุกเซสชันได้ถูกลงชื่อออกแล้ว

    หากเป็นการดำเนินการของคุณ ก็ไม่ต้องทำสิ่งใดเพิ่มเติม หากไม่ใช่ โปรดติดต่อผู้ดูแลระบบของคุณทันที

    ลงชื่อเข้าใช้: { $url }
message-unlocked-subject = บัญชีของคุณถูกปลดล็อกแล้ว
message-unlocked-body = สวัสดี

    บัญชีของคุณเพิ่งถูกปลดล็อกผ่านพอร์ทัลรหัสผ่านแบบบริการตนเอง รหัสผ่านของคุณไม่ได้เปลี่ยนแปลง

    หากไม่ใช่การดำเนินการของคุณ โปรดติดต่อผู้ดูแลระบบของคุณทันที

    ลงชื่อเข้าใช้: { $url }
message-admin-reset-subject = ผู้ดูแลระบบ { $admin } รีเซ็ตรหัสผ่านของตนเอง
message-admin-reset-body = สวัสดี

    ผู้ดูแลระบบ { $admin } เพิ่งรีเซ็ตรหัสผ่านของตนเองผ่านพอร์ทัลรหัสผ่านแบบบริการตนเอง

    หากคุณไม่ได้คาดว่าจะมีการดำเนินการนี้ โปรดสอบถามผู้ดูแลระบบรายนั้นและตรวจสอบบันทึกการตรวจสอบ

    พอร์ทัล: { $url }

## Email footer and text-message sender

email-footer-sent-by = นี่คือข้อความอัตโนมัติจาก { $organisation }
email-footer-privacy = ความเป็นส่วนตัว
email-footer-terms = ข้อกำหนดการใช้งาน
email-footer-helpdesk = ฝ่ายบริการช่วยเหลือ
message-from-organisation = { $organisation }: { $text }

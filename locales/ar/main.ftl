### العربية (ar). Register: neutral Modern Standard Arabic UI register, as in Microsoft's Arabic
### product UI; gender-neutral wording wherever possible (verbal nouns, "يُرجى" + verbal noun,
### passive voice, past-tense forms that read the same for everyone).
### Glossary:
###   password = كلمة المرور
###   security info = معلومات الأمان
###   verification code = رمز التحقق
###   security question = سؤال الأمان
###   helpdesk = مكتب المساعدة
###   administrator = المسؤول
###   sign in / sign out = تسجيل الدخول / تسجيل الخروج
###   reset = إعادة تعيين
###   unlock / locked = إلغاء القفل / مقفل
###   account = الحساب
###   user name = اسم المستخدم
###   method = طريقة
###   directory = الدليل
###   text message = رسالة نصية
###   authentication phone / email = هاتف المصادقة / البريد الإلكتروني للمصادقة
###   portal = البوابة

## Shared by every page

product-name = الخدمة الذاتية للحساب
skip-to-content = التخطي إلى المحتوى الرئيسي
loading = جارٍ التحميل…
language-label = اللغة
# يظهر في قائمة اختيار اللغة: اسم هذه اللغة، مكتوبًا بهذه اللغة نفسها.
language-name = العربية
language-apply = تغيير اللغة
password-show = إظهار كلمة المرور
password-hide = إخفاء كلمة المرور

## Errors

error-user-name-missing = يُرجى إدخال اسم المستخدم.
error-user-name-invalid = لا يبدو هذا اسم مستخدم. يُرجى التحقق مما تمت كتابته والمحاولة مرة أخرى.
error-password-missing = يُرجى إدخال كلمة المرور.
error-invalid-credentials = اسم المستخدم أو كلمة المرور غير صحيحة. يُرجى التحقق من كليهما والمحاولة مرة أخرى.
error-account-locked = حسابك مقفل. لإلغاء قفله، يُرجى اختيار «لا يمكنك الوصول إلى حسابك؟» أدناه، أو الاتصال بمكتب المساعدة.
error-sign-in-paused = حدثت محاولات تسجيل دخول فاشلة كثيرة جدًا لاسم المستخدم هذا. لحماية الحساب، تم إيقاف تسجيل الدخول مؤقتًا حتى { $until }. إذا نسيت كلمة المرور، فيمكنك إعادة تعيينها الآن.
error-sign-in-busy-address = حدثت محاولات تسجيل دخول فاشلة كثيرة جدًا من شبكتك. يُرجى الانتظار لمدة ساعة ثم المحاولة مرة أخرى.
error-unavailable = حدث خطأ من جانبنا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-transport = تعذّر الوصول إلى الخادم. يُرجى التحقق من الاتصال والمحاولة مرة أخرى.

## Sign-in page

sign-in-title = تسجيل الدخول
sign-in-heading = تسجيل الدخول إلى حسابك
sign-in-user-name = اسم المستخدم
sign-in-password = كلمة المرور
sign-in-submit = تسجيل الدخول
sign-in-cant-access = لا يمكنك الوصول إلى حسابك؟

## Account page

account-title = حسابك
account-heading = حسابك
account-signed-in-as = تم تسجيل الدخول باسم
account-sign-out = تسجيل الخروج
account-signed-out = لم يتم تسجيل الدخول.
account-go-sign-in = الانتقال إلى تسجيل الدخول

## Password reset

reset-title = إعادة تعيين كلمة المرور
reset-heading = استعادة الوصول إلى حسابك
reset-back-to-sign-in = العودة إلى تسجيل الدخول
reset-intro = يُرجى إدخال اسم المستخدم، وسنساعدك على إثبات هويتك، ثم يمكنك اختيار كلمة مرور جديدة.
reset-user-id = اسم المستخدم
reset-user-id-hint = عادةً ما يكون عنوان بريدك الإلكتروني للعمل، على سبيل المثال name@contoso.example.
reset-next = التالي
captcha-question = للتأكد من أنك شخص حقيقي: ما ناتج { $a } زائد { $b }؟
captcha-hint = يُرجى كتابة الإجابة بالأرقام.
captcha-checking = جارٍ التحقق من أنك شخص حقيقي…
captcha-done = تم: أثبت متصفحك أنك شخص حقيقي. يُرجى المتابعة باختيار «التالي».
reset-start-again = البدء من جديد
reset-verify-heading = إثبات الهوية
reset-gate-of = التحقق { $number } من { $total }
reset-gate-legend = ما الطريقة المفضلة للحصول على رمز التحقق؟
reset-gate-email = إرسال رمز عبر البريد الإلكتروني إلى { $destination }
reset-gate-mobile-sms = إرسال رمز في رسالة نصية إلى هاتفي المحمول { $destination }
reset-gate-mobile-voice = الاتصال بهاتفي المحمول { $destination }
reset-gate-office-voice = الاتصال بهاتف مكتبي { $destination }
reset-gate-questions = الإجابة عن أسئلة الأمان الخاصة بي
reset-code-sent-email = أرسلنا رسالة بريد إلكتروني تتضمن رمز تحقق إلى { $destination }.
reset-code-sent-sms = أرسلنا رسالة نصية تتضمن رمز تحقق إلى { $destination }.
reset-code-sent-voice = جارٍ الاتصال بالرقم { $destination } لقراءة رمز التحقق عليك.
reset-code-resend = إرسال رمز جديد
reset-other-method = استخدام طريقة أخرى
reset-questions-heading = الإجابة عن أسئلة الأمان
reset-password-heading = اختيار كلمة مرور جديدة
reset-password-hint = { $min ->
    [one] يجب أن تتكون كلمة المرور من حرف واحد على الأقل.
    [two] يجب أن تتكون كلمة المرور من حرفين على الأقل. أفضل خيار هو عبارة طويلة يسهل تذكرها؛ ويُنصح بتجنب استخدام اسمك وكلمات المرور الشائعة.
    [few] يجب أن تتكون كلمة المرور من { $min } أحرف على الأقل. أفضل خيار هو عبارة طويلة يسهل تذكرها؛ ويُنصح بتجنب استخدام اسمك وكلمات المرور الشائعة.
    [many] يجب أن تتكون كلمة المرور من { $min } حرفًا على الأقل. أفضل خيار هو عبارة طويلة يسهل تذكرها؛ ويُنصح بتجنب استخدام اسمك وكلمات المرور الشائعة.
   *[other] يجب أن تتكون كلمة المرور من { $min } حرف على الأقل. أفضل خيار هو عبارة طويلة يسهل تذكرها؛ ويُنصح بتجنب استخدام اسمك وكلمات المرور الشائعة.
}
reset-password-new = كلمة المرور الجديدة
reset-password-confirm = تأكيد كلمة المرور الجديدة
reset-password-strength-0 = القوة المقدّرة: ضعيفة جدًا
reset-password-strength-1 = القوة المقدّرة: ضعيفة
reset-password-strength-2 = القوة المقدّرة: متوسطة
reset-password-strength-3 = القوة المقدّرة: قوية
reset-password-strength-4 = القوة المقدّرة: قوية جدًا
reset-password-strength-note = تقدير يُجرى في متصفحك لمساعدتك على الاختيار. أما قبول كلمة المرور فتحدده القواعد المذكورة أعلاه.
reset-password-submit = إعادة تعيين كلمة المرور
reset-unlock-only-text = حسابك مقفل. إذا كانت كلمة المرور الحالية لا تزال معروفة لك، فيمكنك إلغاء قفل الحساب والاحتفاظ بها.
reset-unlock-only = إلغاء القفل فقط
reset-contact-heading = الاتصال بالمسؤول
reset-contact-text = لا يمكن إعادة تعيين كلمة المرور هنا. يمكن للمسؤول مساعدتك على استعادة الوصول إلى حسابك.
reset-contact-helpdesk = الاتصال بمكتب المساعدة
reset-done-heading = تمت إعادة تعيين كلمة المرور
reset-done-text = تم تسجيل خروجك من جميع الأجهزة والجلسات. يُرجى تسجيل الدخول باستخدام كلمة المرور الجديدة.
reset-unlocked-heading = تم إلغاء قفل حسابك
reset-unlocked-text = يُرجى تسجيل الدخول باستخدام كلمة المرور الحالية.
reset-go-sign-in = الانتقال إلى تسجيل الدخول
reset-error-flow-missing = انتهت صلاحية عملية إعادة التعيين أو لم تبدأ أصلًا. يُرجى البدء من جديد.
reset-error-step-out-of-order = هذه الخطوة غير متاحة الآن. يُرجى المتابعة من هذه الصفحة.
reset-error-user-id-missing = يُرجى إدخال اسم المستخدم.
reset-error-user-id-invalid = يُرجى إدخال اسم المستخدم بصيغة عنوان بريد إلكتروني، على سبيل المثال name@contoso.example.
reset-error-captcha-failed = تعذّر التحقق من أنك شخص حقيقي. يُرجى المحاولة مرة أخرى.
reset-error-gate-missing = يُرجى اختيار طريقة الحصول على الرمز.
reset-error-code-dead = تم إدخال رموز خاطئة كثيرة جدًا. يُرجى إرسال رمز جديد أو استخدام طريقة أخرى.
reset-error-answers-wrong = إجابة واحدة أو أكثر غير صحيحة. يُرجى التحقق منها والمحاولة مرة أخرى.
reset-error-blocked = تم إجراء محاولات كثيرة جدًا. حرصًا على أمانك، تم إيقاف إعادة التعيين بالخدمة الذاتية مؤقتًا لهذا الحساب حتى { $until }.
reset-error-busy-address = حدثت محاولات كثيرة جدًا من شبكتك. يُرجى الانتظار لمدة ساعة ثم المحاولة مرة أخرى.
reset-error-passwords-differ = كلمتا المرور غير متطابقتين.
reset-error-password-too-short = { $min ->
    [one] يجب أن تتكون كلمة المرور من حرف واحد على الأقل.
    [two] يجب أن تتكون كلمة المرور من حرفين على الأقل.
    [few] يجب أن تتكون كلمة المرور من { $min } أحرف على الأقل.
    [many] يجب أن تتكون كلمة المرور من { $min } حرفًا على الأقل.
   *[other] يجب أن تتكون كلمة المرور من { $min } حرف على الأقل.
}
reset-error-password-missing = يُرجى إدخال كلمة مرور جديدة.
reset-error-password-common = كلمة المرور هذه موجودة في قائمة كلمات المرور التي يجربها المهاجمون أولًا. يُرجى اختيار كلمة مرور أخرى، مثل عبارة مكونة من بضع كلمات لا رابط بينها.
reset-error-password-control = لا يمكن أن تحتوي كلمات المرور على فواصل أسطر أو علامات جدولة أو أحرف تحكم أخرى. يُرجى كتابتها مرة أخرى بدونها.
reset-error-write-unconfirmed = تعذّر التأكد من حفظ كلمة المرور الجديدة. يُرجى اختيارها مرة أخرى؛ سيحل الاختيار الجديد محل أي شيء تم حفظه.
reset-writing = جارٍ حفظ التغيير. يُرجى إعادة تحميل هذه الصفحة بعد لحظات.
reset-error-password-too-long = يجب ألا تزيد كلمة المرور على 256 حرفًا.
reset-error-password-contains-name = يجب ألا تحتوي كلمة المرور على اسم المستخدم.
reset-error-write-failed = تعذّر حفظ التغيير في الدليل، لذلك لم يتم تغيير أي شيء. يُرجى المحاولة مرة أخرى بعد لحظات.

## Organisation branding on every page

footer-label = روابط المؤسسة
footer-privacy = الخصوصية
footer-terms = شروط الاستخدام
footer-helpdesk = مكتب المساعدة

## Branding studio (/admin/branding, for branding administrators)

studio-title = استوديو العلامة التجارية
studio-heading-layer = الإعدادات: { $layer }
studio-back = العودة إلى استوديو العلامة التجارية
studio-preview-banner = هذه معاينة للعلامة التجارية غير المنشورة. لن يراها أي شخص آخر حتى يتم نشرها.
studio-preview-stop = إيقاف المعاينة
studio-layer-label = نطاق الإعدادات
studio-layer-open = فتح
studio-layer-default = الافتراضي (كل اللغات)
studio-layer-overridden = { $language } (بإعدادات خاصة)
studio-inherited = عند تركه فارغًا: { $value }
studio-as-default = كما في الإعدادات الافتراضية
studio-as-product = كما تظهر البوابة دون علامة تجارية
studio-show = إظهار
studio-hide = إخفاء
studio-save = حفظ المسودة
studio-section-identity = المؤسسة
studio-section-colours = الألوان
studio-colours-hint = تُكتب الألوان بالصيغة #rrggbb، على سبيل المثال #0b5cad. يجب أن يتميز النص والأزرار عن خلفيتها بدرجة كافية ليتمكن الجميع من قراءتها، لذلك يتحقق الاستوديو من التباين قبل النشر.
studio-section-layout = التخطيط
studio-section-sign-in = صفحة تسجيل الدخول
studio-section-links = روابط التذييل
studio-section-css = CSS مخصص
studio-css-hint = قواعد لأسماء الفئات المدرجة في مرجع CSS الخاص بالبوابة. لا يُسمح إلا بالصور التي تم تحميلها هنا. بحد أقصى 25 كيلوبايت.
studio-section-images = الصور
studio-section-publish = النشر
studio-section-publications = عمليات النشر
studio-field-organisation-name = اسم المؤسسة
studio-field-colour-primary = الأزرار والروابط
studio-field-colour-primary-text = النص على الأزرار
studio-field-colour-header = شريط الرأس
studio-field-colour-header-text = النص في شريط الرأس
studio-field-colour-text = النص
studio-field-colour-page = خلفية الصفحة
studio-field-colour-card = خلفية البطاقة
studio-field-colour-focus = إطار تركيز لوحة المفاتيح
studio-field-layout = تخطيط الصفحة
studio-layout-full-bleed = صورة خلفية تملأ الصفحة
studio-layout-plain = لون صفحة موحد
studio-field-show-header = إظهار شريط الرأس
studio-field-show-footer = إظهار التذييل
studio-field-sign-in-text = نص صفحة تسجيل الدخول
studio-field-user-name-hint = تلميح اسم المستخدم
studio-field-cant-access-label = نص الرابط المخصص لمن يتعذر عليهم تسجيل الدخول
studio-field-show-reset-link = الرابط المخصص لمن يتعذر عليهم تسجيل الدخول
studio-field-privacy-url = عنوان بيان الخصوصية
studio-field-terms-url = عنوان شروط الاستخدام
studio-field-helpdesk-url = عنوان مكتب المساعدة (موقع ويب أو بريد إلكتروني)
studio-field-custom-css = CSS مخصص
studio-field-image-banner-logo = شعار الشريط
studio-field-image-square-logo = الشعار المربع
studio-field-image-square-logo-dark = الشعار المربع للخلفيات الداكنة
studio-field-image-favicon = أيقونة الموقع (favicon)
studio-field-image-background = صورة الخلفية
studio-image-limits = { $kinds }، بحد أقصى { $kilobytes } كيلوبايت و{ $width } × { $height } بكسل.
studio-image-upload = تحميل: { $slot }
studio-image-remove = إزالة: { $slot }
studio-image-current = الصورة الحالية: { $slot }
studio-live-heading = معاينة مباشرة
studio-live-caption = تتبع الألوان والنصوص أعلاه أثناء الكتابة، قبل الحفظ.
studio-preview = معاينة المسودة على الصفحات الفعلية
studio-email-preview = معاينة رسالة بريد إلكتروني باستخدام المسودة
studio-publish = نشر
studio-state-never-published = لم يُنشر أي شيء بعد: يرى الجميع البوابة دون علامة تجارية.
studio-state-published = الإصدار { $version } هو المنشور حاليًا.
studio-state-unpublished-changes = تتضمن المسودة تغييرات غير منشورة.
studio-problems-heading = يُرجى إصلاح ما يلي قبل النشر
studio-problem-in-layer = { $layer }، { $setting }: { $problem }
studio-problem-contrast = { $layer }: التباين بين { $pair } هو { $ratio }؛ والحد الأدنى المطلوب هو { $minimum }.
studio-problem-too-long = يُرجى عدم تجاوز { $max } من الأحرف.
studio-problem-control-character = يُرجى إزالة أحرف التحكم (مثل علامات الجدولة) منه.
studio-problem-not-a-colour = يُرجى كتابة اللون بالصيغة # متبوعة بستة أرقام سداسية عشرية، على سبيل المثال #0b5cad.
studio-problem-link-not-https = يجب أن تبدأ عناوين الويب بـ https://.
studio-problem-link-invalid = يُرجى كتابة عنوان ويب يبدأ بـ https:// أو عنوان بريد إلكتروني.
studio-problem-css = السطر { $line }: { $reason }
studio-css-too-long = ورقة الأنماط أكبر من 25 كيلوبايت.
studio-css-import = لا يُسمح بـ @import؛ يُرجى وضع القواعد هنا بدلاً من ذلك.
studio-css-external-url = لا يمكن أن تشير url() إلا إلى صورة تم تحميلها في الاستوديو.
studio-css-expression = لا يُسمح بأي من expression() أو behavior أو -moz-binding.
studio-css-at-rule = لا يُسمح إلا بالقواعد @media و@supports و@layer و@container و@font-face و@keyframes.
studio-css-markup = لا يُسمح بالتسلسل </.
studio-css-unparsable = هذا ليس CSS صالحًا (يُرجى التحقق من عدم نقص قوس معقوف أو نقطتين أو علامة اقتباس).
studio-pair-text-on-page = النص وخلفية الصفحة
studio-pair-text-on-card = النص وخلفية البطاقة
studio-pair-button-text-on-primary = نص الأزرار والأزرار
studio-pair-header-text-on-header = نص الرأس وشريط الرأس
studio-pair-focus-on-page = إطار التركيز وخلفية الصفحة
studio-column-version = الإصدار
studio-column-when = تاريخ النشر
studio-column-who = بواسطة
studio-column-note = ملاحظة
studio-column-action = الإجراء
studio-publication-live = المنشور حاليًا
studio-publication-restored = استعادة الإصدار { $version }
studio-roll-back = إعادة نشر الإصدار { $version }
studio-done-saved = تم حفظ المسودة. يُرجى معاينتها، ثم نشرها عندما تكون جاهزة.
studio-done-uploaded = تمت إضافة الصورة إلى المسودة.
studio-done-removed = تمت إزالة الصورة من المسودة.
studio-done-published = تم النشر. ستعرض كل الصفحات العلامة التجارية الجديدة خلال ثوانٍ.
studio-done-rolled-back = الإصدار السابق منشور مجددًا، وأصبح الآن المسودة أيضًا.
studio-done-preview-stopped = انتهت المعاينة.
studio-refused-publish = لم يُنشر أي شيء: يُرجى أولاً إصلاح المشكلات المدرجة أدناه.
studio-refused-no-such-version = هذا الإصدار غير موجود. لم يتم تغيير أي شيء.
studio-refused-unavailable = تعذّر حفظ التغيير. لم يتم تغيير أي شيء؛ يُرجى المحاولة مرة أخرى.
studio-refused-empty = لم يتم تحميل «{ $slot }»: لم يتم اختيار أي ملف، أو كان الملف فارغًا. لم يتم تغيير أي شيء.
studio-refused-too-many-bytes = لم يتم تحميل «{ $slot }»: حجم الملف أكبر من { $kilobytes } كيلوبايت. لم يتم تغيير أي شيء.
studio-refused-unknown-type = لم يتم تحميل «{ $slot }»: الملف ليس صورة PNG أو JPEG أو WebP (ولا رسمًا بتنسيق SVG بالنسبة إلى الشعارات)، أيًا كان اسمه. لم يتم تغيير أي شيء.
studio-refused-svg-not-allowed = لم يتم تحميل «{ $slot }»: لا تُقبل رسومات SVG إلا للشعارات. يُرجى استخدام PNG أو JPEG أو WebP. لم يتم تغيير أي شيء.
studio-refused-too-many-pixels = لم يتم تحميل «{ $slot }»: الصورة أكبر من { $width } × { $height } بكسل. لم يتم تغيير أي شيء.
studio-refused-undecodable = لم يتم تحميل «{ $slot }»: الصورة تالفة وتعذّرت قراءتها. لم يتم تغيير أي شيء.
studio-refused-svg-unparsable = لم يتم تحميل «{ $slot }»: تعذّرت قراءة رسم SVG. لم يتم تغيير أي شيء.
studio-refused-svg-doctype = لم يتم تحميل «{ $slot }»: تُرفض رسومات SVG التي تحتوي على DOCTYPE أو كيانات. لم يتم تغيير أي شيء.
studio-refused-svg-script = لم يتم تحميل «{ $slot }»: يحتوي رسم SVG على برنامج نصي. لم يتم تغيير أي شيء.
studio-refused-svg-foreign-object = لم يتم تحميل «{ $slot }»: يُضمِّن رسم SVG محتوى آخر (foreignObject). لم يتم تغيير أي شيء.
studio-refused-svg-event-handler = لم يتم تحميل «{ $slot }»: يحتوي رسم SVG على معالجات أحداث (سمات on…). لم يتم تغيير أي شيء.
studio-refused-svg-external-reference = لم يتم تحميل «{ $slot }»: يشير رسم SVG إلى ملفات أو عناوين خارجه. لم يتم تغيير أي شيء.
studio-refused-svg-too-complex = لم يتم تحميل «{ $slot }»: رسم SVG معقد للغاية. يُرجى تبسيطه والمحاولة مرة أخرى. لم يتم تغيير أي شيء.
studio-refused-svg-marker = لم يتم تحميل «{ $slot }»: علامات SVG (marker) غير مدعومة. لم يتم تغيير أي شيء.

## Not found

not-found-title = الصفحة غير موجودة
not-found-heading = تعذّر العثور على هذه الصفحة.

## Demo outbox (demonstration mode only)

outbox-title = صندوق الصادر التجريبي
outbox-heading = صندوق الصادر التجريبي
outbox-banner-heading = وضع العرض التوضيحي
outbox-banner-text = هذه الصفحة موجودة في وضع العرض التوضيحي فقط. لا يتم إرسال الرسائل فعليًا: بل يتم الاحتفاظ هنا برسائل البريد الإلكتروني والرسائل النصية والمكالمات الصوتية، بما فيها الرموز المخصصة للاستخدام مرة واحدة، ليتسنى لك تجربة البوابة. يجب عدم تشغيل بوابة حقيقية في وضع العرض التوضيحي أبدًا.
outbox-caption = أحدث الرسائل (حتى { $limit })، من الأحدث إلى الأقدم
outbox-empty = لا توجد رسائل بعد. ستظهر هنا الرموز والإشعارات التي ترسلها البوابة.
outbox-time = الوقت
outbox-channel = القناة
outbox-recipient = المستلم
outbox-subject = الموضوع
outbox-body = الرسالة
outbox-channel-email = البريد الإلكتروني
outbox-channel-sms = رسالة نصية
outbox-channel-voice = مكالمة صوتية

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = في أي مدينة التقيت شريك حياتك الأول؟
question-city-parents-met = في أي مدينة التقى والداك؟
question-city-nearest-sibling = في أي مدينة يعيش أقرب إخوتك إليك؟
question-city-father-born = في أي مدينة وُلد والدك؟
question-city-first-job = في أي مدينة كانت وظيفتك الأولى؟
question-city-mother-born = في أي مدينة وُلدت والدتك؟
question-city-new-year-2000 = في أي مدينة كنت ليلة رأس السنة الميلادية 2000؟
question-high-school-teacher-last-name = ما اسم عائلة معلمك المفضل في المرحلة الثانوية؟
question-college-applied-not-attended = ما اسم جامعة قدّمت طلبًا للالتحاق بها ثم اخترت غيرها؟
question-first-wedding-reception-place = ما اسم المكان الذي أُقيم فيه حفل زفافك الأول؟
question-father-middle-name = ما اسم أكبر أعمامك؟
question-favorite-food = ما طبقك المفضل؟
question-maternal-grandmother-name = ما الاسم الأول واسم العائلة لجدتك من جهة الأم؟
question-mother-middle-name = ما اسم أكبر أخوالك؟
question-oldest-sibling-birthday = ما شهر وسنة ميلاد أكبر إخوتك أو أخواتك سنًّا؟ (مثلًا: نوفمبر 1985)
question-oldest-sibling-middle-name = ما اسم التدليل لأكبر إخوتك أو أخواتك سنًّا؟
question-paternal-grandfather-name = ما الاسم الأول واسم العائلة لجدك من جهة الأب؟
question-youngest-sibling-middle-name = ما اسم التدليل لأصغر إخوتك أو أخواتك سنًّا؟
question-sixth-grade-school = في أي مدرسة درست الصف السادس؟
question-childhood-best-friend-name = ما الاسم الأول واسم العائلة لأعز أصدقاء طفولتك؟
question-first-significant-other-name = ما الاسم الأول واسم العائلة لأول شخص ارتبطت به؟
question-grade-school-teacher-last-name = ما اسم عائلة معلمك المفضل في المرحلة الابتدائية؟
question-first-car-make-model = ما الشركة المصنّعة وطراز أول سيارة أو دراجة نارية امتلكتها؟
question-first-school = ما اسم أول مدرسة التحقت بها؟
question-birth-hospital = ما اسم المستشفى الذي وُلدت فيه؟
question-childhood-street = ما اسم الشارع الذي كان فيه أول منزل عشت فيه في طفولتك؟
question-childhood-hero = ما اسم بطلك المفضل في الطفولة؟
question-favorite-stuffed-animal = ما اسم دميتك المفضلة في الطفولة؟
question-first-pet = ما اسم أول حيوان أليف اقتنيته؟
question-childhood-nickname = ما اسم التدليل الذي كان يُطلق عليك في طفولتك؟
question-high-school-sport = ما رياضتك المفضلة في المرحلة الثانوية؟
question-first-job = ما كانت وظيفتك الأولى؟
question-childhood-phone-last-digits = ما آخر أربعة أرقام من رقم هاتف منزلكم في طفولتك؟
question-childhood-ambition = ما المهنة التي كانت حلمك في الطفولة؟
question-most-famous-person-met = من أشهر شخص التقيته في حياتك؟

## Security-info registration

method-email = البريد الإلكتروني
method-mobile-phone = الهاتف المحمول
method-office-phone = هاتف المكتب
method-security-questions = أسئلة الأمان
method-questions-count = { $count ->
    [zero] لم تتم الإجابة عن أي سؤال
    [one] تمت الإجابة عن سؤال واحد
    [two] تمت الإجابة عن سؤالين
    [few] تمت الإجابة عن { $count } أسئلة
    [many] تمت الإجابة عن { $count } سؤالًا
   *[other] تمت الإجابة عن { $count } سؤال
}
source-authentication = سجّلته بنفسك للتحقق، ولا يظهر في الدليل
source-directory = من ملفك الشخصي في الدليل
source-administrator = عيّنه المسؤول

prompt-title = مطلوب المزيد من المعلومات
prompt-register-heading = مطلوب المزيد من المعلومات
prompt-register-why = تحتاج مؤسستك إلى وسيلة للتأكد من هويتك عند نسيان كلمة المرور أو قفل حسابك. يُرجى تسجيل معلومات الأمان الآن، ليتسنى لك استعادة الوصول إلى حسابك بنفسك دون الاتصال بمكتب المساعدة.
prompt-register-needed = { $count ->
    [one] يلزم تسجيل طريقة تحقق واحدة على الأقل.
    [two] يلزم تسجيل طريقتَي تحقق مختلفتين على الأقل.
    [few] يلزم تسجيل { $count } طرق تحقق مختلفة على الأقل.
   *[other] يلزم تسجيل { $count } طريقة تحقق مختلفة على الأقل.
}
prompt-next = التالي
prompt-skip = التخطي في الوقت الحالي
prompt-reconfirm-heading = هل لا تزال هذه المعلومات صحيحة؟
prompt-reconfirm-why = يُرجى مراجعة معلومات الأمان التي سجّلتها. إذا تغيّر شيء منها، فيُرجى تحديثه ليظل بإمكانك إعادة تعيين كلمة المرور.
prompt-looks-good = المعلومات صحيحة
prompt-change = تغيير
prompt-nothing = لا يلزم أي شيء آخر
prompt-go-account = الانتقال إلى حسابك

wizard-title = تسجيل معلومات الأمان
wizard-start = البدء من جديد
wizard-step-of = الخطوة { $number } من { $total }
wizard-code-label = رمز التحقق
wizard-verify = التحقق
wizard-send-code = إرسال الرمز
wizard-skip-step = تخطي هذه الطريقة
wizard-phone-country = البلد أو المنطقة
wizard-phone-number = رقم الهاتف
wizard-phone-hint = بدون رمز البلد، أو مع رمز البلد مسبوقًا بعلامة +.
wizard-phone-channel = كيف نرسل إليك الرمز؟
wizard-phone-sms = رسالة نصية (SMS)
wizard-phone-voice = مكالمة صوتية
wizard-phone-texted = أرسلنا رسالة نصية تتضمن رمزًا إلى { $number }.
wizard-phone-called = جارٍ الاتصال بالرقم { $number } لقراءة الرمز عليك.
wizard-phone-resend-heading = لم يصلك الرمز؟ يمكنك إرساله مرة أخرى أو استخدام رقم آخر
wizard-phone-reset-uses = ستستخدم إعادة تعيين كلمة المرور حاليًا الرقم { $number }، { $source }.
wizard-phone-reset-none = لا يوجد لديك حتى الآن هاتف يمكن استخدامه لإعادة تعيين كلمة المرور.
wizard-phone-precedence = الرقم الذي يتم التحقق منه هنا يصبح هاتف المصادقة الخاص بك، وتستخدمه إعادة التعيين بدلًا من الهاتف المحمول المسجّل في الدليل.
wizard-office-phone = هاتف المكتب: { $number }، عيّنه المسؤول. لا يمكن تغييره هنا.
wizard-email-address = عنوان البريد الإلكتروني
wizard-email-sent = أرسلنا رسالة بريد إلكتروني تتضمن رمزًا إلى { $address }.
wizard-email-resend-heading = لم تصلك الرسالة؟ يمكنك إرسالها مرة أخرى أو استخدام عنوان آخر
wizard-email-reset-uses = ستستخدم إعادة تعيين كلمة المرور حاليًا العنوان { $address }، { $source }.
wizard-email-reset-none = لا يوجد لديك حتى الآن عنوان بريد إلكتروني يمكن استخدامه لإعادة تعيين كلمة المرور.
wizard-email-precedence = العنوان الذي يتم التحقق منه هنا يصبح البريد الإلكتروني للمصادقة الخاص بك، وتستخدمه إعادة التعيين بدلًا من البريد الإلكتروني البديل المسجّل في الدليل. يُرجى استخدام عنوان غير عنوان العمل.
wizard-questions-intro = { $count ->
    [one] يُرجى اختيار سؤال واحد والإجابة عنه.
    [two] يُرجى اختيار سؤالين مختلفين والإجابة عن كل منهما.
    [few] يُرجى اختيار { $count } أسئلة مختلفة والإجابة عن كل منها.
    [many] يُرجى اختيار { $count } سؤالًا مختلفًا والإجابة عن كل منها.
   *[other] يُرجى اختيار { $count } سؤال مختلف والإجابة عن كل منها.
} يتراوح طول الإجابة بين 3 و40 حرفًا، ولا أهمية لحالة الأحرف (الكبيرة والصغيرة) أو للمسافات الزائدة. لا يمكن لأحد قراءة الإجابات، بما في ذلك المسؤولون.
wizard-question-label = السؤال { $number }
wizard-answer-label = الإجابة عن السؤال { $number }
wizard-question-choose = اختيار سؤال
wizard-answers-show = إظهار الإجابات
wizard-answers-hide = إخفاء الإجابات
wizard-questions-save = متابعة
wizard-questions-retype = حرصًا على أمانك، لا تُعاد الإجابات إلى الصفحة أبدًا: يُرجى كتابتها مرة أخرى.
wizard-summary-heading = المراجعة والحفظ
wizard-summary-skipped = تم التخطي
wizard-save = حفظ
wizard-cancel = إلغاء

registration-error-not-signed-in = انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.
registration-error-flow-missing = انتهت صلاحية عملية التسجيل هذه أو اكتملت بالفعل. يُرجى البدء من جديد للمتابعة.
registration-error-step-out-of-order = هذه الخطوة غير متاحة الآن. يُرجى المتابعة من الخطوة المعروضة.
registration-error-phone-missing = يُرجى إدخال رقم هاتفك.
registration-error-country-needed = يُرجى اختيار بلد، أو كتابة الرقم مع رمزه الدولي مسبوقًا بعلامة +.
registration-error-phone-invalid = هذا ليس رقم هاتف صالحًا للبلد المحدد.
registration-error-email-missing = يُرجى إدخال عنوان بريدك الإلكتروني.
registration-error-email-invalid = يُرجى إدخال عنوان بريد إلكتروني مثل name@example.com.
code-error-missing = يُرجى إدخال الرمز الذي أرسلناه إليك.
code-error-malformed = يتكون الرمز من 6 إلى 8 أرقام.
code-error-wrong = { $tries ->
    [zero] هذا الرمز غير صحيح. لم تتبقَّ لك أي محاولة.
    [one] هذا الرمز غير صحيح. تتبقى لك محاولة واحدة.
    [two] هذا الرمز غير صحيح. تتبقى لك محاولتان.
    [few] هذا الرمز غير صحيح. تتبقى لك { $tries } محاولات.
   *[other] هذا الرمز غير صحيح. تتبقى لك { $tries } محاولة.
}
code-error-dead = تم إدخال رموز خاطئة كثيرة جدًا. يُرجى إرسال رمز جديد.
code-error-expired = انتهت صلاحية هذا الرمز. يُرجى إرسال رمز جديد.
code-error-used = سبق استخدام هذا الرمز. يُرجى إرسال رمز جديد.
code-error-none-sent = لا يوجد رمز بانتظار الإدخال. يُرجى إرسال رمز جديد.
code-error-too-many = تم إرسال رموز كثيرة جدًا. يُرجى الانتظار لمدة ساعة، أو اختيار طريقة أخرى.
code-error-delivery-failed = تعذّر إرسال الرمز. يُرجى المحاولة مرة أخرى، أو اختيار طريقة أخرى.
registration-error-question-missing = يُرجى اختيار سؤال هنا.
registration-error-question-not-offered = يُرجى اختيار سؤال من القائمة.
registration-error-question-twice = سبق أن اخترت هذا السؤال. يُرجى اختيار سؤال مختلف.
error-answer-missing = يُرجى إدخال إجابة.
registration-error-answer-too-short = يجب ألا يقل طول الإجابة عن 3 أحرف.
registration-error-answer-too-long = يجب ألا يزيد طول الإجابة على 40 حرفًا.
registration-error-answer-twice = سبق أن استخدمت هذه الإجابة لسؤال آخر. يُرجى إدخال إجابة مختلفة.
registration-error-steps-pending = يُرجى إكمال كل خطوة أو تخطيها قبل الحفظ.
registration-error-nothing-to-save = لم تتم إضافة أي شيء. يُرجى تسجيل طريقة واحدة على الأقل، أو الإلغاء.
registration-error-not-enough-methods = { $needed ->
    [one] يُرجى تسجيل طريقة واحدة على الأقل، ليتسنى لك إعادة تعيين كلمة المرور.
    [two] يُرجى تسجيل طريقتين مختلفتين على الأقل، ليتسنى لك إعادة تعيين كلمة المرور.
    [few] يُرجى تسجيل { $needed } طرق مختلفة على الأقل، ليتسنى لك إعادة تعيين كلمة المرور.
   *[other] يُرجى تسجيل { $needed } طريقة مختلفة على الأقل، ليتسنى لك إعادة تعيين كلمة المرور.
}

account-security-info = معلومات الأمان: التسجيل أو التغيير أو الحذف
account-security-info-saved = تم حفظ معلومات الأمان.

message-code-email-subject = رمز التحقق الخاص بك
message-code-email-body = رمز التحقق الخاص بك هو { $code }.

    يظل الرمز صالحًا لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }. إذا لم يكن هذا الطلب منك، فيمكنك تجاهل هذه الرسالة: لن يتغير أي شيء بدون الرمز.
message-code-sms = رمز التحقق الخاص بك هو { $code }. صالح لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }.
message-code-voice = رمز التحقق الخاص بك هو: { $code }. أكرر: { $code }.
message-changed-subject = تم تغيير معلومات الأمان الخاصة بك
message-changed-body = تم للتو تغيير معلومات الأمان الخاصة بحسابك:
    { $changes }

    إذا كان هذا التغيير من قِبلك، فلا يلزم أي إجراء. وإن لم يكن كذلك، فيُرجى الاتصال بمكتب المساعدة على الفور.
message-changed-phone = هاتف المصادقة
message-changed-email = البريد الإلكتروني للمصادقة
message-changed-questions = أسئلة الأمان

country-AR = الأرجنتين
country-AT = النمسا
country-AU = أستراليا
country-BE = بلجيكا
country-BR = البرازيل
country-CA = كندا
country-CH = سويسرا
country-CN = الصين
country-CZ = التشيك
country-DE = ألمانيا
country-DK = الدنمارك
country-ES = إسبانيا
country-FI = فنلندا
country-FR = فرنسا
country-GB = المملكة المتحدة
country-GR = اليونان
country-HR = كرواتيا
country-HU = المجر
country-IE = أيرلندا
country-IN = الهند
country-IT = إيطاليا
country-JP = اليابان
country-LU = لوكسمبورغ
country-MT = مالطا
country-MX = المكسيك
country-NL = هولندا
country-NO = النرويج
country-NZ = نيوزيلندا
country-PL = بولندا
country-PT = البرتغال
country-RO = رومانيا
country-SE = السويد
country-SI = سلوفينيا
country-SK = سلوفاكيا
country-SM = سان مارينو
country-TR = تركيا
country-UA = أوكرانيا
country-US = الولايات المتحدة
country-VA = الفاتيكان
country-ZA = جنوب أفريقيا
registration-error-reauth-required = حرصًا على أمانك، يُرجى إدخال كلمة المرور مرة أخرى قبل تغيير معلومات الأمان.
registration-error-method-not-changeable = لا يمكن تغيير هذه الطريقة هنا.
registration-error-wrong-password = كلمة المرور هذه غير صحيحة.
registration-error-too-many-password-tries = تم إدخال كلمات مرور خاطئة كثيرة جدًا. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.

security-info-title = معلومات الأمان
security-info-back = العودة إلى حسابك
security-info-usable = { $usable ->
    [zero] لا يمكن استخدام أي من طرقك لإعادة تعيين كلمة المرور
    [one] يمكن استخدام طريقة واحدة من طرقك لإعادة تعيين كلمة المرور
    [two] يمكن استخدام طريقتين من طرقك لإعادة تعيين كلمة المرور
    [few] يمكن استخدام { $usable } طرق من طرقك لإعادة تعيين كلمة المرور
   *[other] يمكن استخدام { $usable } طريقة من طرقك لإعادة تعيين كلمة المرور
}؛ والمطلوب { $required ->
    [one] طريقة واحدة.
    [two] طريقتان مختلفتان.
    [few] { $required } طرق مختلفة.
   *[other] { $required } طريقة مختلفة.
}
security-info-not-set = غير معيّن
security-info-add = إضافة
security-info-change = تغيير
security-info-delete = حذف
security-info-deleted = تم حذف الطريقة.
security-info-delete-title = حذف طريقة
security-info-delete-confirm = حذف «{ $method }» من معلومات الأمان؟
security-info-delete-warning = { $required ->
    [one] بعد الحذف لن تتبقى لديك أي طريقة، ولن يعود بإمكانك إعادة تعيين كلمة المرور بنفسك.
    [two] بعد الحذف سيصبح لديك أقل من طريقتين، ولن يعود بإمكانك إعادة تعيين كلمة المرور بنفسك.
    [few] بعد الحذف سيصبح لديك أقل من { $required } طرق، ولن يعود بإمكانك إعادة تعيين كلمة المرور بنفسك.
   *[other] بعد الحذف سيصبح لديك أقل من { $required } طريقة، ولن يعود بإمكانك إعادة تعيين كلمة المرور بنفسك.
}
reauth-title = تأكيد الهوية
reauth-submit = متابعة

## Password reset messages

message-reset-subject = تمت إعادة تعيين كلمة المرور
message-reset-body = مرحبًا،

    تمت للتو إعادة تعيين كلمة مرور حسابك عبر بوابة الخدمة الذاتية لكلمات المرور، وتم تسجيل الخروج من جميع الجلسات.

    إذا كان ذلك من قِبلك، فلا يلزم أي إجراء آخر. وإن لم يكن كذلك، فيُرجى الاتصال بالمسؤول على الفور.

    تسجيل الدخول: { $url }
message-unlocked-subject = تم إلغاء قفل حسابك
message-unlocked-body = مرحبًا،

    تم للتو إلغاء قفل حسابك عبر بوابة الخدمة الذاتية لكلمات المرور. لم تتغير كلمة المرور.

    إذا لم يكن ذلك من قِبلك، فيُرجى الاتصال بالمسؤول على الفور.

    تسجيل الدخول: { $url }
message-admin-reset-subject = تمت إعادة تعيين كلمة مرور المسؤول { $admin } ذاتيًا
message-admin-reset-body = مرحبًا،

    تمت للتو إعادة تعيين كلمة مرور المسؤول { $admin } من قِبل صاحب الحساب نفسه عبر بوابة الخدمة الذاتية لكلمات المرور.

    إذا لم يكن ذلك متوقعًا، فيُرجى التحقق من الأمر مع المسؤول المعني ومراجعة سجل التدقيق.

    البوابة: { $url }

## Email footer and text-message sender

email-footer-sent-by = هذه رسالة تلقائية من { $organisation }.
email-footer-privacy = الخصوصية
email-footer-terms = شروط الاستخدام
email-footer-helpdesk = مكتب المساعدة
message-from-organisation = { $organisation }: { $text }

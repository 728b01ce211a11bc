### עברית (he). Register: neutral UI register, as in Microsoft's Hebrew product UI; gender-neutral
### wording wherever possible (infinitives "יש ל…", action nouns for buttons, impersonal
### "אפשר/אי אפשר", past-tense forms that read the same for everyone).
### Glossary:
###   password = סיסמה
###   security info = פרטי אבטחה
###   verification code = קוד אימות
###   security question = שאלת אבטחה
###   helpdesk = מוקד התמיכה
###   administrator = מנהל המערכת
###   sign in / sign out = כניסה, להיכנס / יציאה
###   reset = איפוס, לאפס
###   unlock = ביטול נעילה
###   account = חשבון
###   user name = שם משתמש
###   method = שיטה
###   directory = מדריך הכתובות
###   text message = הודעת טקסט
###   authentication phone / email = טלפון האימות / כתובת הדואר האלקטרוני לאימות
###   portal = פורטל

## Shared by every page

product-name = שירות עצמי לחשבון
skip-to-content = דילוג לתוכן הראשי
loading = בטעינה…
language-label = שפה
# מוצג בבורר השפה: שם השפה הזו, בשפה עצמה.
language-name = עברית
language-apply = החלפת שפה
password-show = הצגת הסיסמה
password-hide = הסתרת הסיסמה

## Errors

error-user-name-missing = יש להזין שם משתמש.
error-user-name-invalid = זה לא נראה כמו שם משתמש. יש לבדוק את מה שהוקלד ולנסות שוב.
error-password-missing = יש להזין סיסמה.
error-invalid-credentials = שם המשתמש או הסיסמה שגויים. יש לבדוק את שניהם ולנסות שוב.
error-account-locked = החשבון שלך נעול. כדי לבטל את הנעילה, יש לבחור באפשרות "אין לך גישה לחשבון?" שלמטה, או לפנות למוקד התמיכה.
error-sign-in-paused = היו יותר מדי ניסיונות כניסה כושלים עם שם המשתמש הזה. כדי להגן על החשבון, הכניסה מושהית עד { $until }. אם שכחת את הסיסמה, אפשר לאפס אותה עכשיו.
error-sign-in-busy-address = היו יותר מדי ניסיונות כניסה כושלים מהרשת שלך. יש להמתין שעה ולנסות שוב.
error-unavailable = משהו השתבש אצלנו. יש לנסות שוב בעוד כמה דקות.
error-transport = לא הצלחנו להתחבר לשרת. יש לבדוק את החיבור ולנסות שוב.

## Sign-in page

sign-in-title = כניסה
sign-in-heading = כניסה לחשבון
sign-in-user-name = שם משתמש
sign-in-password = סיסמה
sign-in-submit = כניסה
sign-in-cant-access = אין לך גישה לחשבון?

## Account page

account-title = החשבון שלך
account-heading = החשבון שלך
account-signed-in-as = נכנסת בתור
account-sign-out = יציאה
account-signed-out = לא בוצעה כניסה לחשבון.
account-go-sign-in = מעבר לדף הכניסה

## Password reset

reset-title = איפוס הסיסמה
reset-heading = חזרה לחשבון שלך
reset-back-to-sign-in = חזרה לדף הכניסה
reset-intro = יש להזין את שם המשתמש, ואנחנו נעזור לך לאמת את זהותך ולאחר מכן לבחור סיסמה חדשה.
reset-user-id = שם משתמש
reset-user-id-hint = בדרך כלל זו כתובת הדואר האלקטרוני שלך בעבודה, לדוגמה name@contoso.example.
reset-next = הבא
captcha-question = כדי לוודא שמדובר באדם: כמה זה { $a } ועוד { $b }?
captcha-hint = יש להקליד את התשובה בספרות.
captcha-checking = מתבצעת בדיקה שמדובר באדם…
captcha-done = הושלם: הדפדפן שלך הוכיח שמדובר באדם. אפשר להמשיך עם "הבא".
reset-start-again = התחלה מחדש
reset-verify-heading = אימות זהות
reset-gate-of = אימות { $number } מתוך { $total }
reset-gate-legend = איך ברצונך לקבל קוד אימות?
reset-gate-email = שליחת קוד בדואר אלקטרוני אל { $destination }
reset-gate-mobile-sms = שליחת קוד בהודעת טקסט לטלפון הנייד שלי { $destination }
reset-gate-mobile-voice = שיחה לטלפון הנייד שלי { $destination }
reset-gate-office-voice = שיחה לטלפון שלי במשרד { $destination }
reset-gate-questions = מענה על שאלות האבטחה שלי
reset-code-sent-email = שלחנו הודעת דואר אלקטרוני עם קוד אימות אל { $destination }.
reset-code-sent-sms = שלחנו הודעת טקסט עם קוד אימות אל { $destination }.
reset-code-sent-voice = אנחנו מתקשרים אל { $destination } כדי להקריא לך קוד אימות.
reset-code-resend = שליחת קוד חדש
reset-other-method = שימוש בשיטה אחרת
reset-questions-heading = מענה על שאלות האבטחה
reset-password-heading = בחירת סיסמה חדשה
reset-password-hint = { $min ->
    [one] הסיסמה צריכה להכיל לפחות תו אחד.
    [two] הסיסמה צריכה להכיל לפחות שני תווים. הכי טוב לבחור ביטוי ארוך שקל לזכור, בלי השם שלך ובלי סיסמאות נפוצות.
   *[other] הסיסמה צריכה להכיל לפחות { $min } תווים. הכי טוב לבחור ביטוי ארוך שקל לזכור, בלי השם שלך ובלי סיסמאות נפוצות.
}
reset-password-new = סיסמה חדשה
reset-password-confirm = אישור הסיסמה החדשה
reset-password-strength-0 = חוזק משוער: חלשה מאוד
reset-password-strength-1 = חוזק משוער: חלשה
reset-password-strength-2 = חוזק משוער: בינונית
reset-password-strength-3 = חוזק משוער: חזקה
reset-password-strength-4 = חוזק משוער: חזקה מאוד
reset-password-strength-note = הערכה שמתבצעת בדפדפן שלך כדי לעזור לך לבחור. הכללים שלמעלה הם שקובעים אם הסיסמה תתקבל.
reset-password-submit = איפוס הסיסמה
reset-unlock-only-text = החשבון שלך נעול. אם הסיסמה עדיין ידועה לך, אפשר לבטל את נעילת החשבון ולהמשיך להשתמש בה.
reset-unlock-only = ביטול נעילה בלבד
reset-contact-heading = פנייה למנהל המערכת
reset-contact-text = אי אפשר לאפס את הסיסמה כאן. מנהל המערכת יכול לעזור לך לחזור לחשבון.
reset-contact-helpdesk = פנייה למוקד התמיכה
reset-done-heading = הסיסמה שלך אופסה
reset-done-text = בוצעה יציאה מהחשבון בכל המכשירים. יש להיכנס עם הסיסמה החדשה.
reset-unlocked-heading = נעילת החשבון שלך בוטלה
reset-unlocked-text = יש להיכנס עם הסיסמה הנוכחית.
reset-go-sign-in = מעבר לדף הכניסה
reset-error-flow-missing = תוקף תהליך האיפוס פג, או שהתהליך לא התחיל מעולם. יש להתחיל מחדש.
reset-error-step-out-of-order = השלב הזה לא זמין כרגע. יש להמשיך מהדף הזה.
reset-error-user-id-missing = יש להזין שם משתמש.
reset-error-user-id-invalid = יש להזין את שם המשתמש בתבנית של כתובת דואר אלקטרוני, לדוגמה name@contoso.example.
reset-error-captcha-failed = לא הצלחנו לוודא שמדובר באדם. יש לנסות שוב.
reset-error-gate-missing = יש לבחור איך לקבל את הקוד.
reset-error-code-dead = הוזנו יותר מדי קודים שגויים. יש לשלוח קוד חדש או להשתמש בשיטה אחרת.
reset-error-answers-wrong = תשובה אחת או יותר שגויות. יש לבדוק אותן ולנסות שוב.
reset-error-blocked = היו יותר מדי ניסיונות. למען ביטחונך, האיפוס בשירות עצמי מושהה עבור החשבון הזה עד { $until }.
reset-error-busy-address = היו יותר מדי ניסיונות מהרשת שלך. יש להמתין שעה ולנסות שוב.
reset-error-passwords-differ = שתי הסיסמאות אינן תואמות.
reset-error-password-too-short = { $min ->
    [one] הסיסמה צריכה להכיל לפחות תו אחד.
    [two] הסיסמה צריכה להכיל לפחות שני תווים.
   *[other] הסיסמה צריכה להכיל לפחות { $min } תווים.
}
reset-error-password-missing = יש להזין סיסמה חדשה.
reset-error-password-common = הסיסמה הזו מופיעה ברשימת הסיסמאות שתוקפים מנסים ראשונות. יש לבחור סיסמה אחרת, למשל ביטוי של כמה מילים שאין ביניהן קשר.
reset-error-password-control = סיסמה לא יכולה להכיל מעברי שורה, תווי טאב או תווי בקרה אחרים. יש להקליד אותה שוב בלעדיהם.
reset-error-write-unconfirmed = לא הצלחנו לוודא שהסיסמה החדשה נשמרה. יש לבחור אותה שוב; הבחירה החדשה תחליף את כל מה שנשמר.
reset-writing = השינוי נשמר כעת. יש לטעון מחדש את הדף בעוד רגע.
reset-error-password-too-long = הסיסמה יכולה להכיל 256 תווים לכל היותר.
reset-error-password-contains-name = אין להשתמש בשם המשתמש שלך בתוך הסיסמה.
reset-error-write-failed = לא הצלחנו לשמור את השינוי במדריך הכתובות, ולכן שום דבר לא שונה. יש לנסות שוב בעוד רגע.

## Organisation branding on every page

footer-label = הקישורים של הארגון
footer-privacy = פרטיות
footer-terms = תנאי שימוש
footer-helpdesk = מוקד התמיכה

## Branding studio (/admin/branding, for branding administrators)

studio-title = סטודיו המיתוג
studio-heading-layer = הגדרות: { $layer }
studio-back = חזרה לסטודיו המיתוג
studio-preview-banner = זוהי תצוגה מקדימה של המיתוג שטרם פורסם. אף אחד אחר לא רואה אותו עד שיפורסם.
studio-preview-stop = הפסקת התצוגה המקדימה
studio-layer-label = הגדרות עבור
studio-layer-open = פתיחה
studio-layer-default = ברירת מחדל (כל השפות)
studio-layer-overridden = { $language } (עם הגדרות משלה)
studio-inherited = כשהשדה ריק: { $value }
studio-as-default = כמו בהגדרות ברירת המחדל
studio-as-product = כמו שהפורטל נראה ללא מיתוג
studio-show = הצגה
studio-hide = הסתרה
studio-save = שמירת הטיוטה
studio-section-identity = הארגון
studio-section-colours = צבעים
studio-colours-hint = יש לכתוב צבעים בתבנית #rrggbb, לדוגמה #0b5cad. טקסט ולחצנים צריכים לבלוט מספיק מהרקע שלהם כדי שכולם יוכלו לקרוא אותם, ולכן הסטודיו בודק את הניגודיות לפני הפרסום.
studio-section-layout = פריסה
studio-section-sign-in = דף הכניסה
studio-section-links = קישורים בכותרת התחתונה
studio-section-css = CSS מותאם אישית
studio-css-hint = כללים לשמות המחלקות שמפורטים במדריך ה-CSS של הפורטל. תמונות יכולות להגיע רק מהתמונות שהועלו כאן. עד 25 KB.
studio-section-images = תמונות
studio-section-publish = פרסום
studio-section-publications = פרסומים
studio-field-organisation-name = שם הארגון
studio-field-colour-primary = לחצנים וקישורים
studio-field-colour-primary-text = טקסט על לחצנים
studio-field-colour-header = פס הכותרת העליונה
studio-field-colour-header-text = טקסט בפס הכותרת העליונה
studio-field-colour-text = טקסט
studio-field-colour-page = רקע הדף
studio-field-colour-card = רקע הכרטיס
studio-field-colour-focus = מסגרת המיקוד של המקלדת
studio-field-layout = פריסת הדף
studio-layout-full-bleed = תמונת רקע שממלאת את הדף
studio-layout-plain = צבע דף אחיד
studio-field-show-header = הצגת פס הכותרת העליונה
studio-field-show-footer = הצגת הכותרת התחתונה
studio-field-sign-in-text = טקסט דף הכניסה
studio-field-user-name-hint = רמז לשם המשתמש
studio-field-cant-access-label = טקסט הקישור למקרה שאי אפשר להיכנס
studio-field-show-reset-link = קישור למקרה שאי אפשר להיכנס
studio-field-privacy-url = כתובת הצהרת הפרטיות
studio-field-terms-url = כתובת תנאי השימוש
studio-field-helpdesk-url = כתובת מוקד התמיכה (אתר או דואר אלקטרוני)
studio-field-custom-css = CSS מותאם אישית
studio-field-image-banner-logo = סמל באנר
studio-field-image-square-logo = סמל ריבועי
studio-field-image-square-logo-dark = סמל ריבועי לרקעים כהים
studio-field-image-favicon = סמל האתר (favicon)
studio-field-image-background = תמונת רקע
studio-image-limits = { $kinds }, עד { $kilobytes } KB ועד { $width } × { $height } פיקסלים.
studio-image-upload = העלאה: { $slot }
studio-image-remove = הסרה: { $slot }
studio-image-current = התמונה הנוכחית: { $slot }
studio-live-heading = תצוגה מקדימה חיה
studio-live-caption = משקפת את הצבעים והטקסטים שלמעלה כבר בזמן ההקלדה, לפני השמירה.
studio-preview = תצוגה מקדימה של הטיוטה בדפים האמיתיים
studio-email-preview = תצוגה מקדימה של הודעת דואר אלקטרוני עם הטיוטה
studio-publish = פרסום
studio-state-never-published = עדיין לא פורסם דבר: כולם רואים את הפורטל ללא מיתוג.
studio-state-published = גרסה { $version } פעילה.
studio-state-unpublished-changes = בטיוטה יש שינויים שלא פורסמו.
studio-problems-heading = יש לתקן את הבעיות הבאות לפני הפרסום
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: הניגודיות בין { $pair } היא { $ratio }; נדרשת ניגודיות של { $minimum } לפחות.
studio-problem-too-long = מותר להשתמש בעד { $max } תווים.
studio-problem-control-character = יש להסיר ממנו את תווי הבקרה (כמו טאבים).
studio-problem-not-a-colour = יש לכתוב את הצבע כ-# ואחריו שש ספרות הקסדצימליות, לדוגמה #0b5cad.
studio-problem-link-not-https = כתובות אינטרנט צריכות להתחיל ב-https://.
studio-problem-link-invalid = יש לכתוב כתובת אינטרנט שמתחילה ב-https:// או כתובת דואר אלקטרוני.
studio-problem-css = שורה { $line }: { $reason }
studio-css-too-long = גיליון הסגנונות גדול מ-25 KB.
studio-css-import = אין להשתמש ב-@import; יש לכתוב את הכללים כאן במקום זאת.
studio-css-external-url = הפונקציה url() יכולה להפנות רק לתמונה שהועלתה בסטודיו.
studio-css-expression = אסור להשתמש באף אחד מאלה: expression(), behavior, -moz-binding.
studio-css-at-rule = מותרים רק הכללים האלה: @media, @supports, @layer, @container, @font-face, @keyframes.
studio-css-markup = הרצף </ אסור.
studio-css-unparsable = זה לא CSS תקין (יש לבדוק אם חסרים סוגר מסולסל, נקודתיים או מירכאות).
studio-pair-text-on-page = הטקסט ורקע הדף
studio-pair-text-on-card = הטקסט ורקע הכרטיס
studio-pair-button-text-on-primary = טקסט הלחצנים והלחצנים
studio-pair-header-text-on-header = טקסט הכותרת העליונה ופס הכותרת העליונה
studio-pair-focus-on-page = מסגרת המיקוד ורקע הדף
studio-column-version = גרסה
studio-column-when = תאריך פרסום
studio-column-who = פורסם על ידי
studio-column-note = הערה
studio-column-action = פעולה
studio-publication-live = פעילה כעת
studio-publication-restored = שחזור של גרסה { $version }
studio-roll-back = פרסום מחדש של גרסה { $version }
studio-done-saved = הטיוטה נשמרה. אפשר לבדוק אותה בתצוגה מקדימה ולפרסם אותה כשהיא מוכנה.
studio-done-uploaded = התמונה נוספה לטיוטה.
studio-done-removed = התמונה הוסרה מהטיוטה.
studio-done-published = הפרסום הושלם. כל הדפים יציגו את המיתוג החדש בתוך כמה שניות.
studio-done-rolled-back = הגרסה הקודמת פעילה שוב, והיא גם הטיוטה כעת.
studio-done-preview-stopped = התצוגה המקדימה הסתיימה.
studio-refused-publish = לא פורסם דבר: יש לתקן קודם את הבעיות שמפורטות למטה.
studio-refused-no-such-version = הגרסה הזו לא קיימת. שום דבר לא שונה.
studio-refused-unavailable = לא הצלחנו לשמור את השינוי. שום דבר לא שונה; יש לנסות שוב.
studio-refused-empty = התמונה "{ $slot }" לא הועלתה: לא נבחר קובץ, או שהקובץ היה ריק. שום דבר לא שונה.
studio-refused-too-many-bytes = התמונה "{ $slot }" לא הועלתה: הקובץ גדול מ-{ $kilobytes } KB. שום דבר לא שונה.
studio-refused-unknown-type = התמונה "{ $slot }" לא הועלתה: הקובץ אינו תמונה מסוג PNG, JPEG או WebP (וגם לא ציור SVG, במקרה של סמלים), בלי קשר לשם שלו. שום דבר לא שונה.
studio-refused-svg-not-allowed = התמונה "{ $slot }" לא הועלתה: ציורי SVG מתקבלים רק עבור סמלים. יש להשתמש ב-PNG, ב-JPEG או ב-WebP. שום דבר לא שונה.
studio-refused-too-many-pixels = התמונה "{ $slot }" לא הועלתה: היא גדולה מ-{ $width } × { $height } פיקסלים. שום דבר לא שונה.
studio-refused-undecodable = התמונה "{ $slot }" לא הועלתה: היא פגומה ולא ניתן היה לקרוא אותה. שום דבר לא שונה.
studio-refused-svg-unparsable = התמונה "{ $slot }" לא הועלתה: לא ניתן היה לקרוא את ציור ה-SVG. שום דבר לא שונה.
studio-refused-svg-doctype = התמונה "{ $slot }" לא הועלתה: ציורי SVG עם DOCTYPE או ישויות נדחים. שום דבר לא שונה.
studio-refused-svg-script = התמונה "{ $slot }" לא הועלתה: ציור ה-SVG מכיל סקריפט. שום דבר לא שונה.
studio-refused-svg-foreign-object = התמונה "{ $slot }" לא הועלתה: ציור ה-SVG מטמיע תוכן אחר (foreignObject). שום דבר לא שונה.
studio-refused-svg-event-handler = התמונה "{ $slot }" לא הועלתה: ציור ה-SVG מכיל מטפלי אירועים (תכונות on…). שום דבר לא שונה.
studio-refused-svg-external-reference = התמונה "{ $slot }" לא הועלתה: ציור ה-SVG מפנה לקבצים או לכתובות שמחוץ לו. שום דבר לא שונה.
studio-refused-svg-too-complex = התמונה "{ $slot }" לא הועלתה: ציור ה-SVG מורכב מדי. יש לפשט אותו ולנסות שוב. שום דבר לא שונה.
studio-refused-svg-marker = התמונה "{ $slot }" לא הועלתה: אין תמיכה בסמני SVG (marker). שום דבר לא שונה.

## Not found

not-found-title = הדף לא נמצא
not-found-heading = לא הצלחנו למצוא את הדף הזה.

## Demo outbox (demonstration mode only)

outbox-title = תיבת דואר יוצא להדגמה
outbox-heading = תיבת דואר יוצא להדגמה
outbox-banner-heading = מצב הדגמה
outbox-banner-text = הדף הזה קיים רק במצב הדגמה. ההודעות לא נשלחות בפועל: הודעות דואר אלקטרוני, הודעות טקסט ושיחות קוליות נשמרות כאן במקום זאת, כולל קודים חד-פעמיים, כדי שאפשר יהיה לנסות את הפורטל. אסור להפעיל פורטל אמיתי במצב הדגמה.
outbox-caption = { $limit } ההודעות האחרונות, מהחדשה לישנה
outbox-empty = אין עדיין הודעות. קודים והתראות שהפורטל שולח יופיעו כאן.
outbox-time = שעה
outbox-channel = ערוץ
outbox-recipient = נמען
outbox-subject = נושא
outbox-body = הודעה
outbox-channel-email = דואר אלקטרוני
outbox-channel-sms = הודעת טקסט
outbox-channel-voice = שיחה קולית

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = באיזו עיר הכרת את בן הזוג או בת הזוג הראשונים שלך?
question-city-parents-met = באיזו עיר הכירו ההורים שלך?
question-city-nearest-sibling = באיזו עיר גרים האח או האחות הקרובים אליך ביותר?
question-city-father-born = באיזו עיר נולד אביך?
question-city-first-job = באיזו עיר הייתה העבודה הראשונה שלך?
question-city-mother-born = באיזו עיר נולדה אמך?
question-city-new-year-2000 = באיזו עיר היית בסילבסטר של שנת 2000?
question-high-school-teacher-last-name = מה שם המשפחה של המורה שהכי אהבת בתיכון?
question-college-applied-not-attended = מה שם האוניברסיטה או המכללה שנרשמת אליה אך לא למדת בה?
question-first-wedding-reception-place = מה שם האולם או המקום שבו נערכה החתונה הראשונה שלך?
question-father-middle-name = מה הכינוי של אביך?
question-favorite-food = מה המאכל האהוב עליך?
question-maternal-grandmother-name = מה השם הפרטי ושם המשפחה של סבתך מצד אמך?
question-mother-middle-name = מה שם הנעורים של אמך?
question-oldest-sibling-birthday = מהם חודש ושנת הלידה של האח או האחות הגדולים ביותר שלך? (לדוגמה: נובמבר 1985)
question-oldest-sibling-middle-name = מה הכינוי של האח או האחות הגדולים ביותר שלך?
question-paternal-grandfather-name = מה השם הפרטי ושם המשפחה של סבך מצד אביך?
question-youngest-sibling-middle-name = מה הכינוי של האח או האחות הצעירים ביותר שלך?
question-sixth-grade-school = באיזה בית ספר למדת בכיתה ו׳?
question-childhood-best-friend-name = מה השם הפרטי ושם המשפחה של החבר או החברה הכי טובים שלך בילדות?
question-first-significant-other-name = מה השם הפרטי ושם המשפחה של האהבה הראשונה שלך?
question-grade-school-teacher-last-name = מה שם המשפחה של המורה שהכי אהבת בבית הספר היסודי?
question-first-car-make-model = מה היו היצרן והדגם של המכונית או האופנוע הראשונים שלך?
question-first-school = מה שם בית הספר הראשון שלמדת בו?
question-birth-hospital = מה שם בית החולים שבו נולדת?
question-childhood-street = מה שם הרחוב של הבית הראשון שגרת בו בילדותך?
question-childhood-hero = מה שם הגיבור או הגיבורה שלך מהילדות?
question-favorite-stuffed-animal = מה היה השם של בובת הפרווה האהובה עליך?
question-first-pet = מה היה השם של חיית המחמד הראשונה שלך?
question-childhood-nickname = מה היה הכינוי שלך בילדות?
question-high-school-sport = מה היה ענף הספורט האהוב עליך בתיכון?
question-first-job = מה הייתה העבודה הראשונה שלך?
question-childhood-phone-last-digits = מה היו ארבע הספרות האחרונות של מספר הטלפון בבית שבו גדלת?
question-childhood-ambition = איזה מקצוע חלמת עליו בילדותך?
question-most-famous-person-met = מי האדם המפורסם ביותר שפגשת אי פעם?

## Security-info registration

method-email = דואר אלקטרוני
method-mobile-phone = טלפון נייד
method-office-phone = טלפון במשרד
method-security-questions = שאלות אבטחה
method-questions-count = { $count ->
    [one] נענתה שאלה אחת
    [two] נענו שתי שאלות
   *[other] נענו { $count } שאלות
}
source-authentication = מהרישום שלך לצורכי אימות, שאינו מוצג במדריך הכתובות
source-directory = מהפרופיל שלך במדריך הכתובות
source-administrator = לפי הגדרת מנהל המערכת

prompt-title = נדרש מידע נוסף
prompt-register-heading = נדרש מידע נוסף
prompt-register-why = הארגון שלך צריך דרך לאמת את זהותך כשהסיסמה נשכחת או כשהחשבון ננעל. כדאי לרשום עכשיו את פרטי האבטחה, כדי שתהיה לך אפשרות לחזור לחשבון בעצמך, בלי להתקשר למוקד התמיכה.
prompt-register-needed = { $count ->
    [one] נדרשת לפחות שיטת אימות אחת.
    [two] נדרשות לפחות שתי שיטות אימות שונות.
   *[other] נדרשות לפחות { $count } שיטות אימות שונות.
}
prompt-next = הבא
prompt-skip = דילוג בינתיים
prompt-reconfirm-heading = האם הפרטים האלה עדיין נכונים?
prompt-reconfirm-why = יש לבדוק את פרטי האבטחה שרשמת. אם משהו השתנה, יש לעדכן אותו כדי שאפשרות איפוס הסיסמה תישאר זמינה.
prompt-looks-good = הכול נכון
prompt-change = שינוי
prompt-nothing = לא נדרש שום דבר נוסף
prompt-go-account = מעבר לחשבון שלך

wizard-title = רישום פרטי אבטחה
wizard-start = התחלה מחדש
wizard-step-of = שלב { $number } מתוך { $total }
wizard-code-label = קוד אימות
wizard-verify = אימות
wizard-send-code = שליחת קוד
wizard-skip-step = דילוג על השיטה הזו
wizard-phone-country = מדינה או אזור
wizard-phone-number = מספר טלפון
wizard-phone-hint = בלי קידומת המדינה, או עם קידומת שמתחילה בסימן +.
wizard-phone-channel = איך לשלוח את הקוד?
wizard-phone-sms = הודעת טקסט (SMS)
wizard-phone-voice = שיחה קולית
wizard-phone-texted = שלחנו הודעת טקסט עם קוד אל { $number }.
wizard-phone-called = אנחנו מתקשרים אל { $number } כדי להקריא לך קוד.
wizard-phone-resend-heading = הקוד לא הגיע? אפשר לשלוח אותו שוב או להשתמש במספר אחר
wizard-phone-reset-uses = כרגע, איפוס סיסמה ישתמש במספר { $number }, { $source }.
wizard-phone-reset-none = עדיין אין לך טלפון שאפשר להשתמש בו לאיפוס סיסמה.
wizard-phone-precedence = מספר שמאומת כאן הופך לטלפון האימות שלך, ואיפוס הסיסמה ישתמש בו במקום בטלפון הנייד שרשום במדריך הכתובות.
wizard-office-phone = טלפון במשרד: { $number }, לפי הגדרת מנהל המערכת. אי אפשר לשנות אותו כאן.
wizard-email-address = כתובת דואר אלקטרוני
wizard-email-sent = שלחנו הודעת דואר אלקטרוני עם קוד אל { $address }.
wizard-email-resend-heading = ההודעה לא הגיעה? אפשר לשלוח אותה שוב או להשתמש בכתובת אחרת
wizard-email-reset-uses = כרגע, איפוס סיסמה ישתמש בכתובת { $address }, { $source }.
wizard-email-reset-none = עדיין אין לך כתובת דואר אלקטרוני שאפשר להשתמש בה לאיפוס סיסמה.
wizard-email-precedence = כתובת שמאומתת כאן הופכת לכתובת הדואר האלקטרוני לאימות שלך, ואיפוס הסיסמה ישתמש בה במקום בכתובת הדואר האלקטרוני החלופית שבמדריך הכתובות. מומלץ להשתמש בכתובת שאינה כתובת העבודה.
wizard-questions-intro = { $count ->
    [one] יש לבחור שאלה ולענות עליה.
    [two] יש לבחור שתי שאלות שונות ולענות על כל אחת מהן.
   *[other] יש לבחור { $count } שאלות שונות ולענות על כל אחת מהן.
} אורך כל תשובה הוא 3 עד 40 תווים; אותיות רישיות ורווחים מיותרים לא משנים. אף אחד, כולל מנהלי המערכת, לא יכול לקרוא את התשובות.
wizard-question-label = שאלה { $number }
wizard-answer-label = תשובה לשאלה { $number }
wizard-question-choose = בחירת שאלה
wizard-answers-show = הצגת התשובות
wizard-answers-hide = הסתרת התשובות
wizard-questions-save = המשך
wizard-questions-retype = למען ביטחונך, התשובות אף פעם לא נשלחות חזרה לדף: יש להקליד אותן שוב.
wizard-summary-heading = בדיקה ושמירה
wizard-summary-skipped = דולג
wizard-save = שמירה
wizard-cancel = ביטול

registration-error-not-signed-in = ההפעלה שלך הסתיימה. יש להיכנס שוב.
registration-error-flow-missing = תוקף הרישום הזה פג או שהוא כבר הושלם. יש להתחיל מחדש כדי להמשיך.
registration-error-step-out-of-order = השלב הזה לא זמין כרגע. יש להמשיך מהשלב המוצג.
registration-error-phone-missing = יש להזין מספר טלפון.
registration-error-country-needed = יש לבחור מדינה, או לכתוב את המספר עם הקידומת הבינלאומית שמתחילה בסימן +.
registration-error-phone-invalid = זה לא מספר טלפון תקין עבור המדינה שנבחרה.
registration-error-email-missing = יש להזין כתובת דואר אלקטרוני.
registration-error-email-invalid = יש להזין כתובת דואר אלקטרוני כמו name@example.com.
code-error-missing = יש להזין את הקוד ששלחנו לך.
code-error-malformed = הקוד מכיל 6 עד 8 ספרות.
code-error-wrong = { $tries ->
    [one] הקוד הזה שגוי. נותר לך עוד ניסיון אחד.
    [two] הקוד הזה שגוי. נותרו לך עוד שני ניסיונות.
   *[other] הקוד הזה שגוי. נותרו לך עוד { $tries } ניסיונות.
}
code-error-dead = הוזנו יותר מדי קודים שגויים. יש לשלוח קוד חדש.
code-error-expired = תוקף הקוד הזה פג. יש לשלוח קוד חדש.
code-error-used = כבר נעשה שימוש בקוד הזה. יש לשלוח קוד חדש.
code-error-none-sent = אין קוד שממתין. יש לשלוח קוד חדש.
code-error-too-many = נשלחו יותר מדי קודים. יש להמתין שעה או לבחור שיטה אחרת.
code-error-delivery-failed = לא הצלחנו לשלוח את הקוד. יש לנסות שוב או לבחור שיטה אחרת.
registration-error-question-missing = יש לבחור שאלה כאן.
registration-error-question-not-offered = יש לבחור שאלה מהרשימה.
registration-error-question-twice = השאלה הזו כבר נבחרה. יש לבחור שאלה אחרת.
error-answer-missing = יש להזין תשובה.
registration-error-answer-too-short = תשובה צריכה להכיל לפחות 3 תווים.
registration-error-answer-too-long = תשובה יכולה להכיל 40 תווים לכל היותר.
registration-error-answer-twice = התשובה הזו כבר ניתנה לשאלה אחרת. יש לתת תשובה שונה.
registration-error-steps-pending = יש להשלים כל שלב או לדלג עליו לפני השמירה.
registration-error-nothing-to-save = לא נוסף דבר. יש לרשום לפחות שיטה אחת, או לבטל.
registration-error-not-enough-methods = { $needed ->
    [one] יש לרשום לפחות שיטה אחת, כדי שיהיה אפשר לאפס את הסיסמה.
    [two] יש לרשום לפחות שתי שיטות שונות, כדי שיהיה אפשר לאפס את הסיסמה.
   *[other] יש לרשום לפחות { $needed } שיטות שונות, כדי שיהיה אפשר לאפס את הסיסמה.
}

account-security-info = פרטי אבטחה: רישום, שינוי או מחיקה
account-security-info-saved = פרטי האבטחה שלך נשמרו.

message-code-email-subject = קוד האימות שלך
message-code-email-body = קוד האימות שלך הוא { $code }.

    הקוד תקף למשך { $minutes } דקות. אם לא ביקשת אותו, אפשר להתעלם מההודעה הזו: שום דבר לא ישתנה בלי הקוד.
message-code-sms = קוד האימות שלך הוא { $code }. הקוד תקף למשך { $minutes } דקות.
message-code-voice = קוד האימות שלך הוא: { $code }. שוב, הקוד הוא: { $code }.
message-changed-subject = פרטי האבטחה שלך שונו
message-changed-body = פרטי האבטחה של החשבון שלך שונו זה עתה:
    { $changes }

    אם ביצעת את השינוי הזה, אין צורך לעשות דבר. אם לא, יש לפנות מיד למוקד התמיכה.
message-changed-phone = טלפון האימות
message-changed-email = כתובת הדואר האלקטרוני לאימות
message-changed-questions = שאלות האבטחה

country-AR = ארגנטינה
country-AT = אוסטריה
country-AU = אוסטרליה
country-BE = בלגיה
country-BR = ברזיל
country-CA = קנדה
country-CH = שווייץ
country-CN = סין
country-CZ = צ׳כיה
country-DE = גרמניה
country-DK = דנמרק
country-ES = ספרד
country-FI = פינלנד
country-FR = צרפת
country-GB = בריטניה
country-GR = יוון
country-HR = קרואטיה
country-HU = הונגריה
country-IE = אירלנד
country-IN = הודו
country-IT = איטליה
country-JP = יפן
country-LU = לוקסמבורג
country-MT = מלטה
country-MX = מקסיקו
country-NL = הולנד
country-NO = נורווגיה
country-NZ = ניו זילנד
country-PL = פולין
country-PT = פורטוגל
country-RO = רומניה
country-SE = שוודיה
country-SI = סלובניה
country-SK = סלובקיה
country-SM = סן מרינו
country-TR = טורקיה
country-UA = אוקראינה
country-US = ארצות הברית
country-VA = הוותיקן
country-ZA = דרום אפריקה
registration-error-reauth-required = למען ביטחונך, יש להזין שוב את הסיסמה לפני שינוי פרטי האבטחה.
registration-error-method-not-changeable = אי אפשר לשנות את השיטה הזו כאן.
registration-error-wrong-password = הסיסמה שגויה.
registration-error-too-many-password-tries = הוזנו יותר מדי סיסמאות שגויות. יש להמתין כמה דקות ולנסות שוב.

security-info-title = פרטי אבטחה
security-info-back = חזרה לחשבון שלך
security-info-usable = { $usable ->
    [one] איפוס סיסמה יכול להשתמש בשיטה אחת מהשיטות שלך
    [two] איפוס סיסמה יכול להשתמש בשתיים מהשיטות שלך
   *[other] איפוס סיסמה יכול להשתמש ב-{ $usable } מהשיטות שלך
}; { $required ->
    [one] נדרשת שיטה אחת.
    [two] נדרשות שתי שיטות שונות.
   *[other] נדרשות { $required } שיטות שונות.
}
security-info-not-set = לא הוגדר
security-info-add = הוספה
security-info-change = שינוי
security-info-delete = מחיקה
security-info-deleted = השיטה נמחקה.
security-info-delete-title = מחיקת שיטה
security-info-delete-confirm = למחוק את "{ $method }" מפרטי האבטחה שלך?
security-info-delete-warning = { $required ->
    [one] לאחר מכן לא תישאר לך אף שיטה, ולא תהיה לך עוד אפשרות לאפס את הסיסמה בעצמך.
    [two] לאחר מכן יישארו לך פחות משתי שיטות, ולא תהיה לך עוד אפשרות לאפס את הסיסמה בעצמך.
   *[other] לאחר מכן יישארו לך פחות מ-{ $required } שיטות, ולא תהיה לך עוד אפשרות לאפס את הסיסמה בעצמך.
}
reauth-title = אימות זהות
reauth-submit = המשך

## Password reset messages

message-reset-subject = הסיסמה שלך אופסה
message-reset-body = שלום,

    הסיסמה של החשבון שלך אופסה זה עתה דרך פורטל השירות העצמי לסיסמאות, ובוצעה יציאה מכל ההפעלות.

    אם האיפוס בוצע על ידך, אין צורך לעשות דבר נוסף. אם לא, יש לפנות מיד למנהל המערכת.

    כניסה: { $url }
message-unlocked-subject = נעילת החשבון שלך בוטלה
message-unlocked-body = שלום,

    נעילת החשבון שלך בוטלה זה עתה דרך פורטל השירות העצמי לסיסמאות. הסיסמה שלך לא השתנתה.

    אם הפעולה לא בוצעה על ידך, יש לפנות מיד למנהל המערכת.

    כניסה: { $url }
message-admin-reset-subject = בוצע איפוס עצמי לסיסמה של מנהל המערכת { $admin }
message-admin-reset-body = שלום,

    הסיסמה של מנהל המערכת { $admin } אופסה זה עתה באיפוס עצמי, דרך פורטל השירות העצמי לסיסמאות.

    אם לא ציפית לכך, מומלץ לברר זאת מול מנהל המערכת ולעיין ביומן הביקורת.

    פורטל: { $url }

## Email footer and text-message sender

email-footer-sent-by = זוהי הודעה אוטומטית מאת { $organisation }.
email-footer-privacy = פרטיות
email-footer-terms = תנאי שימוש
email-footer-helpdesk = מוקד התמיכה
message-from-organisation = { $organisation }: { $text }

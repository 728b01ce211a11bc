### हिन्दी (hi). Register: formal "आप" with polite imperatives ("दर्ज करें", "चुनें"), as in
### Microsoft's Hindi product UI; sentences end with "।".
### Glossary:
###   password = पासवर्ड
###   security info = सुरक्षा जानकारी
###   verification code = सत्यापन कोड
###   security question = सुरक्षा प्रश्न
###   helpdesk = हेल्पडेस्क
###   administrator = व्यवस्थापक
###   sign in / sign out = साइन इन / साइन आउट
###   reset = रीसेट करना
###   unlock = अनलॉक करना
###   account = खाता
###   user name = उपयोगकर्ता नाम
###   method = विधि
###   directory = निर्देशिका
###   text message = टेक्स्ट संदेश (SMS)
###   email = ईमेल
###   authentication phone / email = प्रमाणीकरण फ़ोन / प्रमाणीकरण ईमेल
###   self-service = स्वयं-सेवा

## Shared by every page

product-name = खाता स्वयं-सेवा
skip-to-content = मुख्य सामग्री पर जाएँ
loading = लोड हो रहा है…
language-label = भाषा
# भाषा चुनने वाली सूची में दिखाया जाता है: इस भाषा का नाम, इसी भाषा में।
language-name = हिन्दी
language-apply = भाषा बदलें
password-show = पासवर्ड दिखाएँ
password-hide = पासवर्ड छिपाएँ

## Errors

error-user-name-missing = अपना उपयोगकर्ता नाम दर्ज करें।
error-user-name-invalid = यह उपयोगकर्ता नाम जैसा नहीं लगता। आपने जो लिखा है उसे जाँचें और फिर से प्रयास करें।
error-password-missing = अपना पासवर्ड दर्ज करें।
error-invalid-credentials = आपका उपयोगकर्ता नाम या पासवर्ड गलत है। दोनों को जाँचें और फिर से प्रयास करें।
error-account-locked = आपका खाता लॉक है। इसे अनलॉक करने के लिए, नीचे “अपने खाते तक नहीं पहुँच सकते?” चुनें, या अपने हेल्पडेस्क से संपर्क करें।
error-sign-in-paused = इस उपयोगकर्ता नाम से साइन इन के बहुत अधिक प्रयास विफल हुए हैं। खाते की सुरक्षा के लिए, साइन इन को { $until } तक रोक दिया गया है। यदि आप अपना पासवर्ड भूल गए हैं, तो आप इसे अभी रीसेट कर सकते हैं।
error-sign-in-busy-address = आपके नेटवर्क से साइन इन के बहुत अधिक प्रयास विफल हुए हैं। कृपया एक घंटा प्रतीक्षा करें और फिर से प्रयास करें।
error-unavailable = हमारी ओर से कुछ गड़बड़ हो गई। कृपया कुछ मिनट बाद फिर से प्रयास करें।
error-transport = हम सर्वर तक नहीं पहुँच सके। अपना कनेक्शन जाँचें और फिर से प्रयास करें।

## Sign-in page

sign-in-title = साइन इन करें
sign-in-heading = अपने खाते में साइन इन करें
sign-in-user-name = उपयोगकर्ता नाम
sign-in-password = पासवर्ड
sign-in-submit = साइन इन करें
sign-in-cant-access = अपने खाते तक नहीं पहुँच सकते?

## Account page

account-title = आपका खाता
account-heading = आपका खाता
account-signed-in-as = आपने इस खाते से साइन इन किया है:
account-sign-out = साइन आउट करें
account-signed-out = आपने साइन इन नहीं किया है।
account-go-sign-in = साइन इन पर जाएँ

## Password reset

reset-title = अपना पासवर्ड रीसेट करें
reset-heading = अपने खाते में वापस पहुँचें
reset-back-to-sign-in = साइन इन पर वापस जाएँ
reset-intro = अपना उपयोगकर्ता नाम दर्ज करें। हम आपकी पहचान साबित करने में आपकी सहायता करेंगे, फिर आप नया पासवर्ड चुन सकेंगे।
reset-user-id = उपयोगकर्ता नाम
reset-user-id-hint = आमतौर पर आपका कार्यालय ईमेल पता, उदाहरण के लिए: name@contoso.example
reset-next = आगे
captcha-question = यह दिखाने के लिए कि आप इंसान हैं: { $a } और { $b } को जोड़ने पर कितना होता है?
captcha-hint = उत्तर अंकों में लिखें।
captcha-checking = जाँच की जा रही है कि आप इंसान हैं…
captcha-done = हो गया: आपके ब्राउज़र ने साबित कर दिया कि आप इंसान हैं। जारी रखने के लिए “आगे” चुनें।
reset-start-again = फिर से शुरू करें
reset-verify-heading = अपनी पहचान साबित करें
reset-gate-of = सत्यापन { $total } में से { $number }
reset-gate-legend = आप सत्यापन कोड कैसे प्राप्त करना चाहते हैं?
reset-gate-email = { $destination } पर कोड ईमेल करें
reset-gate-mobile-sms = मेरे मोबाइल फ़ोन { $destination } पर टेक्स्ट संदेश से कोड भेजें
reset-gate-mobile-voice = मेरे मोबाइल फ़ोन { $destination } पर कॉल करें
reset-gate-office-voice = मेरे कार्यालय फ़ोन { $destination } पर कॉल करें
reset-gate-questions = मेरे सुरक्षा प्रश्नों के उत्तर दें
reset-code-sent-email = हमने { $destination } पर सत्यापन कोड वाला ईमेल भेजा है।
reset-code-sent-sms = हमने { $destination } पर सत्यापन कोड वाला टेक्स्ट संदेश भेजा है।
reset-code-sent-voice = हम आपको सत्यापन कोड सुनाने के लिए { $destination } पर कॉल कर रहे हैं।
reset-code-resend = नया कोड भेजें
reset-other-method = कोई दूसरी विधि उपयोग करें
reset-questions-heading = अपने सुरक्षा प्रश्नों के उत्तर दें
reset-password-heading = नया पासवर्ड चुनें
reset-password-hint = { $min ->
    [one] कम से कम { $min } वर्ण का उपयोग करें।
   *[other] कम से कम { $min } वर्णों का उपयोग करें। कोई लंबा वाक्यांश, जो आपको याद रहे, सबसे अच्छा होता है; अपने नाम और आम पासवर्ड से बचें।
}
reset-password-new = नया पासवर्ड
reset-password-confirm = नए पासवर्ड की पुष्टि करें
reset-password-strength-0 = अनुमानित मज़बूती: बहुत कमज़ोर
reset-password-strength-1 = अनुमानित मज़बूती: कमज़ोर
reset-password-strength-2 = अनुमानित मज़बूती: ठीक-ठाक
reset-password-strength-3 = अनुमानित मज़बूती: मज़बूत
reset-password-strength-4 = अनुमानित मज़बूती: बहुत मज़बूत
reset-password-strength-note = यह अनुमान आपके ब्राउज़र में लगाया जाता है, ताकि आपको चुनने में मदद मिले। पासवर्ड स्वीकार होगा या नहीं, यह ऊपर दिए गए नियम तय करते हैं।
reset-password-submit = पासवर्ड रीसेट करें
reset-unlock-only-text = आपका खाता लॉक है। यदि आपको अपना पासवर्ड अब भी याद है, तो आप खाता अनलॉक करके वही पासवर्ड रख सकते हैं।
reset-unlock-only = केवल अनलॉक करें
reset-contact-heading = अपने व्यवस्थापक से संपर्क करें
reset-contact-text = आप यहाँ अपना पासवर्ड रीसेट नहीं कर सकते। आपका व्यवस्थापक आपके खाते में वापस पहुँचने में आपकी सहायता कर सकता है।
reset-contact-helpdesk = हेल्पडेस्क से संपर्क करें
reset-done-heading = आपका पासवर्ड रीसेट हो गया है
reset-done-text = आपको हर जगह से साइन आउट कर दिया गया है। अपने नए पासवर्ड से साइन इन करें।
reset-unlocked-heading = आपका खाता अनलॉक हो गया है
reset-unlocked-text = अपने वर्तमान पासवर्ड से साइन इन करें।
reset-go-sign-in = साइन इन पर जाएँ
reset-error-flow-missing = आपके रीसेट की समय-सीमा समाप्त हो गई है या यह कभी शुरू ही नहीं हुआ। कृपया फिर से शुरू करें।
reset-error-step-out-of-order = यह चरण अभी उपलब्ध नहीं है। कृपया इसी पृष्ठ से जारी रखें।
reset-error-user-id-missing = अपना उपयोगकर्ता नाम दर्ज करें।
reset-error-user-id-invalid = अपना उपयोगकर्ता नाम ईमेल पते के रूप में दर्ज करें, उदाहरण के लिए: name@contoso.example
reset-error-captcha-failed = हम यह जाँच नहीं सके कि आप इंसान हैं। कृपया फिर से प्रयास करें।
reset-error-gate-missing = चुनें कि आप कोड कैसे प्राप्त करना चाहते हैं।
reset-error-code-dead = बहुत अधिक गलत कोड डाले गए। नया कोड भेजें या कोई दूसरी विधि उपयोग करें।
reset-error-answers-wrong = एक या अधिक उत्तर सही नहीं हैं। उन्हें जाँचें और फिर से प्रयास करें।
reset-error-blocked = आपने बहुत अधिक बार प्रयास किया है। आपकी सुरक्षा के लिए, इस खाते के लिए स्वयं-सेवा रीसेट को { $until } तक रोक दिया गया है।
reset-error-busy-address = आपके नेटवर्क से बहुत अधिक प्रयास किए गए हैं। कृपया एक घंटा प्रतीक्षा करें और फिर से प्रयास करें।
reset-error-passwords-differ = दोनों पासवर्ड मेल नहीं खाते।
reset-error-password-too-short = { $min ->
    [one] कम से कम { $min } वर्ण का उपयोग करें।
   *[other] कम से कम { $min } वर्णों का उपयोग करें।
}
reset-error-password-missing = नया पासवर्ड दर्ज करें।
reset-error-password-common = यह पासवर्ड उन पासवर्ड की सूची में है जिन्हें हमलावर सबसे पहले आज़माते हैं। कोई दूसरा पासवर्ड चुनें, उदाहरण के लिए कुछ असंबंधित शब्दों से बना वाक्यांश।
reset-error-password-control = पासवर्ड में लाइन ब्रेक, टैब या अन्य नियंत्रण वर्ण नहीं हो सकते। इनके बिना इसे फिर से लिखें।
reset-error-write-unconfirmed = हम पुष्टि नहीं कर सके कि आपका नया पासवर्ड सहेजा गया। इसे फिर से चुनें; नया चुनाव पहले सहेजी गई किसी भी चीज़ की जगह ले लेगा।
reset-writing = आपका परिवर्तन सहेजा जा रहा है। थोड़ी देर में यह पृष्ठ फिर से लोड करें।
reset-error-password-too-long = अधिकतम 256 वर्णों का उपयोग करें।
reset-error-password-contains-name = अपने पासवर्ड में अपने उपयोगकर्ता नाम का उपयोग न करें।
reset-error-write-failed = हम निर्देशिका में परिवर्तन नहीं सहेज सके, इसलिए कुछ भी नहीं बदला गया। कृपया थोड़ी देर में फिर से प्रयास करें।

## Organisation branding on every page

footer-label = संगठन के लिंक
footer-privacy = गोपनीयता
footer-terms = उपयोग की शर्तें
footer-helpdesk = हेल्पडेस्क

## Branding studio (/admin/branding, for branding administrators)

studio-title = ब्रांडिंग स्टूडियो
studio-heading-layer = सेटिंग्स: { $layer }
studio-back = ब्रांडिंग स्टूडियो पर वापस जाएँ
studio-preview-banner = आप अप्रकाशित ब्रांडिंग का पूर्वावलोकन कर रहे हैं। प्रकाशित होने तक इसे कोई और नहीं देखता।
studio-preview-stop = पूर्वावलोकन बंद करें
studio-layer-label = इसके लिए सेटिंग्स
studio-layer-open = खोलें
studio-layer-default = डिफ़ॉल्ट (हर भाषा)
studio-layer-overridden = { $language } (इसकी अपनी सेटिंग्स हैं)
studio-inherited = खाली होने पर: { $value }
studio-as-default = डिफ़ॉल्ट सेटिंग्स के अनुसार
studio-as-product = जैसा पोर्टल ब्रांडिंग के बिना दिखता है
studio-show = दिखाएँ
studio-hide = छिपाएँ
studio-save = ड्राफ़्ट सहेजें
studio-section-identity = संगठन
studio-section-colours = रंग
studio-colours-hint = रंग #rrggbb के रूप में लिखें, उदाहरण के लिए #0b5cad। टेक्स्ट और बटन अपनी पृष्ठभूमि से इतने अलग दिखने चाहिए कि हर कोई उन्हें पढ़ सके, इसलिए स्टूडियो प्रकाशित करने से पहले कंट्रास्ट जाँचता है।
studio-section-layout = लेआउट
studio-section-sign-in = साइन-इन पृष्ठ
studio-section-links = फ़ुटर लिंक
studio-section-css = कस्टम CSS
studio-css-hint = पोर्टल के CSS संदर्भ में सूचीबद्ध क्लास नामों के लिए नियम। छवियाँ केवल यहाँ अपलोड की गई छवियों में से ही हो सकती हैं। अधिकतम 25 KB।
studio-section-images = छवियाँ
studio-section-publish = प्रकाशन
studio-section-publications = प्रकाशित संस्करण
studio-field-organisation-name = संगठन का नाम
studio-field-colour-primary = बटन और लिंक
studio-field-colour-primary-text = बटनों पर टेक्स्ट
studio-field-colour-header = हेडर पट्टी
studio-field-colour-header-text = हेडर पट्टी में टेक्स्ट
studio-field-colour-text = टेक्स्ट
studio-field-colour-page = पृष्ठ की पृष्ठभूमि
studio-field-colour-card = कार्ड की पृष्ठभूमि
studio-field-colour-focus = कीबोर्ड फ़ोकस रिंग
studio-field-layout = पृष्ठ लेआउट
studio-layout-full-bleed = पूरे पृष्ठ को भरने वाली पृष्ठभूमि छवि
studio-layout-plain = सादा पृष्ठ रंग
studio-field-show-header = हेडर पट्टी दिखाएँ
studio-field-show-footer = फ़ुटर दिखाएँ
studio-field-sign-in-text = साइन-इन पृष्ठ टेक्स्ट
studio-field-user-name-hint = उपयोगकर्ता नाम संकेत
studio-field-cant-access-label = साइन इन न कर पाने वाले लोगों के लिए लिंक का टेक्स्ट
studio-field-show-reset-link = साइन इन न कर पाने वाले लोगों के लिए लिंक
studio-field-privacy-url = गोपनीयता कथन का पता
studio-field-terms-url = उपयोग की शर्तों का पता
studio-field-helpdesk-url = हेल्पडेस्क का पता (वेब या ईमेल)
studio-field-custom-css = कस्टम CSS
studio-field-image-banner-logo = बैनर लोगो
studio-field-image-square-logo = वर्गाकार लोगो
studio-field-image-square-logo-dark = गहरी पृष्ठभूमि के लिए वर्गाकार लोगो
studio-field-image-favicon = फ़ेविकॉन
studio-field-image-background = पृष्ठभूमि छवि
studio-image-limits = { $kinds }, अधिकतम { $kilobytes } KB और { $width } × { $height } पिक्सेल।
studio-image-upload = { $slot } अपलोड करें
studio-image-remove = { $slot } हटाएँ
studio-image-current = वर्तमान { $slot }
studio-live-heading = लाइव पूर्वावलोकन
studio-live-caption = आपके टाइप करते ही, सहेजने से पहले, ऊपर दिए गए रंगों और टेक्स्ट को दिखाता है।
studio-preview = ड्राफ़्ट का वास्तविक पृष्ठों पर पूर्वावलोकन करें
studio-email-preview = ड्राफ़्ट के साथ ईमेल का पूर्वावलोकन करें
studio-publish = प्रकाशित करें
studio-state-never-published = अभी तक कुछ भी प्रकाशित नहीं हुआ है: सभी को पोर्टल ब्रांडिंग के बिना दिखता है।
studio-state-published = संस्करण { $version } लाइव है।
studio-state-unpublished-changes = ड्राफ़्ट में ऐसे परिवर्तन हैं जो प्रकाशित नहीं हुए हैं।
studio-problems-heading = प्रकाशित करने से पहले इन्हें ठीक करें
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } का कंट्रास्ट { $ratio } है; कम से कम { $minimum } आवश्यक है।
studio-problem-too-long = अधिकतम { $max } वर्णों का उपयोग करें।
studio-problem-control-character = इसमें से नियंत्रण वर्ण (जैसे टैब) हटाएँ।
studio-problem-not-a-colour = रंग को # और उसके बाद छह हेक्साडेसिमल अंकों के रूप में लिखें, उदाहरण के लिए #0b5cad।
studio-problem-link-not-https = वेब पते https:// से शुरू होने चाहिए।
studio-problem-link-invalid = https:// से शुरू होने वाला वेब पता या कोई ईमेल पता लिखें।
studio-problem-css = पंक्ति { $line }: { $reason }
studio-css-too-long = स्टाइलशीट 25 KB से बड़ी है।
studio-css-import = @import की अनुमति नहीं है; इसके बजाय नियम यहीं लिखें।
studio-css-external-url = url() केवल स्टूडियो में अपलोड की गई छवि की ओर इंगित कर सकता है।
studio-css-expression = expression(), behavior और -moz-binding की अनुमति नहीं है।
studio-css-at-rule = केवल @media, @supports, @layer, @container, @font-face और @keyframes की अनुमति है।
studio-css-markup = </ अनुक्रम की अनुमति नहीं है।
studio-css-unparsable = यह मान्य CSS नहीं है (जाँचें कि कोई ब्रेस, कोलन या उद्धरण चिह्न छूट तो नहीं गया)।
studio-pair-text-on-page = टेक्स्ट और पृष्ठ की पृष्ठभूमि
studio-pair-text-on-card = टेक्स्ट और कार्ड की पृष्ठभूमि
studio-pair-button-text-on-primary = बटन टेक्स्ट और बटन
studio-pair-header-text-on-header = हेडर टेक्स्ट और हेडर पट्टी
studio-pair-focus-on-page = फ़ोकस रिंग और पृष्ठ की पृष्ठभूमि
studio-column-version = संस्करण
studio-column-when = प्रकाशन का समय
studio-column-who = प्रकाशक
studio-column-note = नोट
studio-column-action = कार्रवाई
studio-publication-live = अभी लाइव
studio-publication-restored = संस्करण { $version } की पुनर्स्थापना
studio-roll-back = संस्करण { $version } को फिर से प्रकाशित करें
studio-done-saved = ड्राफ़्ट सहेज लिया गया है। इसका पूर्वावलोकन करें, फिर तैयार होने पर इसे प्रकाशित करें।
studio-done-uploaded = छवि ड्राफ़्ट में जोड़ दी गई है।
studio-done-removed = छवि ड्राफ़्ट से हटा दी गई है।
studio-done-published = प्रकाशित हो गया। कुछ ही सेकंड में हर पृष्ठ पर नई ब्रांडिंग दिखने लगेगी।
studio-done-rolled-back = पिछला संस्करण फिर से लाइव है, और अब वही ड्राफ़्ट भी है।
studio-done-preview-stopped = पूर्वावलोकन समाप्त हो गया है।
studio-refused-publish = कुछ भी प्रकाशित नहीं हुआ: पहले नीचे सूचीबद्ध समस्याएँ ठीक करें।
studio-refused-no-such-version = वह संस्करण मौजूद नहीं है। कुछ भी नहीं बदला गया।
studio-refused-unavailable = परिवर्तन सहेजा नहीं जा सका। कुछ भी नहीं बदला गया; कृपया फिर से प्रयास करें।
studio-refused-empty = { $slot } को अपलोड नहीं किया गया: कोई फ़ाइल नहीं चुनी गई, या वह खाली थी। कुछ भी नहीं बदला गया।
studio-refused-too-many-bytes = { $slot } को अपलोड नहीं किया गया: फ़ाइल { $kilobytes } KB से बड़ी है। कुछ भी नहीं बदला गया।
studio-refused-unknown-type = { $slot } को अपलोड नहीं किया गया: फ़ाइल का नाम कुछ भी हो, यह PNG, JPEG या WebP छवि (या लोगो के लिए SVG ड्रॉइंग) नहीं है। कुछ भी नहीं बदला गया।
studio-refused-svg-not-allowed = { $slot } को अपलोड नहीं किया गया: SVG ड्रॉइंग केवल लोगो के लिए स्वीकार की जाती हैं। PNG, JPEG या WebP का उपयोग करें। कुछ भी नहीं बदला गया।
studio-refused-too-many-pixels = { $slot } को अपलोड नहीं किया गया: छवि { $width } × { $height } पिक्सेल से बड़ी है। कुछ भी नहीं बदला गया।
studio-refused-undecodable = { $slot } को अपलोड नहीं किया गया: छवि क्षतिग्रस्त है और पढ़ी नहीं जा सकी। कुछ भी नहीं बदला गया।
studio-refused-svg-unparsable = { $slot } को अपलोड नहीं किया गया: SVG ड्रॉइंग पढ़ी नहीं जा सकी। कुछ भी नहीं बदला गया।
studio-refused-svg-doctype = { $slot } को अपलोड नहीं किया गया: DOCTYPE या एंटिटी वाली SVG ड्रॉइंग अस्वीकार की जाती हैं। कुछ भी नहीं बदला गया।
studio-refused-svg-script = { $slot } को अपलोड नहीं किया गया: SVG ड्रॉइंग में स्क्रिप्ट है। कुछ भी नहीं बदला गया।
studio-refused-svg-foreign-object = { $slot } को अपलोड नहीं किया गया: SVG ड्रॉइंग में अन्य सामग्री (foreignObject) एम्बेड की गई है। कुछ भी नहीं बदला गया।
studio-refused-svg-event-handler = { $slot } को अपलोड नहीं किया गया: SVG ड्रॉइंग में इवेंट हैंडलर (on… विशेषताएँ) हैं। कुछ भी नहीं बदला गया।
studio-refused-svg-external-reference = { $slot } को अपलोड नहीं किया गया: SVG ड्रॉइंग अपने बाहर की फ़ाइलों या पतों का संदर्भ देती है। कुछ भी नहीं बदला गया।
studio-refused-svg-too-complex = { $slot } को अपलोड नहीं किया गया: SVG ड्रॉइंग बहुत जटिल है। इसे सरल बनाएँ और फिर से प्रयास करें। कुछ भी नहीं बदला गया।
studio-refused-svg-marker = { $slot } को अपलोड नहीं किया गया: SVG मार्कर समर्थित नहीं हैं। कुछ भी नहीं बदला गया।

## Not found

not-found-title = पृष्ठ नहीं मिला
not-found-heading = हमें वह पृष्ठ नहीं मिला।

## Demo outbox (demonstration mode only)

outbox-title = डेमो आउटबॉक्स
outbox-heading = डेमो आउटबॉक्स
outbox-banner-heading = डेमो मोड
outbox-banner-text = यह पृष्ठ केवल डेमो मोड में मौजूद है। संदेश वास्तव में नहीं भेजे जाते: ईमेल, टेक्स्ट संदेश और वॉइस कॉल, एक बार उपयोग होने वाले कोड सहित, इसके बजाय यहीं रखे जाते हैं ताकि आप पोर्टल को आज़मा सकें। किसी वास्तविक पोर्टल को कभी भी डेमो मोड में न चलाएँ।
outbox-caption = नवीनतम { $limit } संदेश, सबसे नए पहले
outbox-empty = अभी तक कोई संदेश नहीं है। पोर्टल द्वारा भेजे गए कोड और सूचनाएँ यहाँ दिखाई देंगी।
outbox-time = समय
outbox-channel = चैनल
outbox-recipient = प्राप्तकर्ता
outbox-subject = विषय
outbox-body = संदेश
outbox-channel-email = ईमेल
outbox-channel-sms = टेक्स्ट संदेश
outbox-channel-voice = वॉइस कॉल

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = आपकी अपने पहले जीवनसाथी या पार्टनर से मुलाक़ात किस शहर में हुई थी?
question-city-parents-met = आपके माता-पिता की मुलाक़ात किस शहर में हुई थी?
question-city-nearest-sibling = आपके सबसे नज़दीकी भाई या बहन किस शहर में रहते हैं?
question-city-father-born = आपके पिता का जन्म किस शहर में हुआ था?
question-city-first-job = आपकी पहली नौकरी किस शहर में थी?
question-city-mother-born = आपकी माता का जन्म किस शहर में हुआ था?
question-city-new-year-2000 = वर्ष 2000 के नए साल के दिन आप किस शहर में थे?
question-high-school-teacher-last-name = हाई स्कूल में आपके सबसे पसंदीदा शिक्षक का उपनाम क्या था?
question-college-applied-not-attended = उस कॉलेज का नाम क्या है जिसमें आपने आवेदन किया था, लेकिन दाखिला नहीं लिया?
question-first-wedding-reception-place = आपकी पहली शादी का रिसेप्शन किस जगह हुआ था?
question-father-middle-name = आपके पिता का मध्य नाम क्या है?
question-favorite-food = आपका पसंदीदा भोजन क्या है?
question-maternal-grandmother-name = आपकी नानी का पूरा नाम (नाम और उपनाम) क्या है?
question-mother-middle-name = आपकी माता का मध्य नाम क्या है?
question-oldest-sibling-birthday = आपके सबसे बड़े भाई या बहन के जन्म का महीना और वर्ष क्या है? (उदाहरण: नवंबर 1985)
question-oldest-sibling-middle-name = आपके सबसे बड़े भाई या बहन का मध्य नाम क्या है?
question-paternal-grandfather-name = आपके दादा का पूरा नाम (नाम और उपनाम) क्या है?
question-youngest-sibling-middle-name = आपके सबसे छोटे भाई या बहन का मध्य नाम क्या है?
question-sixth-grade-school = छठी कक्षा में आपका स्कूल कौन-सा था?
question-childhood-best-friend-name = आपके बचपन के सबसे अच्छे दोस्त का पूरा नाम (नाम और उपनाम) क्या था?
question-first-significant-other-name = आपके पहले प्रेमी या प्रेमिका का पूरा नाम (नाम और उपनाम) क्या था?
question-grade-school-teacher-last-name = प्राथमिक विद्यालय में आपके सबसे पसंदीदा शिक्षक का उपनाम क्या था?
question-first-car-make-model = आपकी पहली कार, मोटरसाइकिल या स्कूटर का ब्रांड और मॉडल क्या था?
question-first-school = आपके पहले स्कूल का नाम क्या था?
question-birth-hospital = जिस अस्पताल में आपका जन्म हुआ था, उसका नाम क्या था?
question-childhood-street = बचपन में आपका पहला घर जिस गली या मोहल्ले में था, उसका नाम क्या था?
question-childhood-hero = बचपन में आपका हीरो कौन था?
question-favorite-stuffed-animal = आपके पसंदीदा सॉफ़्ट टॉय (टेडी बियर जैसे खिलौने) का नाम क्या था?
question-first-pet = आपके पहले पालतू जानवर का नाम क्या था?
question-childhood-nickname = बचपन में घर पर आपको किस नाम से बुलाया जाता था?
question-high-school-sport = हाई स्कूल में आपका पसंदीदा खेल कौन-सा था?
question-first-job = आपकी पहली नौकरी क्या थी?
question-childhood-phone-last-digits = बचपन में आपके घर के टेलीफ़ोन नंबर के अंतिम चार अंक क्या थे?
question-childhood-ambition = बचपन में आप बड़े होकर क्या बनना चाहते थे?
question-most-famous-person-met = अब तक आपकी मुलाक़ात जिस सबसे प्रसिद्ध व्यक्ति से हुई है, वह कौन है?

## Security-info registration

method-email = ईमेल
method-mobile-phone = मोबाइल फ़ोन
method-office-phone = कार्यालय फ़ोन
method-security-questions = सुरक्षा प्रश्न
method-questions-count = { $count ->
    [one] { $count } प्रश्न का उत्तर दिया गया
   *[other] { $count } प्रश्नों के उत्तर दिए गए
}
source-authentication = सत्यापन के लिए आपके द्वारा पंजीकृत, निर्देशिका में नहीं दिखाया जाता
source-directory = आपकी निर्देशिका प्रोफ़ाइल से
source-administrator = आपके व्यवस्थापक द्वारा सेट किया गया

prompt-title = अधिक जानकारी आवश्यक है
prompt-register-heading = अधिक जानकारी आवश्यक है
prompt-register-why = जब आप अपना पासवर्ड भूल जाएँ या आपका खाता लॉक हो जाए, तब आपके संगठन को यह पुष्टि करने का एक तरीका चाहिए कि यह आप ही हैं। अभी अपनी सुरक्षा जानकारी पंजीकृत करें, ताकि आप हेल्पडेस्क को कॉल किए बिना स्वयं अपने खाते में वापस पहुँच सकें।
prompt-register-needed = { $count ->
    [one] आपको कम से कम { $count } सत्यापन विधि की आवश्यकता है।
   *[other] आपको कम से कम { $count } अलग-अलग सत्यापन विधियों की आवश्यकता है।
}
prompt-next = आगे
prompt-skip = अभी छोड़ें
prompt-reconfirm-heading = क्या यह जानकारी अब भी सही है?
prompt-reconfirm-why = कृपया अपनी पंजीकृत सुरक्षा जानकारी जाँचें। अगर कुछ बदल गया है, तो उसे अपडेट करें ताकि आप आगे भी अपना पासवर्ड रीसेट कर सकें।
prompt-looks-good = सब ठीक है
prompt-change = बदलें
prompt-nothing = और कुछ भी आवश्यक नहीं है
prompt-go-account = अपने खाते पर जाएँ

wizard-title = सुरक्षा जानकारी पंजीकृत करें
wizard-start = फिर से शुरू करें
wizard-step-of = चरण { $total } में से { $number }
wizard-code-label = सत्यापन कोड
wizard-verify = सत्यापित करें
wizard-send-code = कोड भेजें
wizard-skip-step = यह विधि छोड़ें
wizard-phone-country = देश या क्षेत्र
wizard-phone-number = फ़ोन नंबर
wizard-phone-hint = देश कोड के बिना, या + से शुरू होने वाले देश कोड के साथ।
wizard-phone-channel = हम कोड कैसे भेजें?
wizard-phone-sms = टेक्स्ट संदेश (SMS)
wizard-phone-voice = वॉइस कॉल
wizard-phone-texted = हमने { $number } पर कोड वाला टेक्स्ट संदेश भेजा है।
wizard-phone-called = हम आपको कोड सुनाने के लिए { $number } पर कॉल कर रहे हैं।
wizard-phone-resend-heading = कोड नहीं मिला? इसे फिर से भेजें या कोई दूसरा नंबर उपयोग करें
wizard-phone-reset-uses = अभी पासवर्ड रीसेट में { $number } का उपयोग होगा ({ $source })।
wizard-phone-reset-none = अभी आपके पास ऐसा कोई फ़ोन नहीं है जिसका उपयोग पासवर्ड रीसेट में हो सके।
wizard-phone-precedence = आप यहाँ जो नंबर सत्यापित करेंगे, वह आपका प्रमाणीकरण फ़ोन बन जाएगा, और रीसेट में निर्देशिका वाले मोबाइल फ़ोन के बजाय उसी का उपयोग होगा।
wizard-office-phone = कार्यालय फ़ोन: { $number }, आपके व्यवस्थापक द्वारा सेट किया गया। आप इसे यहाँ नहीं बदल सकते।
wizard-email-address = ईमेल पता
wizard-email-sent = हमने { $address } पर कोड वाला ईमेल भेजा है।
wizard-email-resend-heading = ईमेल नहीं मिला? इसे फिर से भेजें या कोई दूसरा पता उपयोग करें
wizard-email-reset-uses = अभी पासवर्ड रीसेट में { $address } का उपयोग होगा ({ $source })।
wizard-email-reset-none = अभी आपके पास ऐसा कोई ईमेल पता नहीं है जिसका उपयोग पासवर्ड रीसेट में हो सके।
wizard-email-precedence = आप यहाँ जो पता सत्यापित करेंगे, वह आपका प्रमाणीकरण ईमेल बन जाएगा, और रीसेट में निर्देशिका वाले वैकल्पिक ईमेल के बजाय उसी का उपयोग होगा। अपने कार्यालय ईमेल के अलावा कोई दूसरा पता उपयोग करें।
wizard-questions-intro = { $count ->
    [one] एक प्रश्न चुनें और उसका उत्तर दें।
   *[other] { $count } अलग-अलग प्रश्न चुनें और हर एक का उत्तर दें।
} उत्तर 3 से 40 वर्णों के होने चाहिए; बड़े-छोटे अक्षरों और अतिरिक्त स्पेस से कोई फ़र्क नहीं पड़ता। व्यवस्थापकों सहित कोई भी उन्हें पढ़ नहीं सकता।
wizard-question-label = प्रश्न { $number }
wizard-answer-label = प्रश्न { $number } का उत्तर
wizard-question-choose = कोई प्रश्न चुनें
wizard-answers-show = उत्तर दिखाएँ
wizard-answers-hide = उत्तर छिपाएँ
wizard-questions-save = जारी रखें
wizard-questions-retype = आपकी सुरक्षा के लिए, उत्तर कभी भी पृष्ठ पर वापस नहीं भेजे जाते: कृपया उन्हें फिर से लिखें।
wizard-summary-heading = जाँचें और सहेजें
wizard-summary-skipped = छोड़ा गया
wizard-save = सहेजें
wizard-cancel = रद्द करें

registration-error-not-signed-in = आपका सत्र समाप्त हो गया है। कृपया फिर से साइन इन करें।
registration-error-flow-missing = इस पंजीकरण की समय-सीमा समाप्त हो गई है या यह पहले ही पूरा हो चुका है। जारी रखने के लिए फिर से शुरू करें।
registration-error-step-out-of-order = यह चरण अभी उपलब्ध नहीं है। दिखाए गए चरण से जारी रखें।
registration-error-phone-missing = अपना फ़ोन नंबर दर्ज करें।
registration-error-country-needed = कोई देश चुनें, या नंबर को + से शुरू होने वाले अंतरराष्ट्रीय कोड के साथ लिखें।
registration-error-phone-invalid = यह चुने गए देश के लिए मान्य फ़ोन नंबर नहीं है।
registration-error-email-missing = अपना ईमेल पता दर्ज करें।
registration-error-email-invalid = name@example.com जैसा ईमेल पता दर्ज करें।
code-error-missing = हमारे द्वारा भेजा गया कोड दर्ज करें।
code-error-malformed = कोड 6 से 8 अंकों का होता है।
code-error-wrong = { $tries ->
    [one] यह कोड सही नहीं है। आपके पास { $tries } और प्रयास बचा है।
   *[other] यह कोड सही नहीं है। आपके पास { $tries } और प्रयास बचे हैं।
}
code-error-dead = बहुत अधिक गलत कोड डाले गए। नया कोड भेजें।
code-error-expired = इस कोड की समय-सीमा समाप्त हो गई है। नया कोड भेजें।
code-error-used = इस कोड का उपयोग पहले ही हो चुका है। नया कोड भेजें।
code-error-none-sent = कोई कोड प्रतीक्षा में नहीं है। नया कोड भेजें।
code-error-too-many = बहुत अधिक कोड भेजे गए। एक घंटा प्रतीक्षा करें, या कोई दूसरी विधि चुनें।
code-error-delivery-failed = हम कोड नहीं भेज सके। फिर से प्रयास करें, या कोई दूसरी विधि चुनें।
registration-error-question-missing = यहाँ एक प्रश्न चुनें।
registration-error-question-not-offered = सूची से एक प्रश्न चुनें।
registration-error-question-twice = आप यह प्रश्न पहले ही चुन चुके हैं। कोई दूसरा प्रश्न चुनें।
error-answer-missing = उत्तर दर्ज करें।
registration-error-answer-too-short = उत्तर कम से कम 3 वर्णों के होने चाहिए।
registration-error-answer-too-long = उत्तर अधिकतम 40 वर्णों के हो सकते हैं।
registration-error-answer-twice = आप यह उत्तर किसी दूसरे प्रश्न के लिए पहले ही दे चुके हैं। कोई अलग उत्तर दें।
registration-error-steps-pending = सहेजने से पहले हर चरण पूरा करें या छोड़ें।
registration-error-nothing-to-save = कुछ भी नहीं जोड़ा गया। कम से कम एक विधि पंजीकृत करें, या रद्द करें।
registration-error-not-enough-methods = { $needed ->
    [one] कम से कम { $needed } विधि पंजीकृत करें, ताकि आप अपना पासवर्ड रीसेट कर सकें।
   *[other] कम से कम { $needed } अलग-अलग विधियाँ पंजीकृत करें, ताकि आप अपना पासवर्ड रीसेट कर सकें।
}

account-security-info = सुरक्षा जानकारी: पंजीकृत करें, बदलें या हटाएँ
account-security-info-saved = आपकी सुरक्षा जानकारी सहेज ली गई है।

message-code-email-subject = आपका सत्यापन कोड
message-code-email-body = आपका सत्यापन कोड { $code } है।

    यह { $minutes } मिनट तक मान्य है। यदि आपने इसका अनुरोध नहीं किया था, तो आप इस ईमेल को अनदेखा कर सकते हैं: कोड के बिना कुछ भी नहीं बदलेगा।
message-code-sms = आपका सत्यापन कोड { $code } है। यह { $minutes } मिनट तक मान्य है।
message-code-voice = आपका सत्यापन कोड है: { $code }। एक बार फिर: { $code }।
message-changed-subject = आपकी सुरक्षा जानकारी बदल दी गई है
message-changed-body = आपके खाते की सुरक्षा जानकारी अभी-अभी बदली गई है:
    { $changes }

    यदि यह परिवर्तन आपने किया है, तो आपको कुछ करने की आवश्यकता नहीं है। यदि नहीं, तो तुरंत अपने हेल्पडेस्क से संपर्क करें।
message-changed-phone = प्रमाणीकरण फ़ोन
message-changed-email = प्रमाणीकरण ईमेल
message-changed-questions = सुरक्षा प्रश्न

country-AR = अर्जेंटीना
country-AT = ऑस्ट्रिया
country-AU = ऑस्ट्रेलिया
country-BE = बेल्जियम
country-BR = ब्राज़ील
country-CA = कनाडा
country-CH = स्विट्ज़रलैंड
country-CN = चीन
country-CZ = चेकिया
country-DE = जर्मनी
country-DK = डेनमार्क
country-ES = स्पेन
country-FI = फ़िनलैंड
country-FR = फ़्रांस
country-GB = यूनाइटेड किंगडम
country-GR = यूनान
country-HR = क्रोएशिया
country-HU = हंगरी
country-IE = आयरलैंड
country-IN = भारत
country-IT = इटली
country-JP = जापान
country-LU = लक्ज़मबर्ग
country-MT = माल्टा
country-MX = मेक्सिको
country-NL = नीदरलैंड
country-NO = नॉर्वे
country-NZ = न्यूज़ीलैंड
country-PL = पोलैंड
country-PT = पुर्तगाल
country-RO = रोमानिया
country-SE = स्वीडन
country-SI = स्लोवेनिया
country-SK = स्लोवाकिया
country-SM = सैन मैरिनो
country-TR = तुर्किये
country-UA = यूक्रेन
country-US = संयुक्त राज्य अमेरिका
country-VA = वेटिकन सिटी
country-ZA = दक्षिण अफ़्रीका
registration-error-reauth-required = आपकी सुरक्षा के लिए, अपनी सुरक्षा जानकारी बदलने से पहले अपना पासवर्ड फिर से दर्ज करें।
registration-error-method-not-changeable = इस विधि को यहाँ नहीं बदला जा सकता।
registration-error-wrong-password = वह पासवर्ड सही नहीं है।
registration-error-too-many-password-tries = बहुत अधिक गलत पासवर्ड डाले गए हैं। कृपया कुछ मिनट प्रतीक्षा करें और फिर से प्रयास करें।

security-info-title = सुरक्षा जानकारी
security-info-back = अपने खाते पर वापस जाएँ
security-info-usable = पासवर्ड रीसेट आपकी विधियों में से { $usable } का उपयोग कर सकता है; इसके लिए { $required ->
    [one] { $required } विधि आवश्यक है।
   *[other] { $required } अलग-अलग विधियाँ आवश्यक हैं।
}
security-info-not-set = सेट नहीं है
security-info-add = जोड़ें
security-info-change = बदलें
security-info-delete = हटाएँ
security-info-deleted = विधि हटा दी गई है।
security-info-delete-title = विधि हटाएँ
security-info-delete-confirm = क्या “{ $method }” को अपनी सुरक्षा जानकारी से हटाना है?
security-info-delete-warning = { $required ->
    [one] इसके बाद आपके पास कोई विधि नहीं बचेगी, और आप अपना पासवर्ड स्वयं रीसेट नहीं कर पाएँगे।
   *[other] इसके बाद आपके पास { $required } से कम विधियाँ बचेंगी, और आप अपना पासवर्ड स्वयं रीसेट नहीं कर पाएँगे।
}
reauth-title = पुष्टि करें कि यह आप ही हैं
reauth-submit = जारी रखें

## Password reset messages

message-reset-subject = आपका पासवर्ड रीसेट कर दिया गया है
message-reset-body = नमस्ते,

    आपके खाते का पासवर्ड अभी-अभी स्वयं-सेवा पासवर्ड पोर्टल के माध्यम से रीसेट किया गया है, और सभी सत्रों से साइन आउट कर दिया गया है।

    यदि यह आपने किया था, तो आपको और कुछ करने की आवश्यकता नहीं है। यदि नहीं, तो तुरंत अपने व्यवस्थापक से संपर्क करें।

    साइन इन करें: { $url }
message-unlocked-subject = आपका खाता अनलॉक कर दिया गया है
message-unlocked-body = नमस्ते,

    आपका खाता अभी-अभी स्वयं-सेवा पासवर्ड पोर्टल के माध्यम से अनलॉक किया गया है। आपका पासवर्ड नहीं बदला है।

    यदि यह आपने नहीं किया था, तो तुरंत अपने व्यवस्थापक से संपर्क करें।

    साइन इन करें: { $url }
message-admin-reset-subject = व्यवस्थापक { $admin } ने अपना पासवर्ड रीसेट किया
message-admin-reset-body = नमस्ते,

    व्यवस्थापक { $admin } ने अभी-अभी स्वयं-सेवा पासवर्ड पोर्टल के माध्यम से अपना पासवर्ड रीसेट किया है।

    यदि आपको इसकी अपेक्षा नहीं थी, तो उनसे बात करके पुष्टि करें और ऑडिट लॉग की समीक्षा करें।

    पोर्टल: { $url }

## Email footer and text-message sender

email-footer-sent-by = यह { $organisation } की ओर से भेजा गया एक स्वचालित संदेश है।
email-footer-privacy = गोपनीयता
email-footer-terms = उपयोग की शर्तें
email-footer-helpdesk = हेल्पडेस्क
message-from-organisation = { $organisation }: { $text }

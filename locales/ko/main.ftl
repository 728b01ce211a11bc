### 한국어 (ko). Register: formal 합니다/하십시오 style, as in Microsoft's Korean product UI.
### Glossary:
###   password = 암호
###   security info = 보안 정보
###   verification code = 확인 코드
###   security question = 보안 질문
###   helpdesk = 기술 지원팀
###   administrator = 관리자
###   sign in / sign out = 로그인 / 로그아웃
###   reset = 재설정
###   unlock = 잠금 해제
###   account = 계정
###   user name = 사용자 이름
###   directory = 디렉터리
###   text message = 문자 메시지
###   mobile phone / office phone = 휴대폰 / 사무실 전화
###   authentication phone / email = 인증 전화 / 인증 이메일

## Shared by every page

product-name = 계정 셀프 서비스
skip-to-content = 본문으로 건너뛰기
loading = 로드하는 중…
language-label = 언어
# 언어 선택 목록에 표시됩니다: 이 언어의 이름을 이 언어로 적은 것입니다.
language-name = 한국어
language-apply = 언어 변경
password-show = 암호 표시
password-hide = 암호 숨기기

## Errors

error-user-name-missing = 사용자 이름을 입력하십시오.
error-user-name-invalid = 사용자 이름 형식이 아닌 것 같습니다. 입력한 내용을 확인하고 다시 시도하십시오.
error-password-missing = 암호를 입력하십시오.
error-invalid-credentials = 사용자 이름 또는 암호가 올바르지 않습니다. 둘 다 확인하고 다시 시도하십시오.
error-account-locked = 계정이 잠겨 있습니다. 잠금을 해제하려면 아래의 "계정에 액세스할 수 없습니까?"를 선택하거나 기술 지원팀에 문의하십시오.
error-sign-in-paused = 이 사용자 이름으로 로그인에 너무 많이 실패했습니다. 계정을 보호하기 위해 { $until }까지 로그인이 일시 중지됩니다. 암호를 잊어버린 경우 지금 재설정할 수 있습니다.
error-sign-in-busy-address = 사용 중인 네트워크에서 로그인에 너무 많이 실패했습니다. 1시간 후에 다시 시도하십시오.
error-unavailable = 서버에 문제가 발생했습니다. 몇 분 후에 다시 시도하십시오.
error-transport = 서버에 연결할 수 없습니다. 연결 상태를 확인하고 다시 시도하십시오.

## Sign-in page

sign-in-title = 로그인
sign-in-heading = 계정에 로그인
sign-in-user-name = 사용자 이름
sign-in-password = 암호
sign-in-submit = 로그인
sign-in-cant-access = 계정에 액세스할 수 없습니까?

## Account page

account-title = 내 계정
account-heading = 내 계정
account-signed-in-as = 다음 사용자로 로그인되어 있습니다.
account-sign-out = 로그아웃
account-signed-out = 로그인되어 있지 않습니다.
account-go-sign-in = 로그인 페이지로 이동

## Password reset

reset-title = 암호 재설정
reset-heading = 계정 액세스 복구
reset-back-to-sign-in = 로그인으로 돌아가기
reset-intro = 사용자 이름을 입력하십시오. 본인 확인을 도와 드린 후 새 암호를 선택할 수 있습니다.
reset-user-id = 사용자 이름
reset-user-id-hint = 일반적으로 회사 이메일 주소입니다(예: name@contoso.example).
reset-next = 다음
captcha-question = 사람인지 확인: { $a } 더하기 { $b }는 얼마입니까?
captcha-hint = 답을 숫자로 입력하십시오.
captcha-checking = 사람인지 확인하는 중…
captcha-done = 완료: 브라우저를 통해 사람임이 확인되었습니다. [다음]을 눌러 계속하십시오.
reset-start-again = 처음부터 다시 시작
reset-verify-heading = 본인 확인
reset-gate-of = 확인 { $number }/{ $total }
reset-gate-legend = 확인 코드를 어떤 방법으로 받으시겠습니까?
reset-gate-email = 이메일로 코드 보내기: { $destination }
reset-gate-mobile-sms = 휴대폰으로 문자 메시지 코드 보내기: { $destination }
reset-gate-mobile-voice = 휴대폰으로 전화 걸기: { $destination }
reset-gate-office-voice = 사무실 전화로 전화 걸기: { $destination }
reset-gate-questions = 보안 질문에 답하기
reset-code-sent-email = 확인 코드가 포함된 이메일을 다음 주소로 보냈습니다: { $destination }
reset-code-sent-sms = 확인 코드가 포함된 문자 메시지를 다음 번호로 보냈습니다: { $destination }
reset-code-sent-voice = 확인 코드를 읽어 드리기 위해 다음 번호로 전화를 거는 중입니다: { $destination }
reset-code-resend = 새 코드 보내기
reset-other-method = 다른 방법 사용
reset-questions-heading = 보안 질문에 답하십시오
reset-password-heading = 새 암호 선택
reset-password-hint = { $min }자 이상 사용하십시오. 기억하기 쉬운 긴 문구가 가장 좋으며, 이름이나 흔히 사용되는 암호는 피하십시오.
reset-password-new = 새 암호
reset-password-confirm = 새 암호 확인
reset-password-strength-0 = 예상 강도: 매우 약함
reset-password-strength-1 = 예상 강도: 약함
reset-password-strength-2 = 예상 강도: 보통
reset-password-strength-3 = 예상 강도: 강함
reset-password-strength-4 = 예상 강도: 매우 강함
reset-password-strength-note = 암호 선택에 도움이 되도록 브라우저에서 추정한 값입니다. 암호가 허용되는지 여부는 위의 규칙에 따라 결정됩니다.
reset-password-submit = 암호 재설정
reset-unlock-only-text = 계정이 잠겨 있습니다. 현재 암호를 기억하고 있다면 암호를 그대로 유지한 채 계정 잠금만 해제할 수 있습니다.
reset-unlock-only = 잠금 해제만
reset-contact-heading = 관리자에게 문의
reset-contact-text = 여기에서는 암호를 재설정할 수 없습니다. 관리자가 계정 액세스 복구를 도와 드릴 수 있습니다.
reset-contact-helpdesk = 기술 지원팀에 문의
reset-done-heading = 암호가 재설정되었습니다
reset-done-text = 모든 곳에서 로그아웃되었습니다. 새 암호로 로그인하십시오.
reset-unlocked-heading = 계정 잠금이 해제되었습니다
reset-unlocked-text = 현재 암호로 로그인하십시오.
reset-go-sign-in = 로그인 페이지로 이동
reset-error-flow-missing = 재설정이 만료되었거나 시작되지 않았습니다. 처음부터 다시 시작하십시오.
reset-error-step-out-of-order = 지금은 해당 단계를 사용할 수 없습니다. 이 페이지에서 계속하십시오.
reset-error-user-id-missing = 사용자 이름을 입력하십시오.
reset-error-user-id-invalid = 사용자 이름을 이메일 주소 형식으로 입력하십시오(예: name@contoso.example).
reset-error-captcha-failed = 사람인지 확인할 수 없습니다. 다시 시도하십시오.
reset-error-gate-missing = 코드를 받을 방법을 선택하십시오.
reset-error-code-dead = 잘못된 코드를 너무 많이 입력했습니다. 새 코드를 보내거나 다른 방법을 사용하십시오.
reset-error-answers-wrong = 하나 이상의 답이 올바르지 않습니다. 답을 확인하고 다시 시도하십시오.
reset-error-blocked = 시도 횟수가 너무 많습니다. 안전을 위해 이 계정의 셀프 서비스 재설정이 { $until }까지 일시 중지됩니다.
reset-error-busy-address = 사용 중인 네트워크에서 시도한 횟수가 너무 많습니다. 1시간 후에 다시 시도하십시오.
reset-error-passwords-differ = 두 암호가 일치하지 않습니다.
reset-error-password-too-short = { $min }자 이상 사용하십시오.
reset-error-password-missing = 새 암호를 입력하십시오.
reset-error-password-common = 이 암호는 공격자가 가장 먼저 시도하는 암호 목록에 있습니다. 서로 관련 없는 몇 개의 단어로 된 문구처럼 다른 암호를 선택하십시오.
reset-error-password-control = 암호에는 줄 바꿈, 탭 또는 기타 제어 문자를 사용할 수 없습니다. 이러한 문자 없이 다시 입력하십시오.
reset-error-write-unconfirmed = 새 암호가 저장되었는지 확인할 수 없습니다. 암호를 다시 선택하십시오. 새로 선택한 암호가 저장된 내용을 대체합니다.
reset-writing = 변경 내용을 저장하는 중입니다. 잠시 후 이 페이지를 새로 고치십시오.
reset-error-password-too-long = 256자 이하로 사용하십시오.
reset-error-password-contains-name = 암호에 사용자 이름을 사용하지 마십시오.
reset-error-write-failed = 디렉터리에 변경 내용을 저장할 수 없어 아무것도 변경되지 않았습니다. 잠시 후 다시 시도하십시오.

## Organisation branding on every page

footer-label = 조직 링크
footer-privacy = 개인정보처리방침
footer-terms = 사용 약관
footer-helpdesk = 기술 지원팀

## Branding studio (/admin/branding, for branding administrators)

studio-title = 브랜딩 스튜디오
studio-heading-layer = 설정: { $layer }
studio-back = 브랜딩 스튜디오로 돌아가기
studio-preview-banner = 게시되지 않은 브랜딩을 미리 보는 중입니다. 게시되기 전까지는 다른 사람에게 표시되지 않습니다.
studio-preview-stop = 미리 보기 중지
studio-layer-label = 설정 대상
studio-layer-open = 열기
studio-layer-default = 기본값(모든 언어)
studio-layer-overridden = { $language }(자체 설정 있음)
studio-inherited = 비어 있는 경우: { $value }
studio-as-default = 기본 설정과 동일
studio-as-product = 브랜딩이 없는 포털과 동일
studio-show = 표시
studio-hide = 숨기기
studio-save = 초안 저장
studio-section-identity = 조직
studio-section-colours = 색
studio-colours-hint = 색은 #rrggbb 형식으로 입력하십시오(예: #0b5cad). 텍스트와 단추는 누구나 읽을 수 있도록 배경과 충분히 구별되어야 하므로, 스튜디오에서 게시하기 전에 대비를 확인합니다.
studio-section-layout = 레이아웃
studio-section-sign-in = 로그인 페이지
studio-section-links = 바닥글 링크
studio-section-css = 사용자 지정 CSS
studio-css-hint = 포털의 CSS 참조에 나열된 클래스 이름에 대한 규칙입니다. 이미지는 여기에서 업로드한 이미지만 사용할 수 있습니다. 최대 25 KB입니다.
studio-section-images = 이미지
studio-section-publish = 게시
studio-section-publications = 게시 기록
studio-field-organisation-name = 조직 이름
studio-field-colour-primary = 단추 및 링크
studio-field-colour-primary-text = 단추의 텍스트
studio-field-colour-header = 머리글 띠
studio-field-colour-header-text = 머리글 띠의 텍스트
studio-field-colour-text = 텍스트
studio-field-colour-page = 페이지 배경
studio-field-colour-card = 카드 배경
studio-field-colour-focus = 키보드 포커스 테두리
studio-field-layout = 페이지 레이아웃
studio-layout-full-bleed = 페이지 전체를 채우는 배경 이미지
studio-layout-plain = 단색 페이지
studio-field-show-header = 머리글 띠 표시
studio-field-show-footer = 바닥글 표시
studio-field-sign-in-text = 로그인 페이지 텍스트
studio-field-user-name-hint = 사용자 이름 힌트
studio-field-cant-access-label = 로그인할 수 없는 사용자를 위한 링크의 텍스트
studio-field-show-reset-link = 로그인할 수 없는 사용자를 위한 링크
studio-field-privacy-url = 개인정보처리방침 주소
studio-field-terms-url = 사용 약관 주소
studio-field-helpdesk-url = 기술 지원팀 주소(웹 또는 이메일)
studio-field-custom-css = 사용자 지정 CSS
studio-field-image-banner-logo = 배너 로고
studio-field-image-square-logo = 사각형 로고
studio-field-image-square-logo-dark = 어두운 배경용 사각형 로고
studio-field-image-favicon = 파비콘
studio-field-image-background = 배경 이미지
studio-image-limits = { $kinds }, 최대 { $kilobytes } KB 및 { $width } × { $height }픽셀.
studio-image-upload = { $slot } 업로드
studio-image-remove = { $slot } 제거
studio-image-current = 현재 { $slot }
studio-live-heading = 실시간 미리 보기
studio-live-caption = 저장하기 전에도 입력하는 대로 위의 색과 텍스트를 반영합니다.
studio-preview = 실제 페이지에서 초안 미리 보기
studio-email-preview = 초안을 적용한 이메일 미리 보기
studio-publish = 게시
studio-state-never-published = 아직 게시된 항목이 없습니다. 모든 사용자에게 브랜딩이 없는 포털이 표시됩니다.
studio-state-published = 버전 { $version }이(가) 현재 게시되어 있습니다.
studio-state-unpublished-changes = 초안에 게시되지 않은 변경 내용이 있습니다.
studio-problems-heading = 게시하기 전에 다음 문제를 해결하십시오
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair }의 대비가 { $ratio }입니다. { $minimum } 이상이어야 합니다.
studio-problem-too-long = { $max }자 이하로 사용하십시오.
studio-problem-control-character = 제어 문자(예: 탭)를 제거하십시오.
studio-problem-not-a-colour = 색은 # 뒤에 16진수 6자리를 붙여 입력하십시오(예: #0b5cad).
studio-problem-link-not-https = 웹 주소는 https://로 시작해야 합니다.
studio-problem-link-invalid = https://로 시작하는 웹 주소나 이메일 주소를 입력하십시오.
studio-problem-css = { $line }줄: { $reason }
studio-css-too-long = 스타일시트가 25 KB보다 큽니다.
studio-css-import = @import는 허용되지 않습니다. 대신 규칙을 여기에 작성하십시오.
studio-css-external-url = url()은 스튜디오에서 업로드한 이미지만 가리킬 수 있습니다.
studio-css-expression = expression(), behavior 및 -moz-binding은 허용되지 않습니다.
studio-css-at-rule = @media, @supports, @layer, @container, @font-face 및 @keyframes만 허용됩니다.
studio-css-markup = </ 문자 시퀀스는 허용되지 않습니다.
studio-css-unparsable = 올바른 CSS가 아닙니다(중괄호, 콜론 또는 따옴표가 빠졌는지 확인하십시오).
studio-pair-text-on-page = 텍스트와 페이지 배경
studio-pair-text-on-card = 텍스트와 카드 배경
studio-pair-button-text-on-primary = 단추 텍스트와 단추
studio-pair-header-text-on-header = 머리글 텍스트와 머리글 띠
studio-pair-focus-on-page = 포커스 테두리와 페이지 배경
studio-column-version = 버전
studio-column-when = 게시 날짜
studio-column-who = 게시자
studio-column-note = 메모
studio-column-action = 작업
studio-publication-live = 현재 게시됨
studio-publication-restored = 버전 { $version } 복원
studio-roll-back = 버전 { $version } 다시 게시
studio-done-saved = 초안이 저장되었습니다. 미리 본 후 준비가 되면 게시하십시오.
studio-done-uploaded = 이미지가 초안에 추가되었습니다.
studio-done-removed = 이미지가 초안에서 제거되었습니다.
studio-done-published = 게시되었습니다. 몇 초 안에 모든 페이지에 새 브랜딩이 표시됩니다.
studio-done-rolled-back = 이전 버전이 다시 게시되었으며, 이제 초안도 이 버전과 같습니다.
studio-done-preview-stopped = 미리 보기가 종료되었습니다.
studio-refused-publish = 아무것도 게시되지 않았습니다. 먼저 아래에 나열된 문제를 해결하십시오.
studio-refused-no-such-version = 해당 버전이 없습니다. 아무것도 변경되지 않았습니다.
studio-refused-unavailable = 변경 내용을 저장할 수 없습니다. 아무것도 변경되지 않았습니다. 다시 시도하십시오.
studio-refused-empty = { $slot }을(를) 업로드하지 않았습니다. 파일을 선택하지 않았거나 파일이 비어 있습니다. 아무것도 변경되지 않았습니다.
studio-refused-too-many-bytes = { $slot }을(를) 업로드하지 않았습니다. 파일이 { $kilobytes } KB보다 큽니다. 아무것도 변경되지 않았습니다.
studio-refused-unknown-type = { $slot }을(를) 업로드하지 않았습니다. 파일 이름과 관계없이 이 파일은 PNG, JPEG 또는 WebP 이미지(로고의 경우 SVG 그림)가 아닙니다. 아무것도 변경되지 않았습니다.
studio-refused-svg-not-allowed = { $slot }을(를) 업로드하지 않았습니다. SVG 그림은 로고에만 사용할 수 있습니다. PNG, JPEG 또는 WebP를 사용하십시오. 아무것도 변경되지 않았습니다.
studio-refused-too-many-pixels = { $slot }을(를) 업로드하지 않았습니다. 이미지가 { $width } × { $height }픽셀보다 큽니다. 아무것도 변경되지 않았습니다.
studio-refused-undecodable = { $slot }을(를) 업로드하지 않았습니다. 이미지가 손상되어 읽을 수 없습니다. 아무것도 변경되지 않았습니다.
studio-refused-svg-unparsable = { $slot }을(를) 업로드하지 않았습니다. SVG 그림을 읽을 수 없습니다. 아무것도 변경되지 않았습니다.
studio-refused-svg-doctype = { $slot }을(를) 업로드하지 않았습니다. DOCTYPE 또는 엔터티가 포함된 SVG 그림은 거부됩니다. 아무것도 변경되지 않았습니다.
studio-refused-svg-script = { $slot }을(를) 업로드하지 않았습니다. SVG 그림에 스크립트가 포함되어 있습니다. 아무것도 변경되지 않았습니다.
studio-refused-svg-foreign-object = { $slot }을(를) 업로드하지 않았습니다. SVG 그림에 다른 콘텐츠(foreignObject)가 포함되어 있습니다. 아무것도 변경되지 않았습니다.
studio-refused-svg-event-handler = { $slot }을(를) 업로드하지 않았습니다. SVG 그림에 이벤트 처리기(on… 특성)가 포함되어 있습니다. 아무것도 변경되지 않았습니다.
studio-refused-svg-external-reference = { $slot }을(를) 업로드하지 않았습니다. SVG 그림이 그림 외부의 파일이나 주소를 참조합니다. 아무것도 변경되지 않았습니다.
studio-refused-svg-too-complex = { $slot }을(를) 업로드하지 않았습니다. SVG 그림이 너무 복잡합니다. 단순하게 만든 후 다시 시도하십시오. 아무것도 변경되지 않았습니다.
studio-refused-svg-marker = { $slot }을(를) 업로드하지 않았습니다. SVG 마커는 지원되지 않습니다. 아무것도 변경되지 않았습니다.

## Not found

not-found-title = 페이지를 찾을 수 없음
not-found-heading = 해당 페이지를 찾을 수 없습니다.

## Demo outbox (demonstration mode only)

outbox-title = 데모 보낸 메시지함
outbox-heading = 데모 보낸 메시지함
outbox-banner-heading = 데모 모드
outbox-banner-text = 이 페이지는 데모 모드에서만 존재합니다. 메시지가 실제로 전송되지 않습니다. 포털을 체험해 볼 수 있도록 이메일, 문자 메시지, 음성 통화가 일회용 코드를 포함하여 대신 여기에 보관됩니다. 실제 포털을 데모 모드로 운영하지 마십시오.
outbox-caption = 최근 메시지 { $limit }개(최신순)
outbox-empty = 아직 메시지가 없습니다. 포털에서 보내는 코드와 알림이 여기에 표시됩니다.
outbox-time = 시간
outbox-channel = 채널
outbox-recipient = 받는 사람
outbox-subject = 제목
outbox-body = 메시지
outbox-channel-email = 이메일
outbox-channel-sms = 문자 메시지
outbox-channel-voice = 음성 통화

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = 첫 배우자 또는 파트너를 처음 만난 도시는 어디입니까?
question-city-parents-met = 부모님이 처음 만나신 도시는 어디입니까?
question-city-nearest-sibling = 가장 가까이 사는 형제자매는 어느 도시에 살고 있습니까?
question-city-father-born = 아버지가 태어나신 도시는 어디입니까?
question-city-first-job = 첫 직장이 있던 도시는 어디입니까?
question-city-mother-born = 어머니가 태어나신 도시는 어디입니까?
question-city-new-year-2000 = 2000년 새해 첫날에 있었던 도시는 어디입니까?
question-high-school-teacher-last-name = 고등학교 때 가장 좋아했던 선생님의 성은 무엇입니까?
question-college-applied-not-attended = 지원했지만 다니지 않은 대학교의 이름은 무엇입니까?
question-first-wedding-reception-place = 첫 결혼식을 올린 예식장의 이름은 무엇입니까?
question-father-middle-name = 아버지의 성함은 무엇입니까?
question-favorite-food = 가장 좋아하는 음식은 무엇입니까?
question-maternal-grandmother-name = 외할머니의 성함은 무엇입니까?
question-mother-middle-name = 어머니의 성함은 무엇입니까?
question-oldest-sibling-birthday = 가장 나이가 많은 형제자매가 태어난 연도와 월은 언제입니까? (예: 1985년 11월)
question-oldest-sibling-middle-name = 가장 나이가 많은 형제자매의 이름은 무엇입니까?
question-paternal-grandfather-name = 친할아버지의 성함은 무엇입니까?
question-youngest-sibling-middle-name = 가장 나이가 어린 형제자매의 이름은 무엇입니까?
question-sixth-grade-school = 초등학교 6학년 때 다닌 학교는 어디입니까?
question-childhood-best-friend-name = 어린 시절 가장 친한 친구의 이름(성 포함)은 무엇입니까?
question-first-significant-other-name = 처음 사귄 연인의 이름(성 포함)은 무엇입니까?
question-grade-school-teacher-last-name = 초등학교 때 가장 좋아했던 선생님의 성은 무엇입니까?
question-first-car-make-model = 처음 소유한 자동차 또는 오토바이의 제조사와 모델은 무엇입니까?
question-first-school = 처음 다닌 학교의 이름은 무엇입니까?
question-birth-hospital = 태어난 병원의 이름은 무엇입니까?
question-childhood-street = 어린 시절 처음 살았던 집이 있던 거리(동네)의 이름은 무엇입니까?
question-childhood-hero = 어린 시절 우상의 이름은 무엇입니까?
question-favorite-stuffed-animal = 가장 좋아했던 봉제 인형의 이름은 무엇입니까?
question-first-pet = 처음 키운 반려동물의 이름은 무엇입니까?
question-childhood-nickname = 어린 시절 별명은 무엇입니까?
question-high-school-sport = 고등학교 때 가장 좋아했던 운동은 무엇입니까?
question-first-job = 첫 직업은 무엇이었습니까?
question-childhood-phone-last-digits = 어린 시절 집 전화번호의 마지막 네 자리는 무엇입니까?
question-childhood-ambition = 어렸을 때 커서 무엇이 되고 싶었습니까?
question-most-famous-person-met = 지금까지 만난 사람 중 가장 유명한 사람은 누구입니까?

## Security-info registration

method-email = 이메일
method-mobile-phone = 휴대폰
method-office-phone = 사무실 전화
method-security-questions = 보안 질문
method-questions-count = 질문 { $count }개에 답함
source-authentication = 확인용으로 직접 등록함, 디렉터리에는 표시되지 않음
source-directory = 디렉터리 프로필에서 가져옴
source-administrator = 관리자가 설정함

prompt-title = 추가 정보 필요
prompt-register-heading = 추가 정보 필요
prompt-register-why = 암호를 잊어버리거나 계정이 잠긴 경우 조직에서 본인임을 확인할 방법이 필요합니다. 지금 보안 정보를 등록하면 기술 지원팀에 연락하지 않고도 직접 계정 액세스를 복구할 수 있습니다.
prompt-register-needed = 서로 다른 확인 방법이 { $count }개 이상 필요합니다.
prompt-next = 다음
prompt-skip = 나중에 하기
prompt-reconfirm-heading = 이 정보가 아직 올바릅니까?
prompt-reconfirm-why = 등록한 보안 정보를 확인하십시오. 변경된 내용이 있으면 계속 암호를 재설정할 수 있도록 업데이트하십시오.
prompt-looks-good = 올바름
prompt-change = 변경
prompt-nothing = 더 이상 필요한 작업이 없습니다
prompt-go-account = 내 계정으로 이동

wizard-title = 보안 정보 등록
wizard-start = 처음부터 다시 시작
wizard-step-of = { $total }단계 중 { $number }단계
wizard-code-label = 확인 코드
wizard-verify = 확인
wizard-send-code = 코드 보내기
wizard-skip-step = 이 방법 건너뛰기
wizard-phone-country = 국가 또는 지역
wizard-phone-number = 전화번호
wizard-phone-hint = 국가 번호 없이 입력하거나, 국가 번호를 포함하는 경우 +로 시작하십시오.
wizard-phone-channel = 코드를 어떤 방법으로 보내 드릴까요?
wizard-phone-sms = 문자 메시지(SMS)
wizard-phone-voice = 음성 통화
wizard-phone-texted = 코드가 포함된 문자 메시지를 다음 번호로 보냈습니다: { $number }
wizard-phone-called = 코드를 읽어 드리기 위해 다음 번호로 전화를 거는 중입니다: { $number }
wizard-phone-resend-heading = 코드를 받지 못하셨습니까? 다시 보내거나 다른 번호를 사용하십시오
wizard-phone-reset-uses = 현재 암호 재설정에 사용되는 번호: { $number }({ $source })
wizard-phone-reset-none = 암호 재설정에 사용할 수 있는 전화가 아직 없습니다.
wizard-phone-precedence = 여기에서 확인한 번호는 인증 전화가 되며, 재설정 시 디렉터리의 휴대폰 번호 대신 이 번호가 사용됩니다.
wizard-office-phone = 사무실 전화: { $number }(관리자가 설정함). 여기에서는 변경할 수 없습니다.
wizard-email-address = 이메일 주소
wizard-email-sent = 코드가 포함된 이메일을 다음 주소로 보냈습니다: { $address }
wizard-email-resend-heading = 이메일을 받지 못하셨습니까? 다시 보내거나 다른 주소를 사용하십시오
wizard-email-reset-uses = 현재 암호 재설정에 사용되는 주소: { $address }({ $source })
wizard-email-reset-none = 암호 재설정에 사용할 수 있는 이메일 주소가 아직 없습니다.
wizard-email-precedence = 여기에서 확인한 주소는 인증 이메일이 되며, 재설정 시 디렉터리의 대체 이메일 대신 이 주소가 사용됩니다. 회사 주소가 아닌 다른 주소를 사용하십시오.
wizard-questions-intro = 서로 다른 질문 { $count }개를 선택하고 각각 답하십시오. 답은 3~40자이며 대/소문자와 여분의 공백은 구분하지 않습니다. 관리자를 포함하여 누구도 답을 볼 수 없습니다.
wizard-question-label = 질문 { $number }
wizard-answer-label = 질문 { $number }에 대한 답
wizard-question-choose = 질문 선택
wizard-answers-show = 답 표시
wizard-answers-hide = 답 숨기기
wizard-questions-save = 계속
wizard-questions-retype = 안전을 위해 답은 페이지로 다시 전송되지 않습니다. 답을 다시 입력하십시오.
wizard-summary-heading = 확인 및 저장
wizard-summary-skipped = 건너뜀
wizard-save = 저장
wizard-cancel = 취소

registration-error-not-signed-in = 세션이 종료되었습니다. 다시 로그인하십시오.
registration-error-flow-missing = 이 등록은 만료되었거나 이미 완료되었습니다. 계속하려면 처음부터 다시 시작하십시오.
registration-error-step-out-of-order = 지금은 해당 단계를 사용할 수 없습니다. 표시된 단계에서 계속하십시오.
registration-error-phone-missing = 전화번호를 입력하십시오.
registration-error-country-needed = 국가를 선택하거나, +로 시작하는 국제 번호를 포함하여 번호를 입력하십시오.
registration-error-phone-invalid = 선택한 국가에 유효한 전화번호가 아닙니다.
registration-error-email-missing = 이메일 주소를 입력하십시오.
registration-error-email-invalid = name@example.com과 같은 형식으로 이메일 주소를 입력하십시오.
code-error-missing = 보내 드린 코드를 입력하십시오.
code-error-malformed = 코드는 6~8자리 숫자입니다.
code-error-wrong = 코드가 올바르지 않습니다. 남은 시도 횟수: { $tries }회
code-error-dead = 잘못된 코드를 너무 많이 입력했습니다. 새 코드를 보내십시오.
code-error-expired = 코드가 만료되었습니다. 새 코드를 보내십시오.
code-error-used = 이미 사용된 코드입니다. 새 코드를 보내십시오.
code-error-none-sent = 대기 중인 코드가 없습니다. 새 코드를 보내십시오.
code-error-too-many = 너무 많은 코드를 보냈습니다. 1시간 후에 다시 시도하거나 다른 방법을 선택하십시오.
code-error-delivery-failed = 코드를 보낼 수 없습니다. 다시 시도하거나 다른 방법을 선택하십시오.
registration-error-question-missing = 여기에서 질문을 선택하십시오.
registration-error-question-not-offered = 목록에서 질문을 선택하십시오.
registration-error-question-twice = 이미 선택한 질문입니다. 다른 질문을 선택하십시오.
error-answer-missing = 답을 입력하십시오.
registration-error-answer-too-short = 답은 3자 이상이어야 합니다.
registration-error-answer-too-long = 답은 40자 이하여야 합니다.
registration-error-answer-twice = 이미 다른 질문에 사용한 답입니다. 다른 답을 입력하십시오.
registration-error-steps-pending = 저장하기 전에 각 단계를 완료하거나 건너뛰십시오.
registration-error-nothing-to-save = 추가된 항목이 없습니다. 방법을 하나 이상 등록하거나 취소하십시오.
registration-error-not-enough-methods = 암호를 재설정할 수 있도록 서로 다른 방법을 { $needed }개 이상 등록하십시오.

account-security-info = 보안 정보: 등록, 변경 또는 삭제
account-security-info-saved = 보안 정보가 저장되었습니다.

message-code-email-subject = 확인 코드
message-code-email-body = 확인 코드는 { $code }입니다.

    이 코드는 { $minutes }분 동안 유효합니다. 코드를 요청하지 않은 경우 이 이메일을 무시하십시오. 코드 없이는 아무것도 변경되지 않습니다.
message-code-sms = 확인 코드는 { $code }입니다. { $minutes }분 동안 유효합니다.
message-code-voice = 확인 코드는 { $code } 입니다. 다시 한 번 말씀드립니다. { $code } 입니다.
message-changed-subject = 보안 정보가 변경되었습니다
message-changed-body = 계정의 다음 보안 정보가 방금 변경되었습니다.
    { $changes }

    본인이 변경한 경우 아무 조치도 필요하지 않습니다. 본인이 변경하지 않은 경우 지금 바로 기술 지원팀에 문의하십시오.
message-changed-phone = 인증 전화
message-changed-email = 인증 이메일
message-changed-questions = 보안 질문

country-AR = 아르헨티나
country-AT = 오스트리아
country-AU = 오스트레일리아
country-BE = 벨기에
country-BR = 브라질
country-CA = 캐나다
country-CH = 스위스
country-CN = 중국
country-CZ = 체코
country-DE = 독일
country-DK = 덴마크
country-ES = 스페인
country-FI = 핀란드
country-FR = 프랑스
country-GB = 영국
country-GR = 그리스
country-HR = 크로아티아
country-HU = 헝가리
country-IE = 아일랜드
country-IN = 인도
country-IT = 이탈리아
country-JP = 일본
country-LU = 룩셈부르크
country-MT = 몰타
country-MX = 멕시코
country-NL = 네덜란드
country-NO = 노르웨이
country-NZ = 뉴질랜드
country-PL = 폴란드
country-PT = 포르투갈
country-RO = 루마니아
country-SE = 스웨덴
country-SI = 슬로베니아
country-SK = 슬로바키아
country-SM = 산마리노
country-TR = 튀르키예
country-UA = 우크라이나
country-US = 미국
country-VA = 바티칸 시국
country-ZA = 남아프리카 공화국
registration-error-reauth-required = 안전을 위해 보안 정보를 변경하기 전에 암호를 다시 입력하십시오.
registration-error-method-not-changeable = 이 방법은 여기에서 변경할 수 없습니다.
registration-error-wrong-password = 암호가 올바르지 않습니다.
registration-error-too-many-password-tries = 잘못된 암호를 너무 많이 입력했습니다. 몇 분 후에 다시 시도하십시오.

security-info-title = 보안 정보
security-info-back = 내 계정으로 돌아가기
security-info-usable = 암호 재설정에 사용할 수 있는 방법: { $usable }개. 재설정에 필요한 방법: 서로 다른 방법 { $required }개.
security-info-not-set = 설정되지 않음
security-info-add = 추가
security-info-change = 변경
security-info-delete = 삭제
security-info-deleted = 방법이 삭제되었습니다.
security-info-delete-title = 방법 삭제
security-info-delete-confirm = 보안 정보에서 "{ $method }"을(를) 삭제하시겠습니까?
security-info-delete-warning = 삭제하면 사용할 수 있는 방법이 { $required }개 미만이 되어 더 이상 직접 암호를 재설정할 수 없습니다.
reauth-title = 본인 확인
reauth-submit = 계속

## Password reset messages

message-reset-subject = 암호가 재설정되었습니다
message-reset-body = 안녕하십니까?

    셀프 서비스 암호 포털을 통해 계정의 암호가 방금 재설정되었으며, 모든 세션에서 로그아웃되었습니다.

    본인이 재설정한 경우 더 이상 필요한 조치가 없습니다. 본인이 재설정하지 않은 경우 즉시 관리자에게 문의하십시오.

    로그인: { $url }
message-unlocked-subject = 계정 잠금이 해제되었습니다
message-unlocked-body = 안녕하십니까?

    셀프 서비스 암호 포털을 통해 계정 잠금이 방금 해제되었습니다. 암호는 변경되지 않았습니다.

    본인이 해제하지 않은 경우 즉시 관리자에게 문의하십시오.

    로그인: { $url }
message-admin-reset-subject = 관리자 { $admin } 님이 자신의 암호를 재설정했습니다
message-admin-reset-body = 안녕하십니까?

    관리자 { $admin } 님이 셀프 서비스 암호 포털을 통해 자신의 암호를 방금 재설정했습니다.

    예상하지 못한 일이라면 해당 관리자에게 확인하고 감사 로그를 검토하십시오.

    포털: { $url }

## Email footer and text-message sender

email-footer-sent-by = { $organisation }에서 자동으로 보낸 메시지입니다.
email-footer-privacy = 개인정보처리방침
email-footer-terms = 이용 약관
email-footer-helpdesk = 기술 지원팀
message-from-organisation = [{ $organisation }] { $text }

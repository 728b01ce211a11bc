### 日本語 (ja). Register: polite です/ます style, as in Microsoft's Japanese product UI.
### Glossary:
###   password = パスワード
###   security info = セキュリティ情報
###   verification code = 確認コード
###   security question = セキュリティの質問
###   helpdesk = ヘルプデスク
###   administrator = 管理者
###   sign in / sign out = サインイン / サインアウト
###   reset = リセット
###   unlock = ロック解除
###   account = アカウント
###   user name = ユーザー名
###   directory = ディレクトリ
###   text message = テキスト メッセージ
###   mobile phone / office phone = 携帯電話 / 会社電話
###   authentication phone / email = 認証用電話 / 認証用メール

## Shared by every page

product-name = アカウント セルフサービス
skip-to-content = メイン コンテンツにスキップ
loading = 読み込んでいます…
language-label = 言語
# 言語の選択リストに表示されます: この言語の名前を、この言語で表記したもの。
language-name = 日本語
language-apply = 言語を変更
password-show = パスワードを表示
password-hide = パスワードを非表示

## Errors

error-user-name-missing = ユーザー名を入力してください。
error-user-name-invalid = ユーザー名の形式ではないようです。入力内容を確認して、もう一度お試しください。
error-password-missing = パスワードを入力してください。
error-invalid-credentials = ユーザー名またはパスワードが正しくありません。両方を確認して、もう一度お試しください。
error-account-locked = アカウントがロックされています。ロックを解除するには、下の「アカウントにアクセスできない場合」を選択するか、ヘルプデスクにお問い合わせください。
error-sign-in-paused = このユーザー名でのサインインに何度も失敗しました。アカウントを保護するため、{ $until } までサインインを停止しています。パスワードを忘れた場合は、今すぐリセットできます。
error-sign-in-busy-address = お使いのネットワークからのサインインに何度も失敗しました。1 時間ほど待ってから、もう一度お試しください。
error-unavailable = サーバー側で問題が発生しました。数分後にもう一度お試しください。
error-transport = サーバーに接続できませんでした。接続を確認して、もう一度お試しください。

## Sign-in page

sign-in-title = サインイン
sign-in-heading = アカウントにサインイン
sign-in-user-name = ユーザー名
sign-in-password = パスワード
sign-in-submit = サインイン
sign-in-cant-access = アカウントにアクセスできない場合

## Account page

account-title = アカウント
account-heading = アカウント
account-signed-in-as = 次のユーザーとしてサインインしています:
account-sign-out = サインアウト
account-signed-out = サインインしていません。
account-go-sign-in = サインイン ページへ

## Password reset

reset-title = パスワードのリセット
reset-heading = アカウントへのアクセスを回復する
reset-back-to-sign-in = サインインに戻る
reset-intro = ユーザー名を入力してください。本人確認を行った後、新しいパスワードを設定できます。
reset-user-id = ユーザー名
reset-user-id-hint = 通常は職場のメール アドレスです (例: name@contoso.example)。
reset-next = 次へ
captcha-question = 人間であることの確認: { $a } + { $b } はいくつですか？
captcha-hint = 答えを数字で入力してください。
captcha-checking = 人間であることを確認しています…
captcha-done = 完了: お使いのブラウザーによって、人間であることが確認されました。[次へ] で続行してください。
reset-start-again = 最初からやり直す
reset-verify-heading = 本人確認
reset-gate-of = 確認 { $number }/{ $total }
reset-gate-legend = 確認コードの受け取り方法を選択してください。
reset-gate-email = { $destination } にコードをメールで送信する
reset-gate-mobile-sms = 携帯電話 { $destination } にコードをテキスト メッセージで送信する
reset-gate-mobile-voice = 携帯電話 { $destination } に電話する
reset-gate-office-voice = 会社電話 { $destination } に電話する
reset-gate-questions = セキュリティの質問に回答する
reset-code-sent-email = 確認コードを記載したメールを { $destination } に送信しました。
reset-code-sent-sms = 確認コードを記載したテキスト メッセージを { $destination } に送信しました。
reset-code-sent-voice = { $destination } に電話をかけて、確認コードを読み上げます。
reset-code-resend = 新しいコードを送信
reset-other-method = 別の方法を使用する
reset-questions-heading = セキュリティの質問に回答してください
reset-password-heading = 新しいパスワードの設定
reset-password-hint = { $min } 文字以上にしてください。覚えやすい長めのフレーズが最適です。名前やよく使われるパスワードは避けてください。
reset-password-new = 新しいパスワード
reset-password-confirm = 新しいパスワードの確認入力
reset-password-strength-0 = 推定強度: 非常に弱い
reset-password-strength-1 = 推定強度: 弱い
reset-password-strength-2 = 推定強度: 普通
reset-password-strength-3 = 推定強度: 強い
reset-password-strength-4 = 推定強度: 非常に強い
reset-password-strength-note = パスワード選びの参考として、お使いのブラウザーで推定した強度です。パスワードが受け入れられるかどうかは、上記の規則によって決まります。
reset-password-submit = パスワードをリセット
reset-unlock-only-text = アカウントがロックされています。現在のパスワードを覚えている場合は、パスワードを変更せずにアカウントのロックを解除できます。
reset-unlock-only = ロック解除のみ
reset-contact-heading = 管理者にお問い合わせください
reset-contact-text = ここではパスワードをリセットできません。アカウントへのアクセスの回復については、管理者がお手伝いします。
reset-contact-helpdesk = ヘルプデスクに問い合わせる
reset-done-heading = パスワードがリセットされました
reset-done-text = すべての場所からサインアウトされました。新しいパスワードでサインインしてください。
reset-unlocked-heading = アカウントのロックが解除されました
reset-unlocked-text = 現在のパスワードでサインインしてください。
reset-go-sign-in = サインイン ページへ
reset-error-flow-missing = リセットの有効期限が切れたか、リセットが開始されていません。最初からやり直してください。
reset-error-step-out-of-order = この手順は現在利用できません。このページから続行してください。
reset-error-user-id-missing = ユーザー名を入力してください。
reset-error-user-id-invalid = ユーザー名をメール アドレスの形式で入力してください (例: name@contoso.example)。
reset-error-captcha-failed = 人間であることを確認できませんでした。もう一度お試しください。
reset-error-gate-missing = コードの受け取り方法を選択してください。
reset-error-code-dead = 間違ったコードが何度も入力されました。新しいコードを送信するか、別の方法を使用してください。
reset-error-answers-wrong = 1 つ以上の回答が正しくありません。回答を確認して、もう一度お試しください。
reset-error-blocked = 試行回数が多すぎます。安全のため、このアカウントのセルフサービスによるリセットを { $until } まで停止しています。
reset-error-busy-address = お使いのネットワークからの試行回数が多すぎます。1 時間ほど待ってから、もう一度お試しください。
reset-error-passwords-differ = 2 つのパスワードが一致しません。
reset-error-password-too-short = { $min } 文字以上にしてください。
reset-error-password-missing = 新しいパスワードを入力してください。
reset-error-password-common = このパスワードは、攻撃者が最初に試すパスワードの一覧に含まれています。別のパスワードを選んでください (例: 互いに関係のない単語をいくつか組み合わせたフレーズ)。
reset-error-password-control = パスワードには、改行、タブなどの制御文字を使用できません。これらを含めずにもう一度入力してください。
reset-error-write-unconfirmed = 新しいパスワードが保存されたことを確認できませんでした。もう一度パスワードを設定してください。保存済みの内容は、新しく設定したパスワードに置き換えられます。
reset-writing = 変更を保存しています。しばらくしてから、このページを再読み込みしてください。
reset-error-password-too-long = 256 文字以内にしてください。
reset-error-password-contains-name = パスワードにユーザー名を含めないでください。
reset-error-write-failed = ディレクトリに変更を保存できなかったため、何も変更されていません。しばらくしてから、もう一度お試しください。

## Organisation branding on every page

footer-label = 組織のリンク
footer-privacy = プライバシー
footer-terms = 利用規約
footer-helpdesk = ヘルプデスク

## Branding studio (/admin/branding, for branding administrators)

studio-title = ブランディング スタジオ
studio-heading-layer = 設定: { $layer }
studio-back = ブランディング スタジオに戻る
studio-preview-banner = 未発行のブランドをプレビューしています。発行されるまで、ほかのユーザーには表示されません。
studio-preview-stop = プレビューを終了
studio-layer-label = 設定の対象
studio-layer-open = 開く
studio-layer-default = 既定 (すべての言語)
studio-layer-overridden = { $language } (個別の設定あり)
studio-inherited = 空欄の場合: { $value }
studio-as-default = 既定の設定に従う
studio-as-product = ブランドなしのポータルと同じ
studio-show = 表示
studio-hide = 非表示
studio-save = 下書きを保存
studio-section-identity = 組織
studio-section-colours = 色
studio-colours-hint = 色は #rrggbb の形式で入力してください (例: #0b5cad)。テキストやボタンは、だれもが読めるように背景から十分に際立つ必要があるため、発行前にスタジオでコントラストが確認されます。
studio-section-layout = レイアウト
studio-section-sign-in = サインイン ページ
studio-section-links = フッターのリンク
studio-section-css = カスタム CSS
studio-css-hint = ポータルの CSS リファレンスに記載されているクラス名に対するルールを記述します。画像は、ここでアップロードした画像のみを使用できます。最大 25 KB です。
studio-section-images = 画像
studio-section-publish = 発行
studio-section-publications = 発行履歴
studio-field-organisation-name = 組織名
studio-field-colour-primary = ボタンとリンク
studio-field-colour-primary-text = ボタンのテキスト
studio-field-colour-header = ヘッダー バンド
studio-field-colour-header-text = ヘッダー バンドのテキスト
studio-field-colour-text = テキスト
studio-field-colour-page = ページの背景
studio-field-colour-card = カードの背景
studio-field-colour-focus = キーボード フォーカスの枠
studio-field-layout = ページ レイアウト
studio-layout-full-bleed = ページ全体に背景画像を表示
studio-layout-plain = 単色のページ
studio-field-show-header = ヘッダー バンドを表示する
studio-field-show-footer = フッターを表示する
studio-field-sign-in-text = サインイン ページのテキスト
studio-field-user-name-hint = ユーザー名のヒント
studio-field-cant-access-label = サインインできないユーザー向けリンクのテキスト
studio-field-show-reset-link = サインインできないユーザー向けのリンク
studio-field-privacy-url = プライバシーに関する声明のアドレス
studio-field-terms-url = 利用規約のアドレス
studio-field-helpdesk-url = ヘルプデスクのアドレス (Web またはメール)
studio-field-custom-css = カスタム CSS
studio-field-image-banner-logo = バナー ロゴ
studio-field-image-square-logo = 正方形のロゴ
studio-field-image-square-logo-dark = 正方形のロゴ (暗い背景用)
studio-field-image-favicon = ファビコン
studio-field-image-background = 背景画像
studio-image-limits = { $kinds }、最大 { $kilobytes } KB、{ $width } × { $height } ピクセル以内。
studio-image-upload = { $slot }をアップロード
studio-image-remove = { $slot }を削除
studio-image-current = 現在の{ $slot }
studio-live-heading = ライブ プレビュー
studio-live-caption = 保存する前でも、上の色やテキストの入力内容がそのまま反映されます。
studio-preview = 実際のページで下書きをプレビュー
studio-email-preview = 下書きを適用したメールをプレビュー
studio-publish = 発行
studio-state-never-published = まだ何も発行されていません。すべてのユーザーには、ブランドなしのポータルが表示されます。
studio-state-published = バージョン { $version } が公開中です。
studio-state-unpublished-changes = 下書きに未発行の変更があります。
studio-problems-heading = 発行する前に次の問題を修正してください
studio-problem-in-layer = { $layer }、{ $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair }のコントラストは { $ratio } です。{ $minimum } 以上が必要です。
studio-problem-too-long = { $max } 文字以内にしてください。
studio-problem-control-character = 制御文字 (タブなど) を削除してください。
studio-problem-not-a-colour = 色は # に続けて 16 進数 6 桁で入力してください (例: #0b5cad)。
studio-problem-link-not-https = Web アドレスは https:// で始まる必要があります。
studio-problem-link-invalid = https:// で始まる Web アドレスか、メール アドレスを入力してください。
studio-problem-css = { $line } 行目: { $reason }
studio-css-too-long = スタイルシートが 25 KB を超えています。
studio-css-import = @import は使用できません。ルールは代わりにここに記述してください。
studio-css-external-url = url() で参照できるのは、スタジオでアップロードした画像だけです。
studio-css-expression = expression()、behavior、-moz-binding は使用できません。
studio-css-at-rule = 使用できるのは @media、@supports、@layer、@container、@font-face、@keyframes だけです。
studio-css-markup = </ という文字の並びは使用できません。
studio-css-unparsable = 有効な CSS ではありません (中かっこ、コロン、引用符が欠けていないか確認してください)。
studio-pair-text-on-page = テキストとページの背景
studio-pair-text-on-card = テキストとカードの背景
studio-pair-button-text-on-primary = ボタンのテキストとボタン
studio-pair-header-text-on-header = ヘッダーのテキストとヘッダー バンド
studio-pair-focus-on-page = フォーカスの枠とページの背景
studio-column-version = バージョン
studio-column-when = 発行日時
studio-column-who = 発行者
studio-column-note = メモ
studio-column-action = 操作
studio-publication-live = 現在公開中
studio-publication-restored = バージョン { $version } を復元
studio-roll-back = バージョン { $version } を再発行
studio-done-saved = 下書きを保存しました。プレビューで確認し、準備ができたら発行してください。
studio-done-uploaded = 画像を下書きに追加しました。
studio-done-removed = 画像を下書きから削除しました。
studio-done-published = 発行しました。数秒以内に、すべてのページに新しいブランドが表示されます。
studio-done-rolled-back = 以前のバージョンが再び公開され、現在の下書きにもなりました。
studio-done-preview-stopped = プレビューを終了しました。
studio-refused-publish = 何も発行されていません。先に、下に示す問題を修正してください。
studio-refused-no-such-version = そのバージョンは存在しません。何も変更されていません。
studio-refused-unavailable = 変更を保存できませんでした。何も変更されていません。もう一度お試しください。
studio-refused-empty = { $slot }はアップロードされませんでした。ファイルが選択されていないか、ファイルが空です。何も変更されていません。
studio-refused-too-many-bytes = { $slot }はアップロードされませんでした。ファイルが { $kilobytes } KB を超えています。何も変更されていません。
studio-refused-unknown-type = { $slot }はアップロードされませんでした。ファイル名にかかわらず、ファイルが PNG、JPEG、WebP の画像 (ロゴの場合は SVG 図形も可) ではありません。何も変更されていません。
studio-refused-svg-not-allowed = { $slot }はアップロードされませんでした。SVG 図形はロゴにのみ使用できます。PNG、JPEG、WebP を使用してください。何も変更されていません。
studio-refused-too-many-pixels = { $slot }はアップロードされませんでした。画像が { $width } × { $height } ピクセルを超えています。何も変更されていません。
studio-refused-undecodable = { $slot }はアップロードされませんでした。画像が破損しているため読み取れませんでした。何も変更されていません。
studio-refused-svg-unparsable = { $slot }はアップロードされませんでした。SVG 図形を読み取れませんでした。何も変更されていません。
studio-refused-svg-doctype = { $slot }はアップロードされませんでした。DOCTYPE またはエンティティを含む SVG 図形は受け付けられません。何も変更されていません。
studio-refused-svg-script = { $slot }はアップロードされませんでした。SVG 図形にスクリプトが含まれています。何も変更されていません。
studio-refused-svg-foreign-object = { $slot }はアップロードされませんでした。SVG 図形にほかのコンテンツ (foreignObject) が埋め込まれています。何も変更されていません。
studio-refused-svg-event-handler = { $slot }はアップロードされませんでした。SVG 図形にイベント ハンドラー (on… 属性) が含まれています。何も変更されていません。
studio-refused-svg-external-reference = { $slot }はアップロードされませんでした。SVG 図形が、その外部にあるファイルやアドレスを参照しています。何も変更されていません。
studio-refused-svg-too-complex = { $slot }はアップロードされませんでした。SVG 図形が複雑すぎます。簡略化してから、もう一度お試しください。何も変更されていません。
studio-refused-svg-marker = { $slot }はアップロードされませんでした。SVG マーカーはサポートされていません。何も変更されていません。

## Not found

not-found-title = ページが見つかりません
not-found-heading = お探しのページが見つかりませんでした。

## Demo outbox (demonstration mode only)

outbox-title = デモ用送信トレイ
outbox-heading = デモ用送信トレイ
outbox-banner-heading = デモ モード
outbox-banner-text = このページはデモ モードでのみ表示されます。メッセージは実際には送信されません。ポータルを試せるように、メール、テキスト メッセージ、音声通話の内容は、ワンタイム コードも含めてここに保存されます。実際のポータルを決してデモ モードで運用しないでください。
outbox-caption = 最新のメッセージ { $limit } 件 (新しい順)
outbox-empty = メッセージはまだありません。ポータルから送信されたコードや通知がここに表示されます。
outbox-time = 日時
outbox-channel = チャネル
outbox-recipient = 宛先
outbox-subject = 件名
outbox-body = メッセージ
outbox-channel-email = メール
outbox-channel-sms = テキスト メッセージ
outbox-channel-voice = 音声通話

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = 最初の配偶者またはパートナーと出会った市区町村はどこですか？
question-city-parents-met = ご両親が出会った市区町村はどこですか？
question-city-nearest-sibling = 最も近くに住んでいるきょうだいは、どの市区町村に住んでいますか？
question-city-father-born = お父様が生まれた市区町村はどこですか？
question-city-first-job = 最初の仕事の勤務地はどの市区町村でしたか？
question-city-mother-born = お母様が生まれた市区町村はどこですか？
question-city-new-year-2000 = 2000 年の元日は、どの市区町村で迎えましたか？
question-high-school-teacher-last-name = 高校時代に好きだった先生の名字は何ですか？
question-college-applied-not-attended = 受験したものの進学しなかった大学の名前は何ですか？
question-first-wedding-reception-place = 最初の結婚披露宴を行った場所の名前は何ですか？
question-father-middle-name = お父様の下の名前は何ですか？
question-favorite-food = 好きな食べ物は何ですか？
question-maternal-grandmother-name = 母方の祖母の氏名は何ですか？
question-mother-middle-name = お母様の旧姓は何ですか？
question-oldest-sibling-birthday = 一番上のきょうだいの生まれた年と月はいつですか？ (例: 1985 年 11 月)
question-oldest-sibling-middle-name = 一番上のきょうだいの下の名前は何ですか？
question-paternal-grandfather-name = 父方の祖父の氏名は何ですか？
question-youngest-sibling-middle-name = 一番下のきょうだいの下の名前は何ですか？
question-sixth-grade-school = 小学 6 年生のときに通っていた学校の名前は何ですか？
question-childhood-best-friend-name = 子どもの頃の親友の氏名は何ですか？
question-first-significant-other-name = 初めて交際した相手の氏名は何ですか？
question-grade-school-teacher-last-name = 小学校で好きだった先生の名字は何ですか？
question-first-car-make-model = 最初に所有した車またはバイクのメーカーと車種は何ですか？
question-first-school = 最初に通った学校の名前は何ですか？
question-birth-hospital = 生まれた病院の名前は何ですか？
question-childhood-street = 子どもの頃に最初に住んでいた家の通りの名前 (または町名) は何ですか？
question-childhood-hero = 子どもの頃のヒーローの名前は何ですか？
question-favorite-stuffed-animal = お気に入りだったぬいぐるみの名前は何ですか？
question-first-pet = 最初に飼ったペットの名前は何ですか？
question-childhood-nickname = 子どもの頃のあだ名は何ですか？
question-high-school-sport = 高校時代に好きだったスポーツは何ですか？
question-first-job = 最初の仕事は何でしたか？
question-childhood-phone-last-digits = 子どもの頃の自宅の電話番号の下 4 桁は何ですか？
question-childhood-ambition = 子どもの頃、将来何になりたいと思っていましたか？
question-most-famous-person-met = これまでに会ったことのある最も有名な人は誰ですか？

## Security-info registration

method-email = メール
method-mobile-phone = 携帯電話
method-office-phone = 会社電話
method-security-questions = セキュリティの質問
method-questions-count = { $count } 個の質問に回答済み
source-authentication = 確認用にご自身で登録、ディレクトリには非表示
source-directory = ディレクトリのプロフィールから取得
source-administrator = 管理者が設定

prompt-title = 詳細情報が必要です
prompt-register-heading = 詳細情報が必要です
prompt-register-why = パスワードを忘れた場合やアカウントがロックされた場合に、組織がご本人であることを確認する手段が必要です。今すぐセキュリティ情報を登録しておけば、ヘルプデスクに連絡しなくても、ご自身でアカウントへのアクセスを回復できます。
prompt-register-needed = 少なくとも { $count } 種類の確認方法が必要です。
prompt-next = 次へ
prompt-skip = 後で行う
prompt-reconfirm-heading = この情報は現在も正しいですか？
prompt-reconfirm-why = 登録したセキュリティ情報を確認してください。変更があった場合は、今後もパスワードをリセットできるように更新してください。
prompt-looks-good = 問題ありません
prompt-change = 変更
prompt-nothing = これ以上の操作は必要ありません
prompt-go-account = アカウントへ

wizard-title = セキュリティ情報の登録
wizard-start = 最初からやり直す
wizard-step-of = ステップ { $number }/{ $total }
wizard-code-label = 確認コード
wizard-verify = 確認
wizard-send-code = コードを送信
wizard-skip-step = この方法をスキップ
wizard-phone-country = 国または地域
wizard-phone-number = 電話番号
wizard-phone-hint = 国番号なしで入力するか、国番号を含める場合は + から入力してください。
wizard-phone-channel = コードの送信方法を選択してください。
wizard-phone-sms = テキスト メッセージ (SMS)
wizard-phone-voice = 音声通話
wizard-phone-texted = コードを記載したテキスト メッセージを { $number } に送信しました。
wizard-phone-called = { $number } に電話をかけて、コードを読み上げます。
wizard-phone-resend-heading = コードが届かない場合は、再送信するか、別の番号を使用してください
wizard-phone-reset-uses = 現在、パスワードのリセットには { $number } ({ $source }) が使用されます。
wizard-phone-reset-none = パスワードのリセットに使用できる電話はまだありません。
wizard-phone-precedence = ここで確認した番号は認証用電話になり、リセットではディレクトリの携帯電話の代わりにこの番号が使用されます。
wizard-office-phone = 会社電話: { $number } (管理者が設定)。ここでは変更できません。
wizard-email-address = メール アドレス
wizard-email-sent = コードを記載したメールを { $address } に送信しました。
wizard-email-resend-heading = メールが届かない場合は、再送信するか、別のアドレスを使用してください
wizard-email-reset-uses = 現在、パスワードのリセットには { $address } ({ $source }) が使用されます。
wizard-email-reset-none = パスワードのリセットに使用できるメール アドレスはまだありません。
wizard-email-precedence = ここで確認したアドレスは認証用メールになり、リセットではディレクトリの連絡用メールの代わりにこのアドレスが使用されます。職場のアドレス以外のアドレスを使用してください。
wizard-questions-intro = 質問を { $count } 個選んで、それぞれに回答してください (同じ質問は選べません)。回答は 3 ～ 40 文字で、大文字と小文字の違いや余分なスペースは区別されません。管理者を含め、だれも回答を読むことはできません。
wizard-question-label = 質問 { $number }
wizard-answer-label = 質問 { $number } の回答
wizard-question-choose = 質問を選択してください
wizard-answers-show = 回答を表示
wizard-answers-hide = 回答を非表示
wizard-questions-save = 続行
wizard-questions-retype = 安全のため、回答がページに返送されることはありません。もう一度入力してください。
wizard-summary-heading = 確認して保存
wizard-summary-skipped = スキップ済み
wizard-save = 保存
wizard-cancel = キャンセル

registration-error-not-signed-in = セッションが終了しました。もう一度サインインしてください。
registration-error-flow-missing = この登録は有効期限が切れたか、既に完了しています。続行するには、最初からやり直してください。
registration-error-step-out-of-order = この手順は現在利用できません。表示されている手順から続行してください。
registration-error-phone-missing = 電話番号を入力してください。
registration-error-country-needed = 国を選択するか、+ で始まる国番号付きで番号を入力してください。
registration-error-phone-invalid = 選択した国の電話番号として有効ではありません。
registration-error-email-missing = メール アドレスを入力してください。
registration-error-email-invalid = name@example.com のような形式でメール アドレスを入力してください。
code-error-missing = 送信されたコードを入力してください。
code-error-malformed = コードは 6 ～ 8 桁の数字です。
code-error-wrong = コードが正しくありません。あと { $tries } 回試すことができます。
code-error-dead = 間違ったコードが何度も入力されました。新しいコードを送信してください。
code-error-expired = このコードは有効期限が切れています。新しいコードを送信してください。
code-error-used = このコードは既に使用されています。新しいコードを送信してください。
code-error-none-sent = 有効なコードがありません。新しいコードを送信してください。
code-error-too-many = 送信したコードの数が多すぎます。1 時間ほど待つか、別の方法を選択してください。
code-error-delivery-failed = コードを送信できませんでした。もう一度お試しいただくか、別の方法を選択してください。
registration-error-question-missing = ここで質問を選択してください。
registration-error-question-not-offered = 一覧から質問を選択してください。
registration-error-question-twice = この質問は既に選択されています。別の質問を選択してください。
error-answer-missing = 回答を入力してください。
registration-error-answer-too-short = 回答は 3 文字以上にしてください。
registration-error-answer-too-long = 回答は 40 文字以内にしてください。
registration-error-answer-twice = この回答は既に別の質問で使用されています。別の回答を入力してください。
registration-error-steps-pending = 保存する前に、各手順を完了するかスキップしてください。
registration-error-nothing-to-save = 何も追加されていません。少なくとも 1 つの方法を登録するか、キャンセルしてください。
registration-error-not-enough-methods = パスワードをリセットできるように、少なくとも { $needed } 種類の方法を登録してください。

account-security-info = セキュリティ情報: 登録、変更、削除
account-security-info-saved = セキュリティ情報を保存しました。

message-code-email-subject = 確認コード
message-code-email-body = 確認コードは { $code } です。

    このコードの有効期間は { $minutes } 分です。このコードを要求した覚えがない場合は、このメールを無視してください。コードがなければ何も変更されません。
message-code-sms = 確認コードは { $code } です。有効期間は { $minutes } 分です。
message-code-voice = 確認コードは、{ $code } です。もう一度繰り返します。{ $code } です。
message-changed-subject = セキュリティ情報が変更されました
message-changed-body = お使いのアカウントの次のセキュリティ情報が変更されました:
    { $changes }

    この変更をご自身で行った場合は、何もする必要はありません。心当たりがない場合は、すぐにヘルプデスクにお問い合わせください。
message-changed-phone = 認証用電話
message-changed-email = 認証用メール
message-changed-questions = セキュリティの質問

country-AR = アルゼンチン
country-AT = オーストリア
country-AU = オーストラリア
country-BE = ベルギー
country-BR = ブラジル
country-CA = カナダ
country-CH = スイス
country-CN = 中国
country-CZ = チェコ
country-DE = ドイツ
country-DK = デンマーク
country-ES = スペイン
country-FI = フィンランド
country-FR = フランス
country-GB = イギリス
country-GR = ギリシャ
country-HR = クロアチア
country-HU = ハンガリー
country-IE = アイルランド
country-IN = インド
country-IT = イタリア
country-JP = 日本
country-LU = ルクセンブルク
country-MT = マルタ
country-MX = メキシコ
country-NL = オランダ
country-NO = ノルウェー
country-NZ = ニュージーランド
country-PL = ポーランド
country-PT = ポルトガル
country-RO = ルーマニア
country-SE = スウェーデン
country-SI = スロベニア
country-SK = スロバキア
country-SM = サンマリノ
country-TR = トルコ
country-UA = ウクライナ
country-US = アメリカ合衆国
country-VA = バチカン
country-ZA = 南アフリカ
registration-error-reauth-required = 安全のため、セキュリティ情報を変更する前にパスワードをもう一度入力してください。
registration-error-method-not-changeable = この方法はここでは変更できません。
registration-error-wrong-password = パスワードが正しくありません。
registration-error-too-many-password-tries = 間違ったパスワードが何度も入力されました。数分待ってから、もう一度お試しください。

security-info-title = セキュリティ情報
security-info-back = アカウントに戻る
security-info-usable = パスワードのリセットには、登録済みの方法のうち { $usable } 個を使用できます。リセットには異なる方法が { $required } 個必要です。
security-info-not-set = 未設定
security-info-add = 追加
security-info-change = 変更
security-info-delete = 削除
security-info-deleted = 方法を削除しました。
security-info-delete-title = 方法の削除
security-info-delete-confirm = セキュリティ情報から「{ $method }」を削除しますか？
security-info-delete-warning = 削除すると、使用できる方法が { $required } 個未満になり、ご自身でパスワードをリセットできなくなります。
reauth-title = 本人確認
reauth-submit = 続行

## Password reset messages

message-reset-subject = パスワードがリセットされました
message-reset-body = こんにちは。

    セルフサービス パスワード ポータルで、お使いのアカウントのパスワードがリセットされ、すべてのセッションがサインアウトされました。

    この操作をご自身で行った場合は、これ以上何もする必要はありません。心当たりがない場合は、すぐに管理者にご連絡ください。

    サインイン: { $url }
message-unlocked-subject = アカウントのロックが解除されました
message-unlocked-body = こんにちは。

    セルフサービス パスワード ポータルで、お使いのアカウントのロックが解除されました。パスワードは変更されていません。

    この操作に心当たりがない場合は、すぐに管理者にご連絡ください。

    サインイン: { $url }
message-admin-reset-subject = 管理者 { $admin } が自分のパスワードをリセットしました
message-admin-reset-body = こんにちは。

    管理者 { $admin } が、セルフサービス パスワード ポータルで自分のパスワードをリセットしました。

    この操作に心当たりがない場合は、本人に確認し、監査ログを確認してください。

    ポータル: { $url }

## Email footer and text-message sender

email-footer-sent-by = このメッセージは { $organisation } から自動送信されています。
email-footer-privacy = プライバシー
email-footer-terms = 利用規約
email-footer-helpdesk = ヘルプデスク
message-from-organisation = 【{ $organisation }】{ $text }

use crate::api::reset::CaptchaView;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The localized words of the CAPTCHA, resolved on the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaptchaText {
    /// "What is 4 plus 7?"
    pub question: String,
    pub hint: String,
    pub checking: String,
    pub done: String,
}

/// Hashes tried per slice before the browser gets the thread back.
const SLICE: u64 = 20_000;

/// The CAPTCHA inside the start form (it owns no form). Server-rendered
/// it is a small sum with a labelled field; hydrated, the browser solves
/// the proof of work, the sum goes away and the outcome is announced.
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
pub fn CaptchaField(
    challenge: CaptchaView,
    text: CaptchaText,
    error: Option<String>,
) -> impl IntoView {
    let solved = RwSignal::new(None::<u64>);
    let working = RwSignal::new(false);
    let CaptchaView { token, nonce, difficulty, sum_key, .. } = challenge;
    // Effects run only in the browser.
    Effect::new(move |_| {
        working.set(true);
        solve_from(nonce.clone(), difficulty, 0, solved);
    });
    let CaptchaText { question, hint, checking, done } = text;
    let invalid = error.is_some();
    let status = move || match (working.get(), solved.get()) {
        (_, Some(_)) => done.clone(),
        (true, None) => checking.clone(),
        (false, None) => String::new(),
    };
    view! {
        <input type="hidden" name="captcha_token" value=token/>
        <input type="hidden" name="captcha_sum_key" value=sum_key/>
        <input
            type="hidden"
            name="captcha_counter"
            value=move || solved.get().map(|c| c.to_string()).unwrap_or_default()
        />
        <Show when=move || solved.get().is_none()>
            <div class="field">
                <label for="captcha-sum">{question.clone()}</label>
                <p id="captcha-hint" class="field-hint">{hint.clone()}</p>
                <input
                    id="captcha-sum"
                    name="captcha_sum"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    maxlength="4"
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=if invalid { "captcha-hint captcha-error" } else { "captcha-hint" }
                />
            </div>
        </Show>
        {error.map(|e| view! { <p id="captcha-error" class="field-error">{e}</p> })}
        <p class="captcha-status" role="status" aria-live="polite">{status}</p>
    }
}

/// Tries one slice of counters, then yields to the page and goes on.
fn solve_from(nonce: String, difficulty: u8, from: u64, solved: RwSignal<Option<u64>>) {
    use crate::domain::proof_of_work::solve_slice;
    match solve_slice(&nonce, difficulty, from, SLICE) {
        Some(counter) => solved.set(Some(counter)),
        None => set_timeout(
            move || solve_from(nonce, difficulty, from.saturating_add(SLICE), solved),
            std::time::Duration::ZERO,
        ),
    }
}

use crate::contract::CaptchaView;
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

/// The CAPTCHA inside the start form (it owns no form). Server-rendered
/// it is a small sum with a labelled field; hydrated, the browser solves
/// the proof of work once the page is idle, in short slices that leave
/// the page responsive; the sum goes away and the outcome is announced.
/// Until then the sum stays, so a user quicker than the browser can
/// answer it instead.
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
        browser::solve_when_idle(nonce.clone(), difficulty, solved);
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
                    dir="ltr"
                    autofocus=invalid
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=if invalid { "captcha-hint captcha-error" } else { "captcha-hint" }
                />
            </div>
        </Show>
        {error.map(|e| view! { <p id="captcha-error" class="field-error">{e}</p> })}
        <p class="captcha-status" role="status" aria-live="polite">{status}</p>
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    use leptos::prelude::RwSignal;

    pub fn solve_when_idle(_nonce: String, _difficulty: u8, _solved: RwSignal<Option<u64>>) {}
}

#[cfg(feature = "hydrate")]
mod browser {
    use crate::domain::proof_of_work::solve_slice;
    use leptos::prelude::*;
    use std::time::Duration;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};

    /// Main-thread time one slice may take before the page gets the
    /// thread back: well under the 50 ms that make a task "long", even on
    /// a phone several times slower than the machine that measured it.
    const SLICE_BUDGET_MS: f64 = 8.0;
    /// Counters tried between two looks at the clock: a fraction of a
    /// millisecond, so a slice overruns its budget by little.
    const BATCH: u64 = 128;
    /// The longest the solving waits for the page to be idle.
    const IDLE_TIMEOUT_MS: u32 = 1_000;
    /// User Timing names: the solving shows in performance tools.
    const START_MARK: &str = "sspr-captcha-start";
    const MEASURE: &str = "sspr-captcha-solve";

    /// Solves the proof of work once the page is idle, in slices of at
    /// most `SLICE_BUDGET_MS`, each its own task; sets `solved` at the end.
    pub fn solve_when_idle(nonce: String, difficulty: u8, solved: RwSignal<Option<u64>>) {
        when_idle(move || {
            let performance = window().performance();
            if let Some(p) = &performance {
                let _ = p.mark(START_MARK);
            }
            let now = move || performance.as_ref().map_or_else(js_sys::Date::now, |p| p.now());
            let mut next = 0u64;
            in_tasks(move || {
                let started = now();
                loop {
                    if let Some(counter) = solve_slice(&nonce, difficulty, next, BATCH) {
                        if let Some(p) = window().performance() {
                            let _ = p.measure_with_start_mark(MEASURE, START_MARK);
                        }
                        solved.set(Some(counter));
                        return true;
                    }
                    next = next.saturating_add(BATCH);
                    if now() - started >= SLICE_BUDGET_MS {
                        return false;
                    }
                }
            });
        });
    }

    /// Runs `f` when the page is idle (`requestIdleCallback`, at most
    /// `IDLE_TIMEOUT_MS` later); where that is missing, just after the
    /// page has loaded.
    fn when_idle(f: impl FnOnce() + 'static) {
        let f = Closure::once_into_js(f);
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(IDLE_TIMEOUT_MS);
        if window().request_idle_callback_with_options(f.unchecked_ref(), &options).is_ok() {
            return;
        }
        let soon = move || {
            let _ = window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
        };
        if document().ready_state() == "complete" {
            soon();
        } else {
            let on_load = Closure::once_into_js(soon);
            let _ = window().add_event_listener_with_callback("load", on_load.unchecked_ref());
        }
    }

    /// Calls `step` once per task until it returns true, so that input,
    /// rendering and other scripts run between two calls. A message to
    /// itself yields without the 4 ms that browsers add to nested
    /// `setTimeout(0)` calls; timers are the fallback.
    fn in_tasks(mut step: impl FnMut() -> bool + 'static) {
        let Ok(channel) = web_sys::MessageChannel::new() else {
            return in_timeouts(step);
        };
        let (receiver, sender) = (channel.port1(), channel.port2());
        let again = sender.clone();
        let on_message = Closure::<dyn FnMut()>::new(move || {
            if step() {
                receiver.set_onmessage(None);
                receiver.close();
                sender.close();
            } else if sender.post_message(&JsValue::NULL).is_err() {
                receiver.set_onmessage(None);
            }
        });
        channel.port1().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the port may call it.
        on_message.forget();
        let _ = again.post_message(&JsValue::NULL);
    }

    fn in_timeouts(mut step: impl FnMut() -> bool + 'static) {
        if !step() {
            set_timeout(move || in_timeouts(step), Duration::ZERO);
        }
    }
}

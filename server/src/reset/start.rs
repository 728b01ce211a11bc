//! "Who are you": the same work and the same answer whether the user id
//! is known, unknown or not allowed to reset.

use super::{unavailable, SqlPasswordReset};
use crate::store::StoredReset;
use app::api::ResetError;
use app::domain::eligibility::{reset_eligibility, ResetEligibility};
use app::domain::reset_flow::{decoy_methods, offered_gates, Gate, ResetFlow, RESET_FLOW_LIFETIME};
use app::domain::sspr_policy::SsprPolicy;
use app::domain::UserName;
use app::services::{ClientAddress, FlowToken};

impl SqlPasswordReset {
    pub(super) async fn start_reset(
        &self,
        name: &UserName,
        _address: &ClientAddress,
    ) -> Result<FlowToken, ResetError> {
        let now = self.now();
        let policy =
            self.store.policy().await.map_err(unavailable)?.unwrap_or_else(SsprPolicy::initial);
        let found = self.store.user_by_upn(name).await.map_err(unavailable)?;
        let real = match found {
            Some(user) => {
                let info = self.store.security_info(user.id).await.map_err(unavailable)?;
                let facts = user.profile.facts(&info, &policy);
                let eligible =
                    matches!(reset_eligibility(&facts, &policy), ResetEligibility::CanReset { .. });
                let offered = offered_gates(&facts.methods_with_data, &policy);
                // With no gate they could pass, they get decoys like anyone unknown.
                (!offered.is_empty()).then(|| {
                    (user.id, ResetFlow::new(offered, &policy, eligible, user.profile.locked))
                })
            }
            None => None,
        };
        let (user, flow, decoy_masks) = match real {
            Some((id, flow)) => (Some(id), flow, Vec::new()),
            None => {
                let seed = self.decoy_seed(name);
                let offered = offered_gates(&decoy_methods(seed, &policy), &policy);
                let masks = offered.iter().filter_map(|g| decoy_mask(*g, seed, name)).collect();
                (None, ResetFlow::new(offered, &policy, false, false), masks)
            }
        };
        let token = self.keys.new_token().map_err(unavailable)?;
        let token = FlowToken::new(token.expose().to_owned());
        let stored =
            StoredReset { user_key: self.user_key(name), user, flow, decoy_tries: 0, decoy_masks };
        let lifetime = i64::try_from(RESET_FLOW_LIFETIME.as_secs()).unwrap_or(i64::MAX);
        self.store
            .start_reset(&self.flow_key(&token), &stored, now, now + lifetime)
            .await
            .map_err(unavailable)?;
        Ok(token)
    }

    /// The same number for the same user id, unguessable without the key.
    pub(super) fn decoy_seed(&self, name: &UserName) -> u64 {
        let hash = self.keys.keyed_hash("reset-decoy", &name.lookup_key());
        u64::from_str_radix(hash.get(..16).unwrap_or("0"), 16).unwrap_or(0)
    }
}

/// A made-up masked destination in the shape of a real one: a letter and
/// the user id's own domain for email, two digits for phones.
fn decoy_mask(gate: Gate, seed: u64, name: &UserName) -> Option<(Gate, String)> {
    let digits = seed % 100;
    let mask = match gate {
        Gate::Email => {
            let letter = char::from(b'a' + u8::try_from(seed % 26).unwrap_or(0));
            let domain = name.as_str().rsplit_once('@').map_or("", |(_, d)| d).to_lowercase();
            format!("{letter}•••@{domain}")
        }
        Gate::MobileSms | Gate::MobileVoice => format!("+{}{digits:02}", "•".repeat(10)),
        Gate::OfficeVoice => format!("+{}{:02}", "•".repeat(10), (seed >> 8) % 100),
        Gate::SecurityQuestions => return None,
    };
    Some((gate, mask))
}

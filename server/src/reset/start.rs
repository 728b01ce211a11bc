//! "Who are you": the same work and the same answer whether the user id
//! is known, unknown or not allowed to reset.

use super::{unavailable, SqlPasswordReset};
use crate::store::StoredReset;
use app::contract::ResetError;
use app::domain::administrator_reset_policy::policy_for;
use app::domain::eligibility::{reset_eligibility, ResetEligibility};
use app::domain::reset_flow::{decoy_methods, offered_gates, ResetFlow, RESET_FLOW_LIFETIME};
use app::domain::reset_mask::decoy_mask;
use app::domain::sspr_policy::SsprPolicy;
use app::domain::unix_time;
use app::domain::UserName;
use app::services::{ClientAddress, FlowToken};
use std::time::{Duration, Instant};

/// "Who are you" answers no sooner than this after the request came in.
/// The same rows are read for every name, but a real account's are parsed
/// and weighed (phone numbers, eligibility) and a made-up one's are not: a
/// floor well above that work leaves only the timer's spread to measure.
const START_RESPONSE_FLOOR: Duration = Duration::from_millis(15);

impl SqlPasswordReset {
    pub(super) async fn start_reset(
        &self,
        name: &UserName,
        address: &ClientAddress,
    ) -> Result<FlowToken, ResetError> {
        let floor = Instant::now() + START_RESPONSE_FLOOR;
        let token = self.start_flow(name, address).await;
        tokio::time::sleep_until(floor.into()).await;
        token
    }

    async fn start_flow(
        &self,
        name: &UserName,
        address: &ClientAddress,
    ) -> Result<FlowToken, ResetError> {
        let now = self.now();
        let user_key = self.user_key(name);
        self.store
            .record_reset_start(&user_key, &self.address_key(address), now)
            .await
            .map_err(unavailable)?
            .map_err(|_| ResetError::BusyAddress)?;
        let policy =
            self.store.policy().await.map_err(unavailable)?.unwrap_or_else(SsprPolicy::initial);
        let found = self.store.user_and_security_info(name).await.map_err(unavailable)?;
        // The decoy's draw is made for every name, so that a real one costs
        // the same; it is used only when no gate can be passed.
        let seed = self.decoy_seed(name);
        let decoy = offered_gates(&decoy_methods(seed, &policy), &policy);
        let real = match found {
            Some((user, info)) => {
                let policy = policy_for(&policy, &user.profile.roles);
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
                let masks =
                    decoy.iter().filter_map(|g| Some((*g, decoy_mask(*g, seed)?))).collect();
                (None, ResetFlow::new(decoy, &policy, false, false), masks)
            }
        };
        let token = self.keys.new_token().map_err(unavailable)?;
        let token = FlowToken::new(token.expose().to_owned());
        let stored = StoredReset { user_key, user, flow, decoy_masks };
        self.store
            .start_reset(
                &self.flow_key(&token),
                &stored,
                now,
                unix_time::after(now, RESET_FLOW_LIFETIME),
            )
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

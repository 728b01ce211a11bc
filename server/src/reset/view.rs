//! The reset page for where the flow is: gates with masked destinations,
//! the questions to answer, the new password, or the end.

use super::{unavailable, OpenReset, SqlPasswordReset};
use app::contract::ResetError;
use app::contract::{GateChoice, GateProgress, ResetNotice, ResetPage, ResetView};
use app::domain::password_policy::PASSWORD_MAX;
use app::domain::reset_flow::{Gate, Stage};
use app::domain::sspr_policy::SsprPolicy;
use app::services::FlowToken;

impl SqlPasswordReset {
    pub(super) async fn reset_view(&self, token: &FlowToken) -> Result<ResetView, ResetError> {
        let open = self.open(token).await?;
        let flow = &open.stored.flow;
        let progress = GateProgress { number: flow.gate_number(), of: flow.gates_required };
        let page = match &flow.stage {
            Stage::Choose => {
                let mut choices = Vec::new();
                for gate in flow.open_gates() {
                    choices.push(GateChoice { gate, destination: self.masked(&open, gate).await? });
                }
                ResetPage::Choose { progress, choices }
            }
            Stage::Code(gate) => ResetPage::Code {
                progress,
                gate: *gate,
                destination: self.masked(&open, *gate).await?.unwrap_or_default(),
            },
            Stage::Questions(questions) => {
                ResetPage::Questions { progress, questions: questions.clone() }
            }
            Stage::NewPassword => ResetPage::NewPassword {
                unlock_offered: flow.unlock_offered,
                min_length: self.password_min,
                max_length: PASSWORD_MAX,
            },
            Stage::Ineligible => {
                let policy = self.store.policy().await.map_err(unavailable)?;
                ResetPage::Ineligible {
                    helpdesk: policy.unwrap_or_else(SsprPolicy::initial).helpdesk,
                }
            }
            Stage::Writing { .. } => ResetPage::Writing,
            Stage::Done { unlocked_only } => ResetPage::Done { unlocked_only: *unlocked_only },
        };
        let notice = self.store.take_reset_notice(&open.key).await.map_err(unavailable)?;
        let notice: Option<ResetNotice> = notice.and_then(|n| serde_json::from_str(&n).ok());
        Ok(ResetView { page, notice })
    }

    /// Where `gate`'s code goes, masked; a decoy's made-up mask.
    pub(super) async fn masked(
        &self,
        open: &OpenReset,
        gate: Gate,
    ) -> Result<Option<String>, ResetError> {
        let real = self.destination(open.stored.user, gate).await?.map(|d| d.masked);
        if open.stored.user.is_some() {
            return Ok(real);
        }
        Ok(open.stored.decoy_mask(gate))
    }
}

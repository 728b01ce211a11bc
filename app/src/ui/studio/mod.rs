//! The branding studio at `/admin/branding`: server-rendered forms that
//! work without JavaScript, and one island, the live preview.

mod images_section;
mod layer_picker;
mod live_preview;
mod publications_table;
mod publish_section;
mod settings_form;
mod studio_field;
mod studio_notice;
mod studio_page;
mod studio_switch;
mod studio_text;

pub use images_section::ImagesSection;
pub use layer_picker::LayerPicker;
pub use live_preview::{LivePreview, LivePreviewText};
pub use publications_table::PublicationsTable;
pub use publish_section::PublishSection;
pub use settings_form::SettingsForm;
pub use studio_field::StudioField;
pub use studio_notice::StudioNotice;
pub use studio_page::StudioPage;
pub use studio_switch::StudioSwitch;

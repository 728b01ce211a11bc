//! `sspr branding show|export|import`: the branding as files, so that it
//! can live in a repository. `branding.toml` holds the settings, with the
//! images named by their file next to it; import checks everything the
//! studio checks, and publishes all of it or nothing.

use crate::branding::{publish_problems, upload};
use crate::store::{AuditAction, AuditEntry, AuditOutcome, SqlStore};
use anyhow::{bail, Context};
use app::domain::branding::{AssetRef, AssetSlot, BrandDocument, BrandSettings, PublishProblem};
use app::i18n::{I18n, Lang};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

pub const FILE_NAME: &str = "branding.toml";

/// A layer as the file writes it: images by file name.
fn layer_to_toml(
    layer: &BrandSettings,
    files: &BTreeMap<AssetSlot, String>,
) -> anyhow::Result<toml::Table> {
    let without_images = BrandSettings { images: BTreeMap::new(), ..layer.clone() };
    let mut table = toml::Table::try_from(&without_images)?;
    if !files.is_empty() {
        let images: toml::Table = files
            .iter()
            .map(|(slot, file)| (slot.as_str().to_owned(), toml::Value::from(file.clone())))
            .collect();
        table.insert("images".to_owned(), toml::Value::Table(images));
    }
    Ok(table)
}

/// Prints the live branding (or says that there is none).
pub async fn show(store: &SqlStore) -> anyhow::Result<()> {
    let Some((version, document)) = store.published_branding().await? else {
        println!("nothing published: pages show the portal without branding");
        return Ok(());
    };
    let publications = store.branding_publications(1).await?;
    if let Some(p) = publications.first() {
        println!(
            "version {version}, published {} by {}",
            I18n::new(Lang::En).instant(p.published_at),
            p.published_by
        );
    }
    println!("{}", toml::to_string_pretty(&document)?);
    Ok(())
}

/// Writes the live branding (or, with `draft`, the studio's draft) into
/// `dir`: `branding.toml` and one file per image.
pub async fn export(store: &SqlStore, dir: &Path, draft: bool) -> anyhow::Result<()> {
    let document = if draft {
        store.branding_draft().await?
    } else {
        match store.published_branding().await? {
            Some((_, document)) => document,
            None => bail!("nothing is published yet; `--draft` exports the studio's draft"),
        }
    };
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut root = toml::Table::new();
    let layers = std::iter::once((None, &document.default))
        .chain(document.languages.iter().map(|(l, s)| (Some(*l), s)));
    let mut languages = toml::Table::new();
    for (lang, layer) in layers {
        let mut files = BTreeMap::new();
        for (slot, asset) in &layer.images {
            let stored = store
                .branding_asset(&asset.sha256)
                .await?
                .context("an image of the branding is missing")?;
            let name = match lang {
                None => format!("{}.{}", slot.as_str(), asset.extension),
                Some(l) => format!("{}-{}.{}", slot.as_str(), l.tag(), asset.extension),
            };
            std::fs::write(dir.join(&name), &stored.bytes)?;
            files.insert(*slot, name);
        }
        let table = layer_to_toml(layer, &files)?;
        match lang {
            None => {
                root.insert("default".to_owned(), toml::Value::Table(table));
            }
            Some(l) => {
                languages.insert(l.tag().to_owned(), toml::Value::Table(table));
            }
        }
    }
    if !languages.is_empty() {
        root.insert("languages".to_owned(), toml::Value::Table(languages));
    }
    std::fs::write(dir.join(FILE_NAME), toml::to_string_pretty(&root)?)?;
    println!("exported to {}", dir.join(FILE_NAME).display());
    Ok(())
}

/// Reads one layer: its settings, and its images checked exactly as the
/// studio checks uploads, then kept.
async fn read_layer(
    store: &SqlStore,
    dir: &Path,
    mut table: toml::Table,
    now: i64,
) -> anyhow::Result<BrandSettings> {
    let images = table.remove("images");
    let mut layer: BrandSettings = table.try_into().context("branding.toml")?;
    let Some(images) = images else { return Ok(layer) };
    let images = images.as_table().context("`images` must be a table of file names")?;
    for (slot_name, file) in images {
        let slot =
            AssetSlot::parse(slot_name).with_context(|| format!("unknown image `{slot_name}`"))?;
        let file = file.as_str().with_context(|| format!("`{slot_name}` must be a file name"))?;
        // Names only: a file outside the directory is never read.
        if Path::new(file).components().count() != 1 || file.starts_with('.') {
            bail!("`{slot_name}`: `{file}` must be a file in {}", dir.display());
        }
        let bytes = std::fs::read(dir.join(file)).with_context(|| format!("cannot read {file}"))?;
        let image = upload::sanitize(slot, &bytes).map_err(|problem| {
            anyhow::anyhow!("{file} is refused for {slot_name}: {}", problem.as_str())
        })?;
        let sha256 = hex::encode(Sha256::digest(&image.bytes));
        store
            .put_branding_asset(
                &sha256,
                image.media_type,
                &image.bytes,
                (image.width, image.height),
                now,
            )
            .await?;
        let asset = AssetRef {
            sha256,
            extension: image.extension.to_owned(),
            width: image.width,
            height: image.height,
        };
        layer.images.insert(slot, asset);
    }
    Ok(layer)
}

fn describe(problem: &PublishProblem) -> String {
    let layer = |l: &Option<Lang>| l.map_or("default".to_owned(), |l| l.tag().to_owned());
    match problem {
        PublishProblem::Field { lang, problem } => {
            format!("{}: {}: {:?}", layer(lang), problem.field.name(), problem.problem)
        }
        PublishProblem::Contrast { lang, failure } => format!(
            "{}: {} has a contrast of {}, below {}:1",
            layer(lang),
            failure.pair.as_str(),
            failure.ratio_text(),
            failure.pair.minimum()
        ),
    }
}

/// Publishes the branding in `dir`, which also becomes the studio's draft.
pub async fn import(store: &SqlStore, dir: &Path, actor: &str, now: i64) -> anyhow::Result<()> {
    let path = dir.join(FILE_NAME);
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let mut root: toml::Table =
        toml::from_str(&text).with_context(|| format!("{} is not valid TOML", path.display()))?;
    let mut document = BrandDocument::default();
    if let Some(default) = root.remove("default") {
        let table = default.as_table().cloned().context("`default` must be a table")?;
        document.default = read_layer(store, dir, table, now).await?;
    }
    if let Some(languages) = root.remove("languages") {
        let languages = languages.as_table().cloned().context("`languages` must be a table")?;
        for (tag, layer) in languages {
            let lang =
                Lang::parse_setting(&tag).map_err(|e| anyhow::anyhow!("languages.{tag}: {e}"))?;
            let table = layer
                .as_table()
                .cloned()
                .with_context(|| format!("languages.{tag} must be a table"))?;
            document.languages.insert(lang, read_layer(store, dir, table, now).await?);
        }
    }
    if let Some(key) = root.keys().next() {
        bail!("unknown section `{key}` in {}", path.display());
    }
    let problems = publish_problems(&document);
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(describe).collect();
        bail!("nothing was published:\n  {}", list.join("\n  "));
    }
    let entry = AuditEntry::new(now, actor, AuditAction::BrandingImport, AuditOutcome::Success)
        .on(path.display().to_string());
    let version = store.publish_branding(&document, &entry).await?;
    println!("published as version {version}");
    Ok(())
}

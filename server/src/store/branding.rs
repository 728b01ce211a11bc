//! Branding: the studio's draft, the publications and the uploaded
//! images. Every change writes its audit entry in the same transaction.

use super::{insert_audit, AuditEntry, SqlStore, StoreError};
use app::domain::branding::{BrandDocument, PublishProblem};

/// The two counters instances poll: cheap, one row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BrandingState {
    /// 0 while nothing has been published.
    pub published_version: i64,
    pub draft_revision: i64,
}

/// One publication, as the studio lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Publication {
    pub version: i64,
    pub published_at: i64,
    pub published_by: String,
    pub restored_from: Option<i64>,
}

/// An uploaded image as stored.
#[derive(Clone, Debug)]
pub struct StoredAsset {
    pub media_type: String,
    pub bytes: Vec<u8>,
}

/// Why a publication did not happen.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("the draft cannot be published")]
    Problems(Vec<PublishProblem>),
    #[error("no publication has this version")]
    NoSuchVersion,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for PublishError {
    fn from(e: sqlx::Error) -> Self {
        Self::Store(e.into())
    }
}

fn parse(document: &str, what: &'static str) -> Result<BrandDocument, StoreError> {
    serde_json::from_str(document).map_err(|_| StoreError::Corrupt(what))
}

fn json(document: &BrandDocument) -> Result<String, StoreError> {
    serde_json::to_string(document).map_err(|_| StoreError::Corrupt("branding"))
}

impl SqlStore {
    pub async fn branding_state(&self) -> Result<BrandingState, StoreError> {
        let (published_version, draft_revision): (i64, i64) = sqlx::query_as(
            "SELECT published_version, draft_revision FROM branding_state WHERE id = 1",
        )
        .fetch_one(&self.db.pool)
        .await?;
        Ok(BrandingState { published_version, draft_revision })
    }

    pub async fn branding_draft(&self) -> Result<BrandDocument, StoreError> {
        let (draft,): (String,) = sqlx::query_as("SELECT draft FROM branding_state WHERE id = 1")
            .fetch_one(&self.db.pool)
            .await?;
        parse(&draft, "branding draft")
    }

    /// The live branding, `None` before the first publication.
    pub async fn published_branding(&self) -> Result<Option<(i64, BrandDocument)>, StoreError> {
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT p.version, p.document FROM branding_publications p \
             JOIN branding_state s ON s.published_version = p.version WHERE s.id = 1",
        )
        .fetch_optional(&self.db.pool)
        .await?;
        row.map(|(v, d)| Ok((v, parse(&d, "branding publication")?))).transpose()
    }

    pub async fn branding_publication(
        &self,
        version: i64,
    ) -> Result<Option<BrandDocument>, StoreError> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT document FROM branding_publications WHERE version = $1")
                .bind(version)
                .fetch_optional(&self.db.pool)
                .await?;
        row.map(|(d,)| parse(&d, "branding publication")).transpose()
    }

    /// The newest `limit` publications, newest first.
    pub async fn branding_publications(&self, limit: u32) -> Result<Vec<Publication>, StoreError> {
        let rows: Vec<(i64, i64, String, Option<i64>)> = sqlx::query_as(
            "SELECT version, published_at, published_by, restored_from \
             FROM branding_publications ORDER BY version DESC LIMIT $1",
        )
        .bind(i64::from(limit))
        .fetch_all(&self.db.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(version, published_at, published_by, restored_from)| Publication {
                version,
                published_at,
                published_by,
                restored_from,
            })
            .collect())
    }

    /// Changes the draft with `edit`, under the row's lock so that two
    /// designers saving at once each keep their change. `edit` says what
    /// it changed, which becomes the audit entry's target.
    pub async fn edit_branding_draft(
        &self,
        edit: impl FnOnce(&mut BrandDocument) -> String,
        audit: &AuditEntry,
    ) -> Result<(), StoreError> {
        let mut tx = self.db.begin_write().await?;
        let sql =
            format!("SELECT draft FROM branding_state WHERE id = 1{}", self.db.backend.lock_rows());
        let (draft,): (String,) = sqlx::query_as(&sql).fetch_one(&mut *tx).await?;
        let mut document = parse(&draft, "branding draft")?;
        let audit = audit.clone().on(edit(&mut document));
        sqlx::query(
            "UPDATE branding_state SET draft = $1, draft_revision = draft_revision + 1, \
             draft_updated_at = $2, draft_updated_by = $3 WHERE id = 1",
        )
        .bind(json(&document)?)
        .bind(audit.occurred_at)
        .bind(audit.actor.clone())
        .execute(&mut *tx)
        .await?;
        insert_audit(&mut *tx, &audit).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Publishes the draft if `check` finds nothing wrong with it; the
    /// new version number on success.
    pub async fn publish_branding_draft(
        &self,
        check: impl FnOnce(&BrandDocument) -> Vec<PublishProblem>,
        audit: &AuditEntry,
    ) -> Result<i64, PublishError> {
        let mut tx = self.db.begin_write().await?;
        let sql =
            format!("SELECT draft FROM branding_state WHERE id = 1{}", self.db.backend.lock_rows());
        let (draft,): (String,) = sqlx::query_as(&sql).fetch_one(&mut *tx).await?;
        let document = parse(&draft, "branding draft")?;
        let problems = check(&document);
        if !problems.is_empty() {
            return Err(PublishError::Problems(problems));
        }
        let version = publish(&mut tx, &document, None, audit).await?;
        tx.commit().await?;
        Ok(version)
    }

    /// Publishes `document` as it is (already checked by the caller), and
    /// makes it the draft too: the CLI's import.
    pub async fn publish_branding(
        &self,
        document: &BrandDocument,
        audit: &AuditEntry,
    ) -> Result<i64, StoreError> {
        let mut tx = self.db.begin_write().await?;
        let version = publish(&mut tx, document, None, audit).await?;
        set_draft(&mut tx, document, audit).await?;
        tx.commit().await?;
        Ok(version)
    }

    /// Publishes an earlier publication again, as a new version, and
    /// makes it the draft, so the studio shows what is live.
    pub async fn roll_back_branding(
        &self,
        version: i64,
        audit: &AuditEntry,
    ) -> Result<i64, PublishError> {
        let mut tx = self.db.begin_write().await?;
        let row: Option<(String,)> =
            sqlx::query_as("SELECT document FROM branding_publications WHERE version = $1")
                .bind(version)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((document,)) = row else { return Err(PublishError::NoSuchVersion) };
        let document = parse(&document, "branding publication")?;
        let new_version = publish(&mut tx, &document, Some(version), audit).await?;
        set_draft(&mut tx, &document, audit).await?;
        tx.commit().await?;
        Ok(new_version)
    }

    /// Keeps an uploaded image; the same bytes uploaded twice are one row.
    pub async fn put_branding_asset(
        &self,
        sha256: &str,
        media_type: &str,
        bytes: &[u8],
        (width, height): (u32, u32),
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO branding_assets (sha256, media_type, bytes, width, height, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sha256) DO NOTHING",
        )
        .bind(sha256.to_owned())
        .bind(media_type.to_owned())
        .bind(bytes.to_vec())
        .bind(i64::from(width))
        .bind(i64::from(height))
        .bind(now)
        .execute(&self.db.pool)
        .await?;
        Ok(())
    }

    pub async fn branding_asset(&self, sha256: &str) -> Result<Option<StoredAsset>, StoreError> {
        let row: Option<(String, Vec<u8>)> =
            sqlx::query_as("SELECT media_type, bytes FROM branding_assets WHERE sha256 = $1")
                .bind(sha256.to_owned())
                .fetch_optional(&self.db.pool)
                .await?;
        Ok(row.map(|(media_type, bytes)| StoredAsset { media_type, bytes }))
    }
}

async fn publish(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    document: &BrandDocument,
    restored_from: Option<i64>,
    audit: &AuditEntry,
) -> Result<i64, StoreError> {
    let (version,): (i64,) = sqlx::query_as(
        "UPDATE branding_state SET published_version = \
         (SELECT COALESCE(MAX(version), 0) + 1 FROM branding_publications) \
         WHERE id = 1 RETURNING published_version",
    )
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO branding_publications \
         (version, document, published_at, published_by, restored_from) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(version)
    .bind(json(document)?)
    .bind(audit.occurred_at)
    .bind(audit.actor.clone())
    .bind(restored_from)
    .execute(&mut **tx)
    .await?;
    let audit = audit.clone().on(format!("version {version}"));
    insert_audit(&mut **tx, &audit).await?;
    Ok(version)
}

async fn set_draft(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    document: &BrandDocument,
    audit: &AuditEntry,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE branding_state SET draft = $1, draft_revision = draft_revision + 1, \
         draft_updated_at = $2, draft_updated_by = $3 WHERE id = 1",
    )
    .bind(json(document)?)
    .bind(audit.occurred_at)
    .bind(audit.actor.clone())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

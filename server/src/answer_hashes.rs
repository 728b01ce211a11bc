//! Security answers are kept only as salted Argon2id hashes of their
//! normalized form (NFKC, case-folded, whitespace collapsed), so that
//! "  Biscuit " at reset matches "biscuit" at registration, and nobody, an
//! administrator included, can read an answer back.

use crate::password_hasher::{HashError, PasswordHasher};
use crate::store::AnswerHash;
use app::domain::{
    answered_questions::{AnsweredQuestions, Question},
    security_answer::SecurityAnswer,
};

/// Hashes each answer of a validated set, keeping its question.
pub async fn hash_answers(
    hasher: &PasswordHasher,
    answers: &AnsweredQuestions,
) -> Result<Vec<(Question, AnswerHash)>, HashError> {
    let mut hashed = Vec::with_capacity(answers.pairs().len());
    for (question, answer) in answers.pairs() {
        hashed.push((question.clone(), AnswerHash::new(hasher.hash(answer.normalized()).await?)));
    }
    Ok(hashed)
}

/// Whether `given` is the answer that `stored` was made from.
pub async fn answer_matches(
    hasher: &PasswordHasher,
    given: &SecurityAnswer,
    stored: &AnswerHash,
) -> Result<bool, HashError> {
    hasher.verify(given.normalized(), Some(stored.phc())).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::security_questions::PredefinedQuestion;

    fn set(answers: &[&str]) -> AnsweredQuestions {
        let pairs = ["first-pet", "first-job", "favorite-food"]
            .iter()
            .zip(answers)
            .map(|(id, a)| {
                let q = Question::Predefined(PredefinedQuestion::parse(id).unwrap());
                (q, SecurityAnswer::parse(a).unwrap())
            })
            .collect();
        AnsweredQuestions::new(pairs, 3).unwrap()
    }

    #[tokio::test]
    async fn answers_match_after_normalization_and_nothing_else_does() {
        let hasher = PasswordHasher::new(2).unwrap();
        let hashed =
            hash_answers(&hasher, &set(&["Biscuit", "Translator", "Seed cake"])).await.unwrap();
        assert_eq!(hashed.len(), 3);
        let matches = |given: &str, i: usize| {
            let given = SecurityAnswer::parse(given).unwrap();
            let hasher = hasher.clone();
            let stored = AnswerHash::new(hashed[i].1.phc().to_owned());
            async move { answer_matches(&hasher, &given, &stored).await.unwrap() }
        };
        assert!(matches("  BISCUIT ", 0).await);
        assert!(matches("seed   CAKE", 2).await);
        assert!(!matches("Biscuits", 0).await);
        assert!(!matches("Biscuit", 1).await, "an answer matches only its own question");
        assert!(hashed[0].1.phc().starts_with("$argon2id$"));
        assert!(!hashed[0].1.phc().to_lowercase().contains("biscuit"));
    }

    #[tokio::test]
    async fn the_same_answer_hashes_differently_each_time() {
        let hasher = PasswordHasher::new(2).unwrap();
        let a = hash_answers(&hasher, &set(&["Biscuit", "Translator", "Seed cake"])).await.unwrap();
        let b = hash_answers(&hasher, &set(&["Biscuit", "Translator", "Seed cake"])).await.unwrap();
        assert_ne!(a[0].1.phc(), b[0].1.phc(), "salted");
    }
}

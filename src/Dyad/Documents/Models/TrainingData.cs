namespace Dyad.Documents.Models;

/// <summary>Facts about the outside training data that every trainer must respect.</summary>
public static class TrainingData
{
    /// <summary>
    /// Sentence-id prefixes of the GUM documents under CC BY (Wikinews news, interviews and biographies, Wikivoyage,
    /// OpenStax textbooks, CC vlogs, public-domain speeches: ud-english-gum/SOURCE.md). The other GUM genres are
    /// non-commercial: no shipped model may learn from them.
    /// </summary>
    public static IReadOnlyList<string> GumCcByPrefixes { get; } =
        ["GUM_news_", "GUM_interview_", "GUM_bio_", "GUM_voyage_", "GUM_textbook_", "GUM_vlog_", "GUM_speech_"];
}

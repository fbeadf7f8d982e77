using Dyad.Articles;
using Dyad.Diagnostics;
using Dyad.Sources;

namespace Dyad.Pipeline;

/// <summary>
/// Turns a reader's draft into a clean article, the same way for every reader: normalized text and title,
/// the size limits, the language (declared, else identified) and the id (the input's, else a content hash).
/// </summary>
public sealed class ArticlePreparer
{
    private readonly Limits _limits;
    private readonly LanguageIdentifier? _languages;

    /// <summary>Creates a preparer; with <paramref name="languages"/> null, undeclared languages stay unknown.</summary>
    public ArticlePreparer(Limits limits, LanguageIdentifier? languages)
    {
        _limits = limits;
        _languages = languages;
    }

    /// <summary>Prepares one draft. Returns the article, or a problem (too long, too short).</summary>
    public ReadResult Prepare(Article draft)
    {
        string path = draft.InputPath ?? "?";
        if (draft.Text.Length > _limits.MaxChars)
            return ReadResult.Fail(path, ErrorCode.TextTooLong,
                $"article text has {draft.Text.Length:N0} characters; the limit is {_limits.MaxChars:N0} (--max-chars)");

        string text = TextNormalizer.Normalize(draft.Text);
        string? title = draft.Title is null ? null : NullIfEmpty(TextNormalizer.NormalizeLine(draft.Title));
        string? description = draft.Description is null ? null : NullIfEmpty(TextNormalizer.Normalize(draft.Description));

        if (text.Length < _limits.MinChars)
            return ReadResult.Fail(path, text.Length == 0 ? ErrorCode.Empty : ErrorCode.NotAnArticle,
                $"article body has {text.Length} characters after cleaning; at least {_limits.MinChars} are needed (--min-chars)");

        string? language = NormalizeLanguageCode(draft.Language);
        string? languageSource = language is null ? null : "declared";
        if (language is null && _languages is not null)
        {
            language = _languages.Identify(text);
            languageSource = language is null ? null : "identified";
        }

        var article = draft with
        {
            Text = text,
            Title = title,
            Description = description,
            Language = language,
            LanguageSource = languageSource,
            Source = draft.Source is null ? null : NullIfEmpty(TextNormalizer.NormalizeLine(draft.Source)),
            Author = draft.Author is null ? null : NullIfEmpty(TextNormalizer.NormalizeLine(draft.Author)),
        };
        if (string.IsNullOrWhiteSpace(article.Id))
            article = article with { Id = ArticleIds.FromContent(title, text) };
        return ReadResult.Ok(article);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>Reduces a declared language ("en-US", "en_GB", "EN") to its ISO 639-1 code, or null when it is not one.</summary>
    public static string? NormalizeLanguageCode(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared)) return null;
        var s = declared.Trim();
        int cut = s.IndexOfAny(['-', '_']);
        if (cut > 0) s = s[..cut];
        if (s.Length != 2 || !char.IsAsciiLetter(s[0]) || !char.IsAsciiLetter(s[1])) return null;
        return s.ToLowerInvariant();
    }
}

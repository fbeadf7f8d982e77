using Lingua;

namespace Dyad.Articles;

/// <summary>
/// Identifies an article's language among the languages most common in world news, with Lingua's n-gram models.
/// Returns null when unsure rather than guessing. Thread-safe; build once (<see cref="Shared"/>).
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>
    /// The candidate languages: the 25 most used in world news wires and national press (English, Spanish, French,
    /// German, Italian, Portuguese, Dutch, Russian, Ukrainian, Polish, Turkish, Arabic, Persian, Hebrew, Chinese,
    /// Japanese, Korean, Hindi, Urdu, Indonesian, Vietnamese, Swedish, Romanian, Greek, Swahili). Fewer candidates
    /// means fewer confusions and less memory; a text in another language comes out as its nearest candidate or null.
    /// </summary>
    internal static readonly Language[] Candidates =
    [
        Language.English, Language.Spanish, Language.French, Language.German, Language.Italian, Language.Portuguese,
        Language.Dutch, Language.Russian, Language.Ukrainian, Language.Polish, Language.Turkish, Language.Arabic,
        Language.Persian, Language.Hebrew, Language.Chinese, Language.Japanese, Language.Korean, Language.Hindi,
        Language.Urdu, Language.Indonesian, Language.Vietnamese, Language.Swedish, Language.Romanian, Language.Greek,
        Language.Swahili,
    ];

    /// <summary>
    /// Only the first characters of a long text are looked at: language is settled long before, and Lingua's cost
    /// grows with length. Measured by <c>LanguageEvaluation</c>: sentences of 100–200 characters are identified at
    /// the accuracy reported there, so 1,000 characters (several sentences) leaves a wide margin.
    /// </summary>
    public const int MaxChars = 1000;

    /// <summary>
    /// Least confidence (Lingua's normalized probability of the best language) for an answer; below it the text is
    /// "unsure" and null comes back. Chosen by <c>LanguageEvaluation</c> on Lingua's test sentences (low mode):
    /// 0.0 answers 100% at 98.5% precision, 0.5 answers 99.8% at 98.6%, 0.7 answers 99.1% at 98.9%, 0.9 answers 98.1% at 99.3%.
    /// </summary>
    public const double MinConfidence = 0.5;

    /// <summary>
    /// The shared instance uses Lingua's low-accuracy mode (trigram models only). Measured by <c>LanguageEvaluation</c>
    /// over the 25 candidates: low loads in 4 s with 50 MiB resident and scores 98.5% on sentences (816/s); high loads
    /// in 31 s with 1.5 GiB resident and scores 98.7% (531/s). High wins clearly only on single words (75.5% vs 71.6%),
    /// and articles are looked at over <see cref="MaxChars"/> characters, so low it is.
    /// </summary>
    internal const bool UseLowAccuracyMode = true;

    private static readonly Lazy<LanguageIdentifier> SharedInstance = new(() => new LanguageIdentifier(UseLowAccuracyMode), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<LanguageDetector> _detector;

    /// <summary>The shared identifier, built (and its models loaded) on first use.</summary>
    public static LanguageIdentifier Shared => SharedInstance.Value;

    /// <summary>Builds an identifier over <see cref="Candidates"/>. The n-gram models are loaded (all at once) the first
    /// time a text needs them, so a run whose texts the function-word profile settles never pays for them.</summary>
    /// <param name="lowAccuracy">Use Lingua's low-accuracy mode: smaller and faster, weaker on short texts.</param>
    internal LanguageIdentifier(bool lowAccuracy)
    {
        _detector = new Lazy<LanguageDetector>(() =>
        {
            var builder = LanguageDetectorBuilder.FromLanguages(Candidates).WithPreloadedLanguageModels();
            if (lowAccuracy) builder = builder.WithLowAccuracyMode();
            return builder.Build();
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Loads the n-gram models now (the evaluation times this).</summary>
    internal void Preload() => _ = _detector.Value;

    /// <summary>The ISO 639-1 code of the text's language, or null when the text has no letters or the best guess is below <see cref="MinConfidence"/>.</summary>
    /// <remarks>Long texts in the Latin-script candidates are first offered to <see cref="FunctionWords"/>, which is
    /// hundreds of times faster than the n-gram models and answers only when one language clearly leads.</remarks>
    public string? Identify(ReadOnlySpan<char> text) => FunctionWords.Identify(text) ?? Identify(text, MinConfidence);

    /// <summary>As <see cref="Identify(ReadOnlySpan{char})"/> with an explicit confidence threshold (for evaluation).</summary>
    internal string? Identify(ReadOnlySpan<char> text, double minConfidence)
    {
        var head = text.Length > MaxChars ? CutAtSpace(text[..MaxChars]) : text;
        if (!HasLetter(head)) return null;
        var values = _detector.Value.ComputeLanguageConfidenceValues(head.ToString());
        Language best = Language.Unknown;
        double confidence = 0;
        foreach (var (language, value) in values)
        {
            if (value > confidence) { confidence = value; best = language; }
        }
        if (best == Language.Unknown || confidence < minConfidence) return null;
        return best.IsoCode6391().ToString().ToLowerInvariant();
    }

    /// <summary>Frees the models (for the evaluation, which measures one mode after the other).</summary>
    internal void Unload()
    {
        if (_detector.IsValueCreated) _detector.Value.UnloadLanguageModels();
    }

    private static ReadOnlySpan<char> CutAtSpace(ReadOnlySpan<char> head)
    {
        int space = head.LastIndexOf(' ');
        return space > head.Length / 2 ? head[..space] : head;
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (char.IsLetter(c)) return true;
        return false;
    }
}

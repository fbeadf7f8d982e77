namespace Dyad.Tone;

/// <summary>
/// Tone measures of a stretch of text, in GDELT's units (percent of words). <see cref="Tone"/> =
/// <see cref="Positive"/> − <see cref="Negative"/>; <see cref="Polarity"/> = <see cref="Positive"/> +
/// <see cref="Negative"/> (the share of words the lexicon rates at all).
/// </summary>
/// <param name="Tone">Positive minus negative, in percent of words (GDELT V1 "Tone").</param>
/// <param name="Positive">Percent of words rated positive (after negation).</param>
/// <param name="Negative">Percent of words rated negative (after negation).</param>
/// <param name="Polarity">Percent of words rated either way.</param>
/// <param name="ActivityDensity">Percent of words that are main verbs (UPOS VERB); null when the text was not
/// tagged. GDELT counts words of an "active" word list; the verb share is our stand-in and is named so in docs.</param>
/// <param name="SelfGroupDensity">Percent of words that are pronouns (GDELT's self/group reference density).</param>
/// <param name="WordCount">Words counted: tokens with a letter or digit.</param>
public readonly record struct ToneScores(double Tone, double Positive, double Negative, double Polarity,
    double? ActivityDensity, double SelfGroupDensity, int WordCount);

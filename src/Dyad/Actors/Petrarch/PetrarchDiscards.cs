using System.Text;

namespace Dyad.Actors.Petrarch;

/// <summary>One discard phrase: a sentence (or with <see cref="StoryScope"/>, a whole story) holding it is not coded.</summary>
/// <param name="Phrase">Upper-case words separated by single spaces.</param>
/// <param name="StoryScope">True for <c>+</c> lines: the whole story is discarded, not only the sentence.</param>
/// <param name="WholeWord">True when the file's phrase ended with <c>_</c>: the match must end at a word boundary;
/// otherwise the last word matches as a stem.</param>
/// <param name="Line">Line number.</param>
public sealed record PetrarchDiscard(string Phrase, bool StoryScope, bool WholeWord, int Line);

/// <summary>Reader for PETRARCH discard lists (<c>Phoenix.discards.txt</c>, <c>PETR.Validate.discards.txt</c>).</summary>
/// <remarks>
/// Grammar implemented (after comments): <c>line := [ '+' ] phrase</c>, one phrase a line; blanks after the <c>+</c>
/// are allowed; a final <c>_</c> marks a whole-word match. Matching is case-insensitive.
/// </remarks>
public sealed class PetrarchDiscards
{
    /// <summary>The phrases in file order.</summary>
    public IReadOnlyList<PetrarchDiscard> Entries { get; }

    /// <summary>Lines that could not be used.</summary>
    public IReadOnlyList<PetrarchLineIssue> Issues { get; }

    private PetrarchDiscards(List<PetrarchDiscard> entries, List<PetrarchLineIssue> issues)
    {
        Entries = entries;
        Issues = issues;
    }

    /// <summary>Reads a discard file.</summary>
    public static PetrarchDiscards Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads a discard list from text.</summary>
    public static PetrarchDiscards Read(TextReader reader)
    {
        var entries = new List<PetrarchDiscard>();
        var issues = new List<PetrarchLineIssue>();
        foreach (var (number, raw, content) in PetrarchText.ContentLines(reader, semicolonComments: true))
        {
            string line = content.Trim();
            bool story = line[0] == '+';
            if (story) line = line[1..].Trim();
            bool whole = line.EndsWith('_');
            string phrase = PetrarchText.Phrase(line);
            if (phrase.Length == 0) { issues.Add(new(number, raw, "empty discard phrase")); continue; }
            entries.Add(new PetrarchDiscard(phrase, story, whole, number));
        }
        return new PetrarchDiscards(entries, issues);
    }
}

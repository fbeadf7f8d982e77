using System.Reflection;

namespace Dyad.Documents.Segmentation;

/// <summary>
/// The segmenter's word lists (abbreviations, sentence starters, hyphen prefixes, clitics...), read once from the
/// embedded <c>english-lists.txt</c>. Entries are stored as <see cref="StringHash.OfNorm"/> hashes so a lookup on a
/// span of the text allocates nothing and ignores case and curly/straight apostrophes.
/// </summary>
internal sealed class WordLists
{
    internal const string ResourceName = "Dyad.Documents.Segmentation.english-lists.txt";

    /// <summary>Words that keep their period ("inc", "etc", "sept").</summary>
    public HashSet<ulong> Abbreviations { get; } = [];

    /// <summary>Abbreviations that precede a name ("mr", "gen"): a sentence never ends after them.</summary>
    public HashSet<ulong> Titles { get; } = [];

    /// <summary>Lower-case words that often open a sentence and are rarely capitalized inside one ("the", "he").</summary>
    public HashSet<ulong> Starters { get; } = [];

    /// <summary>Prefixes UD keeps joined to the rest of a hyphenated word ("non", "anti", "e").</summary>
    public HashSet<ulong> HyphenPrefixes { get; } = [];

    /// <summary>Words that begin with an apostrophe ("em" for 'em).</summary>
    public HashSet<ulong> LeadingApostrophe { get; } = [];

    /// <summary>Units split off a number written against it ("pm" in 7:30PM).</summary>
    public HashSet<ulong> UnitSuffixes { get; } = [];

    /// <summary>Clitic endings split off as a second word ("'s", "'re").</summary>
    public HashSet<ulong> Clitics { get; } = [];

    /// <summary>Whole words UD splits without an apostrophe ("cannot" → can + not), with the length of the first part.</summary>
    public Dictionary<ulong, int> SplitWords { get; } = [];

    /// <summary>Reads the embedded list file.</summary>
    public static WordLists LoadEmbedded()
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing from {typeof(WordLists).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses the list format: <c>[section]</c> headers, one entry per line, <c>#</c> comments.</summary>
    public static WordLists Parse(TextReader reader)
    {
        var lists = new WordLists();
        string? section = null;
        int lineNo = 0;
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNo++;
            int hash = line.IndexOf('#');
            var entry = (hash >= 0 ? line.AsSpan(0, hash) : line.AsSpan()).Trim();
            if (entry.IsEmpty) continue;
            if (entry[0] == '[')
            {
                section = entry.Trim("[]").ToString();
                continue;
            }
            switch (section)
            {
                case "abbreviations": lists.Abbreviations.Add(StringHash.OfNorm(entry)); break;
                case "titles": lists.Titles.Add(StringHash.OfNorm(entry)); break;
                case "starters": lists.Starters.Add(StringHash.OfNorm(entry)); break;
                case "hyphen-prefixes": lists.HyphenPrefixes.Add(StringHash.OfNorm(entry)); break;
                case "leading-apostrophe": lists.LeadingApostrophe.Add(StringHash.OfNorm(entry)); break;
                case "unit-suffixes": lists.UnitSuffixes.Add(StringHash.OfNorm(entry)); break;
                case "clitics": lists.Clitics.Add(StringHash.OfNorm(entry)); break;
                case "split-words":
                    int space = entry.IndexOf(' ');
                    if (space < 0 || !int.TryParse(entry[(space + 1)..], out int first))
                        throw new InvalidDataException($"english-lists.txt line {lineNo}: split-words entry needs 'word length'");
                    lists.SplitWords[StringHash.OfNorm(entry[..space])] = first;
                    break;
                default:
                    throw new InvalidDataException($"english-lists.txt line {lineNo}: entry outside a known section ('{section}')");
            }
        }
        // A title is an abbreviation too: its period stays on the token.
        foreach (var t in lists.Titles) lists.Abbreviations.Add(t);
        return lists;
    }
}

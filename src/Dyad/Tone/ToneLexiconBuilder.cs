using System.Globalization;
using System.Text;

namespace Dyad.Tone;

/// <summary>What a tone-lexicon build kept and left out.</summary>
/// <param name="Words">Words written.</param>
/// <param name="FromBoth">Words both lexicons rate (their valences averaged).</param>
/// <param name="Conflicts">Words the two lexicons rate with opposite signs (left out).</param>
/// <param name="Phrases">Multi-word or non-word entries left out (emoticons, phrases: the scorer matches single tokens).</param>
/// <param name="ChatAcronyms">Short VADER-only entries left out as chat acronyms.</param>
public sealed record ToneBuildReport(int Words, int FromBoth, int Conflicts, int Phrases, int ChatAcronyms);

/// <summary>
/// Builds <c>knowledge/tone.tsv</c> from two permissively licensed lexicons in <c>../shared/data/sentiment-lexicons/</c>:
/// AFINN-en-165 (Apache-2.0; integer valence -5..5) and VADER (MIT; mean rater valence -4..4). Each valence is scaled
/// to [-1, 1]; a word both rate gets the mean, a word they rate with opposite signs is left out. Only single words
/// of letters (with inner hyphens or apostrophes) are kept. Deterministic: rows sorted ordinally.
/// </summary>
public static class ToneLexiconBuilder
{
    /// <summary>Scaled valences closer to zero than this are neutral and left out (both sources use ±0.5-ish floors
    /// for their weakest ratings; this keeps only words a rater called positive or negative).</summary>
    private const double NeutralBand = 0.05;

    /// <summary>Shortest word taken from VADER alone (see <see cref="Build"/>; chosen by reading the 2–3 letter
    /// VADER-only entries: all chat acronyms).</summary>
    private const int MinVaderOnlyLength = 4;

    /// <summary>Reads both lexicons under <paramref name="sharedDataDir"/> and returns the data lines and the report.</summary>
    public static (List<string> Lines, ToneBuildReport Report) Build(string sharedDataDir)
    {
        string dir = Path.Combine(sharedDataDir, "sentiment-lexicons");
        var afinn = ReadScaled(Path.Combine(dir, "afinn", "AFINN-en-165.txt"), 5.0, out int afinnPhrases);
        var vader = ReadScaled(Path.Combine(dir, "vader", "vader_lexicon.txt"), 4.0, out int vaderPhrases);
        var merged = new SortedDictionary<string, (double Value, string Sources)>(StringComparer.Ordinal);
        int both = 0, conflicts = 0;
        foreach (var (word, a) in afinn)
        {
            if (vader.TryGetValue(word, out var v))
            {
                if (Math.Sign(a) != Math.Sign(v)) { conflicts++; continue; }
                both++;
                merged[word] = ((a + v) / 2, "afinn+vader");
            }
            else merged[word] = (a, "afinn");
        }
        int slang = 0;
        foreach (var (word, v) in vader)
        {
            if (afinn.ContainsKey(word)) continue;
            // VADER was built for social media: its short entries AFINN lacks are chat acronyms ("idk", "ftw", "aas")
            // that in news are initials or abbreviations, not tone words.
            if (word.Length < MinVaderOnlyLength) { slang++; continue; }
            merged[word] = (v, "vader");
        }
        var lines = new List<string>(merged.Count);
        foreach (var (word, (value, sources)) in merged)
        {
            if (Math.Abs(value) < NeutralBand) continue;
            lines.Add($"{word}\t{value.ToString("0.###", CultureInfo.InvariantCulture)}\t{sources}");
        }
        return (lines, new ToneBuildReport(lines.Count, both, conflicts, afinnPhrases + vaderPhrases, slang));
    }

    /// <summary>Reads <c>token \t valence [\t ...]</c> lines; valence divided by <paramref name="scale"/>.</summary>
    private static Dictionary<string, double> ReadScaled(string path, double scale, out int skipped)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"tone lexicon source missing: {path} (see ../shared/data/sentiment-lexicons/SOURCE.md)", path);
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        skipped = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var f = line.Split('\t');
            if (f.Length < 2 || !double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) continue;
            string word = f[0].Trim().ToLowerInvariant();
            if (!IsWord(word)) { skipped++; continue; }
            map[word] = v / scale;
        }
        return map;
    }

    /// <summary>Letters, with hyphens or apostrophes only between letters.</summary>
    private static bool IsWord(string s)
    {
        if (s.Length == 0 || !char.IsLetter(s[0]) || !char.IsLetter(s[^1])) return false;
        foreach (char c in s)
            if (!char.IsLetter(c) && c != '-' && c != '\'') return false;
        return true;
    }
}

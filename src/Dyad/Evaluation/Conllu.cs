namespace Dyad.Evaluation;

/// <summary>One syntactic word of a CoNLL-U sentence (a line whose ID is an integer).</summary>
/// <param name="Id">1-based index in the sentence.</param>
/// <param name="Form">Word form.</param>
/// <param name="Lemma">Lemma or <c>_</c>.</param>
/// <param name="Upos">Universal part of speech.</param>
/// <param name="Xpos">Language-specific tag.</param>
/// <param name="Feats">Morphological features, <c>_</c> when none.</param>
/// <param name="Head">Head word ID, 0 for the root, -1 when unspecified (<c>_</c>).</param>
/// <param name="DepRel">Dependency relation.</param>
/// <param name="Deps">Enhanced dependencies.</param>
/// <param name="Misc">Miscellaneous column (SpaceAfter=No and others).</param>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats,
    int Head, string DepRel, string Deps, string Misc);

/// <summary>One surface token: a single word, or a multiword token (an <c>a-b</c> range line) spanning several words.</summary>
/// <param name="Form">Surface form as written in the text.</param>
/// <param name="FirstWord">Index (0-based) in <see cref="ConlluSentence.Words"/> of the token's first word.</param>
/// <param name="WordCount">Number of words; more than one for a multiword token.</param>
/// <param name="SpaceAfter">False when the token's MISC holds <c>SpaceAfter=No</c>.</param>
public readonly record struct ConlluToken(string Form, int FirstWord, int WordCount, bool SpaceAfter)
{
    /// <summary>Whether the token is a multiword token.</summary>
    public bool IsMultiword => WordCount > 1;
}

/// <summary>One sentence of a CoNLL-U file with its comments, surface tokens and words. Empty nodes (<c>8.1</c>) are kept as raw lines.</summary>
public sealed class ConlluSentence
{
    /// <summary>Comment lines without the leading <c># </c>.</summary>
    public List<string> Comments { get; } = [];

    /// <summary>The words (integer-ID lines), in order.</summary>
    public List<ConlluWord> Words { get; } = [];

    /// <summary>The surface tokens: multiword tokens once, other words as themselves.</summary>
    public List<ConlluToken> Tokens { get; } = [];

    /// <summary>Empty-node lines (enhanced UD), unparsed.</summary>
    public List<string> EmptyNodes { get; } = [];

    /// <summary>The <c># text =</c> value, if present.</summary>
    public string? Text { get; internal set; }

    /// <summary>The <c># sent_id =</c> value, if present.</summary>
    public string? SentId { get; internal set; }

    /// <summary>The sentence starts a document (<c># newdoc</c>).</summary>
    public bool NewDoc { get; internal set; }

    /// <summary>The sentence starts a paragraph (<c># newpar</c>, or a new document).</summary>
    public bool NewPar { get; internal set; }
}

/// <summary>Reads CoNLL-U (Universal Dependencies) files.</summary>
public static class Conllu
{
    /// <summary>Reads all sentences of a file.</summary>
    public static List<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads all sentences from a reader; <paramref name="name"/> names the source in error messages.</summary>
    public static List<ConlluSentence> Read(TextReader reader, string name = "conllu")
    {
        var sentences = new List<ConlluSentence>();
        var current = new ConlluSentence();
        int lineNo = 0;
        int mwtEnd = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length == 0)
            {
                if (current.Words.Count > 0 || current.Comments.Count > 0) sentences.Add(current);
                current = new ConlluSentence();
                mwtEnd = 0;
                continue;
            }
            if (line[0] == '#')
            {
                string c = line.Length > 1 && line[1] == ' ' ? line[2..] : line[1..];
                current.Comments.Add(c);
                if (c.StartsWith("text =", StringComparison.Ordinal)) current.Text = c[6..].Trim();
                else if (c.StartsWith("sent_id =", StringComparison.Ordinal)) current.SentId = c[9..].Trim();
                else if (c.StartsWith("newdoc", StringComparison.Ordinal)) { current.NewDoc = true; current.NewPar = true; }
                else if (c.StartsWith("newpar", StringComparison.Ordinal) && (c.Length == 6 || c[6] is ' ' or '=')) current.NewPar = true;
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10) throw new InvalidDataException($"{name} line {lineNo}: expected 10 tab-separated columns, found {cols.Length}");
            string id = cols[0];
            bool spaceAfter = !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                int a = int.Parse(id.AsSpan(0, dash)), b = int.Parse(id.AsSpan(dash + 1));
                current.Tokens.Add(new ConlluToken(cols[1], current.Words.Count, b - a + 1, spaceAfter));
                mwtEnd = b;
                continue;
            }
            if (id.Contains('.')) { current.EmptyNodes.Add(line); continue; }
            int wid = int.Parse(id);
            int head = cols[6] == "_" ? -1 : int.Parse(cols[6]);
            current.Words.Add(new ConlluWord(wid, cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[8], cols[9]));
            if (wid > mwtEnd) current.Tokens.Add(new ConlluToken(cols[1], current.Words.Count - 1, 1, spaceAfter));
        }
        if (current.Words.Count > 0) sentences.Add(current);
        return sentences;
    }
}

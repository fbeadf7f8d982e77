using Dyad.Articles;
using Dyad.Diagnostics;

namespace Dyad.Documents;

/// <summary>Per-token facts the tokenizer records.</summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>White space follows the token in the text (UD's SpaceAfter).</summary>
    SpaceAfter = 1,
    /// <summary>The token is made of punctuation only.</summary>
    Punct = 2,
    /// <summary>The token starts a paragraph.</summary>
    ParagraphStart = 4,
    /// <summary>The token is a URL or e-mail address.</summary>
    Url = 8,
    /// <summary>The token holds a digit.</summary>
    HasDigit = 16,
    /// <summary>The token continues the previous one's word with no space between (a clitic split off: do|n't,
    /// Gaza|'s, can|not); the two form one UD multiword token.</summary>
    Clitic = 32,
}

/// <summary>One token's record in the document's flat token array. Later stages add columns here.</summary>
public struct TokenData
{
    /// <summary>Start offset in <see cref="Document.Text"/> (UTF-16 code units).</summary>
    public int Start;
    /// <summary>End offset (exclusive).</summary>
    public int End;
    /// <summary><see cref="StringHash.OfNorm"/> of the token's characters: lower-cased, quotes folded.</summary>
    public ulong Norm;
    /// <summary>Index of the sentence holding the token.</summary>
    public int Sentence;
    /// <summary>Tokenizer flags.</summary>
    public TokenFlags Flags;
    /// <summary>Universal POS tag id in <see cref="Labels.Upos"/> (0 until the tagger ran).</summary>
    public ushort Upos;
    /// <summary>Language-specific POS tag id in <see cref="Labels.Xpos"/> (0 until the tagger ran).</summary>
    public ushort Xpos;
    /// <summary>Lemma id in <see cref="Vocabulary.Shared"/> (0 until the lemmatizer ran).</summary>
    public int Lemma;
    /// <summary>Document index of the syntactic head; -1 for the root of a sentence (and until the parser ran).</summary>
    public int Head;
    /// <summary>Dependency relation id in <see cref="Labels.Deprel"/> (0 until the parser ran).</summary>
    public ushort Deprel;
}

/// <summary>A named-entity mention: a run of tokens and its type.</summary>
/// <param name="FirstToken">Document index of the first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Label">Entity type id in <see cref="Labels.Entity"/>.</param>
public readonly record struct EntitySpan(int FirstToken, int TokenCount, ushort Label);

/// <summary>One sentence's record: a contiguous run of tokens.</summary>
public struct SentenceData
{
    /// <summary>Index of the first token.</summary>
    public int FirstToken;
    /// <summary>Number of tokens.</summary>
    public int TokenCount;
}

/// <summary>
/// The document owns the data: one flat array of token records and one of sentences, indexed by integers.
/// <see cref="Token"/> and <see cref="Sentence"/> are (document, index) views; nothing else copies tokens.
/// </summary>
public sealed class Document
{
    private TokenData[] _tokens;
    private SentenceData[] _sentences;

    /// <summary>Creates an empty document over an article.</summary>
    public Document(Article article)
    {
        Article = article;
        if (article.Published is { } published)
        {
            ReferenceDate = DateOnly.FromDateTime(published.Date);
            ReferenceDateSource = article.PublishedSource ?? "published";
        }
        _tokens = new TokenData[Math.Max(16, article.Text.Length / 5)];
        _sentences = new SentenceData[Math.Max(4, article.Text.Length / 100)];
    }

    /// <summary>The article the document annotates.</summary>
    public Article Article { get; }

    /// <summary>The text every offset points into (the article's body).</summary>
    public string Text => Article.Text;

    /// <summary>Number of tokens.</summary>
    public int TokenCount { get; private set; }

    /// <summary>Number of sentences.</summary>
    public int SentenceCount { get; private set; }

    /// <summary>The annotation layers the stages have written so far.</summary>
    public Pipeline.Layers Layers { get; set; } = Pipeline.Layers.Text;

    /// <summary>The names of the stages that ran on this document, in order.</summary>
    public List<string> StagesRun { get; } = [];

    /// <summary>Named-entity mentions, in text order (filled by the NER stage).</summary>
    public List<EntitySpan> Entities { get; } = [];

    /// <summary>Actor mentions with their resolved codes, in text order (filled by the actors stage).</summary>
    public List<Actors.ActorMention> Actors { get; } = [];

    /// <summary>Coded events, in text order (filled by the events stage).</summary>
    public List<Events.CodedEvent> Events { get; } = [];

    /// <summary>Date and relative time expressions resolved against <see cref="ReferenceDate"/>, in text order
    /// (filled by the dates stage).</summary>
    public List<Dates.TimeMention> Dates { get; } = [];

    /// <summary>Place mentions resolved to the gazetteer, in text order (filled by the places stage).</summary>
    public List<Places.PlaceMention> Places { get; } = [];

    /// <summary>
    /// The day the article speaks from: its publication date, else the date the run was given
    /// (<see cref="Pipeline.PipelineOptions.ReferenceDate"/>); null when neither is known. Actor codes and relative
    /// dates are resolved against it.
    /// </summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>Where <see cref="ReferenceDate"/> came from: <c>published</c>, <c>file name</c> (a plain-text file
    /// named with its date), <c>given</c>, or null.</summary>
    public string? ReferenceDateSource { get; set; }

    /// <summary>Quotations with their speakers, in text order of the content (filled by the quotes stage).</summary>
    public List<Quotes.Quote> Quotes { get; } = [];

    /// <summary>The article body's tone (filled by the tone stage); null until it ran.</summary>
    public Tone.ToneScores? Tone { get; set; }

    /// <summary>Tone per sentence, indexed like the sentences (filled by the tone stage); empty until it ran.</summary>
    public Tone.ToneScores[] SentenceTones { get; set; } = [];

    /// <summary>Problems stages met on this document (the document is kept, with what earlier stages made).</summary>
    public List<Problem> Problems { get; } = [];

    /// <summary>The token records, for stages that scan them.</summary>
    public ReadOnlySpan<TokenData> Tokens => _tokens.AsSpan(0, TokenCount);

    /// <summary>The sentence records.</summary>
    public ReadOnlySpan<SentenceData> SentenceRecords => _sentences.AsSpan(0, SentenceCount);

    /// <summary>Token view by index.</summary>
    public Token this[int index] => (uint)index < (uint)TokenCount ? new Token(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Sentence view by index.</summary>
    public Sentence GetSentence(int index) => (uint)index < (uint)SentenceCount ? new Sentence(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The character offsets of a run of tokens: the first token's start and the last one's end (exclusive).
    /// Every annotation that spans tokens (entities, actors, places, dates, quotes) reports its offsets this way.</summary>
    public (int Start, int End) SpanOffsets(int firstToken, int tokenCount) =>
        (_tokens[firstToken].Start, _tokens[firstToken + tokenCount - 1].End);

    /// <summary>Appends a token; offsets must increase. Used by the tokenizer.</summary>
    public void AddToken(int start, int end, TokenFlags flags)
    {
        if (TokenCount == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
        ref var t = ref _tokens[TokenCount++];
        t.Start = start;
        t.End = end;
        t.Flags = flags;
        t.Norm = StringHash.OfNorm(Text.AsSpan(start, end - start));
        t.Sentence = -1;
        t.Head = -1;
    }

    /// <summary>A token record by index, writable: the way stages set tags, lemmas and heads.</summary>
    public ref TokenData Annotate(int index)
    {
        if ((uint)index >= (uint)TokenCount) throw new ArgumentOutOfRangeException(nameof(index));
        return ref _tokens[index];
    }

    /// <summary>Closes a sentence over the tokens <paramref name="firstToken"/> .. <paramref name="firstToken"/>+<paramref name="count"/>-1.</summary>
    public void AddSentence(int firstToken, int count)
    {
        if (count <= 0) return;
        if (SentenceCount == _sentences.Length) Array.Resize(ref _sentences, _sentences.Length * 2);
        int s = SentenceCount++;
        _sentences[s] = new SentenceData { FirstToken = firstToken, TokenCount = count };
        for (int i = firstToken; i < firstToken + count; i++) _tokens[i].Sentence = s;
    }

    /// <summary>Removes tokens and sentences (used when a stage re-segments).</summary>
    public void ClearTokens()
    {
        TokenCount = 0;
        SentenceCount = 0;
    }

    /// <summary>Enumerates the sentences.</summary>
    public IEnumerable<Sentence> Sentences()
    {
        for (int i = 0; i < SentenceCount; i++) yield return new Sentence(this, i);
    }
}

/// <summary>A view of one token: (document, index). Cheap to copy; reads through to the document's arrays.</summary>
public readonly struct Token
{
    private readonly Document _doc;

    internal Token(Document doc, int index) { _doc = doc; Index = index; }

    /// <summary>Index in the document.</summary>
    public int Index { get; }

    /// <summary>Start character offset.</summary>
    public int Start => _doc.Tokens[Index].Start;

    /// <summary>End character offset (exclusive).</summary>
    public int End => _doc.Tokens[Index].End;

    /// <summary>The characters, without allocating.</summary>
    public ReadOnlySpan<char> Span => _doc.Text.AsSpan(Start, End - Start);

    /// <summary>The characters as a new string.</summary>
    public string Text => _doc.Text.Substring(Start, End - Start);

    /// <summary>Tokenizer flags.</summary>
    public TokenFlags Flags => _doc.Tokens[Index].Flags;

    /// <summary>Whether white space follows.</summary>
    public bool SpaceAfter => (Flags & TokenFlags.SpaceAfter) != 0;

    /// <summary>The hashed normalized form.</summary>
    public ulong Norm => _doc.Tokens[Index].Norm;

    /// <summary>The sentence index.</summary>
    public int SentenceIndex => _doc.Tokens[Index].Sentence;

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A view of one sentence.</summary>
public readonly struct Sentence
{
    private readonly Document _doc;

    internal Sentence(Document doc, int index) { _doc = doc; Index = index; }

    /// <summary>Index in the document.</summary>
    public int Index { get; }

    /// <summary>First token index.</summary>
    public int FirstToken => _doc.SentenceRecords[Index].FirstToken;

    /// <summary>Number of tokens.</summary>
    public int TokenCount => _doc.SentenceRecords[Index].TokenCount;

    /// <summary>Start character offset (of the first token).</summary>
    public int Start => _doc.Tokens[FirstToken].Start;

    /// <summary>End character offset (of the last token).</summary>
    public int End => _doc.Tokens[FirstToken + TokenCount - 1].End;

    /// <summary>The sentence's characters.</summary>
    public ReadOnlySpan<char> Span => _doc.Text.AsSpan(Start, End - Start);

    /// <summary>The sentence's text as a string.</summary>
    public string Text => _doc.Text.Substring(Start, End - Start);

    /// <summary>A token of the sentence by position within it.</summary>
    public Token this[int i] => (uint)i < (uint)TokenCount ? new Token(_doc, FirstToken + i) : throw new ArgumentOutOfRangeException(nameof(i));

    /// <inheritdoc />
    public override string ToString() => Text;
}

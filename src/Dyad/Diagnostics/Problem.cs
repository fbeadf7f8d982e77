namespace Dyad.Diagnostics;

/// <summary>
/// Every failure a user can meet, with a stable code. The CLI, the store's <c>problems</c> table
/// and the README cite these codes; add new ones at the end of a block, never renumber.
/// </summary>
public enum ErrorCode
{
    /// <summary>DY100: the input could not be opened or read (permissions, missing file, I/O error).</summary>
    Unreadable = 100,
    /// <summary>DY101: the input holds no bytes, or only white space.</summary>
    Empty = 101,
    /// <summary>DY102: the input is binary (NUL bytes or mostly control characters), not text.</summary>
    Binary = 102,
    /// <summary>DY103: the bytes are not valid in any encoding Dyad reads (UTF-8, UTF-16 with BOM, declared charsets).</summary>
    BadEncoding = 103,
    /// <summary>DY104: the input is larger than the size limit (<c>--max-bytes</c>).</summary>
    TooLarge = 104,
    /// <summary>DY105: the input was read but holds no article text (too short, navigation only, no body).</summary>
    NotAnArticle = 105,
    /// <summary>DY106: a record inside the input is malformed (a JSON line that does not parse, a feed item without content).</summary>
    MalformedRecord = 106,
    /// <summary>DY107: a compressed input is corrupt or truncated.</summary>
    CorruptCompression = 107,
    /// <summary>DY108: processing one article took longer than the time limit (<c>--max-seconds</c>).</summary>
    Timeout = 108,
    /// <summary>DY109: the input's format is not one Dyad reads.</summary>
    UnsupportedFormat = 109,
    /// <summary>DY110: the article's text is longer than the character limit (<c>--max-chars</c>).</summary>
    TextTooLong = 110,
    /// <summary>DY200: a pipeline stage failed on this article; the article is kept with what earlier stages made.</summary>
    StageFailed = 200,
    /// <summary>DY300: the store could not write a batch; nothing of that batch was written.</summary>
    StoreFailed = 300,
    /// <summary>DY301: the store file was written by a newer Dyad (schema version unknown to this one).</summary>
    StoreTooNew = 301,
    /// <summary>DY302: a stored article cannot be re-annotated: its row does not make an article again (a value out of range, no text).</summary>
    StoredArticleUnusable = 302,
}

/// <summary>One reported failure: where, what code, and why in words.</summary>
/// <param name="Path">The input path (with <c>#line</c> or <c>#item</c> suffix for a record inside a file).</param>
/// <param name="Code">The stable error code.</param>
/// <param name="Reason">A human sentence saying what was wrong.</param>
public sealed record Problem(string Path, ErrorCode Code, string Reason)
{
    /// <summary>The code as users see it, e.g. <c>DY104</c>.</summary>
    public string CodeText => "DY" + ((int)Code).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {CodeText} {Code}: {Reason}";
}

namespace Dyad.Sources;

/// <summary>One unit of raw input: the bytes of a file (decompressed), a stdin stream, or a record.</summary>
/// <param name="Path">Where it came from, as the user named it (<c>-</c> for stdin).</param>
/// <param name="Bytes">The raw bytes, already decompressed.</param>
public sealed record InputItem(string Path, byte[] Bytes);

/// <summary>The explicit per-input and per-article limits. Every limit is an option of the CLI.</summary>
public sealed record Limits
{
    /// <summary>Largest input file (after decompression) that is read; larger ones are DY104. Default 20 MiB.</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Longest article text in characters; longer ones are DY110. Default 2,000,000.</summary>
    public int MaxChars { get; init; } = 2_000_000;

    /// <summary>Shortest body text in characters that counts as an article; shorter is DY105. Default 40.</summary>
    public int MinChars { get; init; } = 40;

    /// <summary>Time allowed for one article through the pipeline; longer is DY108. Default 10 s.</summary>
    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The defaults.</summary>
    public static Limits Default { get; } = new();
}

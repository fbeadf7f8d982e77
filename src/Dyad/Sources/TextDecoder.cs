using System.Text;
using System.Text.Unicode;
using Dyad.Diagnostics;

namespace Dyad.Sources;

/// <summary>
/// Turns an input's bytes into a string. Order of evidence: a byte-order mark; valid UTF-8; a charset the
/// document declares (HTML <c>&lt;meta charset&gt;</c> or http-equiv, XML prolog) in its first 2 KB; else
/// Windows-1252 when the bytes look like Latin-script text. Binary, empty and undecodable inputs are problems.
/// </summary>
public static class TextDecoder
{
    /// <summary>Bytes inspected for NUL and control characters: git's binary test looks at the first 8000 bytes, as here.</summary>
    internal const int BinarySniffBytes = 8000;

    /// <summary>
    /// Share of C0 control bytes (other than tab, newlines, form feed, vertical tab, DOS end-of-file) above which
    /// a NUL-free input is binary. Text files carry at most a handful of stray controls; compressed and
    /// executable data carry about 12% (32 of 256 byte values), so 5% separates them.
    /// </summary>
    internal const double MaxControlShare = 0.05;

    /// <summary>How far into the document a charset declaration is looked for (the HTML standard's prescan reads 1024 bytes; XML prologs come first).</summary>
    internal const int DeclarationWindow = 2048;

    /// <summary>
    /// Largest share of bytes ≥ 0x80 among non-space bytes for which the Windows-1252 fallback is trusted.
    /// Chosen by <c>TextDecoderTests.FallbackThreshold_SeparatesLatinFromOtherScripts</c> over the Lingua test
    /// sentences: whole files in Latin-script legacy code pages reach 0.125 (Icelandic), single sentences 0.40;
    /// Cyrillic, Greek, Arabic, Hebrew and CJK files encoded in their own code pages all exceed 0.85.
    /// </summary>
    internal const double MaxFallbackHighByteShare = 0.5;

    /// <summary>
    /// Input that is not valid UTF-8 is still read as UTF-8 (bad sequences become U+FFFD) when it holds at least this
    /// many well-formed multi-byte sequences per invalid byte: a UTF-8 file with a few corrupt bytes, which
    /// Windows-1252 would garble throughout. Latin-1 text almost never forms valid multi-byte sequences by accident.
    /// </summary>
    internal const int MinUtf8ValidPerInvalid = 4;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Decodes <paramref name="input"/>. On success <paramref name="text"/> holds the text (without BOM) and
    /// <paramref name="problem"/> is null; otherwise <paramref name="text"/> is empty and the problem says why
    /// (<see cref="ErrorCode.Empty"/>, <see cref="ErrorCode.Binary"/> or <see cref="ErrorCode.BadEncoding"/>).
    /// </summary>
    public static bool TryDecode(InputItem input, out string text, out Problem? problem)
    {
        ArgumentNullException.ThrowIfNull(input);
        text = "";
        problem = null;
        ReadOnlySpan<byte> bytes = input.Bytes;
        if (bytes.IsEmpty) return Fail(input, ErrorCode.Empty, "the input holds no bytes", out problem);

        string? decoded;
        string? failure;
        var bom = DetectBom(bytes, out int bomLength);
        if (bom != null)
        {
            decoded = DecodeStrict(bom, bytes[bomLength..], out failure);
        }
        else
        {
            var sample = bytes[..Math.Min(bytes.Length, BinarySniffBytes)];
            if (sample.Contains((byte)0))
            {
                var utf16 = DetectBomlessUtf16(sample);
                if (utf16 == null)
                    return Fail(input, ErrorCode.Binary, "the input holds NUL bytes (binary data, not text)", out problem);
                decoded = DecodeStrict(utf16, bytes, out failure);
            }
            else if (ControlShare(sample) > MaxControlShare)
            {
                return Fail(input, ErrorCode.Binary, $"more than {MaxControlShare:P0} of the first bytes are control characters (binary data, not text)", out problem);
            }
            else
            {
                decoded = DecodeUnmarked(bytes, out failure);
            }
        }

        if (decoded == null) return Fail(input, ErrorCode.BadEncoding, failure ?? "the bytes are not valid text", out problem);
        if (HasBinaryChars(decoded)) return Fail(input, ErrorCode.Binary, "the decoded text holds NUL or many control characters (binary data, not text)", out problem);
        if (string.IsNullOrWhiteSpace(decoded)) return Fail(input, ErrorCode.Empty, "the input holds only white space", out problem);
        text = decoded;
        return true;
    }

    private static bool Fail(InputItem input, ErrorCode code, string reason, out Problem? problem)
    {
        problem = new Problem(input.Path, code, reason);
        return false;
    }

    private static Encoding? DetectBom(ReadOnlySpan<byte> b, out int length)
    {
        length = 0;
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { length = 3; return StrictUtf8; }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) { length = 4; return new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true); }
        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) { length = 4; return new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true); }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { length = 2; return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true); }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { length = 2; return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true); }
        return null;
    }

    /// <summary>
    /// UTF-16 without a BOM shows as NUL in every other byte when the text is mostly ASCII. Requires 90% of the
    /// pairs to have exactly one NUL on the same side, so binary data with scattered NULs is not mistaken for it.
    /// </summary>
    private static Encoding? DetectBomlessUtf16(ReadOnlySpan<byte> sample)
    {
        int pairs = sample.Length / 2, evenNul = 0, oddNul = 0;
        if (pairs < 4) return null;
        for (int i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0 && sample[i + 1] != 0) evenNul++;
            else if (sample[i] != 0 && sample[i + 1] == 0) oddNul++;
        }
        if (oddNul >= pairs * 0.9) return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
        if (evenNul >= pairs * 0.9) return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
        return null;
    }

    private static bool IsControlByte(byte b) => (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C or 0x1A)) || b == 0x7F;

    private static double ControlShare(ReadOnlySpan<byte> sample)
    {
        int controls = 0;
        foreach (byte b in sample) if (IsControlByte(b)) controls++;
        return (double)controls / sample.Length;
    }

    private static bool HasBinaryChars(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, BinarySniffBytes));
        int controls = 0;
        foreach (char c in sample)
        {
            if (c == '\0') return true;
            if (c < 0x80 && IsControlByte((byte)c)) controls++;
        }
        return sample.Length > 0 && (double)controls / sample.Length > MaxControlShare;
    }

    private static string? DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, out string? failure)
    {
        failure = null;
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            failure = $"the bytes are not valid {encoding.WebName} (byte order mark or layout says so, but byte {e.Index} is invalid)";
            return null;
        }
    }

    private static string? DecodeUnmarked(ReadOnlySpan<byte> bytes, out string? failure)
    {
        failure = null;
        if (Utf8.IsValid(bytes)) return LenientUtf8.GetString(bytes);

        CountUtf8(bytes, out int validMultiByte, out int invalid);
        if (validMultiByte >= (long)invalid * MinUtf8ValidPerInvalid)
            return LenientUtf8.GetString(bytes);

        string? declared = FindDeclaredCharset(bytes[..Math.Min(bytes.Length, DeclarationWindow)]);
        if (declared != null && !IsUnicodeName(declared))
        {
            try
            {
                return Encoding.GetEncoding(declared).GetString(bytes);
            }
            catch (ArgumentException)
            {
                // An unknown charset name: the declaration is no evidence, go on to the fallback.
            }
        }

        double high = HighByteShare(bytes);
        if (high > MaxFallbackHighByteShare)
        {
            failure = $"the bytes are not valid UTF-8, no known charset is declared, and {high:P0} of them are non-ASCII (Windows-1252 would produce garbage)";
            return null;
        }
        return Encoding.GetEncoding(1252).GetString(bytes);
    }

    private static bool IsUnicodeName(string name) =>
        name.StartsWith("utf", StringComparison.OrdinalIgnoreCase) || name.StartsWith("unicode", StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts well-formed multi-byte UTF-8 sequences and invalid bytes.</summary>
    internal static void CountUtf8(ReadOnlySpan<byte> bytes, out int validMultiByte, out int invalid)
    {
        validMultiByte = 0;
        invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out int consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (consumed > 1) validMultiByte++;
            }
            else
            {
                invalid++;
            }
            bytes = bytes[Math.Max(1, consumed)..];
        }
    }

    /// <summary>Share of bytes ≥ 0x80 among the bytes that are not ASCII white space.</summary>
    internal static double HighByteShare(ReadOnlySpan<byte> bytes)
    {
        int high = 0, nonSpace = 0;
        foreach (byte b in bytes)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            nonSpace++;
            if (b >= 0x80) high++;
        }
        return nonSpace == 0 ? 0 : (double)high / nonSpace;
    }

    /// <summary>
    /// The charset named by an XML prolog (<c>encoding="..."</c>) or an HTML meta tag (<c>charset=...</c>, bare or
    /// inside an http-equiv content value) within <paramref name="head"/>, read as ASCII; null when none.
    /// </summary>
    internal static string? FindDeclaredCharset(ReadOnlySpan<byte> head)
    {
        Span<char> chars = stackalloc char[head.Length];
        for (int i = 0; i < head.Length; i++) chars[i] = head[i] < 0x80 ? char.ToLowerInvariant((char)head[i]) : '\u0080';
        ReadOnlySpan<char> s = chars;

        if (s.TrimStart().StartsWith("<?xml"))
        {
            int end = s.IndexOf("?>");
            var prolog = end > 0 ? s[..end] : s;
            int at = prolog.IndexOf("encoding");
            if (at >= 0 && ValueAfter(prolog[(at + "encoding".Length)..]) is { } xmlName) return xmlName;
        }

        int from = 0;
        while (from < s.Length)
        {
            int meta = s[from..].IndexOf("<meta");
            if (meta < 0) break;
            meta += from;
            int close = s[meta..].IndexOf('>');
            var tag = close > 0 ? s.Slice(meta, close) : s[meta..];
            int at = tag.IndexOf("charset");
            if (at >= 0 && ValueAfter(tag[(at + "charset".Length)..]) is { } htmlName) return htmlName;
            from = meta + 5;
        }
        return null;
    }

    /// <summary>Reads <c>= "value"</c>, <c>='value'</c> or <c>=value</c> after an attribute name.</summary>
    private static string? ValueAfter(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        if (rest.IsEmpty || rest[0] != '=') return null;
        rest = rest[1..].TrimStart();
        if (!rest.IsEmpty && rest[0] is '"' or '\'') rest = rest[1..];
        int n = 0;
        while (n < rest.Length && (char.IsAsciiLetterOrDigit(rest[n]) || rest[n] is '-' or '_' or '.' or ':')) n++;
        return n == 0 ? null : rest[..n].ToString();
    }
}

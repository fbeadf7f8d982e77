using System.IO.Compression;
using Dyad.Diagnostics;

namespace Dyad.Sources;

/// <summary>One result of scanning the inputs: the bytes of one input, or the problem that kept it from being read.</summary>
/// <param name="Item">The input, when it was read.</param>
/// <param name="Problem">What went wrong, when it was not.</param>
public readonly record struct ScanResult(InputItem? Item, Problem? Problem)
{
    /// <summary>A read input.</summary>
    public static ScanResult Ok(InputItem item) => new(item, null);

    /// <summary>An input that could not be read.</summary>
    public static ScanResult Fail(string path, ErrorCode code, string reason) => new(null, new Problem(path, code, reason));
}

/// <summary>
/// Walks the paths the user named — files, folders (recursively, in ordinal name order, hidden entries skipped),
/// gzip files (by magic bytes, whatever the name) and <c>-</c> for standard input — and yields each input's
/// bytes, one at a time, so that a large collection is never held in memory at once.
/// </summary>
public static class InputScanner
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StdinPath = "-";

    private static ReadOnlySpan<byte> GzipMagic => [0x1F, 0x8B];

    /// <summary>Scans the paths lazily, in the order given; each folder's content in ordinal order of names.</summary>
    public static IEnumerable<ScanResult> Scan(IEnumerable<string> paths, Limits limits) =>
        Scan(paths, limits, Console.OpenStandardInput);

    /// <summary>As <see cref="Scan(IEnumerable{string}, Limits)"/>, with the stream that <c>-</c> reads from supplied (for tests).</summary>
    internal static IEnumerable<ScanResult> Scan(IEnumerable<string> paths, Limits limits, Func<Stream> openStdin)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(limits);
        foreach (var path in paths)
        {
            if (path == StdinPath)
            {
                yield return ReadStdin(openStdin, limits);
            }
            else if (Directory.Exists(path))
            {
                foreach (var result in ScanDirectory(path, limits)) yield return result;
            }
            else if (File.Exists(path))
            {
                yield return ReadFile(path, limits);
            }
            else
            {
                yield return ScanResult.Fail(path, ErrorCode.Unreadable, "no such file or folder");
            }
        }
    }

    private static IEnumerable<ScanResult> ScanDirectory(string root, Limits limits)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string dir = pending.Pop();
            FileSystemInfo[] entries;
            string? error = null;
            try
            {
                entries = new DirectoryInfo(dir).GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                entries = [];
                error = e.Message;
            }
            if (error != null)
            {
                yield return ScanResult.Fail(dir, ErrorCode.Unreadable, "the folder cannot be listed: " + error);
                continue;
            }
            Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Name, b.Name));

            // Files of this folder first, in order; then subfolders, in order (pushed reversed onto the stack).
            var subfolders = new List<string>();
            foreach (var entry in entries)
            {
                if (IsHidden(entry)) continue;
                if (entry is DirectoryInfo d)
                {
                    if (d.LinkTarget == null) subfolders.Add(Path.Combine(dir, d.Name)); // linked folders are not followed: no cycles
                }
                else
                {
                    yield return ReadFile(Path.Combine(dir, entry.Name), limits);
                }
            }
            for (int i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
        }
    }

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || (OperatingSystem.IsWindows() && (entry.Attributes & FileAttributes.Hidden) != 0);

    private static ScanResult ReadFile(string path, Limits limits)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > limits.MaxBytes)
                return ScanResult.Fail(path, ErrorCode.TooLarge, $"the file holds {info.Length:N0} bytes, more than the limit of {limits.MaxBytes:N0}");
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return ReadStream(path, stream, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ScanResult.Fail(path, ErrorCode.Unreadable, e.Message);
        }
    }

    private static ScanResult ReadStdin(Func<Stream> openStdin, Limits limits)
    {
        try
        {
            using var stream = openStdin();
            return ReadStream(StdinPath, stream, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ScanResult.Fail(StdinPath, ErrorCode.Unreadable, e.Message);
        }
    }

    /// <summary>Reads a whole stream under the size cap and decompresses it when it starts with the gzip magic bytes.</summary>
    internal static ScanResult ReadStream(string path, Stream stream, Limits limits)
    {
        byte[]? raw = ReadCapped(stream, limits.MaxBytes);
        if (raw == null) return ScanResult.Fail(path, ErrorCode.TooLarge, $"the input is larger than the limit of {limits.MaxBytes:N0} bytes");
        if (!raw.AsSpan().StartsWith(GzipMagic)) return ScanResult.Ok(new InputItem(path, raw));

        try
        {
            using var gzip = new GZipStream(new MemoryStream(raw, writable: false), CompressionMode.Decompress);
            byte[]? inflated = ReadCapped(gzip, limits.MaxBytes);
            if (inflated == null)
                return ScanResult.Fail(path, ErrorCode.TooLarge, $"the gzip data expands to more than the limit of {limits.MaxBytes:N0} bytes");
            if (!TrailerMatches(raw, inflated.Length))
                return ScanResult.Fail(path, ErrorCode.CorruptCompression, "the gzip data is truncated (its recorded length does not match what it expands to)");
            return ScanResult.Ok(new InputItem(path, inflated));
        }
        catch (InvalidDataException e)
        {
            return ScanResult.Fail(path, ErrorCode.CorruptCompression, "the gzip data is corrupt: " + e.Message);
        }
    }

    /// <summary>
    /// A gzip member ends with the uncompressed length modulo 2^32. A truncated file ends elsewhere, so its last
    /// four bytes almost never equal the length that came out. (For several concatenated members only the last
    /// member's length is recorded; such files are accepted when the total is not checkable.)
    /// </summary>
    private static bool TrailerMatches(byte[] raw, int inflatedLength)
    {
        if (raw.Length < 18) return false; // 10-byte header + 8-byte trailer is the least a complete member holds
        uint recorded = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(raw.Length - 4));
        if (recorded == (uint)inflatedLength) return true;
        // Several members: the recorded size is the last member's only, which must then be smaller than the total.
        return CountMembers(raw) > 1 && recorded < (uint)inflatedLength;
    }

    private static int CountMembers(byte[] raw)
    {
        int count = 0;
        var span = raw.AsSpan();
        int at = 0;
        while (at < span.Length - 2)
        {
            int next = span[at..].IndexOf(GzipMagic);
            if (next < 0) break;
            if (span[at + next + 2] == 8) count++; // deflate method byte follows the magic
            at += next + 2;
        }
        return count;
    }

    /// <summary>Reads to the end, or returns null as soon as more than <paramref name="max"/> bytes come.</summary>
    private static byte[]? ReadCapped(Stream stream, long max)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

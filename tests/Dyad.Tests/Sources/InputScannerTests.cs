using System.IO.Compression;
using System.Text;
using Dyad.Diagnostics;
using Dyad.Sources;

namespace Dyad.Tests.Sources;

public sealed class InputScannerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-scan-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest)) gz.Write(data);
        return ms.ToArray();
    }

    [Fact]
    public void Scan_WalksFoldersInOrdinalOrder_SkippingHiddenEntries()
    {
        Write("b.txt", "b"u8.ToArray());
        Write("A.txt", "A"u8.ToArray());
        Write("sub/c.txt", "c"u8.ToArray());
        Write(".hidden.txt", "h"u8.ToArray());
        Write(".git/config", "g"u8.ToArray());
        Write("sub/.secret/d.txt", "d"u8.ToArray());

        var names = InputScanner.Scan([_dir], Limits.Default).Select(r => Path.GetRelativePath(_dir, r.Item!.Path)).ToList();

        Assert.Equal(["A.txt", "b.txt", Path.Combine("sub", "c.txt")], names);
    }

    [Fact]
    public void Scan_ReportsMissingPathAsUnreadable_AndGoesOn()
    {
        var good = Write("x.txt", "x"u8.ToArray());
        var results = InputScanner.Scan([Path.Combine(_dir, "missing.txt"), good], Limits.Default).ToList();
        Assert.Equal(ErrorCode.Unreadable, results[0].Problem!.Code);
        Assert.Equal("x"u8.ToArray(), results[1].Item!.Bytes);
    }

    [Fact]
    public void Scan_RefusesFileOverLimit_WithoutReadingIt()
    {
        var big = Write("big.txt", new byte[2000]);
        var result = InputScanner.Scan([big], new Limits { MaxBytes = 1000 }).Single();
        Assert.Equal(ErrorCode.TooLarge, result.Problem!.Code);
    }

    [Fact]
    public void Scan_DecompressesGzip_ByMagicBytesWhateverTheName()
    {
        var text = Encoding.UTF8.GetBytes("A compressed article about the election.");
        var named = Write("a.txt.gz", Gzip(text));
        var unnamed = Write("b.txt", Gzip(text));
        var results = InputScanner.Scan([named, unnamed], Limits.Default).ToList();
        Assert.All(results, r => Assert.Equal(text, r.Item!.Bytes));
    }

    [Fact]
    public void Scan_StopsDecompressionBombAtLimit()
    {
        var bomb = Write("bomb.gz", Gzip(new byte[5_000_000]));
        Assert.True(new FileInfo(bomb).Length < 100_000);
        var result = InputScanner.Scan([bomb], new Limits { MaxBytes = 1_000_000 }).Single();
        Assert.Equal(ErrorCode.TooLarge, result.Problem!.Code);
    }

    [Fact]
    public void Scan_ReportsCorruptAndTruncatedGzip()
    {
        var whole = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Some text that compresses. ", 200))));
        var truncated = Write("t.gz", whole[..(whole.Length / 2)]);
        var corrupt = whole.ToArray();
        for (int i = 12; i < corrupt.Length - 8; i++) corrupt[i] ^= 0x5A;
        var garbled = Write("c.gz", corrupt);

        var results = InputScanner.Scan([truncated, garbled], Limits.Default).ToList();

        Assert.All(results, r => Assert.Equal(ErrorCode.CorruptCompression, r.Problem!.Code));
    }

    [Fact]
    public void Scan_ReadsStdinForDash()
    {
        var result = InputScanner.Scan(["-"], Limits.Default, () => new MemoryStream("from stdin"u8.ToArray())).Single();
        Assert.Equal("-", result.Item!.Path);
        Assert.Equal("from stdin"u8.ToArray(), result.Item.Bytes);
    }

    [Fact]
    public void Scan_IsLazy()
    {
        Write("a.txt", "a"u8.ToArray());
        var missing = Path.Combine(_dir, "never-looked-at");
        using var e = InputScanner.Scan([_dir, missing], Limits.Default).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.NotNull(e.Current.Item);
    }
}

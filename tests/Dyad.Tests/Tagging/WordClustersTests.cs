using System.IO.Compression;
using System.Text;
using Dyad.Documents;
using Dyad.Documents.Tagging;

namespace Dyad.Tests.Tagging;

public class WordClustersTests
{
    /// <summary>Sentences "DET NOUN VERB ADV" drawn at random from four disjoint word lists.</summary>
    private static List<string[]> Synthetic(int seed)
    {
        string[][] groups =
        [
            ["the", "a", "this", "every", "that"],
            ["dog", "cat", "bird", "horse", "fish", "cow"],
            ["runs", "sleeps", "eats", "jumps", "sings"],
            ["quickly", "slowly", "loudly", "often"],
        ];
        var rng = new Random(seed);
        var sentences = new List<string[]>();
        for (int i = 0; i < 2000; i++) sentences.Add([.. groups.Select(g => g[rng.Next(g.Length)])]);
        return sentences;
    }

    [Fact]
    public void Exchange_PutsWordsOfTheSameRoleTogether()
    {
        var (words, levels, tokens) = WordClusterBuilder.Cluster(Synthetic(3), [4], minCount: 1, maxIterations: 20, _ => { });
        Assert.Equal(8000, tokens);
        var cls = words.Zip(levels[0]).ToDictionary(p => p.First, p => p.Second);
        Assert.All(new[] { "a", "this", "every", "that" }, w => Assert.Equal(cls["the"], cls[w]));
        Assert.All(new[] { "cat", "bird", "horse", "fish", "cow" }, w => Assert.Equal(cls["dog"], cls[w]));
        Assert.All(new[] { "sleeps", "eats", "jumps", "sings" }, w => Assert.Equal(cls["runs"], cls[w]));
        Assert.All(new[] { "slowly", "loudly", "often" }, w => Assert.Equal(cls["quickly"], cls[w]));
        Assert.Equal(4, new[] { cls["the"], cls["dog"], cls["runs"], cls["quickly"] }.Distinct().Count());
    }

    [Fact]
    public void Exchange_IsDeterministic()
    {
        var a = WordClusterBuilder.Cluster(Synthetic(5), [2, 3], 1, 5, _ => { });
        var b = WordClusterBuilder.Cluster(Synthetic(5), [2, 3], 1, 5, _ => { });
        Assert.Equal(a.Words, b.Words);
        Assert.Equal(a.Levels[0], b.Levels[0]);
        Assert.Equal(a.Levels[1], b.Levels[1]);
    }

    [Fact]
    public void Load_ReadsPackedClassesByFoldedForm()
    {
        var text = "# dyad word clusters, format 1\n# classes\t2\t8\nthe\t0\t5\ndog\t1\t7\n";
        using var ms = new MemoryStream();
        using (var brotli = new BrotliStream(ms, CompressionLevel.Fastest, leaveOpen: true)) brotli.Write(Encoding.UTF8.GetBytes(text));
        ms.Position = 0;
        var c = WordClusters.Load(ms);
        Assert.Equal([2, 8], c.Sizes);
        ulong the = c.Lookup(StringHash.OfNorm("The"));
        Assert.Equal(1UL, WordClusters.Level(the, 0));
        Assert.Equal(6UL, WordClusters.Level(the, 1));
        Assert.Equal(8UL, WordClusters.Level(c.Lookup(StringHash.OfNorm("DOG")), 1));
        Assert.Equal(0UL, c.Lookup(StringHash.OfNorm("cat")));
    }

    [Fact]
    public void Load_RejectsAClassOutOfRange()
    {
        var text = "# dyad word clusters, format 1\n# classes\t2\nthe\t2\n";
        using var ms = new MemoryStream();
        using (var brotli = new BrotliStream(ms, CompressionLevel.Fastest, leaveOpen: true)) brotli.Write(Encoding.UTF8.GetBytes(text));
        ms.Position = 0;
        Assert.Throws<InvalidDataException>(() => WordClusters.Load(ms));
    }

    [Fact]
    public void ShippedTable_GroupsWeekdays()
    {
        var c = WordClusters.Default;
        Assert.NotNull(c);
        Assert.Equal([64, 256, 1024], c.Sizes);
        Assert.True(c.WordCount > 10_000, $"{c.WordCount} words");
        ulong monday = c.Lookup(StringHash.OfNorm("Monday")), friday = c.Lookup(StringHash.OfNorm("Friday"));
        Assert.NotEqual(0UL, monday);
        Assert.Equal(WordClusters.Level(monday, 1), WordClusters.Level(friday, 1));
    }
}
